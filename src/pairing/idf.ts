import { CORPUS_DF, CORPUS_SENTENCES } from './corpus-df.js';

/** TF-IDF's smoothed inverse document frequency of a feature in `df` of `n` statements. */
export function inverseDocumentFrequency(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}

let table: Map<string, number> | undefined;

/** In how many of the corpus's `CORPUS_SENTENCES` sentences a topic feature occurs (0 for one it has fewer than 20 times). */
export function corpusDocumentFrequency(feature: string): number {
  if (table === undefined) {
    table = new Map();
    for (const line of CORPUS_DF.split('\n')) {
      const words = line.split(' ');
      const count = Number(words[0]);
      for (let k = 1; k < words.length; k++) table.set(words[k]!.replace(/_/g, ' '), count);
    }
  }
  return table.get(feature) ?? 0;
}

/**
 * The IDF of a topic feature in a general English corpus (Wikinews and Wikipedia sentences; see
 * scripts/build-corpus-df.mjs), the same for every input: with it a pair's similarity depends on its two
 * statements only. A feature the corpus has fewer than 20 times weighs as if it had none.
 */
export function corpusInverseDocumentFrequency(feature: string): number {
  return inverseDocumentFrequency(CORPUS_SENTENCES, corpusDocumentFrequency(feature));
}
