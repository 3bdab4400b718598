import { defineCheck } from './check.js';
import type { Evidence } from './finding.js';
import { CALENDAR } from './guards.js';
import { memoize } from './memo.js';
import { contentStems, isStopword, readDirections, stemmer } from '../statements/words.js';

/**
 * A name swapped for another: the claim names someone or something ("Bithumb transferred $1.8 billion") that
 * the other text names nowhere, the other text has a name the claim lacks ("Binance transferred ..."), and
 * the rest of the claim is said there. FactCC's entity swap, and the commonest error of a summary against its
 * article. Where one text is the evidence for the other (twice as long or more) only the shorter is the
 * claim; between statements of similar length either may be.
 */
export interface NameSwapFinding {
  readonly kind: 'name-swap';
  /** The side whose name the other text lacks (the claim). */
  readonly side: 'first' | 'second';
  /** The name in the first statement, and the name in the second: one of them is the claim's. */
  readonly first: Evidence;
  readonly second: Evidence;
  /** Share of the claim's other content words that the other text has, in [0, 1]. */
  readonly support: number;
}

/**
 * A name: a run of capitalised words (digits and hyphens inside; "of", "de" and "the" between), not at the
 * start of a sentence (a lookbehind on a word, a comma, a colon or a closing bracket before it). The
 * lookbehind is bounded, as in the pairing's entity pattern.
 */
const NAME = /(?<=[\p{L}\p{N},;:'’)]\s{1,8})\p{Lu}[\p{L}\p{N}’'-]*(?:\s+(?:of\s+|de\s+|the\s+)?\p{Lu}[\p{L}\p{N}’'-]*)*/gu;
const LINKS = new Set(['of', 'de', 'the']);
const WORD = /[\p{L}\p{N}]+/gu;
/** The claim's content words besides the swapped name, fewest to compare ("Bithumb transferred funds": 2). */
const MIN_REST = 2;
/** Least share of those words that the other text has: the claim is about what the other text says. */
export const NAME_SWAP_MIN_SUPPORT = 0.6;

/** Words of a name that identify it: not "The", month or day names, and at least three letters. */
function nameWords(name: string): string[] {
  return (name.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 2 && !isStopword(word) && !CALENDAR.has(word) && !LINKS.has(word));
}

interface Name extends Evidence {
  readonly words: readonly string[];
}

const namesOf = memoize(
  (text: string): Name[] =>
    Array.from(text.matchAll(NAME), (match) => ({ text: match[0], span: { start: match.index, end: match.index + match[0].length }, words: nameWords(match[0]) })).filter((name) => name.words.length > 0),
  (text: string) => text,
);

/** Stems of every word of a text, stopwords included (a name word is looked up among them). */
const stemsOf = memoize((text: string) => new Set(Array.from(text.toLowerCase().matchAll(WORD), (match) => stemmer(match[0]))), (text: string) => text);
const contentOf = memoize((text: string) => contentStems(text), (text: string) => text);

/** No word of the name in the other text ("Thomas Hanks" and "Tom Hanks" share one, so neither is absent). */
const absentFrom = (name: Name, stems: ReadonlySet<string>) => name.words.every((word) => !stems.has(stemmer(word)));

function swapIn(claim: string, other: string): { name: Name; otherName: Name; support: number } | undefined {
  const otherStems = stemsOf(other);
  const missing = namesOf(claim).filter((name) => absentFrom(name, otherStems));
  if (missing.length === 0) return undefined;
  // A swap, not an addition: the other text has a name the claim lacks.
  const claimStems = stemsOf(claim);
  const otherName = namesOf(other).find((name) => absentFrom(name, claimStems));
  if (!otherName) return undefined;
  const swapped = new Set(missing.flatMap((name) => name.words.map((word) => stemmer(word))));
  const rest = [...contentOf(claim)].filter((stem) => !swapped.has(stem));
  if (rest.length < MIN_REST) return undefined;
  const support = rest.filter((stem) => otherStems.has(stem)).length / rest.length;
  return support >= NAME_SWAP_MIN_SUPPORT ? { name: missing[0]!, otherName, support } : undefined;
}

const evidence = ({ text, span }: Name): Evidence => ({ text, span });

export function nameSwapFindings(first: string, second: string): NameSwapFinding[] {
  const directions = readDirections(first, second);
  // The claim is the shorter text where one is the evidence for the other.
  const claims = directions === 'forward' ? (['second'] as const) : directions === 'backward' ? (['first'] as const) : (['first', 'second'] as const);
  for (const side of claims) {
    const found = side === 'first' ? swapIn(first, second) : swapIn(second, first);
    if (!found) continue;
    const [a, b] = side === 'first' ? [found.name, found.otherName] : [found.otherName, found.name];
    return [{ kind: 'name-swap', side, first: evidence(a), second: evidence(b), support: found.support }];
  }
  return [];
}

export const nameSwapCheck = defineCheck({
  kind: 'name-swap',
  feature: 'name_swap',
  role: 'finding',
  run: (first, second) => nameSwapFindings(first.text, second.text),
  describe: (reason: NameSwapFinding) => {
    const [claim, other] = reason.side === 'first' ? [reason.first, reason.second] : [reason.second, reason.first];
    return `another name: "${claim.text}" in the ${reason.side} statement is named nowhere in the other, which names "${other.text}"`;
  },
});
