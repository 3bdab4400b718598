import { chronoParser, LONG_TEXT, nlp } from './libraries.js';
import { lemmaCandidates, looseLemmaWords } from './lemmas.js';
import { contentStems, overlap, readDirections, startAfterLast } from '../statements/words.js';
import { CALENDAR } from './guards.js';
import { otherSubjects } from './names.js';
import { within, type DateMention, type DateMismatch } from './finding.js';
import { memoize } from './memo.js';
import { sentencesMeet } from './sentences.js';
import { defineCheck } from './check.js';

const PROBE_A = new Date(Date.UTC(2001, 0, 1));
const PROBE_B = new Date(Date.UTC(2011, 6, 15));
const YEAR = /\b(?:in|since|by|during|until|before|after|of|from)\s+((?:1[89]|20)\d{2})\b/gi;
/** A year listed after another: "1967 and 1968", "2001, 2003". */
const YEAR_LISTED = /^\s*(?:,|and|or|&)\s*((?:1[89]|20)\d{2})\b/i;
/**
 * The year of a work, as encyclopaedias write it: "is a 2004 American crime film", "their 1998 album". The work
 * came out in that year.
 */
const WORK = String.raw`\s+(?:[\p{L}-]+\s+){0,4}?(?:film|movie|album|novel|book|song|single|documentary|series|sitcom|miniseries|play|musical|opera|video\s+game|EP|mixtape|soundtrack|anthology|memoir|poem|painting|sculpture)s?\b`;
const WORK_YEAR = new RegExp(String.raw`\b(?:a|an|the|his|her|their|its)\s+((?:1[89]|20)\d{2})${WORK}`, 'giu');
/** Before and after a work's year: its determiner, and the work it is of. */
const WORK_BEFORE = /\b(?:a|an|the|his|her|their|its)\s+$/i;
const WORK_AFTER = new RegExp(`^${WORK}`, 'iu');
/** A decade, or a part of one: "the 1980s", "the early 1980s", "mid-1990s", "late 1970s". */
const DECADE = /\b(?:(early|mid|late)[-\s]+)?((?:1[5-9]|20)\d0)['’]?s\b/gi;
/** The years of a decade that its early, middle and late parts name (early 1980s: 1980 to 1983). */
const DECADE_PART: Record<string, readonly [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
/**
 * A century, or a part of one: "the 20th century", "the late nineteenth century", "the mid-18th century" (the
 * 20th century read as 1900 to 1999, as it is used). chrono reads none of them.
 */
const CENTURY_ORDINALS = ['fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
const CENTURY = new RegExp(String.raw`\b(?:(early|mid|late)[-\s]+)?(?:(1[5-9]|2[01])(?:st|nd|rd|th)|(${CENTURY_ORDINALS.join('|')}))[-\s]+century\b`, 'gi');
/** Words before a century that make it a bound of the time, not the time ("after the 20th century"). */
const CENTURY_BOUND = /\b(?:after|before|since|until|till|by|prior\s+to|following|preceding|beyond|end\s+of|turn\s+of)\s+(?:the\s+)?$/i;
/** The years of a century that its early, middle and late parts name (the early 20th century: 1900 to 1932). */
const CENTURY_PART: Record<string, readonly [number, number]> = { early: [0, 32], mid: [33, 66], late: [67, 99] };

/**
 * Dates and times in a statement (chrono-node), each as the period it names: "in September 2022" is the
 * whole month, "on 3 March" one day. Relative expressions ("yesterday", "last week") are resolved against
 * the statement's own `date`; without one they are skipped rather than resolved against today.
 */
export const dateMentions = memoize(findDateMentions, (text: string, statementDate?: string) => `${statementDate ?? ''}\u0000${text}`);

// Only texts with a digit, a month or weekday name, or a relative time word go through chrono.
const MAY_HAVE_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|week|month|year|noon|midnight|morning|evening|century)\b/i;

/** A year, 1500 to 2099, anywhere in a text. */
export const ANY_YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/g;
// A month's name or its abbreviation.
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/.source;
// In texts too long to parse whole (see LONG_TEXT): chrono reads only the stretches around a year or a month
// name, which every absolute date has (relative ones need the statement's date and a short text).
const ABSOLUTE_CUE = new RegExp(`${ANY_YEAR.source}|${MONTH}|${DECADE.source}|${CENTURY.source}`, 'gi');
const CUE_CONTEXT = 40;

// Without the statement's own date, relative mentions are skipped, and every absolute one has a year from
// 1500 to 2099, a month's name, or digits joined by a slash, dot or hyphen ("5/3/21"): "10 drones" or "30%"
// alone never reach chrono.
const MAY_HAVE_ABSOLUTE_DATE = new RegExp(`${ABSOLUTE_CUE.source}|\\d[/.-]\\d`, 'i');

function findDateMentions(text: string, statementDate?: string): DateMention[] {
  if (!(statementDate === undefined ? MAY_HAVE_ABSOLUTE_DATE : MAY_HAVE_DATE).test(text)) return [];
  return readDates(text, statementDate).map((mention) => shifted(text, mention));
}

/** "the year after 1963", "the decade before the 1990s": a period counted from the date, not a bound. */
const SHIFT_BEFORE = /\bthe\s+(year|decade)\s+(after|before)\s+(?:the\s+)?$/i;
const SHIFT_WINDOW = 30;
function shifted(text: string, mention: DateMention): DateMention {
  const before = text.slice(Math.max(0, mention.span.start - SHIFT_WINDOW), mention.span.start);
  const shift = SHIFT_BEFORE.exec(before);
  if (!shift) return mention;
  const years = (shift[1]!.toLowerCase() === 'year' ? 1 : 10) * (shift[2]!.toLowerCase() === 'after' ? 1 : -1);
  const move = (iso: string) => {
    const date = new Date(iso);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return date.toISOString();
  };
  const start = mention.span.start - before.length + shift.index;
  return { text: text.slice(start, mention.span.end), span: { start, end: mention.span.end }, start: move(mention.start), end: move(mention.end) };
}

function readDates(text: string, statementDate?: string): DateMention[] {
  if (text.length <= LONG_TEXT) return parseDates(text, 0, statementDate);
  const out: DateMention[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  const flush = () => {
    if (windowStart >= 0) out.push(...parseDates(text.slice(windowStart, windowEnd), windowStart, statementDate));
  };
  for (const cue of text.matchAll(ABSOLUTE_CUE)) {
    const start = Math.max(0, cue.index - CUE_CONTEXT);
    const end = Math.min(text.length, cue.index + cue[0].length + CUE_CONTEXT);
    if (start <= windowEnd) windowEnd = end;
    else {
      flush();
      windowStart = start;
      windowEnd = end;
    }
  }
  flush();
  return out;
}

/** The words `text` written at `start`, as the period from the start of year `from` to the end of year `to`. */
function yearsMention(text: string, start: number, from: number, to: number): DateMention {
  return { text, span: { start, end: start + text.length }, start: new Date(Date.UTC(from, 0, 1)).toISOString(), end: new Date(Date.UTC(to + 1, 0, 1) - 1).toISOString() };
}

/** A bare year written at `start` ("2004"), as the whole year it names. */
const yearMention = (year: string, start: number) => yearsMention(year, start, Number(year), Number(year));

function parseDates(text: string, offset: number, statementDate?: string): DateMention[] {
  const reference = statementDate ? new Date(statementDate) : undefined;
  const results = chronoParser().parse(text, reference ?? PROBE_A, { forwardDate: false });
  // A mention is relative ("yesterday", "in March") when another reference date moves it.
  const probe = results.length === 0 ? [] : chronoParser().parse(text, PROBE_B, { forwardDate: false });
  const out: DateMention[] = [];
  results.forEach((result, i) => {
    const start = result.start;
    const moved = probe[i]?.start.date().getTime() !== start.date().getTime();
    if (moved && reference === undefined) return;
    const date = start.date();
    let from: Date;
    let to: Date;
    if (result.end) {
      from = date;
      to = result.end.date();
    } else if (start.isCertain('day')) {
      from = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
      to = new Date(from.getTime() + 86_400_000 - 1);
    } else if (start.isCertain('month')) {
      from = new Date(Date.UTC(date.getFullYear(), date.getMonth(), 1));
      to = new Date(Date.UTC(date.getFullYear(), date.getMonth() + 1, 1) - 1);
    } else if (start.isCertain('year')) {
      from = new Date(Date.UTC(date.getFullYear(), 0, 1));
      to = new Date(Date.UTC(date.getFullYear() + 1, 0, 1) - 1);
    } else {
      // A weekday or time of day alone names no period we can compare.
      return;
    }
    out.push({
      text: result.text,
      span: { start: result.index, end: result.index + result.text.length },
      start: from.toISOString(),
      end: to.toISOString(),
    });
  });
  // Bare years ("in 2021"), which chrono leaves alone, and the years listed after one ("in 1967 and 1968").
  for (const match of text.matchAll(YEAR)) {
    let start = match.index + match[0].length - 4;
    let year = match[1]!;
    for (;;) {
      if (!out.some((m) => start >= m.span.start && start < m.span.end)) {
        out.push(yearMention(year, start));
      }
      const next = YEAR_LISTED.exec(text.slice(start + 4, start + 20));
      if (!next) break;
      start += 4 + next[0].length - 4;
      year = next[1]!;
    }
  }
  // The year of a work ("a 2004 film"), which chrono leaves alone too.
  for (const match of text.matchAll(WORK_YEAR)) {
    const start = match.index + match[0].indexOf(match[1]!, match[0].search(/\s/));
    if (out.some((m) => start >= m.span.start && start < m.span.end)) continue;
    out.push(yearMention(match[1]!, start));
  }
  // Decades and their parts, which chrono leaves alone too.
  for (const match of text.matchAll(DECADE)) {
    const start = match.index;
    // "in 1970's": chrono read the year alone; the decade replaces it.
    const year = out.findIndex((m) => /^\d{4}$/.test(m.text) && within(m.span, { start, end: start + match[0].length }));
    if (year !== -1) out.splice(year, 1);
    if (out.some((m) => start < m.span.end && m.span.start < start + match[0].length)) continue;
    const decade = Number(match[2]);
    const [first, last] = match[1] ? DECADE_PART[match[1].toLowerCase()]! : [0, 9];
    out.push(yearsMention(match[0], start, decade + first, decade + last));
  }
  // Centuries and their parts.
  for (const match of text.matchAll(CENTURY)) {
    const start = match.index;
    if (out.some((m) => start < m.span.end && m.span.start < start + match[0].length)) continue;
    // "born after the 20th century", "until the 19th century": a bound, not the event's time; "was not formed in
    // the 20th century": not the time either.
    const before = text.slice(Math.max(0, start - 30), start);
    if (CENTURY_BOUND.test(before) || /\b(?:not|never)\b|n['’]t\b/i.test(before)) continue;
    const century = match[2] ? Number(match[2]) : CENTURY_ORDINALS.indexOf(match[3]!.toLowerCase()) + 15;
    const [first, last] = match[1] ? CENTURY_PART[match[1].toLowerCase()]! : [0, 99];
    const from = (century - 1) * 100;
    out.push(yearsMention(match[0], start, from + first, from + last));
  }
  return out
    .map((m) => (offset === 0 ? m : { ...m, span: { start: m.span.start + offset, end: m.span.end + offset } }))
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * Two statements that each name one period, and the periods do not overlap ("in 2021" / "in March 2022").
 * With several periods on a side, which belongs to which event is unknown, so nothing is claimed (one period
 * named twice is one).
 */
export function dateMismatches(first: readonly DateMention[], second: readonly DateMention[]): DateMismatch[] {
  const a = onlyPeriod(first);
  const b = onlyPeriod(second);
  if (!a || !b) return [];
  if (a.end < b.start || b.end < a.start) return [{ kind: 'date-mismatch', first: a, second: b }];
  return [];
}

/**
 * Two events, each at its own time: the verb before each date is another ("Iran ordered the tanks in January
 * 2023" / "Iran received the tanks in May 2024"), and neither text has the other's. A date after a verb of
 * being ("is a 2004 film") or with no verb before it in its sentence says when of the subject itself. Takes
 * each date's `eventVerb`.
 */
function otherEvents(first: string, verbA: readonly string[] | undefined, second: string, verbB: readonly string[] | undefined): boolean {
  if (!verbA || !verbB || shareLemma(verbA, verbB)) return false;
  const has = (text: string, lemmas: readonly string[]) => looseLemmaWords(text).some((word) => word.lemmas.some((lemma) => lemmas.includes(lemma)));
  return !has(second, verbA) && !has(first, verbB);
}

/**
 * Events that happen once to their subject: their dates must agree whatever else differs ("died in 1861 at the
 * age of 42" / "died in 1902 at the age of 83").
 */
const ONCE = new Set(['born', 'bear', 'die', 'found', 'establish', 'build', 'construct', 'form', 'incorporate', 'inaugurate', 'bury']);
const happensOnce = (verb: readonly string[] | undefined) => verb?.some((lemma) => ONCE.has(lemma)) ?? false;
// A clause's end: a full stop, question or exclamation mark or semicolon before a space, not the point of "1.3".
const CLAUSE_END = /[.!?;](?=\s|$)/g;
// A figure, not an ordinal ("the 65th government" names which one, it measures nothing).
const FIGURE = /\d+(?:[.,]\d+)*(?!\d|st\b|nd\b|rd\b|th\b)/g;
/** The figures (digits, not dates) of a text, without thousands commas. */
const figuresIn = memoize((text: string) => new Set(Array.from(text.matchAll(FIGURE), (m) => m[0].replace(/,/g, ''))), (text: string) => text);
/** The figures of a date's sentence that are not dates, without thousands commas. */
function figuresNear(text: string, mention: DateMention, dates: readonly DateMention[]): string[] {
  const start = startAfterLast(text, mention.span.start, CLAUSE_END, SENTENCE_WINDOW);
  const rest = text.slice(mention.span.end, mention.span.end + SENTENCE_WINDOW);
  const end = mention.span.end + (rest.search(/[.!?;](?=\s|$)/) + 1 || rest.length);
  const out: string[] = [];
  for (const m of text.slice(start, end).matchAll(FIGURE)) {
    const at = start + m.index;
    if (!dates.some((d) => d.span.start <= at && at < d.span.end)) out.push(m[0].replace(/,/g, ''));
  }
  return out;
}

/**
 * A series, not one event told two ways: the dates' sentences each give a figure the other text lacks, for an
 * event that can recur, or whose verb is not read ("exports totalling $1.3 billion in 2019" / "exports totalled $1.5
 * billion in 2020").
 */
function series(first: string, x: DateMention, a: readonly DateMention[], second: string, y: DateMention, b: readonly DateMention[], verb: readonly string[] | undefined): boolean {
  if (happensOnce(verb)) return false;
  const own = (text: string, mention: DateMention, dates: readonly DateMention[], other: string) => figuresNear(text, mention, dates).some((figure) => !figuresIn(other).has(figure));
  return own(first, x, a, second) && own(second, y, b, first);
}

/**
 * What an event made its subject, or where it took it: a capitalised name after "to" or "as" in the date's
 * sentence, a few lowercase words on ("promoted to the rank of Generalleutnant in 1944", "elected in 2003 as a
 * member of the Meretz party").
 */
const COMPLEMENT = /\b(?:to|as)\s+(?:[\p{Ll}-]+\s+){0,5}?(\p{Lu}[\p{L}'’-]+)/gu;
function complementsNear(text: string, mention: DateMention): string[] {
  const start = sentenceStart(text, mention);
  const end = mention.span.end + SENTENCE_AFTER.exec(text.slice(mention.span.end))![0].length;
  return Array.from(text.slice(start, end).matchAll(COMPLEMENT), (m) => m[1]!.toLowerCase());
}

/**
 * One verb, two events: each date's sentence names what the event made its subject, or where it took it, and
 * the other text does not ("promoted to Generalleutnant in 1944" / "promoted to Major in 1942", "elected in 2003
 * as Meretz" / "in 2008 as Kadima"). Not for events that happen once.
 */
function otherComplements(first: string, x: DateMention, second: string, y: DateMention, verb: readonly string[] | undefined): boolean {
  if (happensOnce(verb)) return false;
  const own = (text: string, mention: DateMention, other: string) => {
    const words = new Set(other.toLowerCase().match(/[\p{L}'’-]+/gu));
    return complementsNear(text, mention).some((word) => !words.has(word));
  };
  return own(first, x, second) && own(second, y, first);
}

/** Verbs that tell one event of a thing's start or making ("established on February 5, 1944" / "formed on February 9, 1944"). */
const ONE_EVENT_GROUPS: readonly (readonly string[])[] = [
  ['establish', 'found', 'form', 'create', 'incorporate'],
  ['build', 'construct', 'erect', 'complete'],
  ['open', 'inaugurate'],
];
const ONE_EVENT = new Map(ONE_EVENT_GROUPS.flatMap((group) => group.map((verb) => [verb, group] as const)));

const SENTENCE_END = /[.!?;]/g;
/** How far around a date its sentence is read: a sentence, not a paragraph. */
const SENTENCE_WINDOW = 300;
/** Where the sentence (or the clause after a semicolon) of a date starts. */
const sentenceStart = (text: string, mention: DateMention) => startAfterLast(text, mention.span.start, SENTENCE_END, SENTENCE_WINDOW);

const mainVerbs = (text: string) => nlp(text).match('#Verb').not('(#Auxiliary|#Copula|#Modal)').out('array') as string[];
/**
 * The main verbs of a stretch of text as lowercase words, in order. compromise reads a preposition after a verb
 * as its particle ("remixed in 2014", "wrote Waves in 1988"): a preposition is no verb.
 */
const verbWords = (text: string) =>
  mainVerbs(text).flatMap((verb) => {
    const word = verb.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}'-]/gu, '')).filter((w) => w && !PREPOSITION.test(w)).at(-1);
    return word ? [word] : [];
  });
const PREPOSITION = /^(?:in|on|at|by|from|to|of|for|with|during|since|until|around|about|into|onto|as)$/;
const SENTENCE_AFTER = new RegExp(`^[^.!?;]{0,${SENTENCE_WINDOW}}`);

/**
 * The candidate lemmas of the verb of a date's event: the last main verb (not a verb of being, having or a
 * modal) before the date in its sentence, else the first after it ("In 2005 the club moved to Boyarka").
 * Undefined for a work's year and after a verb of being ("is a 2004 film"): the date is of the subject itself.
 */
function eventVerb(text: string, mention: DateMention): string[] | undefined {
  // A work's year is of the subject itself.
  if (WORK_BEFORE.test(text.slice(Math.max(0, mention.span.start - 8), mention.span.start)) && WORK_AFTER.test(text.slice(mention.span.end, mention.span.end + 80))) return undefined;
  const before = text.slice(sentenceStart(text, mention), mention.span.start);
  let word = verbWords(before).at(-1);
  if (!word && !/\b(?:is|are|was|were|be|been)\b/i.test(before)) word = verbWords(SENTENCE_AFTER.exec(text.slice(mention.span.end))![0])[0];
  return word ? lemmaCandidates(word) : undefined;
}

/**
 * Share of content words (the shorter statement's, month and day names aside) that two statements must have in
 * common before their dates are set against each other: dates of unrelated statements say nothing of one
 * another. As the antonym check's.
 */
export const DATE_MIN_OVERLAP = 0.3;
/** The same share for the two sentences of two dates set against each other where a text names several periods. */
export const ALIGNED_MIN_OVERLAP = 0.3;
/** And the content words those two sentences must share, besides the event's verb they share anyway. */
const ALIGNED_MIN_SHARED = 2;

/**
 * Two subjects, each with its own date ("Joe Germanese (born June 4, 1985) is ..." / "Peter Lowry (born October
 * 2, 1986) is ..."): `otherSubjects` of the dates' sentences.
 */
const otherDateSubjects = (first: string, a: DateMention, second: string, b: DateMention): boolean =>
  otherSubjects(first, sentenceStart(first, a), second, sentenceStart(second, b));

// The one period a statement names, however often ("The 2004 film was released in 2004").
function onlyPeriod(mentions: readonly DateMention[]): DateMention | undefined {
  const first = mentions[0];
  return first && mentions.every((m) => m.start === first.start && m.end === first.end) ? first : undefined;
}

/** f(i) for i below n, each computed once, when first asked for. */
function memoized<T>(n: number, f: (i: number) => T): (i: number) => T {
  const done: boolean[] = new Array<boolean>(n).fill(false);
  const values: T[] = new Array<T>(n);
  return (i) => {
    if (!done[i]) {
      values[i] = f(i);
      done[i] = true;
    }
    return values[i]!;
  };
}

const disjoint = (x: DateMention, y: DateMention) => x.end < y.start || y.end < x.start;

/** Bounds that end the time before them ("before 1972", "until 1983", "by July 2017"), by whether the bound itself is in. */
const UPPER_BOUNDS: Readonly<Record<string, boolean>> = { before: false, until: true, till: true, by: true, 'prior to': false };
/** Bounds that start the time after them ("after 1812", "since 2008", "from 1935"), by whether the bound itself is in. */
const LOWER_BOUNDS: Readonly<Record<string, boolean>> = { after: false, following: false, since: true, from: true };

/**
 * Whether two dates, each of its kind (`timeKind`), cannot both hold: two times or two bounds of one kind that
 * do not overlap ("until 1983" / "until 1960"), or a time outside a bound ("released before 2007" / "released
 * in 2008"; "founded after the War of 1812" / "founded in 1907" holds). A denied date, or two bounds of two
 * kinds, say nothing.
 */
function cannotBothHold(x: DateMention, kindX: string | undefined, y: DateMention, kindY: string | undefined): boolean {
  if (kindX === undefined || kindY === undefined) return false;
  if (kindX === kindY) return disjoint(x, y);
  if (kindX !== '' && kindY !== '') return false;
  const [time, bound, kind] = kindX === '' ? [x, y, kindY] : [y, x, kindX];
  if (kind in UPPER_BOUNDS) return UPPER_BOUNDS[kind] ? time.start > bound.end : time.start >= bound.start;
  if (kind in LOWER_BOUNDS) return LOWER_BOUNDS[kind] ? time.end < bound.start : time.end <= bound.end;
  return false;
}
/** The words between a range's start and its end: "from 1869 to 1871", "from 1891 until his death in 1902". */
const RANGE_TO = /^\s*(?:to|until|till|through|-|–)\b[^.;,]{0,20}$|^\s*[-–]\s*$/i;
/** The end of the range a "from" date starts, if the next date of its text ends it. */
function rangeEnd(text: string, mentions: readonly DateMention[], i: number): DateMention | undefined {
  const next = mentions[i + 1];
  if (next && RANGE_TO.test(text.slice(mentions[i]!.span.end, next.span.start))) return next;
  // A year the date readers left out ("from 1869 to 1871": the year pattern takes "from 1869" only).
  const end = mentions[i]!.span.end;
  const year = RANGE_TO_YEAR.exec(text.slice(end, end + 40));
  return year ? yearMention(year[1]!, end + year.index + year[0].length - 4) : undefined;
}
const RANGE_TO_YEAR = /^\s*(?:to|until|till|through|-|–)\s*(?:[^.;,\d]{0,20}\s)?((?:1[5-9]|20)\d\d)\b/i;
/**
 * Two ranges ("from 1906 to 1908" / "from 1905 to 1906"): one stretch told two ways where they overlap and start
 * apart; where they do not overlap at all, two stretches (a second term: "from 1869 to 1871" / "from 1891 until
 * his death in 1902"), which can both hold.
 */
function rangesConflict(x: DateMention, endX: DateMention, y: DateMention, endY: DateMention): boolean {
  const apart = endX.end < y.start || endY.end < x.start;
  return !apart && disjoint(x, y);
}
/**
 * Whether the `i`th date of the first text and the `j`th of the second cannot both hold, each read as its kind
 * (`timeKind`): as two ranges where both open one ("from 1869 to 1871"), else by `cannotBothHold`.
 */
function datesConflict(first: string, a: readonly DateMention[], i: number, kindX: string | undefined, second: string, b: readonly DateMention[], j: number, kindY: string | undefined): boolean {
  const endX = kindX === 'from' ? rangeEnd(first, a, i) : undefined;
  const endY = kindY === 'from' ? rangeEnd(second, b, j) : undefined;
  return endX && endY ? rangesConflict(a[i]!, endX, b[j]!, endY) : cannotBothHold(a[i]!, kindX, b[j]!, kindY);
}
/** Whether two verbs' lemmas tell one event: a lemma in common, or two of a group in `ONE_EVENT_GROUPS`. */
const shareLemma = (x: readonly string[] | undefined, y: readonly string[] | undefined) => !!x && !!y && x.some((lemma) => y.includes(lemma) || (ONE_EVENT.get(lemma)?.some((other) => y.includes(other)) ?? false));

/**
 * Where a statement names several periods, each is set against the other's by its event: the verb before each
 * date ("The stadium was built in 1992 and renovated in 2010" / "was built in 1993 and renovated in 2010":
 * built 1992 / built 1993). Two periods of one event that do not overlap are a mismatch, unless the texts date
 * the event alike somewhere (it recurs), or, between an evidence text and its claim, either period is named
 * anywhere in the other text. The first such pair, in the first statement's order.
 */
function alignedMismatches(first: string, a: readonly DateMention[], second: string, b: readonly DateMention[]): DateMismatch[] {
  const evidence = readDirections(first, second) !== 'both';
  const kindsA = a.map((x) => timeKind(first, x));
  const kindsB = b.map((y) => timeKind(second, y));
  // Verbs are read (by compromise) only for dates that some date of the other text cannot hold with.
  const verbA = memoized(a.length, (i) => (kindsA[i] === undefined ? undefined : eventVerb(first, a[i]!)));
  const verbB = memoized(b.length, (j) => (kindsB[j] === undefined ? undefined : eventVerb(second, b[j]!)));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const x = a[i]!;
      const y = b[j]!;
      const conflict = datesConflict(first, a, i, kindsA[i], second, b, j, kindsB[j]);
      // The dates' own sentences must be about one thing too: texts of several sentences (paragraphs mined as one
      // pile) otherwise set "The school closed in 1890" against "The post office ... closed in 1978".
      if (!conflict || !sentencesMeet(first, x.span.start, second, y.span.start, ALIGNED_MIN_OVERLAP, ALIGNED_MIN_SHARED) || !shareLemma(verbA(i), verbB(j))) continue;
      // Between an evidence text and its claim, either period named anywhere in the other text, of whatever event
      // there, is no mismatch to claim: an article's verbs are read less surely than a sentence's.
      if (evidence && (b.some((other) => !disjoint(x, other)) || a.some((other) => !disjoint(y, other)))) continue;
      // An event the texts date alike somewhere recurs ("donated 29 organs in 2005 ... in 2006" / "will donate
      // fewer in 2007 than in 2006"): its other dates are other occurrences.
      const alike = a.some((p, k) => shareLemma(verbA(k), verbB(j)) && b.some((q, m) => !disjoint(p, q) && shareLemma(verbA(k), verbB(m))));
      if (alike || otherDateSubjects(first, x, second, y) || series(first, x, a, second, y, b, verbA(i)) || otherComplements(first, x, second, y, verbA(i))) continue;
      return [{ kind: 'date-mismatch', first: x, second: y }];
    }
  }
  return [];
}

/**
 * The bound a date is ("before 1972", "until 1983", "by July 2017", "from 1935", "till as late as December 2022",
 * "after the War of 1812"),
 * '' for the time of its event, and undefined for a denied time ("did not wrestle in 1970"): dates are set
 * against each other only as the same kind of time.
 */
// Case matters only for the capitalised words of a name ("the War of"), so the bound words carry both cases.
const BOUND_BEFORE = /\b([Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Pp]rior\s+to|[Ff]ollowing)\s+(?:(?:on|in|at|the|early|late|mid|as\s+(?:late|early)\s+as)\s+)*(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:of\s+)?(?:the\s+)?$/u;
/** A denial a few words before a date ("did not wrestle in 1970", "was not released on March 28"). */
const DENIED_BEFORE = /(?:\b(?:not|never)|n['’]t)\s+(?:[\p{L}-]+\s+){0,3}(?:(?:in|on|at|during)\s+)?(?:the\s+)?$/iu;
/** How far before a date a denial is looked for, in characters (the century rule's window). */
const BEFORE_WINDOW = 30;
function timeKind(text: string, mention: DateMention): string | undefined {
  const before = text.slice(Math.max(0, mention.span.start - BEFORE_WINDOW), mention.span.start);
  if (DENIED_BEFORE.test(before)) return undefined;
  return BOUND_BEFORE.exec(before)?.[1]!.toLowerCase().replace(/\s+/g, ' ') ?? '';
}

export const datesCheck = defineCheck({
  kind: 'date-mismatch',
  feature: 'date_mismatch',
  role: 'finding',
  run: (first, second) => {
    const a = dateMentions(first.text, first.date);
    if (a.length === 0) return [];
    const b = dateMentions(second.text, second.date);
    if (b.length === 0 || overlap(contentStems(first.text, CALENDAR), contentStems(second.text, CALENDAR)) < DATE_MIN_OVERLAP) return [];
    if (onlyPeriod(a) === undefined || onlyPeriod(b) === undefined) return alignedMismatches(first.text, a, second.text, b);
    const found = dateMismatches(a, b);
    if (found.length === 0) return [];
    const { first: x, second: y } = found[0]!;
    if (!datesConflict(first.text, a, a.indexOf(x), timeKind(first.text, x), second.text, b, b.indexOf(y), timeKind(second.text, y))) return [];
    const verbX = eventVerb(first.text, x);
    if (otherEvents(first.text, verbX, second.text, eventVerb(second.text, y)) || otherDateSubjects(first.text, x, second.text, y)) return [];
    return series(first.text, x, a, second.text, y, b, verbX) || otherComplements(first.text, x, second.text, y, verbX) ? [] : found;
  },
  describe: (reason: DateMismatch) =>
    `dates disagree: "${reason.first.text}" (${reason.first.start.slice(0, 10)}) vs "${reason.second.text}" (${reason.second.start.slice(0, 10)})`,
});
