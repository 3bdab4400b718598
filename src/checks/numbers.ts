import { chunksOf, LONG_TEXT, nlp } from './libraries.js';
import type { NumericMismatch, Quantity } from './finding.js';
import { memoize } from './memo.js';
import { contentStems, isStopword, readDirections, startAfterLast, stemmer } from '../statements/words.js';
import { otherSubjects, sentenceStartAt } from './names.js';
import type { Span } from '../statements/statement.js';
import { defineCheck, type Checked } from './check.js';
import { dateMentions } from './dates.js';
import { lemmaCandidates } from './lemmas.js';
import { sentenceAt } from './sentences.js';

// Hedges and the range they give a number n. "about" allows ±10 %: the usual reading of news rounding.
const HEDGES: readonly { pattern: RegExp; range: (n: number) => [number, number] }[] = [
  { pattern: /\b(at least|no fewer than|no less than|a minimum of)\s*$/i, range: (n) => [n, Infinity] },
  { pattern: /\b(more than|over|above|upwards of|in excess of|exceeding|older than)\s*(?:the\s+age\s+of\s*)?$/i, range: (n) => [n + Number.EPSILON, Infinity] },
  { pattern: /\b(at most|up to|no more than|a maximum of)\s*$/i, range: (n) => [0, n] },
  { pattern: /\b(less than|fewer than|under|below|younger than)\s*(?:the\s+age\s+of\s*)?$/i, range: (n) => [0, n - Number.EPSILON] },
  { pattern: /\b(about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to)\s*$/i, range: (n) => [n * 0.9, n * 1.1] },
];
const ZERO = /\b(no|zero|not a single|not any)\s+((?:[\p{L}-]+\s*){1,3})/giu;
const NONE = /\bnone\b/gi;
/**
 * A share given by a word ("half of the residents", "half the town", "a tenth of the forest", "most of the
 * money", "Most scientists" opening a clause, not "the most powerful"): a percentage, read as news rounds it
 * (±10 %), or the range the word allows ("most": over half). "Of" after a fraction that is also an ordinal ("a
 * third quarter"). A hedge before it bounds it ("more than half", "less than a third").
 */
const SHARE = /(?<!\b(?:first|second|third|last|other|latter|former|back|front|top|bottom|lower|upper|northern|southern|eastern|western)\s+)\b(?:(more than|over|at least|less than|under|fewer than)\s+)?(?:(half)\s+(?:of\s+|(?=the\b|its\b|their\b|all\b|our\b|his\b|her\b))|((?:a|one)\s+third|two[- ]thirds|(?:a|one)\s+quarter|three[- ]quarters|(?:a|one)\s+fifth|(?:a|one)\s+tenth|(?:a|the)\s+(?:large\s+|vast\s+|small\s+|tiny\s+)?(?:majority|minority)|most)\s+of\s+|(?<![\p{L}]\s+)(most)\s+(?=people\b|[\p{Ll}]+s\b))/giu;
const SHARE_CUE = new RegExp(SHARE.source, 'iu');
const SHARE_VALUES: readonly [RegExp, number][] = [
  [/^half$/i, 50], [/third$/i, 100 / 3], [/^two/i, 200 / 3], [/^(?:a|one)\s+quarter$/i, 25], [/^three/i, 75], [/fifth$/i, 20], [/tenth$/i, 10],
];
const roundOff = (n: number) => Math.round(n * 1e9) / 1e9;
function shareRange(word: string, hedge: string | undefined): [number, number] {
  if (/majority|^most$/i.test(word)) return /large|vast/i.test(word) ? [60, 100] : [50 + Number.EPSILON, 100];
  if (/minority/i.test(word)) return /small|tiny/i.test(word) ? [0, 25] : [0, 50 - Number.EPSILON];
  const value = SHARE_VALUES.find(([pattern]) => pattern.test(word))![1];
  // (Rounded: a third's 33.33... times 0.9 is 30.000000000000004 in floating point, above "30 percent".)
  if (hedge === undefined) return [roundOff(value * 0.9), roundOff(value * 1.1)];
  return /^(?:more than|over|at least)$/i.test(hedge) ? [value, 100] : [0, value];
}
// Vague counts and the ranges they allow: "several drones" is some drones, at least two.
const VAGUE = /\b(several|a few|a number of|some|many|numerous|multiple|dozens of|hundreds of|thousands of|scores of)\s+((?:[\p{L}-]+\s*){1,3})/giu;
const VAGUE_RANGE: Readonly<Record<string, [number, number]>> = {
  several: [2, Infinity], 'a few': [2, Infinity], 'a number of': [2, Infinity], some: [1, Infinity], many: [2, Infinity],
  numerous: [2, Infinity], multiple: [2, Infinity], 'dozens of': [24, Infinity], 'hundreds of': [200, Infinity],
  'thousands of': [2000, Infinity], 'scores of': [40, Infinity],
};
// A rate after the counted thing: "10 drones per day", "5 attacks a week".
const RATE = /\b(?:per|a|an|each|every)\s+(day|week|month|year|hour|minute|night)\b/i;
const RATE_WINDOW = 40;
const UNIT_WINDOW = 120;
/** A word that looks like a plural noun ("people" too), and words ending in -s that are not plurals. */
const PLURAL_NOUN = /^(?:people|[\p{L}-]{3,}[^su'’]s)$/u;
const NOT_PLURAL: ReadonlySet<string> = new Set(['news', 'others', 'series', 'species', 'lens', 'gas', 'bus', 'plus', 'gross', 'less', 'this', 'its', 'has', 'was', 'does', 'is', 'always', 'perhaps', 'whereas', 'afterwards', 'towards']);
const UNIT_WORDS = /^\s*(%|percent\b|per cent\b|(?:[\p{L}][\p{L}-]*\s*){1,3})/iu;
// A percentage's unit, and the same at the start of a unit's words.
const PERCENT = /%|percent|per cent/i;
const PERCENT_FIRST = new RegExp(`^\\s*(?:${PERCENT.source})`, 'i');

/** A rate after a number ("5% a year"). */
function rateAfter(text: string, end: number): { rate?: string; phrase?: undefined } {
  const rate = RATE.exec(text.slice(end, end + RATE_WINDOW))?.[1]?.toLowerCase();
  return rate ? { rate } : {};
}

/**
 * A measure joined to its number ("a 140-kilometre-long river", "a 12-storey building"): the measure is the
 * unit, as in "140 kilometres long" (not "kilometre-long river").
 */
const JOINED_MEASURE = /^-?((?:kilo|centi|milli)?met(?:re|er)|km|mile|foot|ft|yard|inch|hectare|acre|storey|story)(?=-|\s|$)/iu;

function unitAfter(text: string, end: number): { unit?: string; phrase?: string; rate?: string } {
  // A unit or rate follows within a few words; a bounded window keeps this linear in the number of numbers.
  const rest = text.slice(end, end + UNIT_WINDOW);
  const { rate } = rateAfter(text, end);
  const joined = text[end - 1] === '-' || rest.startsWith('-') ? JOINED_MEASURE.exec(rest) : null;
  if (joined) return { unit: stemmer(joined[1]!.toLowerCase()), ...(rate ? { rate } : {}) };
  const match = UNIT_WORDS.exec(rest);
  const units: string[] = [];
  // How many of the unit's words the counted thing is, where a plural noun ends it before the words do.
  let counted: number | undefined;
  if (match && PERCENT_FIRST.test(match[1]!)) units.push('percent');
  else if (match) {
    for (const word of match[1]!.trim().split(/\s+/).map((w) => w.toLowerCase())) {
      if (isStopword(word) || word === 'per') break;
      units.push(stemmer(word));
      // A plural noun ends the counted thing: what follows is its verb ("20,000 people live in the town", "10
      // drones hit Kyiv"). The words up to a stopword, verb and all, are the phrase the agreement guard reads.
      if (counted === undefined && PLURAL_NOUN.test(word) && !NOT_PLURAL.has(word)) counted = units.length;
    }
  }
  const unit = counted === undefined ? units : units.slice(0, counted);
  return { ...(unit.length ? { unit: unit.join(' ') } : {}), ...(units.length > unit.length ? { phrase: units.join(' ') } : {}), ...(rate ? { rate } : {}) };
}

/**
 * A capacity before a ceiling ("can hold up to 25,000", "seating capacity of up to 500"): the ceiling is the
 * capacity itself, so "up to 25,000" there is 25,000, and a capacity of 20,000 disagrees with it.
 */
const CAPACITY_BEFORE = /\b(?:hold|holds|held|capacity|seat|seats|seating|accommodate|accommodates|accommodating|carry|carries|carrying)\b[^.!?;]{0,25}$/i;
const CEILINGS: ReadonlySet<string> = new Set(['up to', 'a maximum of']);

/** An article and an ordinal ("a second", "a fourth"): compromise's fraction, an ordinal unless "of" follows. */
const ORDINAL_FRACTION = /^(?:a|an|one)\s+(?:second|third|\p{L}+th)$/iu;
/** A fraction in words that `SHARE` reads, or an ordinal: "half", "a third" (not "two out of five"). */
const FRACTION_WORDS = /^(?:half|(?:a|an|one)\s+\p{L}+)$/iu;

/** A floor or ceiling after the number ("aged 65 and over", "five or more", "18+", "children 12 and under"). */
const FLOOR_AFTER = /^(?:\s*(?:and|or)\s+(?:up|over|older|above|more|upwards)\b|\+(?![\p{N}])|-plus\b)/iu;
const CEILING_AFTER = /^\s*(?:and|or)\s+(?:under|younger|below|less|fewer)\b/i;

/** The hedge after a number, its range and its length, where one follows. */
function hedgeAfter(text: string, end: number, value: number): { low: number; high: number; hedge: string; length: number } | undefined {
  const rest = text.slice(end, end + 20);
  const floor = FLOOR_AFTER.exec(rest);
  if (floor) return { low: value, high: Infinity, hedge: floor[0].trim().toLowerCase(), length: floor[0].length };
  const ceiling = CEILING_AFTER.exec(rest);
  return ceiling ? { low: 0, high: value, hedge: ceiling[0].trim().toLowerCase(), length: ceiling[0].length } : undefined;
}

function withHedge(text: string, start: number, value: number): { low: number; high: number; hedge?: string; start: number } {
  const before = text.slice(Math.max(0, start - 45), start);
  for (const hedge of HEDGES) {
    const match = hedge.pattern.exec(before);
    if (match) {
      const hedgeStart = start - (before.length - match.index);
      const word = match[1]!.toLowerCase();
      const [low, high] = CEILINGS.has(word) && CAPACITY_BEFORE.test(text.slice(Math.max(0, hedgeStart - 40), hedgeStart)) ? [value, value] : hedge.range(value);
      return { low, high, hedge: word, start: hedgeStart };
    }
  }
  return { low: value, high: value, start };
}

/** Hedges that give a floor ("over 200 appearances", "at least two people"). */
const FLOORS: ReadonlySet<string> = new Set(['at least', 'no fewer than', 'no less than', 'a minimum of', 'more than', 'over', 'above', 'upwards of', 'in excess of', 'exceeding']);
/** How far apart two floors may be and still be one report: "over 200" and "over 210". */
const FLOOR_TOLERANCE = 1.1;

/**
 * Whether two quantities of one thing cannot both be what was reported: ranges that do not meet ("at least 10"
 * / "no drones"), or two floors far apart after the same word ("completed over 800 episodes" / "completed over
 * 1000 episodes", "killing at least two people" / "killed at least three people"). A floor in news is the
 * figure known, not any number above it: two reports of one count with different floors give different
 * figures. The word before the floor keeps apart the counts of different events ("at least 11 people were
 * killed" / "a total of at least 36 people").
 */
function disagree(x: QuantityWithRate, y: QuantityWithRate): boolean {
  if (x.high < y.low || y.high < x.low) return true;
  const { before: xBefore } = x;
  const { before: yBefore } = y;
  return xBefore !== undefined && yBefore !== undefined && xBefore.some((lemma) => yBefore.includes(lemma)) && Math.max(x.value, y.value) > FLOOR_TOLERANCE * Math.min(x.value, y.value);
}

interface QuantityWithRate extends Quantity {
  readonly rate?: string;
  /** Of a floor: the lemmas the content word before it may have ("left over 50" -> left, leave). */
  readonly before?: readonly string[];
  /** What the figure measures, by a noun before it ("a capacity of 20,000", "at the age of 42"): stemmed. */
  readonly measure?: string;
  /**
   * The words after the figure up to a stopword where they run on past the counted thing's plural noun
   * ("people live", of "20,000 people live in the town"): the agreement guard compares these, so that "All 150
   * passengers survived" does not agree with "Several passengers were killed".
   */
  readonly phrase?: string;
  /**
   * Of a percentage or share, the whole it is a share of, stemmed: the first content word after "of" ("20
   * percent of the town's residents" -> town), or after "most" ("most scientists" -> scientist).
   */
  readonly of?: string;
  /** A share given by a word (`SHARE`): compared only with a share of the same whole. */
  readonly share?: true;
  /** Of a part of a whole ("two of the three suspects"): the part, the whole and the rest, each a figure it agrees with. */
  readonly partition?: readonly number[];
  /** Of a percentage, the stems of the content words before it in its clause ("Turnout was 30%" -> turnout). */
  readonly around?: readonly string[];
}

/** A quantity as a finding gives it: without what only the comparison reads. */
function shown({ rate: _rate, before: _before, measure: _measure, phrase: _phrase, of: _of, share: _share, around: _around, partition: _partition, ...quantity }: QuantityWithRate): Quantity {
  return quantity;
}

/**
 * Nouns that say what a figure after them measures ("a seating capacity of 20,000", "a height of 30 metres"):
 * two figures of one such noun are of the same thing, whatever follows them ("capacity of 25,000 people").
 */
const MEASURES: ReadonlySet<string> = new Set(
  [
    'age', 'capacity', 'population', 'attendance', 'crowd', 'audience', 'membership', 'enrollment', 'enrolment', 'circulation',
    'height', 'length', 'width', 'depth', 'area', 'distance', 'diameter', 'radius', 'wingspan', 'altitude', 'elevation',
    'weight', 'volume', 'budget', 'salary', 'revenue', 'revenues', 'turnover', 'profit', 'debt', 'price', 'cost', 'fee', 'valuation',
  ].map((word) => stemmer(word)),
);
// "a capacity of about 20,000", "at the age of 42"; "aged 42", "at age 42".
const MEASURE_BEFORE = /\b([a-z]+)\s+of\s+(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|at\s+least|up\s+to|just)\s+)*[$€£¥]?$/i;
const AGE_BEFORE = /\b(?:aged|at\s+age)\s+$/i;
function measureBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 50), start);
  if (AGE_BEFORE.test(before)) return stemmer('age');
  const noun = MEASURE_BEFORE.exec(before)?.[1];
  const stem = noun === undefined ? undefined : stemmer(noun.toLowerCase());
  return stem !== undefined && MEASURES.has(stem) ? stem : undefined;
}

/** Words looked back over for the content word before a floor. */
const BEFORE_WORDS = 4;
/** The lemmas that the first content word among the few before `start` may have ("made over 200" -> made, make). */
function contentWordBefore(text: string, start: number): string[] | undefined {
  const words = text.slice(Math.max(0, start - 60), start).match(/[\p{L}]+/gu) ?? [];
  for (const word of words.slice(-BEFORE_WORDS).reverse()) {
    if (!isStopword(word.toLowerCase())) return lemmaCandidates(word.toLowerCase());
  }
  return undefined;
}

/**
 * Numbers in a statement with hedges ("at least", "about", "more than"), zero forms ("no drones", "none")
 * and the counted unit. Spans in `exclude` (dates found by the date check) are not numbers here.
 */
export const quantities = memoize(findQuantities, (text: string, exclude: readonly Span[] = []) => `${exclude.map((s) => `${s.start}-${s.end}`).join(',')}\u0000${text}`);

// Only texts with a digit, a number word or a word count ("no", "several") are read for quantities.
const MAY_HAVE_NUMBER = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|none|no|not|several|few|number|some|many|numerous|multiple|hundreds|thousands|scores|half|thirds?|quarters?|fifth|tenth|majority|minority|most)\b/i;
// Of those, only texts with a digit, a number word, an ordinal, a roman numeral or "a year" go through
// compromise's number parser (the slow part of this check): on the shared test split and the real-world dev
// set it finds no number in any other text. Counts given by a word are read by the regexes below.
const MAY_PARSE_NUMBER =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|few|half|quarter|first|seconds?|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth|hundredth|thousandth|millionth|billionth)\b|\ban?\s+(?:couple|minute|hour|day|night|week|month|year|decade|century|millennium)\b/i;
const ROMAN = /\b[IVXLCDM]{2,}\b/;
const NUMBER_CUES = new RegExp(MAY_PARSE_NUMBER.source, 'gi');
const ROMAN_CUES = new RegExp(ROMAN.source, 'g');
/** Words of context kept on each side of a number cue when compromise reads the numbers. */
const CUE_CONTEXT_WORDS = 6;

/**
 * The stretches of a text that compromise reads for numbers: each cue with `CUE_CONTEXT_WORDS` words either
 * side, overlapping stretches merged, in text order. Reading these rather than the whole text gives the same
 * numbers at a fraction of the cost on long statements. Cues inside a date ("in 1990", "March 3") make no
 * stretch: the number there is the date's, which the number checks leave out (on the shared test and dev splits,
 * the real-world dev set and the stress suites, 31,197 pairs, the findings are the same with and without them).
 */
function numberStretches(text: string, exclude: readonly Span[]): { start: number; text: string }[] {
  const spans = [...exclude].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1; // the furthest end of the excluded spans that start at or before the cue
  const cues = [...text.matchAll(NUMBER_CUES), ...text.matchAll(ROMAN_CUES)]
    .map((m) => [m.index, m.index + m[0].length] as const)
    .sort((a, b) => a[0] - b[0])
    .filter(([start, end]) => {
      while (next < spans.length && spans[next]!.start <= start) reach = Math.max(reach, spans[next++]!.end);
      return reach < end;
    });
  if (cues.length === 0) return [];
  const words = Array.from(text.matchAll(/\S+/g), (m) => [m.index, m.index + m[0].length] as const);
  const stretches: [number, number][] = [];
  let w = 0;
  for (const [start, end] of cues) {
    while (w < words.length - 1 && words[w]![1] <= start) w++;
    let last = w;
    while (last < words.length - 1 && words[last]![1] < end) last++;
    const from = words[Math.max(0, w - CUE_CONTEXT_WORDS)]![0];
    const to = words[Math.min(words.length - 1, last + CUE_CONTEXT_WORDS)]![1];
    const previous = stretches.at(-1);
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else stretches.push([from, to]);
  }
  return stretches.flatMap(([from, to]) => chunksOf(text.slice(from, to)).map((chunk) => ({ start: from + chunk.start, text: chunk.text })));
}

type NumberItem = { text: string; offset: { start: number; length: number }; number: { num: number } };

// A stretch whose number cues are all plain numbers, in digits ("7", "1,200", "3.5", "30%") or words from one to
// twelve ("one" in lower case only: compromise counts "one of them", "one another", but not "Air Force One"),
// none joined to a word by a hyphen, is read without compromise: the numbers are the same (findings identical
// on the 31,197 + 20,528 pairs of bench/checks-before-after.mjs). Numbers side by side or with only "of"
// between them ("3 of 10", "two out of three": a fraction to compromise), an opening parenthesis, a unit sign,
// a large number word or a capitalised number word before a capitalised word go to compromise.
const SIMPLE_NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const SIMPLE_NUMBER = new RegExp(`^(?:(?:(?:[1-9]\\d{0,3}|[1-9]\\d{0,2}(?:,\\d{3})+)(?:\\.\\d+)?|0\\.\\d+)%?|${Object.keys(SIMPLE_NUMBER_WORDS).join('|')})$`, 'i');
const TRAILING_PUNCTUATION = '.,;:!?)';
/** A token without its trailing punctuation (a loop, not a regex: linear however long the run). */
function tokenCore(token: string): string {
  let end = token.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(token[end - 1]!)) end--;
  return token.slice(0, end);
}
function simpleNumbers(chunk: string): NumberItem[] | undefined {
  const tokens = Array.from(chunk.matchAll(/\S+/g), (m) => {
    const core = tokenCore(m[0]);
    const start = m.index;
    return { core, full: m[0], start, end: start + core.length, number: SIMPLE_NUMBER.test(core) || core === 'one' };
  });
  const cues = [...chunk.matchAll(NUMBER_CUES), ...chunk.matchAll(ROMAN_CUES)];
  let t = 0;
  for (const cue of cues.sort((a, b) => a.index - b.index)) {
    while (t < tokens.length && tokens[t]!.end <= cue.index) t++;
    const token = tokens[t];
    if (!token?.number || cue.index < token.start || cue.index + cue[0].length > token.end) return undefined;
  }
  const numbers = tokens.flatMap((token, i) => (token.number ? [i] : []));
  const items: NumberItem[] = [];
  for (let n = 0; n < numbers.length; n++) {
    const i = numbers[n]!;
    const token = tokens[i]!;
    if (/^[-–—]/.test(tokens[i + 1]?.core ?? '') || /[-–—]$/.test(tokens[i - 1]?.core ?? '')) return undefined;
    // "Two Towns Trail", "Six Penny Day": part of a name, which compromise does not count.
    if (/^\p{Lu}\p{L}/u.test(token.core) && /^\p{Lu}/u.test(tokens[i + 1]?.core ?? '')) return undefined;
    // Numbers side by side, or with only "of" / "out of" between them, are one number or a fraction to compromise.
    if (n > 0) {
      const between = tokens.slice(numbers[n - 1]! + 1, i).map((x) => x.core.toLowerCase()).filter((word) => word !== 'out');
      if (between.length === 0 || between.every((word) => word === 'of')) return undefined;
    }
    const num = token.core === 'one' ? 1 : (SIMPLE_NUMBER_WORDS[token.core.toLowerCase()] ?? Number(token.core.replace(/%$/, '').replaceAll(',', '')));
    // The whole token, trailing punctuation included, as compromise gives it ("eight)," for "eight),").
    items.push({ text: token.full, offset: { start: token.start, length: token.full.length }, number: { num } });
  }
  return items;
}

// Numbers written in digits ("1,200", "3.5"), for texts too long for compromise (no number words).
const DIGITS = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\p{N}])/gu;
function digitNumbers(text: string): NumberItem[] {
  return [...text.matchAll(DIGITS)].map((m) => ({ text: m[0], offset: { start: m.index, length: m[0].length }, number: { num: Number(m[0].replaceAll(',', '')) } }));
}

function findQuantities(text: string, exclude: readonly Span[] = []): QuantityWithRate[] {
  const out: QuantityWithRate[] = [];
  if (!MAY_HAVE_NUMBER.test(text)) return out;
  const inside = (start: number, end: number) => exclude.some((span) => start < span.end && end > span.start);
  const numbers = text.length > LONG_TEXT ? digitNumbers(text) : numberStretches(text, exclude).flatMap((chunk) =>
    (simpleNumbers(chunk.text) ?? (nlp(chunk.text).numbers().json({ offset: true }) as NumberItem[])).map((item) => ({
      ...item,
      offset: { start: item.offset.start + chunk.start, length: item.offset.length },
    })),
  );
  for (const item of numbers) {
    const raw = item.text.replace(/[.,;:!?]+$/, '');
    const start = item.offset.start;
    const end = start + raw.length;
    let value = item.number.num;
    if (!Number.isFinite(value) || inside(start, end)) continue;
    // A fraction in words is a share (`SHARE`: "half", "a third of"), or an ordinal after an article ("a fourth
    // man", "a third quarter decline"), which compromise reads as a fraction.
    if (value < 1 && FRACTION_WORDS.test(raw)) {
      if (!ORDINAL_FRACTION.test(raw) || /^\s+of\b/i.test(text.slice(end))) continue;
      value = Math.round(1 / value);
    }
    const leading = withHedge(text, start, value);
    const trailing = leading.hedge === undefined ? hedgeAfter(text, end, value) : undefined;
    const hedged = trailing ? { ...trailing, start } : leading;
    // Where the figure ends, a hedge after it included ("six and up").
    const last = end + (trailing?.length ?? 0);
    // A percentage by its sign ("30%"): the sign is the number's own text, and the words after are no unit.
    const after = raw.endsWith('%') ? { unit: 'percent', ...rateAfter(text, end) } : unitAfter(text, last);
    const { rate, phrase } = after;
    const unit = after.unit ?? (POPULATION_BEFORE.test(text.slice(Math.max(0, hedged.start - 30), hedged.start)) ? PEOPLE_HEAD : undefined);
    const before = hedged.hedge && FLOORS.has(hedged.hedge) ? contentWordBefore(text, hedged.start) : undefined;
    // (Before a hedge, or before the number after "over the age of".)
    const measure = measureBefore(text, hedged.start) ?? measureBefore(text, start);
    const of = unit === 'percent' ? wholeAfter(text, last, false) : undefined;
    const around = unit === 'percent' ? clauseBefore(text, hedged.start) : undefined;
    out.push({
      text: text.slice(hedged.start, last),
      span: { start: hedged.start, end: last },
      value,
      low: hedged.low,
      high: hedged.high,
      ...(hedged.hedge ? { hedge: hedged.hedge } : {}),
      ...(unit ? { unit } : {}),
      ...(rate ? { rate } : {}),
      ...(phrase ? { phrase } : {}),
      ...(before ? { before } : {}),
      ...(measure ? { measure } : {}),
      ...(of ? { of } : {}),
      ...(around ? { around } : {}),
    });
  }
  // Counts given by a word ("no drones", "several drones"): the range the word allows.
  const counts: [RegExp, (cue: string) => readonly [number, number]][] = [
    [ZERO, () => [0, 0]],
    [VAGUE, (cue) => VAGUE_RANGE[cue]!],
  ];
  for (const [pattern, range] of counts) {
    for (const match of text.matchAll(pattern)) {
      // The counted thing runs up to the first stopword: "no Iranian drones have been..." counts drones.
      const words: string[] = [];
      for (const word of match[2]!.trim().split(/\s+/)) {
        if (isStopword(word.toLowerCase())) break;
        words.push(word);
      }
      if (words.length === 0) continue;
      const cue = match[1]!.toLowerCase();
      const [low, high] = range(cue);
      const phrase = `${match[1]} ${words.join(' ')}`;
      const unit = words.map((w) => stemmer(w.toLowerCase())).join(' ');
      out.push({ text: phrase, span: { start: match.index, end: match.index + phrase.length }, value: low, low, high, hedge: cue, unit });
    }
  }
  for (const match of text.matchAll(SHARE)) {
    const word = (match[2] ?? match[3] ?? match[4])!.replace(/\s+/g, ' ');
    const [low, high] = shareRange(word, match[1]);
    const phrase = match[0].replace(/\s+(?:of\s+)?$/i, '');
    const of = wholeAfter(text, match.index + match[0].length, true);
    const around = clauseBefore(text, match.index);
    out.push({ text: phrase, span: { start: match.index, end: match.index + phrase.length }, value: low, low, high, hedge: match[1]?.toLowerCase() ?? word.toLowerCase(), unit: 'percent', share: true, ...(of ? { of } : {}), around });
  }
  for (const match of text.matchAll(NONE)) {
    out.push({ text: match[0], span: { start: match.index, end: match.index + match[0].length }, value: 0, low: 0, high: 0, hedge: 'none' });
  }
  return withPartitions(out, text);
}

/** "Two of the three suspects": a part of a whole, both exact. */
const PART_OF = /^\s+of\s+(?:the|its|their|his|her|our|all|those|these)\s+$/i;
/**
 * A part of a whole ("Two of the three suspects have been arrested") accounts for the whole, the part and the
 * rest ("Police are still searching for one suspect"): each figure of it carries all three.
 */
function withPartitions(found: QuantityWithRate[], text: string): QuantityWithRate[] {
  const sorted = [...found].sort((x, y) => x.span.start - y.span.start);
  const parts = new Map<QuantityWithRate, readonly number[]>();
  sorted.forEach((part, i) => {
    const whole = sorted[i + 1];
    if (!whole || part.low !== part.high || whole.low !== whole.high || part.value >= whole.value) return;
    if (!PART_OF.test(text.slice(part.span.end, whole.span.start))) return;
    const values = [part.value, whole.value, whole.value - part.value];
    parts.set(part, values);
    parts.set(whole, values);
  });
  return parts.size === 0 ? found : found.map((q) => (parts.has(q) ? { ...q, partition: parts.get(q)! } : q));
}

/**
 * The whole a percentage or share is of: the first content word after "of" within a few words of `end` ("20
 * percent of the town's residents" -> town; "30% of scientists"), or, where `bare` (a share word's own
 * end, "Most scientists"), the word there.
 */
function wholeAfter(text: string, end: number, bare: boolean): string | undefined {
  const rest = /^\s*(?:percent\b|per cent\b|%)?\s*(of\s+)?((?:[\p{L}'’-]+\s+){0,3})/iu.exec(text.slice(end, end + 60));
  if (!rest || (!rest[1] && !bare)) return undefined;
  const word = (rest[2]!.match(/[\p{L}-]+/gu) ?? []).find((w) => !isStopword(w.toLowerCase()));
  return word === undefined ? undefined : stemmer(word.toLowerCase());
}

/** Content words looked back over for a percentage's clause. */
const CLAUSE_WORDS = 6;
/** The stems of the content words before `start` in its clause, at most `CLAUSE_WORDS` ("Turnout was" -> turnout). */
function clauseBefore(text: string, start: number): string[] {
  const clause = text.slice(startAfterLast(text, start, /[.;:!?,()](?=\s)|\n/g, 120), start);
  return (clause.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => !isStopword(w.toLowerCase())).slice(-CLAUSE_WORDS).map((w) => stemmer(w.toLowerCase()));
}

/** Words for people counted: one head ("12,000 people" / "50,000 inhabitants"). */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'persons', 'residents', 'inhabitants', 'citizens', 'individuals'].map((word) => stemmer(word)));
const PEOPLE_HEAD = stemmer('people');

/** The counted thing's head noun: the last word of a unit ("iranian drone" -> "drone"; "residents" -> people). */
const headOf = (unit: string): string => {
  const head = unit.split(' ').at(-1)!;
  return PEOPLE.has(head) ? PEOPLE_HEAD : head;
};
/** "a population of about 12,000": a number with no unit after it counts people. */
const POPULATION_BEFORE = /\bpopulation\s+(?:of\s+)?$/i;

/** A percentage's words that say what it is of: its clause's and its whole's. */
const clauseAndWhole = (q: QuantityWithRate): string[] => [...(q.around ?? []), ...(q.of === undefined ? [] : [q.of])];

function sameThing(a: QuantityWithRate, b: QuantityWithRate): boolean {
  if ((a.rate ?? '') !== (b.rate ?? '') && a.value !== 0 && b.value !== 0) return false;
  // Shares of two wholes ("20% of voters" / "30% of donors"); a share by a word only of the same whole.
  if (a.of !== b.of && ((a.of !== undefined && b.of !== undefined) || a.share || b.share)) return false;
  // Percentages of one thing share a word of their clauses or wholes ("Turnout was 30%" / "Turnout was 45%"); a
  // text with many percentages has them of many things ("cut emissions by 17%" / "rainfall rose 20%").
  if (a.unit === 'percent' && b.unit === 'percent' && (a.of === undefined || a.of !== b.of)) {
    const words = new Set(clauseAndWhole(a));
    if (!clauseAndWhole(b).some((word) => words.has(word))) return false;
  }
  if (a.measure !== undefined && a.measure === b.measure) return true;
  // "none" counts whatever the other statement counts.
  if (a.unit === undefined || b.unit === undefined) return a.hedge === 'none' || b.hedge === 'none';
  // The counted thing is the head noun, the last word: "10 Iranian drones" and "no Iranian missiles"
  // count different things.
  return headOf(a.unit) === headOf(b.unit);
}

/**
 * Quantities of the same thing whose ranges overlap, and none that cannot both hold: "32 missiles were shot
 * down" / "several missiles were shot down". A guard: the counts agree.
 */
export interface QuantityAgreement {
  readonly kind: 'quantity-agreement';
  readonly first: Quantity;
  readonly second: Quantity;
  /** Nothing but the count differs between the statements (quantity-only.ts): the feature counts 2. */
  readonly onlyCountDiffers?: true;
}

export function quantityAgreements(first: string, second: string, excludeFirst: readonly Span[] = [], excludeSecond: readonly Span[] = []): QuantityAgreement[] {
  const a = quantities(first, excludeFirst);
  return a.length === 0 ? [] : agreementsOf(a, quantities(second, excludeSecond));
}

function agreementsOf(a: readonly QuantityWithRate[], b: readonly QuantityWithRate[]): QuantityAgreement[] {
  let agreement: QuantityAgreement | undefined;
  // The counted thing with what is said of it right after ("passengers survived" / "passengers were killed").
  const phrased = (q: QuantityWithRate): QuantityWithRate => (q.phrase ? { ...q, unit: q.phrase } : q);
  for (const x of a.map(phrased)) {
    for (const y of b.map(phrased)) {
      if (!sameThing(x, y)) continue;
      if (disagree(x, y)) return [];
      agreement ??= { kind: 'quantity-agreement', first: shown(x), second: shown(y) };
    }
  }
  return agreement ? [agreement] : [];
}

/** Quantities of the same thing whose ranges cannot both hold ("at least 10 drones" / "no drones"). */
export function numericMismatches(first: string, second: string, excludeFirst: readonly Span[] = [], excludeSecond: readonly Span[] = []): NumericMismatch[] {
  const a = quantities(first, excludeFirst);
  return a.length === 0 ? [] : mismatchesOf(a, quantities(second, excludeSecond));
}

/**
 * A figure of a claim that its evidence states too, of whatever it counts there: read as that figure, not as a
 * mismatch ("In total, 870 people worldwide have been infected ... only around 170 infections" / "around 870
 * infections"). Only a figure that picks one out (13 or more, or a fraction): "two" and "ten" recur in any text;
 * and only a time for a time ("35 years ago" is not restated by "20 people").
 */
const DISTINCT_FIGURE = 13;
const distinctFigure = (q: QuantityWithRate) => /\d/.test(q.text) && (q.value >= DISTINCT_FIGURE || !Number.isInteger(q.value));
/** Units of time, stemmed: "35 years ago" is a time, not a count that "20 people" could restate. */
const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'].map((word) => stemmer(word)));
const isTime = (q: QuantityWithRate) => q.unit !== undefined && q.unit.split(' ').some((word) => TIME_UNITS.has(word));
/** A figure as the evidence rule matches it: its value, and whether it is a time. */
const figureKey = (q: QuantityWithRate) => `${isTime(q) ? 'time' : 'count'} ${q.value}`;
const figuresOf = (qs: readonly QuantityWithRate[]) => new Set(qs.filter(distinctFigure).map(figureKey));

function mismatchesOf(a: readonly QuantityWithRate[], b: readonly QuantityWithRate[], claim?: 'first' | 'second'): NumericMismatch[] {
  const out: NumericMismatch[] = [];
  const inEvidence = claim === 'second' ? figuresOf(a) : claim === 'first' ? figuresOf(b) : undefined;
  // A figure the other text gives too (the same range), for the same thing, is accounted for ("a daily circulation of 72,846 and
  // a Sunday circulation of 95,626" in both): it is set against nothing else there.
  const matched = (q: QuantityWithRate, others: readonly QuantityWithRate[]) => others.some((o) => o.low === q.low && o.high === q.high && sameThing(q, o));
  for (const x of a) {
    if (matched(x, b)) continue;
    for (const y of b) {
      if (!sameThing(x, y) || matched(y, a)) continue;
      const claimed = claim === 'second' ? y : claim === 'first' ? x : undefined;
      if (claimed && distinctFigure(claimed) && inEvidence!.has(figureKey(claimed))) continue;
      // A part, whole or rest of a partition on the other side ("one suspect" / "two of the three suspects").
      if (x.partition?.includes(y.value) || y.partition?.includes(x.value)) continue;
      if (disagree(x, y)) {
        out.push({ kind: 'numeric-mismatch', first: shown(x), second: shown(y) });
      }
    }
  }
  return out;
}

// Dates are numbers too ("in 2021"); the date check owns them, so the number checks leave their spans out.
const dateSpans = (statement: Checked): Span[] => dateMentions(statement.text, statement.date).map((d) => d.span);

/** Whether both statements may state a quantity (a cheap test before either is parsed). */
const bothMayHaveQuantities = (first: Checked, second: Checked): boolean => MAY_HAVE_NUMBER.test(first.text) && MAY_HAVE_NUMBER.test(second.text);

// Whether reading a text's quantities runs compromise's number parser (counts by a word are read by regexes).
const needsParser = (text: string): boolean => text.length <= LONG_TEXT && (MAY_PARSE_NUMBER.test(text) || ROMAN.test(text));

const MAY_SAY_NONE = new RegExp(NONE.source, 'i');
const WORD_RUNS = /[\p{L}-]+/gu;

/**
 * Whether a quantity of `text` can count the same thing (`sameThing`) as one of `read`, without parsing
 * `text`: a counted thing's head word is the stem of a run of letters and hyphens of its text (after a number,
 * or after "no" / "several"), or "percent"; a "none" on either side counts anything. Where this says no, the
 * pair has neither a mismatch nor an agreement, so the second statement need not go through the parser.
 */
function mayCountTheSameThing(read: readonly QuantityWithRate[], text: string): boolean {
  if (read.some((q) => q.hedge === 'none') || MAY_SAY_NONE.test(text)) return true;
  const heads = new Set(read.flatMap((q) => [...(q.unit === undefined ? [] : [headOf(q.unit)]), ...(q.measure === undefined ? [] : [q.measure])]));
  if (heads.size === 0) return false;
  if (heads.has('percent') && (PERCENT.test(text) || SHARE_CUE.test(text))) return true;
  const people = heads.has(PEOPLE_HEAD);
  for (const [run] of text.matchAll(WORD_RUNS)) {
    const word = run.toLowerCase();
    const stem = stemmer(word);
    if (heads.has(stem) || (people && (PEOPLE.has(stem) || word === 'population'))) return true;
    const fromLetter = word.replace(/^-+/, '');
    if (fromLetter !== word && heads.has(stemmer(fromLetter))) return true;
  }
  return false;
}

/**
 * Both statements' quantities (their dates left out), or undefined where either has none or where they
 * cannot count the same thing. The side that needs no number parser is read first: where it has no quantity,
 * or none of a thing the other statement names, the other is never parsed.
 */
function quantitiesOfPair(first: Checked, second: Checked): [QuantityWithRate[], QuantityWithRate[]] | undefined {
  if (!bothMayHaveQuantities(first, second)) return undefined;
  const of = (statement: Checked) => quantities(statement.text, dateSpans(statement));
  const swap = needsParser(first.text) && !needsParser(second.text);
  const read = of(swap ? second : first);
  if (read.length === 0 || !mayCountTheSameThing(read, (swap ? first : second).text)) return undefined;
  const other = of(swap ? first : second);
  if (other.length === 0) return undefined;
  return swap ? [other, read] : [read, other];
}

/**
 * How much two numbers' sentences must share, besides the counted thing and the figures, to be read as figures
 * of one event: a share of the smaller sentence's content words (with at least one word), or this many words
 * whatever the share. "Nine people have died in bush-fires on the Eyre Peninsula" and "In the last two years more
 * than 70,000 people have been killed in the region" count people of two events; pairing proposes such pairs
 * wherever statements of many documents share a subject (a pile of news paragraphs: `bench/corpus-pile-before-after.mjs`).
 */
export const SAME_EVENT_MIN_SHARE = 0.3;
export const SAME_EVENT_MIN_SHARED = 3;

/** Whether the sentences around a mismatch's two figures speak of the same event (see `SAME_EVENT_MIN_SHARE`). */
function sameEvent(first: string, second: string, mismatch: NumericMismatch): boolean {
  const a = sentenceAt(first, mismatch.first.span.start);
  const b = sentenceAt(second, mismatch.second.span.start);
  if (!a || !b) return true;
  // Neither the counted thing nor the figures' own words ("eight", "at least two") count as shared context.
  const counted = new Set([
    ...[mismatch.first.unit, mismatch.second.unit].flatMap((unit) => (unit === undefined ? [] : unit.split(' '))),
    ...contentStems(`${mismatch.first.text} ${mismatch.second.text}`),
  ]);
  const context = (stems: ReadonlySet<string>) => [...stems].filter((stem) => !counted.has(stem) && !/\d/.test(stem));
  const wordsA = context(a.stems);
  const wordsB = new Set(context(b.stems));
  // A sentence with nothing but the count ("There are only two people") says nothing of another event.
  if (wordsA.length === 0 || wordsB.size === 0) return true;
  const shared = wordsA.filter((stem) => wordsB.has(stem)).length;
  return shared >= SAME_EVENT_MIN_SHARED || (shared > 0 && shared / Math.min(wordsA.length, wordsB.size) >= SAME_EVENT_MIN_SHARE);
}

const quantityText = (q: Quantity) => `"${q.text}"${q.unit ? ` (${q.unit})` : ''}`;

export const numbersCheck = defineCheck({
  kind: 'numeric-mismatch',
  feature: 'numeric_mismatch',
  role: 'finding',
  run: (first, second) => {
    const both = quantitiesOfPair(first, second);
    if (!both) return [];
    const directions = readDirections(first.text, second.text);
    const found = mismatchesOf(...both, directions === 'forward' ? 'second' : directions === 'backward' ? 'first' : undefined);
    // Counts of two subjects ("Omar al-Bashir was indicted on five counts" / "Laurent Gbagbo ... on four counts"),
    // or of two events.
    return found.filter((m) => sameEvent(first.text, second.text, m) && !otherSubjects(first.text, sentenceStartAt(first.text, m.first.span.start), second.text, sentenceStartAt(second.text, m.second.span.start), true));
  },
  describe: (reason: NumericMismatch) => `numbers disagree: ${quantityText(reason.first)} vs ${quantityText(reason.second)}`,
});

export const quantityAgreementCheck = defineCheck({
  kind: 'quantity-agreement',
  feature: 'quantity_agreement',
  role: 'guard',
  // Between statements only: an article that agrees with a claim on one count may still contradict it elsewhere.
  run: (first, second) => {
    const both = readDirections(first.text, second.text) === 'both' ? quantitiesOfPair(first, second) : undefined;
    return both ? agreementsOf(...both) : [];
  },
  describe: (reason: QuantityAgreement) => `numbers agree: ${quantityText(reason.first)} and ${quantityText(reason.second)}`,
});
