import { isStopword, stemmer } from '../statements/words.js';

// Words that say nothing about the topic of a news statement, on top of the general stopword list.
const REPORTING_WORDS = new Set(['said', 'says', 'say', 'also', 'would', 'could', 'per', 'one']);
const skip = (word: string) => isStopword(word) || REPORTING_WORDS.has(word);

/** Weight of a feature kind in the topic vector. Entities and numbers say more about "same event" than words. */
export const FEATURE_WEIGHT = { word: 1, entity: 2, number: 1.5 } as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NUMBER = /\d[\d,.]*/;
// A run of capitalised words that does not start the sentence: a named entity, cheaply. (The lookbehind is
// bounded: an unbounded `\s+` there is quadratic on long runs of whitespace.)
const ENTITY = /(?<=\S\s{1,8})(?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;

/**
 * The topic features of a statement: stemmed content words, named-entity phrases (capitalised runs) and
 * numbers, each with its weight. Same text, same features: pairing depends on nothing else.
 */
export function topicFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/['’]s$/, '');
    if (NUMBER.test(word) && /^\d/.test(word)) {
      add(`#${word.replace(/,/g, '')}`, FEATURE_WEIGHT.number);
      continue;
    }
    if (word.length < 2 || skip(word)) continue;
    add(stemmer(word), FEATURE_WEIGHT.word);
  }
  for (const match of text.matchAll(ENTITY)) {
    const entity = match[0].toLowerCase();
    if (!skip(entity)) add(`@${entity}`, FEATURE_WEIGHT.entity);
  }
  return features;
}
