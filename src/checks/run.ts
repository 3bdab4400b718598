import type { Evidence } from '../statements/statement.js';
import { casedAs, readableOnce, type ReadableText } from '../statements/readable.js';
import { reasonEvidence } from '../scoring/describe.js';
import type { Checked } from './check.js';
import { nlp } from './libraries.js';
import { memoize } from './memo.js';
import { runRegisteredChecks, type CheckReason } from './registry.js';

// A verb in lower case (compromise reads "GAME" in capitals as one), not a label's last word ("Assistant coaches:").
const hasVerb = memoize((text: string) => (nlp(text).match('#Verb').out('array') as string[]).some((verb) => /^\p{Ll}/u.test(verb) && !verb.endsWith(':')), (text) => text, 20_000);

/**
 * Run every registered check on one pair. Findings are data (typed by `kind`, with spans); the score weighs
 * them. A treebank-tokenized text ("-LRB- born 1970 -RRB-", "is n't", "actor .") is checked as the prose it
 * stands for, and a headline in title case or capitals as a sentence (statements/readable.ts); the findings'
 * spans point into the text as given.
 */
export function runChecks(first: Checked, second: Checked): CheckReason[] {
  const a = readableOnce(first.text);
  const b = readableOnce(second.text);
  if (!a && !b) return runRegisteredChecks(first, second);
  // A headline in title case or capitals, sentence-cased, takes the other text's lower case where it has it.
  const textA = a?.cased ? casedAs(a.text, b?.text ?? second.text) : a?.text;
  const textB = b?.cased ? casedAs(b.text, a?.text ?? first.text) : b?.text;
  const reasons = runRegisteredChecks(textA === undefined ? first : { ...first, text: textA }, textB === undefined ? second : { ...second, text: textB });
  // A line whose long words only are capitalised is a headline where it has a verb ("Iran Denies Sending Drones
  // to Russia"); without one it is a line of names ("GAME 3: at Indiana State Fair Coliseum, Indianapolis,
  // Indiana", "Assistant Coaches: Darren Rath, Leo Nash") and, as before it was read as a sentence, names nothing
  // to swap.
  const listed = (read: ReadableText | undefined, text: string | undefined) => read?.cased === 'long-words' && !hasVerb(text!);
  const kept = listed(a, textA) || listed(b, textB) ? reasons.filter((reason) => reason.kind !== 'name-swap') : reasons;
  return kept.map((reason) => pointIntoGiven(reason, { first: [a, first.text], second: [b, second.text] }));
}

/** A copy of a reason whose evidence (as its check declares it) points into the texts as given. */
function pointIntoGiven(reason: CheckReason, sides: Record<'first' | 'second', [ReadableText | undefined, string]>): CheckReason {
  const copy = structuredClone(reason);
  const evidence = reasonEvidence(copy);
  const done = new Set<Evidence>();
  for (const side of ['first', 'second'] as const) {
    const [read, given] = sides[side];
    if (!read) continue;
    for (const e of evidence[side]) {
      if (done.has(e)) continue;
      done.add(e);
      const span = read.toGiven(e.span);
      const moved = e as { text: string; span: Evidence['span'] };
      moved.span = span;
      moved.text = given.slice(span.start, span.end);
    }
  }
  return copy;
}
