import { chunksOf, LONG_TEXT, nlp } from './libraries.js';
import { isStopword } from '../statements/words.js';
import { memoize } from './memo.js';
import wordnet from './wordnet.json' with { type: 'json' };

const IRREGULAR: Readonly<Record<string, readonly string[]>> = wordnet.irregular;

// Nouns and the verbs they derive from, both ways ("death" / "die", "invasion" / "invade"): WordNet's `+`
// pointers, where neither word is the start of the other.
const DERIVED = new Map<string, Set<string>>();
/**
 * Adjectives of a state and the verb that ends in it, which WordNet's noun-verb pointers lack ("not dead" / "died"),
 * and short adjectives and their nouns, too short for the stem rule of `sameWord` ("ill" / "rumours of illness").
 */
const EXTRA_DERIVED: Readonly<Record<string, readonly string[]>> = { dead: ['die'], ill: ['illness'], sick: ['sickness'] };
for (const [noun, verbs] of [...Object.entries(wordnet.derived as Record<string, string[]>), ...Object.entries(EXTRA_DERIVED)]) {
  for (const verb of verbs) {
    for (const [x, y] of [[noun, verb], [verb, noun]] as const) {
      let related = DERIVED.get(x);
      if (!related) DERIVED.set(x, (related = new Set()));
      related.add(y);
    }
  }
}

/** The lemmas derived from a lemma or it from them, both ways ("die" -> "death", "dead"). */
export function derivedFrom(lemma: string): ReadonlySet<string> | undefined {
  return DERIVED.get(lemma);
}

/** Whether one lemma is a noun derived from the other, a verb ("death" / "die", "arrival" / "arrive"). */
export function derivationallyRelated(a: string, b: string): boolean {
  return DERIVED.get(a)?.has(b) ?? false;
}

// WordNet's own detachment rules (morphy): candidate lemmas of an inflected word.
const DETACHMENTS: readonly [string, string][] = [
  ['s', ''], ['ses', 's'], ['men', 'man'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['ies', 'y'], ['es', 'e'], ['es', ''],
  ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ied', 'y'],
];

export function lemmaCandidates(word: string): string[] {
  // Irregular forms from WordNet's exception lists first ("rose" -> "rise", "bought" -> "buy").
  const out = [word, ...(Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word]! : [])];
  for (const [suffix, replacement] of DETACHMENTS) {
    // A stem of at least three letters; two where a letter comes back ("women" -> "woman", "used" -> "use").
    const least = replacement ? 2 : 3;
    if (word.length >= suffix.length + least && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + replacement);
  }
  // Doubled consonant before -ed/-ing: "stopped" -> "stop".
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(word);
  if (doubled) out.push(doubled[1]!);
  return out;
}

/**
 * Verbs with a particle that say what one word says ("stepped down" / "resigned", "called off" / "cancelled"):
 * the verb's word gets the one word's lemma too, so that the checks compare the two ("refused to step down" /
 * "resigned", "shut down" / "remains open").
 */
const PHRASAL_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['step down', 'resign'],
  ['stand down', 'resign'],
  ['shut down', 'close'],
  ['close down', 'close'],
  ['call off', 'cancel'],
  ['pull out', 'withdraw'],
  ['put off', 'postpone'],
  ['turn down', 'reject'],
]);
const PARTICLE_AFTER = /^\s+(down|off|out)\b/i;

/** A word's lemmas with the one-word lemma of its verb and the particle after it (`PHRASAL_LEMMAS`). */
function withPhrasal(text: string, end: number, lemmas: readonly string[]): string[] {
  const particle = PARTICLE_AFTER.exec(text.slice(end, end + 12))?.[1]?.toLowerCase();
  if (!particle) return [...lemmas];
  const extra = lemmas.map((lemma) => PHRASAL_LEMMAS.get(`${lemma} ${particle}`)).filter((lemma) => lemma !== undefined);
  return extra.length === 0 ? [...lemmas] : [...new Set([...lemmas, ...extra])];
}

export interface LemmaWord {
  readonly text: string;
  readonly lower: string;
  readonly span: { start: number; end: number };
  readonly lemmas: readonly string[];
  /** A common noun in context (compromise's tags): the things a claim is about ("drones", "aid"). */
  readonly noun: boolean;
  /** A proper noun in context (compromise's tags): "Iran" is one, a capitalised "Several" at the start is not. */
  readonly proper: boolean;
}

/**
 * Content words of a text with their candidate lemmas and part-of-speech tags (memoised per text):
 * compromise's root and tags in context, then WordNet's morphy rules. For the checks that need the tags
 * (`sameObject`: stance, first time); the others read `looseLemmaWords`, which costs a fraction of this.
 */
export const lemmaWords = memoize(findLemmaWords, (text: string) => text);

function findLemmaWords(text: string): LemmaWord[] {
  if (text.length > LONG_TEXT) return ruleLemmaWords(text);
  return chunksOf(text).flatMap((chunk) =>
    chunkLemmaWords(chunk.text).map((word) => ({ ...word, span: { start: word.span.start + chunk.start, end: word.span.end + chunk.start } })),
  );
}

/**
 * Content words by a regex and their lemmas by WordNet's rules and exception lists only, no language
 * analysis: `lemmaWords` of texts too long for compromise (memoised there). A lowercase content word counts
 * as a noun, a capitalised word after the start of its sentence as a proper noun.
 */
const ruleLemmaWords = (text: string) => findRuleLemmaWords(text, (lower) => [...new Set(lemmaCandidates(lower))]);

/**
 * Content words and their lemmas without compromise (memoised per text): the words of `ruleLemmaWords`, with
 * the lemmas of the parts of hyphenated and possessive words too ("left-wing", "parent's") and the adjective
 * of an adverb ("negatively", "easily", "probably"), which compromise's root would give. The lemmas the
 * negation, antonym, none and event-order checks compare: on 31,402 pairs (shared test and dev splits,
 * real-world dev set, stress suites, long news sentences) they lose none of the findings compromise's lemmas
 * gave, and add 15.
 */
export const looseLemmaWords = memoize((text: string) => findRuleLemmaWords(text, looseLemmas), (text: string) => text);

function looseLemmas(lower: string): string[] {
  const out = new Set<string>();
  for (const part of [lower, ...lower.split(/['’-]/)]) {
    if (!part) continue;
    for (const lemma of lemmaCandidates(part)) out.add(lemma);
    if (part.length > 4 && part.endsWith('ly')) {
      out.add(part.slice(0, -2));
      out.add(part.slice(0, -1) + 'e');
      if (part.endsWith('ily')) out.add(part.slice(0, -3) + 'y');
    }
  }
  return [...out];
}

function findRuleLemmaWords(text: string, lemmasOf: (lower: string) => string[]): LemmaWord[] {
  const out: LemmaWord[] = [];
  for (const m of text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
    const lower = m[0].toLowerCase();
    if (isStopword(lower)) continue;
    const capitalised = /^\p{Lu}/u.test(m[0]);
    const sentenceStart = /(?:^|[.!?]["'”’)]*\s+)$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    const end = m.index + m[0].length;
    out.push({ text: m[0], lower, span: { start: m.index, end }, lemmas: withPhrasal(text, end, lemmasOf(lower)), noun: !capitalised, proper: capitalised && !sentenceStart });
  }
  return out;
}

function chunkLemmaWords(text: string): LemmaWord[] {
  const doc = nlp(text);
  doc.compute('root');
  const out: LemmaWord[] = [];
  for (const sentence of doc.json({ offset: true }) as { terms: { text: string; normal: string; root?: string; tags?: string[]; offset: { start: number; length: number } }[] }[]) {
    for (const term of sentence.terms) {
      const lower = term.normal;
      if (!/^\p{L}/u.test(lower) || isStopword(lower)) continue;
      // A word tagged as a noun or adjective in context may still be a verb form ("lost"): WordNet's
      // exception lists and rules give its other lemmas ("lose").
      const lemmas = new Set([lower, ...(term.root ? [term.root] : []), ...lemmaCandidates(lower)]);
      const noun = (term.tags ?? []).includes('Noun') && !(term.tags ?? []).includes('ProperNoun') && !/^\p{Lu}/u.test(term.text);
      const proper = (term.tags ?? []).includes('ProperNoun');
      const end = term.offset.start + term.offset.length;
      out.push({ text: term.text, lower, span: { start: term.offset.start, end }, lemmas: withPhrasal(text, end, [...lemmas]), noun, proper });
    }
  }
  return out;
}
