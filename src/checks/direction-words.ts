import type { LemmaWord } from './lemmas.js';

/**
 * Verbs (and their nouns) of a change up or down (of an amount, a rate or a strength): "unemployment rose" / "unemployment falls", "the policy
 * increased emissions" / "the policy reduced emissions". WordNet links only some of them as antonyms
 * (increase / decrease, rise / fall, raise / lower); news and claims mix them freely ("sea ice is expanding" /
 * "sea ice has declined").
 */
export const DIRECTION_UP: ReadonlySet<string> = new Set([
  'increase', 'rise', 'grow', 'climb', 'gain', 'expand', 'raise', 'boost', 'soar', 'surge', 'jump', 'swell', 'hike', 'mount', 'rebound', 'spike', 'skyrocket', 'accelerate', 'strengthen', 'intensify', 'warm', 'advance',
]);
export const DIRECTION_DOWN: ReadonlySet<string> = new Set([
  'decrease', 'fall', 'drop', 'decline', 'shrink', 'reduce', 'cut', 'lower', 'plunge', 'slump', 'sink', 'dip', 'tumble', 'slide', 'diminish', 'lessen',
  'contract', 'plummet', 'slash', 'lose', 'dwindle', 'wane', 'slow', 'weaken', 'cool', 'retreat', 'melt',
]);

export type Direction = 'up' | 'down';

// Per word object (the lemma lists are memoised per text, so the same objects come back): `sameWord` asks
// for every pair of words it compares.
const known = new WeakMap<LemmaWord, Direction | null>();

/** The direction of change a word names, by its lemmas; undefined for other words. */
export function directionOf(word: LemmaWord): Direction | undefined {
  let direction = known.get(word);
  if (direction === undefined) {
    direction = word.lemmas.some((lemma) => DIRECTION_UP.has(lemma)) ? 'up' : word.lemmas.some((lemma) => DIRECTION_DOWN.has(lemma)) ? 'down' : null;
    known.set(word, direction);
  }
  return direction ?? undefined;
}

