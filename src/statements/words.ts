import { eng as englishStopwords } from 'stopword';
import { stemmer } from 'stemmer';
import type { Evidence } from './statement.js';

const STOPWORDS = new Set(englishStopwords);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Words of a text with their spans, lowercased. */
export function wordsOf(text: string): (Evidence & { lower: string })[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    span: { start: match.index, end: match.index + match[0].length },
  }));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Stemmed content words (no stopwords), the unit of "are these two statements aligned". */
export function contentStems(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.lower.length < 2 || STOPWORDS.has(word.lower) || exclude.has(word.lower)) continue;
    stems.add(stemmer(word.lower));
  }
  return stems;
}

/** Share of the smaller statement's content words that the other has too, in [0, 1]. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / Math.min(a.size, b.size);
}

export { stemmer };
