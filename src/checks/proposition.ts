import { isStopword } from '../statements/words.js';
import { directionOf } from './direction-words.js';
import { derivationallyRelated, lemmaWords, looseLemmaWords, type LemmaWord } from './lemmas.js';

/** Words that frame a claim rather than carry it ("said", "officials", "reportedly"). */
const FRAME_WORDS = new Set([
  'say', 'said', 'says', 'tell', 'told', 'report', 'reported', 'reports', 'according', 'claim', 'claims', 'claimed', 'state', 'stated',
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'reportedly', 'allegedly', 'also', 'previously', 'earlier',
  'later', 'now', 'first', 'time', 'that', 'any', 'all',
]);

/**
 * Content words of a text between two offsets, with their lemmas, without the words that only frame a
 * claim: what the claim is about. `tagged`: with compromise's part-of-speech tags (`noun`, `proper`), for
 * `sameObject`; otherwise WordNet's rules only, which cost a fraction of compromise's analysis.
 */
export function propositionWords(text: string, from = 0, to = text.length, tagged = false): LemmaWord[] {
  return (tagged ? lemmaWords : looseLemmaWords)(text).filter((word) => word.span.start >= from && word.span.end <= to && !FRAME_WORDS.has(word.lower) && !isStopword(word.lower));
}

// Two words name the same thing when they share a lemma, or one lemma is the start of the other and long
// enough to be a stem ("deliver" / "delivery"), or one is a noun WordNet derives from the other, a verb
// ("invasion" / "invade", "death" / "die"), or both name a change in the same direction ("a minimum wage increase" / "raising the minimum wage").
const MIN_STEM = 5;
export function sameWord(a: LemmaWord, b: LemmaWord): boolean {
  const direction = directionOf(a);
  if (direction !== undefined && directionOf(b) === direction) return true;
  for (const x of a.lemmas) {
    for (const y of b.lemmas) {
      if (x === y) return true;
      const n = Math.min(x.length, y.length);
      if (n >= MIN_STEM && (x.startsWith(y) || y.startsWith(x))) return true;
      if (derivationallyRelated(x, y)) return true;
    }
  }
  return false;
}

/** Pronouns the stopword list lacks ("she", "its"; it has "he" and "it"): no noun to match. */
const PRONOUN = /^(?:she|its|hers|herself|itself|myself|yourself|ourselves|themselves)$/;

/**
 * The same object: every common noun of `claim` ("drones") has a match in `other` ("drones", not "food
 * aid"), whatever else the two share.
 */
export function sameObject(claim: readonly LemmaWord[], other: readonly LemmaWord[]): boolean {
  return claim.every((word) => !word.noun || PRONOUN.test(word.lower) || other.some((o) => sameWord(word, o)));
}

/** How many words of `a` have a match in `b`, and that count as a share of the smaller side. */
export function propositionOverlap(a: readonly LemmaWord[], b: readonly LemmaWord[]): { shared: number; share: number } {
  if (a.length === 0 || b.length === 0) return { shared: 0, share: 0 };
  const shared = a.filter((x) => b.some((y) => sameWord(x, y))).length;
  return { shared, share: shared / Math.min(a.length, b.length) };
}
