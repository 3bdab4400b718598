import { inFalseClaim } from './falsity.js';
import { defineCheck } from './check.js';
import { within, type Evidence } from './finding.js';
import { CALENDAR } from './guards.js';
import { nlp } from './libraries.js';
import { memoize } from './memo.js';
import { isPlaceAdjective, placeRelation } from './places.js';
import { contentStems, escapeRegExp, isStopword, readDirections, startAfterLast, stemmer, titleCase, wordsOf } from '../statements/words.js';

export { titleCase };

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
  /** Two places of one birth, death or burial (`oncePlaceSwap`): its verb ("born"); the feature counts 2. */
  readonly once?: string;
}

/** One capitalised word of a name (digits, hyphens, apostrophes and an abbreviation's dots inside), as a pattern's source. */
export const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}’'-]|\.(?=\p{L}))*`;

/**
 * A name: a run of capitalised words on one line (digits, hyphens and an abbreviation's dots inside; "of",
 * "de" and "the" between), not at the start of a sentence or a line (a lookbehind on a word, a comma, a colon
 * or a closing bracket before it, and spaces). The lookbehind is bounded, as in the pairing's entity pattern.
 */
const NAME = new RegExp(String.raw`(?<=[\p{L}\p{N},;:'’)][ \t]{1,8})${NAME_WORD}(?:[ \t]+(?:of[ \t]+|de[ \t]+|the[ \t]+)?${NAME_WORD})*`, 'gu');
const LINKS = new Set(['of', 'de', 'the']);
const WORD = /[\p{L}\p{N}]+/gu;
/** The claim's content words besides the swapped name, fewest to compare ("Bithumb transferred funds": 2). */
const MIN_REST = 2;
/**
 * Stems of words that only say where a thing is ("located", "situated", "based"): the other
 * text says it by "in" ("a village in the county of Kent" / "Greyfield is located in Scotland").
 */
const PLACEMENT: ReadonlySet<string> = new Set(['locat', 'situat', 'base']);
/** Least share of those words that the other text has: the claim is about what the other text says. */
export const NAME_SWAP_MIN_SUPPORT = 0.6;

/** An abbreviation: "U.S.", "UN", "NATO" (matched as written, so that "US" is not the pronoun "us"). */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,}$/u;
const POSSESSIVE = /['’]s?$/u;
/** A written word without its possessive and trailing dots, and its key when it is an abbreviation ("U.S.'s" -> =US). */
function abbreviation(raw: string): { word: string; key?: string } {
  const word = raw.replace(POSSESSIVE, '').replace(/\.+$/, '');
  return ABBREVIATION.test(word) ? { word, key: `=${word.replace(/\./g, '')}` } : { word };
}

/**
 * The keys that identify a name, each a word's stem (not "The", month or day names, at least three letters)
 * or an abbreviation as written: "U.S.'s invasion" -> =US; "EC VSV Villach" -> =EC, =VSV, villach.
 */
export function nameKeys(name: string): string[] {
  const keys: string[] = [];
  for (const raw of name.split(/\s+/)) {
    const { word, key } = abbreviation(raw);
    if (key) {
      keys.push(key);
      continue;
    }
    for (const part of word.toLowerCase().match(WORD) ?? []) {
      if (part.length > 2 && !isStopword(part) && !CALENDAR.has(part) && !LINKS.has(part)) keys.push(stemmer(part));
    }
  }
  return keys;
}

/** A capitalised word, and a lowercase content word (where the subject has ended). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+(?:(?:of|de|the|von|van)\s+)?\p{Lu}[\p{L}\p{N}’'.-]*)*/uy;
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/uy;

/**
 * The name a sentence opens with (from `start`), as name keys: the first run of capitalised words with keys,
 * before any lowercase content word ("In 2012, Dragavon became ..." -> dragavon; "In 2013, he became ..." ->
 * none). The subject, in the encyclopaedia's way of writing.
 */
export function openingName(text: string, start = 0): string[] | undefined {
  return openingRun(text, start)?.keys;
}

/** `openingName`'s run of capitalised words: its keys and where it ends. */
function openingRun(text: string, start: number): { keys: string[]; end: number } | undefined {
  const end = Math.min(text.length, start + 300);
  let i = start;
  while (i < end) {
    CAPITALISED_RUN.lastIndex = i;
    const run = CAPITALISED_RUN.exec(text);
    if (run) {
      const keys = nameKeys(run[0]);
      if (keys.length > 0) return { keys, end: i + run[0].length };
      i += run[0].length;
      continue;
    }
    WORD_AT.lastIndex = i;
    const word = WORD_AT.exec(text);
    if (word) {
      if (/^\p{Ll}/u.test(word[0]) && !isStopword(word[0].toLowerCase())) return undefined;
      i += word[0].length;
    } else i++;
  }
  return undefined;
}

/**
 * The name a sentence opens with, where compromise reads it as a noun that may name one thing ("Laurent Gbagbo",
 * "Apple"): not a capitalised number or plural ("Three people", "Rescuers brought out"; a proper noun may be
 * plural), nor a people's name ("Chinese officials"), nor a word of another kind.
 */
function properOpeningName(text: string, start: number): string[] | undefined {
  const run = openingRun(text, start);
  if (!run) return undefined;
  const last = nlp(text.slice(start, run.end)).terms().last();
  if (!last.has('#Noun') || last.has('(#Value|#Demonym|#Pronoun)')) return undefined;
  return last.has('#Plural') && !last.has('#ProperNoun') ? undefined : run.keys;
}

/** Where the sentence (or the clause after a semicolon) around `index` starts: a full stop before a space ("1.5" ends nothing). */
export const sentenceStartAt = (text: string, index: number): number => startAfterLast(text, index, /[.!?;](?=\s)/g, 300);

/**
 * The name a sentence opens with, or, where it opens with none ("He was born in ...", "In an address, the
 * President ..."), the name its text opens with: the text's subject.
 */
function subjectAt(text: string, start: number, read: (text: string, start: number) => string[] | undefined = openingName): string[] | undefined {
  return read(text, start) ?? (start > 0 ? read(text, 0) : undefined);
}

/**
 * Whether two sentences may be of one subject, strictly: both name no subject ("He was born in ..." / "He was
 * born in ..."), or both name one and the head of each (a surname) is in the other text. One side naming its subject and
 * the other none is two subjects here ("Plugaru was born in Vaslui" / "He was born in Skagafjörður": mined
 * paragraphs are of many people).
 */
export function oneSubject(first: string, startA: number, second: string, startB: number): boolean {
  const subjectA = subjectAt(first, startA);
  const subjectB = subjectAt(second, startB);
  if (!subjectA || !subjectB) return !subjectA && !subjectB;
  // By the head, the surname ("Mark Siebeck" / "Mark McCulloch" are two people).
  return keysOf(second).has(subjectA.at(-1)!) && keysOf(first).has(subjectB.at(-1)!);
}

/**
 * Two subjects: the sentences at `startA` of `first` and `startB` of `second` open with names (`openingName`)
 * that neither text shares ("Omar al-Bashir was indicted on five counts" / "Laurent Gbagbo was indicted on four
 * counts"). What one says of its subject says nothing of the other's; unrelated statements mined as one pile
 * have these by the thousand. (A subject swapped for another, "Bithumb" in a summary of an article on Binance,
 * is the name-swap check's.) With `proper`, only names that compromise reads as proper nouns
 * (`properOpeningName`).
 */
export function otherSubjects(first: string, startA: number, second: string, startB: number, proper = false): boolean {
  const absent = (keys: readonly string[], text: string) => {
    const there = keysOf(text);
    return keys.every((key) => !there.has(key));
  };
  const apart = (read: (text: string, start: number) => string[] | undefined) => {
    const subjectA = subjectAt(first, startA, read);
    if (!subjectA || !absent(subjectA, second)) return false;
    const subjectB = subjectAt(second, startB, read);
    return subjectB !== undefined && absent(subjectB, first);
  };
  // The regex reading first; compromise's tags (a parse each) only where it finds two subjects.
  return apart(openingName) && (!proper || apart(properOpeningName));
}

interface Name extends Evidence {
  readonly keys: readonly string[];
}

const namesOf = memoize(
  (text: string): Name[] =>
    titleCase(text)
      ? []
      : Array.from(text.matchAll(NAME), (match) => ({ text: match[0], span: { start: match.index, end: match.index + match[0].length }, keys: nameKeys(match[0]) })).filter((name) => name.keys.length > 0),
  (text: string) => text,
);

/** Stems of every word of a text, stopwords included, and its abbreviations as written (a name's keys are looked up among them). */
export const keysOf = memoize((text: string) => {
  const keys = new Set(Array.from(text.toLowerCase().matchAll(WORD), (match) => stemmer(match[0])));
  for (const raw of text.split(/[\s,;:!?()"“”]+/)) {
    const { key } = abbreviation(raw);
    if (key) keys.add(key);
  }
  return keys;
}, (text: string) => text);
export const contentOf = memoize((text: string) => contentStems(text), (text: string) => text);

/** Words an acronym may leave out ("North Atlantic Treaty Organization", "Bank of England": BOE or BE). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', '&']);

/**
 * Whether `short` is a short form of `long`, the name written out: its acronym ("ECB" / "European Central
 * Bank", "UN" / "United Nations", "U.S." / "United States"), or a clipping of its first word, three or four
 * letters ("Fed" / "Federal Reserve"; not "Korea" / "Korean War"). News uses both for one body.
 */
export function shortForm(short: string, long: string): boolean {
  const { word, key } = abbreviation(short.trim());
  const words = long.trim().split(/[\s-]+/u).filter((w) => w.length > 0);
  if (words.length < 2) return false;
  if (key) {
    const letters = key.slice(1).toUpperCase();
    const initials = (ws: readonly string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
    return letters === initials(words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()))) || letters === initials(words);
  }
  return /^\p{Lu}\p{Ll}{2,3}$/u.test(word) && /^\p{L}+$/u.test(words[0]!) && words[0]!.length > word.length + 1 && words[0]!.startsWith(word);
}

/** Whether a name of one text is a short form of a name of the other ("the Fed" / "the Federal Reserve"). */
export function shortFormShared(first: string, second: string): boolean {
  const a = namesOf(first);
  if (a.length === 0) return false;
  const b = namesOf(second);
  return a.some((x) => b.some((y) => shortForm(x.text, y.text) || shortForm(y.text, x.text)));
}

/**
 * A name the other text lacks: its last key (the head: a surname, the place of "University of Oxford") is
 * nowhere there. "London Mexican embassy" against an article on the Russian embassy in London lacks
 * "Mexican"; "Joe Biden" against "Biden", and "Thomas Hanks" against "Tom Hanks", lack nothing. (On the
 * real-world dev set the head alone and any key alone gave the same AUCs; every key, 0.003 less.)
 */
const absentFrom = (name: Name, keys: ReadonlySet<string>) => {
  const last = name.keys[name.keys.length - 1]!;
  if (!keys.has(last)) return true;
  // Before a generic head, the word that says which ("Baltic" of "the Baltic Sea", "Ozy" of "Ozy Media"); and
  // before a place's adjective, the name it follows ("Moscow" of "the Moscow Russian embassy").
  const generic = GENERIC_HEADS.has(last) || isPlaceAdjective(name.text.split(/\s+/).at(-1)!);
  return name.keys.length > 1 && generic && !keys.has(name.keys[name.keys.length - 2]!);
};

/**
 * Heads that name a kind of place or body, not which one: in "the Baltic Sea" or "the Labour Party" the word
 * before says which ("Baltic Sea" against "North Sea" is a swap, though both texts say "Sea").
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set(
  [
    'sea', 'ocean', 'river', 'lake', 'bay', 'gulf', 'strait', 'canal', 'island', 'islands', 'peninsula', 'desert', 'valley', 'mountains', 'county', 'province', 'airport', 'station', 'stadium', 'bridge', 'university', 'college', 'party', 'prize', 'award', 'awards', 'cup', 'cathedral', 'hospital', 'museum',
    // Nineteenth round: the heads of companies and bodies ("Ozy Media" / "UFO Media").
    'media', 'group', 'corporation', 'company', 'bank', 'airlines', 'holdings', 'industries', 'agency', 'ministry', 'council', 'committee', 'institute', 'foundation', 'club', 'league', 'association', 'church', 'school',
  ].map((word) => stemmer(word)),
);

/**
 * Continents and regions that hold the places a text names: "The Velt is a river in Europe" names no other
 * place than "a river in northern Germany" does. They are swapped only for one another ("Europe" / "Asia").
 */
const REGIONS: ReadonlySet<string> = new Set(
  ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'the Americas', 'Oceania', 'Antarctica', 'the Middle East', 'the Far East', 'Scandinavia', 'the Caribbean', 'the Balkans', 'Eurasia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Southern Europe', 'Northern Europe', 'East Asia', 'Southeast Asia', 'South Asia', 'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'sub-Saharan Africa'].map((name) => nameKeys(name).join(' ')),
);
const isRegion = (name: Name) => REGIONS.has(name.keys.join(' '));

/** A preposition of time before a name: the name is an event that dates something ("published after the Second World War"). */
const TIME_BEFORE = /\b(?:after|before|during|since|until|till|following|throughout|amid)\s+(?:the\s+)?$/i;
/**
 * Names of times rather than of things: holidays and time zones ("at 04:21 UTC", "over the New Year weekend",
 * "the tsunami of Boxing Day 2004"). Swapped only for another time, as a name after "during" is.
 */
const TIME_NAMES: ReadonlySet<string> = new Set([
  'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'cet', 'cest', 'eet', 'bst', 'aest', 'jst',
  'christmas', 'christmas day', 'christmas eve', 'easter', 'new year', "new year's", "new year's day", "new year's eve", 'boxing day',
  'thanksgiving', 'halloween', 'ramadan', 'eid', 'hanukkah', 'diwali', 'passover', 'lent', 'independence day', 'labor day', 'labour day', 'memorial day',
]);
const isTimeName = (name: Name) => TIME_NAMES.has(name.text.toLowerCase().replace(/['’]s$/u, ''));
/** The kind of a name, of those a name is swapped only within: a region, a time (a holiday or a time zone, or an event after "after", "during"), or another. */
const kindOf = (name: Name, text: string) => (isRegion(name) ? 'region' : isTimeName(name) || TIME_BEFORE.test(text.slice(Math.max(0, name.span.start - 20), name.span.start)) ? 'time' : 'other');

/** A capitalised word or a figure of two digits or more: what names one thing in two texts. */
const ANCHOR_WORD = /\p{Lu}[\p{L}'’-]+|\d[\d,.]*\d/gu;
/** Whether two texts share a capitalised word (not a stopword, not one of `swapped`) or a figure. */
function sharedAnchor(a: string, b: string, swapped: ReadonlySet<string>): boolean {
  const words = (text: string) => new Set([...text.matchAll(ANCHOR_WORD)].map(([w]) => w.replace(/['’]s$/u, '')).filter((w) => !swapped.has(w) && !isStopword(w.toLowerCase())));
  const x = words(a);
  return [...words(b)].some((w) => x.has(w));
}

/** Content words looked at on each side of a swapped name. */
const FRAME_WORDS = 4;
/** The stems of the content words around a span, at most `FRAME_WORDS` on each side, without those of `skip`. */
function frameOf(text: string, span: { start: number; end: number }, skip: ReadonlySet<string>): Set<string> {
  const stemsIn = (part: string) => wordsOf(part).filter((word) => !isStopword(word.lower)).map((word) => stemmer(word.lower)).filter((stem) => !skip.has(stem));
  return new Set([...stemsIn(text.slice(Math.max(0, span.start - 80), span.start)).slice(-FRAME_WORDS), ...stemsIn(text.slice(span.end, span.end + 80)).slice(0, FRAME_WORDS)]);
}

function swapIn(claim: string, other: string): { name: Name; otherName: Name; support: number } | undefined {
  const otherKeys = keysOf(other);
  // A place that the other text names by its adjective ("Chinese" / "China's"), or that holds a place the other
  // text names ("U.K." / "London"), is said there.
  const said = (name: Name) => namesOf(other).some((o) => { const relation = placeRelation(name.text, o.text); return relation === 'same' || relation === 'holds' || shortForm(name.text, o.text) || shortForm(o.text, name.text); });
  // A birthplace, said or denied, where the other text gives the birth a date and no place ("Roman Atwood (born
  // May 28, 1983) is an American YouTube personality" / "Atwood was born in Millersport, Ohio") is an addition.
  const added = placesAdded(claim, other);
  const absent = namesOf(claim).filter((name) => absentFrom(name, otherKeys) && !said(name) && !added(name));
  if (absent.length === 0) return undefined;
  // A swap, not an addition: the other text has a name the claim lacks.
  const claimKeys = keysOf(claim);
  const addedThere = placesAdded(other, claim);
  const otherNames = namesOf(other).filter((name) => absentFrom(name, claimKeys) && !addedThere(name));
  // A region is swapped only for another region, a time ("after the Second World War") only for another
  // time, and another place or name only for another that is neither.
  // Nor a place for one that holds it or it holds ("California" / "USA" in "born in Nebraska, USA").
  const sameKind = (name: Name, o: Name) => kindOf(name, claim) === kindOf(o, other) && placeRelation(name.text, o.text) === undefined;
  const missing = absent.filter((name) => otherNames.some((o) => sameKind(name, o)));
  // The partner: of the other text's names of the same kind, the one sharing most words with the claim's name
  // ("Ozy Media" for "UFO Media"), else the first.
  const shared = (o: Name) => o.keys.filter((key) => missing[0]!.keys.includes(key)).length;
  const otherName = missing.length === 0 ? undefined : otherNames.filter((o) => sameKind(missing[0]!, o)).reduce<Name | undefined>((best, o) => (best === undefined || shared(o) > shared(best) ? o : best), undefined);
  if (!otherName) return undefined;
  // (A generic head the other text has too, "Province", is said there: one of the rest.)
  const swapped = new Set(missing.flatMap((name) => name.keys.filter((key) => !(GENERIC_HEADS.has(key) && otherKeys.has(key)))));
  const rest = [...contentOf(claim)].filter((stem) => !swapped.has(stem));
  if (rest.length < MIN_REST) return undefined;
  const support = rest.filter((stem) => otherKeys.has(stem) || PLACEMENT.has(stem)).length / rest.length;
  if (support < NAME_SWAP_MIN_SUPPORT) return undefined;
  // Of one thing: the texts share a name or a figure besides the swapped names ("The Bailey-Thompson House is
  // located in Tallahassee" / "... in Talladega"), or a word around the two names ("won by Yordanis Arencibia" /
  // "won by Georgii Zantaraia"). Pairing proposes statements of many documents that share a few common words ("This
  // list was sent to the government of Venezuela" / "... his administration sent a new envoy ... President Bush's
  // public rhetoric"; `bench/corpus-pile-before-after.mjs --corpus wikinews_en`).
  const names = new Set([...missing, otherName].flatMap((name) => name.text.split(/\s+/)));
  if (!sharedAnchor(claim, other, names)) {
    const otherFrame = frameOf(other, otherName.span, swapped);
    if (![...frameOf(claim, missing[0]!.span, swapped)].some((stem) => otherFrame.has(stem))) return undefined;
  }
  return { name: missing[0]!, otherName, support };
}

const evidence = ({ text, span }: Name): Evidence => ({ text, span });

/**
 * What `find(claim, other)` finds with the claim on its side: the shorter text where one is the evidence for
 * the other (twice as long or more), else the first and then the second statement.
 */
export function onClaimSide<T>(first: string, second: string, find: (claim: string, other: string) => T | undefined): { side: 'first' | 'second'; found: T } | undefined {
  const directions = readDirections(first, second);
  const claims = directions === 'forward' ? (['second'] as const) : directions === 'backward' ? (['first'] as const) : (['first', 'second'] as const);
  for (const side of claims) {
    const found = side === 'first' ? find(first, second) : find(second, first);
    if (found) return { side, found };
  }
  return undefined;
}

/**
 * Where someone was born, died or was buried: one place each time ("born in Lagos" / "born in London"). The
 * verb (capitalised too, at a sentence's start: "Born in Lyon, Claire Dubois ..."), then up to 40 characters in
 * its sentence ("born on 3 May 1950 in"), then "in" and the place's names ("Lagos, Nigeria").
 */
const ONCE_PLACE = new RegExp(String.raw`\b([Bb]orn|[Dd]ied|[Bb]uried)\b([^.;!?]{0,40}?)\bin\s+(?:the\s+)?(${NAME_WORD}(?:(?:\s+(?:of\s+)?|,\s+)${NAME_WORD})*)`, 'gu');
/** A negation or a doubt before the verb ("was not born in", "may have died in"). */
const NOT_BEFORE = /\b(?:not|never|n't|may|might|possibly|probably|reportedly|believed|thought|said)\b[^,;]{0,12}$/i;

/**
 * A once-only event dated right after its verb and placed nowhere ("(born May 28, 1983)", "died on 3 May
 * 1950."): no "in" or "at" in the rest of its clause ("born in 1236 in present-day Guangdong" is placed), and
 * no place of the verb elsewhere in the text.
 */
function datedOnly(text: string, verb: string): boolean {
  return [...text.matchAll(DATED[verb]!)].some((m) => !/\b(?:in|at)\s/i.test(m[0].slice(verb.length + 4))) && !oncePlaces(text).some((once) => once.verb === verb);
}
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** Each once-only verb, dated right after it (for `datedOnly`). */
const DATED: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['born', 'died', 'buried'].map((verb) => [verb, new RegExp(String.raw`\b${verb}\s+(?:on\s+|in\s+)?(?:\d|(?:${MONTHS})\b)[^();.!?]{0,60}`, 'gi')]),
);

/** Whether a name of `text` lies in a once-only place there whose event `other` dates and places nowhere. */
function placesAdded(text: string, other: string): (name: Name) => boolean {
  const added = saidOncePlaces(text).filter((once) => datedOnly(other, once.verb));
  return (name) => added.some((once) => within(name.span, once.place.span));
}

/** Whether a text has a word as a whole word ("Dubois" in "Claire Dubois was born in Paris"); never the empty word. */
const namedIn = (text: string, word: string) => word !== '' && new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'u').test(text);

/** The once-only places a text names, said as they are (memoised per text). */
const oncePlaces = memoize((text: string) => saidOncePlaces(text).filter((once) => !once.negated), (text: string) => text);

/** The once-only places a text names, also those it negates or doubts ("was not born in Ohio"). */
const saidOncePlaces = memoize((text: string) => findOncePlaces(text), (text: string) => text);

function findOncePlaces(text: string): { verb: string; place: Name; sentence: number; subject?: string; negated: boolean }[] {
  return Array.from(text.matchAll(ONCE_PLACE), (m) => {
    const start = m.index + m[0].length - m[3]!.length;
    // A participle that opens the sentence ends at its comma: "Born in Lyon, Claire Dubois studied ..." (the
    // place is "Lyon", not "Lyon, Claire Dubois"), and the name after its last comma is whose birth it is (none
    // in "Born in Carroll, Iowa he died ...": "Iowa" is then taken, and found in no other text about another).
    const parts = m[3]!.split(/,\s+/);
    const fronted = /^\p{Lu}/u.test(m[1]!);
    const place = fronted ? parts[0]! : m[3]!;
    const subject = fronted ? (parts.length > 1 ? parts.at(-1)!.split(/\s+/).at(-1)! : '') : undefined;
    const negated = NOT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    return { verb: m[1]!.toLowerCase(), place: { text: place, span: { start, end: start + place.length }, keys: nameKeys(place) }, sentence: sentenceStartAt(text, m.index), subject, negated };
  }).filter((x) => x.place.keys.length > 0);
}

/**
 * "He was born in Lagos and moved to London" / "He was born in London": the one place of a once-only event
 * named differently on the two sides, whatever else each text names (London is said in the first, not as the
 * birthplace). Not where the places share a word ("Lagos, Nigeria" / "Nigeria") or one holds the other, nor
 * unless the two are of one subject (`oneSubject`).
 */
function oncePlaceSwap(first: string, second: string): NameSwapFinding | undefined {
  const a = oncePlaces(first);
  if (a.length === 0) return undefined;
  const b = oncePlaces(second);
  const parts = (name: Name) => name.text.split(/,\s+/);
  for (const x of a) {
    for (const y of b) {
      if (x.verb !== y.verb || x.place.keys.some((key) => y.place.keys.includes(key))) continue;
      if (parts(x.place).some((p) => parts(y.place).some((q) => placeRelation(p, q) !== undefined))) continue;
      if (!oneSubject(first, x.sentence, second, y.sentence)) continue;
      // A fronted participle's subject, named in the other text ("Born in Lyon, Dubois ..." / "Dubois was born in Paris").
      if ((x.subject !== undefined && !namedIn(second, x.subject)) || (y.subject !== undefined && !namedIn(first, y.subject))) continue;
      // Both places said on both sides as this event's ("born in Lagos" and elsewhere "died in Lagos") are no swap.
      if (b.some((o) => o.verb === x.verb && o.place.keys.some((key) => x.place.keys.includes(key)))) continue;
      if (a.some((o) => o.verb === y.verb && o.place.keys.some((key) => y.place.keys.includes(key)))) continue;
      return { kind: 'name-swap', side: readDirections(first, second) === 'backward' ? 'first' : 'second', first: evidence(x.place), second: evidence(y.place), support: 1, once: x.verb };
    }
  }
  return undefined;
}

export function nameSwapFindings(first: string, second: string): NameSwapFinding[] {
  const once = oncePlaceSwap(first, second);
  if (once) return inFalseClaim(first, second, once.first.span, once.second.span) ? [] : [once];
  const claimed = onClaimSide(first, second, swapIn);
  if (!claimed) return [];
  const { side, found } = claimed;
  const [a, b] = side === 'first' ? [found.name, found.otherName] : [found.otherName, found.name];
  // A name in a claim one side calls false ("Reports that Acme will close its factory in Lviv are false" /
  // "Acme will close its factory in Odesa"): another claim, no conflict.
  if (inFalseClaim(first, second, evidence(a).span, evidence(b).span)) return [];
  return [{ kind: 'name-swap', side, first: evidence(a), second: evidence(b), support: found.support }];
}

export const nameSwapCheck = defineCheck({
  kind: 'name-swap',
  feature: 'name_swap',
  role: 'finding',
  run: (first, second) => nameSwapFindings(first.text, second.text),
  // Two places of a once-only event are a surer swap than a name the other text lacks.
  value: (reasons) => (reasons.some((reason) => reason.once) ? 2 : 1),
  describe: (reason: NameSwapFinding) => {
    if (reason.once) return `${reason.once} in two places: "${reason.first.text}" in the first statement, "${reason.second.text}" in the second`;
    const [claim, other] = reason.side === 'first' ? [reason.first, reason.second] : [reason.second, reason.first];
    return `another name: "${claim.text}" in the ${reason.side} statement is named nowhere in the other, which names "${other.text}"`;
  },
});
