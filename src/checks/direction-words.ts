import type { LemmaWord } from './lemmas.js';

/**
 * Verbs (and their nouns) of a change up or down (of an amount, a rate or a strength): "unemployment rose" / "unemployment falls", "the policy
 * increased emissions" / "the policy reduced emissions". WordNet links only some of them as antonyms
 * (increase / decrease, rise / fall, raise / lower); news and claims mix them freely ("sea ice is expanding" /
 * "sea ice has declined").
 */
export const DIRECTION_UP: ReadonlySet<string> = new Set([
  'increase', 'rise', 'grow', 'climb', 'gain', 'expand', 'raise', 'boost', 'soar', 'surge', 'jump', 'swell', 'hike', 'mount', 'rebound', 'recover', 'spike', 'skyrocket', 'accelerate', 'strengthen', 'intensify', 'warm', 'advance', 'double', 'triple', 'quadruple',
]);
export const DIRECTION_DOWN: ReadonlySet<string> = new Set([
  'decrease', 'fall', 'drop', 'decline', 'shrink', 'reduce', 'cut', 'lower', 'plunge', 'slump', 'sink', 'dip', 'tumble', 'slide', 'diminish', 'lessen',
  'contract', 'plummet', 'slash', 'lose', 'dwindle', 'wane', 'slow', 'weaken', 'cool', 'retreat', 'melt', 'halve', 'shed', 'ease',
]);

/**
 * Words of no change ("Polar bear populations have remained stable", "sea levels stagnated"), against either
 * direction. The adjectives count only after a verb of being or staying (see `direction.ts`): "a flat country"
 * and "a stable job" say nothing of a change.
 */
export const DIRECTION_NONE_VERBS: ReadonlySet<string> = new Set(['stabilize', 'stabilise', 'stagnate', 'plateau']);
export const DIRECTION_NONE_ADJECTIVES: ReadonlySet<string> = new Set(['stable', 'steady', 'unchanged', 'flat', 'constant', 'stagnant']);

export type Direction = 'up' | 'down' | 'none';

/** The lemma `direction.ts` gives a phrase of no change ("has not changed", "remained stable"). */
export const NO_CHANGE = 'no change';

// Per word object (the lemma lists are memoised per text, so the same objects come back): `sameWord` asks
// for every pair of words it compares.
const known = new WeakMap<LemmaWord, Direction | null>();

/** An adverb in "-ly" ("slowly", "steadily"), whose adjective's lemma may be a verb of change ("slow"): no change ("is slowly shrinking" shrinks). */
const ADVERB = /^\p{L}{3,}ly$/u;

/** The direction of change a word names, by its lemmas; undefined for other words. */
export function directionOf(word: LemmaWord): Direction | undefined {
  let direction = known.get(word);
  if (direction === undefined) {
    direction = ADVERB.test(word.lower)
      ? null
      : word.lemmas.some((lemma) => DIRECTION_UP.has(lemma))
      ? 'up'
      : word.lemmas.some((lemma) => DIRECTION_DOWN.has(lemma))
        ? 'down'
        : word.lemmas.some((lemma) => DIRECTION_NONE_VERBS.has(lemma) || lemma === NO_CHANGE)
          ? 'none'
          : null;
    known.set(word, direction);
  }
  return direction ?? undefined;
}

