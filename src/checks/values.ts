import { nlp } from './libraries.js';
import type { ValueMismatch } from './finding.js';
import { negationCues } from './negation.js';
import { defineCheck } from './check.js';
import { memoize } from './memo.js';

// "<subject> is/was <value>": a copular statement that gives an attribute one value.
const COPULA = /^\s*(?:the\s+)?(.{2,60}?)\s+(?:is|was|are|were|has been|have been|will be|remains|remained)\s+(?:the\s+|a\s+|an\s+)?(.{1,60}?)\s*[.!?]?\s*$/i;
/** Longest value, in words, taken as one value rather than a clause (a name or a short noun phrase). */
const MAX_VALUE_WORDS = 5;

// A copular attribute statement is short; longer texts are not parsed (which also keeps the regex linear).
const MAX_COPULA_LENGTH = 300;

function parse(text: string) {
  if (text.length > MAX_COPULA_LENGTH) return undefined;
  const lead = text.length - text.trimStart().length;
  const match = COPULA.exec(text.trim());
  if (!match || negationCues(text).length > 0) return undefined;
  const subject = match[1]!;
  const value = match[2]!;
  if (value.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
  const valueStart = text.indexOf(value, lead + match.index + match[0].indexOf(value));
  const subjectStart = text.indexOf(subject, lead);
  return {
    subject: { key: subject.toLowerCase(), text: subject, span: { start: subjectStart, end: subjectStart + subject.length } },
    value: { key: value.toLowerCase(), text: value, span: { start: valueStart, end: valueStart + value.length } },
  };
}

const isVerb = memoize((value: string) => nlp(value).has('^#Verb'), (value: string) => value);

// A name: every word capitalised ("Alice Smith", "Acme Corp"), not just a capital at the start of a sentence.
const isName = (text: string) => text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));

/**
 * The same subject and attribute with two different values: "The CEO is Alice" / "The CEO is Bob", or
 * "Alice is the CEO" / "Bob is the CEO" (two names for one role).
 */
export function valueMismatches(first: string, second: string): ValueMismatch[] {
  const a = parse(first);
  if (!a) return [];
  const b = parse(second);
  if (!b) return [];
  // "were destroyed in Kyiv" is a passive verb, not a value of an attribute (compromise's tags; asked last).
  const values = () => !isVerb(a.value.text) && !isVerb(b.value.text);
  if (a.subject.key === b.subject.key && a.value.key !== b.value.key && values()) {
    return [{ kind: 'value-mismatch', subject: a.subject.text, first: { text: a.value.text, span: a.value.span }, second: { text: b.value.text, span: b.value.span } }];
  }
  if (a.value.key === b.value.key && a.subject.key !== b.subject.key && isName(a.subject.text) && isName(b.subject.text) && values()) {
    return [{ kind: 'value-mismatch', subject: a.value.text, first: { text: a.subject.text, span: a.subject.span }, second: { text: b.subject.text, span: b.subject.span } }];
  }
  return [];
}

export const valueCheck = defineCheck({
  kind: 'value-mismatch',
  feature: 'value_mismatch',
  role: 'finding',
  run: (first, second) => valueMismatches(first.text, second.text),
  describe: (reason: ValueMismatch) => `"${reason.subject}" has two values: "${reason.first.text}" vs "${reason.second.text}"`,
});
