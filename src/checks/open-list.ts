import type { Evidence } from './finding.js';
import { defineCheck } from './check.js';
import { looseLemmaWords, type LemmaWord } from './lemmas.js';
import { negationCues } from './negation.js';
import { sameWord } from './proposition.js';
import { isStopword, readDirections } from '../statements/words.js';

/**
 * Guard: two statements that say the same thing but for the items of a list given as examples ("including",
 * "such as"): "He appeared in several shows, including A, B and C" / "..., including A, D and C". Examples
 * need not be the same to agree, so such a difference is no contradiction, although a model reads the
 * changed names as one. Not where the lists count something ("including 10 drones" / "12 drones"), not
 * where an item is a description rather than a name (up to `MAX_ITEM_WORDS` words), and not for a list
 * without such a cue ("consisted of A, B and C" is the whole of it).
 */
export interface OpenListFinding {
  readonly kind: 'open-list';
  /** The list in each statement, from its cue ("including A, B and C"). */
  readonly first: Evidence;
  readonly second: Evidence;
}

// The cue that the list gives examples, not the whole: "including", "such as", "among them", "for example",
// and "include(s|d)" as a verb ("Her films include A and B").
const CUE = /\b(?:including|such as|among them|among others|notably|for example|for instance|e\.g\.,?|includes?|included)\s+/i;
// Where the list ends: the sentence's end, a semicolon, a parenthesis, or another clause. A relative clause
// after it ("..., which was a miniseries") tells of its last item: it stays with the list, not as an item.
const LIST_END = /;|\(|\.(?:\s|$)|,?\s+(?:while|whereas|but|although|though|after|before|when)\b/i;
const RELATIVE = /,?\s+(?:which|who|whom|whose|where)\b/i;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+/i;
/**
 * An item of more words than this, or of three or more with two common words ("the installation of leaded
 * glass windows"), is a description, which can conflict, not a name ("Tales from the Crypt", "oil").
 */
export const MAX_ITEM_WORDS = 5;
const isDescription = (item: string) => {
  const words = item.split(/\s+/);
  const common = words.filter((word) => /^\p{Ll}/u.test(word) && !isStopword(word)).length;
  return words.length > MAX_ITEM_WORDS || (words.length >= 3 && common >= 2);
};
/** Content words outside the lists that one statement may have and the other not ("several" / "many", "TV" / "television"). */
const MAX_UNMATCHED = 2;
// A count in a list ("10 drones", "two children"): the items count something, and counts can conflict. A
// number in a title ("Critters 2") counts nothing.
const COUNT = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b)\S*\s+\p{Ll}/u;

interface OpenList {
  readonly span: Evidence['span'];
  readonly items: readonly string[];
}

/** The first list of examples in a text, with its items (lowercased, without quotes and articles). */
export function openList(text: string): OpenList | undefined {
  const cue = CUE.exec(text);
  if (!cue) return undefined;
  const from = cue.index + cue[0].length;
  const end = LIST_END.exec(text.slice(from));
  const to = end ? from + end.index : text.length;
  const relative = RELATIVE.exec(text.slice(from, to));
  const items = text
    .slice(from, relative ? from + relative.index : to)
    .split(ITEM_SEPARATOR)
    .map((item) => item.replace(/["“”'‘’]/g, ' ').replace(/^\s*(?:the|a|an)\s+/i, '').trim())
    .filter(Boolean);
  if (items.length === 0 || items.some(isDescription)) return undefined;
  return { span: { start: cue.index, end: to }, items: items.map((item) => item.toLowerCase()) };
}

const numbersOf = (text: string) => (text.match(/\d[\d,.]*\d|\d/g) ?? []).sort().join(' ');

const outside = (words: readonly LemmaWord[], list: OpenList) => words.filter((w) => w.span.end <= list.span.start || w.span.start >= list.span.end);

/**
 * The words outside the lists agree: every content word has a match on the other side, but for at most
 * `MAX_UNMATCHED` lowercase words, and a name added on one side only ("the Turkish government" / "the
 * government"), not one swapped for another.
 */
function sameOutside(a: readonly LemmaWord[], b: readonly LemmaWord[]): boolean {
  const aOnly = a.filter((x) => !b.some((y) => sameWord(x, y)));
  const bOnly = b.filter((y) => !a.some((x) => sameWord(x, y)));
  if (aOnly.length + bOnly.length > MAX_UNMATCHED) return false;
  const named = (words: LemmaWord[]) => words.some((w) => /^\p{Lu}/u.test(w.text));
  return !(named(aOnly) && named(bOnly));
}

export function openListFindings(first: string, second: string): OpenListFinding[] {
  const a = openList(first);
  if (!a) return [];
  const b = openList(second);
  if (!b) return [];
  const listA = first.slice(a.span.start, a.span.end);
  const listB = second.slice(b.span.start, b.span.end);
  // The same items: whatever the two disagree on is elsewhere.
  if (a.items.length === b.items.length && a.items.every((item) => b.items.includes(item))) return [];
  if (COUNT.test(listA) || COUNT.test(listB)) return [];
  const restA = first.slice(0, a.span.start) + first.slice(a.span.end);
  const restB = second.slice(0, b.span.start) + second.slice(b.span.end);
  if ((negationCues(restA).length > 0) !== (negationCues(restB).length > 0)) return [];
  // Numbers are not words to the lemmas: outside the lists they must be the same ("sold 500 cars, including").
  if (numbersOf(restA) !== numbersOf(restB)) return [];
  if (!sameOutside(outside(looseLemmaWords(first), a), outside(looseLemmaWords(second), b))) return [];
  return [{ kind: 'open-list', first: { text: listA, span: a.span }, second: { text: listB, span: b.span } }];
}

export const openListCheck = defineCheck({
  kind: 'open-list',
  feature: 'open_list',
  role: 'guard',
  // Between statements of similar length: an article's lists of examples are not the claim's. The cue first:
  // most pairs have none.
  run: (first, second) => (CUE.test(first.text) && CUE.test(second.text) && readDirections(first.text, second.text) === 'both' ? openListFindings(first.text, second.text) : []),
  describe: (reason: OpenListFinding) => `only the examples differ: "${reason.first.text}" vs "${reason.second.text}"`,
});
