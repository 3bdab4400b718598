import { extractStatements } from '../statements/extract.js';
import type { Span } from '../statements/statement.js';
import { contentStems, overlap } from '../statements/words.js';
import { memoize } from './memo.js';

/** A text's sentences, each with its text, span and content stems (memoised: an evidence text meets many claims, a claim many evidence texts). */
export const sentencesOf = memoize((text: string) => extractStatements(text).map((sentence) => ({ ...sentence, stems: contentStems(sentence.text) })), (text: string) => text);

/**
 * The sentences of an evidence text that share at least `least` of their content words (or the claim's, where
 * it has fewer) with a claim, by span, most shared first: where the evidence speaks of what the claim says.
 */
export function sentencesAbout(evidence: string, claim: string, least: number, aligned = 0): Span[] {
  const claimStems = contentStems(claim);
  return sentencesOf(evidence)
    .map((sentence) => ({ span: sentence.span, share: overlap(sentence.stems, claimStems, aligned) }))
    .filter((sentence) => sentence.share >= least)
    .sort((x, y) => y.share - x.share)
    .map((sentence) => sentence.span);
}

/** The sentence of a text around an offset (with its content stems). */
export function sentenceAt(text: string, at: number) {
  return sentencesOf(text).find((sentence) => sentence.span.start <= at && at < sentence.span.end);
}

/**
 * Whether the sentence of `first` at one offset and the sentence of `second` at another share at least `least`
 * of their content words (and at least `leastWords` of them): two words of two texts of several sentences each,
 * said of the same thing.
 */
export function sentencesMeet(first: string, at: number, second: string, atSecond: number, least: number, leastWords = 0, aligned = 0): boolean {
  const a = sentenceAt(first, at);
  const b = sentenceAt(second, atSecond);
  if (!a || !b) return true;
  if (leastWords > 0 && [...a.stems].filter((stem) => b.stems.has(stem)).length < leastWords) return false;
  return overlap(a.stems, b.stems, aligned) >= least;
}
