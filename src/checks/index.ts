import type { Statement } from '../statements/statement.js';
import { antonymFindings } from './antonyms.js';
import { dateMentions, dateMismatches } from './dates.js';
import type { Reason } from './finding.js';
import { differentSubject, updateFindings } from './guards.js';
import { negationFindings } from './negation.js';
import { numericMismatches } from './numbers.js';
import { valueMismatches } from './values.js';

/**
 * Run every contradiction check and guard on one pair. Findings are data (typed by `kind`, with values
 * and spans); the pair score weighs them.
 */
export function runChecks(first: Pick<Statement, 'text' | 'date'>, second: Pick<Statement, 'text' | 'date'>): Reason[] {
  const firstDates = dateMentions(first.text, first.date);
  const secondDates = dateMentions(second.text, second.date);
  return [
    ...numericMismatches(first.text, second.text, firstDates.map((d) => d.span), secondDates.map((d) => d.span)),
    ...dateMismatches(firstDates, secondDates),
    ...negationFindings(first.text, second.text),
    ...antonymFindings(first.text, second.text),
    ...valueMismatches(first.text, second.text),
    ...differentSubject(first.text, second.text),
    ...updateFindings(first.text, second.text, first.date, second.date),
  ];
}
