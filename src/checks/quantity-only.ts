import { defineCheck } from './check.js';
import type { Quantity } from './finding.js';
import { quantityAgreementCheck, quantityAgreements, type QuantityAgreement } from './numbers.js';
import { stemmer } from '../statements/words.js';
import { antonymFindings } from './antonyms.js';
import { directionFindings } from './direction.js';
import { noneFindings } from './none.js';

/**
 * The two statements say the same words but for a count, and the counts agree: "32 missiles were shot
 * down over Mariupol" / "Several missiles were shot down over Mariupol". Nothing else differs, so there is
 * nothing left to contradict: the quantity-agreement guard counts 2 there (below).
 */
export interface QuantityOnlyDifference {
  readonly kind: 'only-quantity-differs';
  readonly first: Quantity;
  readonly second: Quantity;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The statement's words in order, lowercased, without the count's own text and without the counted thing's words. */
function restOf(text: string, quantity: Quantity, unitStems: ReadonlySet<string>): string[] {
  const rest = text.slice(0, quantity.span.start) + ' ' + text.slice(quantity.span.end);
  return (rest.toLowerCase().match(WORD) ?? []).filter((word) => !unitStems.has(stemmer(word)));
}

/** The agreement of two statements' counts (by default their first), where nothing but the count differs between them. */
export function quantityOnlyDifferences(first: string, second: string, agreement: QuantityAgreement | undefined = quantityAgreements(first, second)[0]): QuantityOnlyDifference[] {
  // The same counted thing on both sides, word for word: "two red apples" / "several green apples" count
  // different things, though the head nouns agree.
  if (!agreement || agreement.first.unit !== agreement.second.unit) return [];
  // Its words may sit inside one count's span and outside the other's.
  const unitStems = new Set(agreement.first.unit?.split(' ') ?? []);
  const a = restOf(first, agreement.first, unitStems);
  const b = restOf(second, agreement.second, unitStems);
  if (a.length === 0 || a.length !== b.length || a.some((word, i) => word !== b[i])) return [];
  return [{ kind: 'only-quantity-differs', first: agreement.first, second: agreement.second }];
}

/**
 * Opposites around an agreeing count ("workers accepted a 6 percent pay rise" / "workers rejected the 6
 * percent pay offer"), or none against some ("all 180 passengers were unharmed" / "Several passengers were
 * injured"): the count says the two tell of one thing, not that they agree on it.
 */
const opposed = (first: string, second: string) =>
  antonymFindings(first, second).length > 0 || directionFindings(first, second).length > 0 || noneFindings(first, second).length > 0;

/**
 * The quantity-agreement guard, graded: where nothing but the count differs, its feature counts 2 (one
 * feature, one weight, so the calibration cannot move the agreement's weight onto a second feature).
 */
export const gradedQuantityAgreementCheck = defineCheck({
  ...quantityAgreementCheck,
  run: (first, second) => {
    const agreements = quantityAgreementCheck.run(first, second);
    if (agreements.length === 0 || opposed(first.text, second.text)) return [];
    return agreements.map((agreement) => (quantityOnlyDifferences(first.text, second.text, agreement).length > 0 ? { ...agreement, onlyCountDiffers: true as const } : agreement));
  },
  value: (reasons) => (reasons.some((reason) => reason.onlyCountDiffers) ? 2 : 1),
  describe: (reason: QuantityAgreement) => `${quantityAgreementCheck.describe(reason)}${reason.onlyCountDiffers ? ', and nothing else differs' : ''}`,
});
