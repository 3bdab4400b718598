import { nlp } from './libraries.js';
import { matchEvidence, type Evidence, type ValueMismatch } from './finding.js';
import { NAME_WORD, nameKeys, openingName } from './names.js';
import { sentenceAt } from './sentences.js';
import { negationCues } from './negation.js';
import { defineCheck } from './check.js';
import { causeKindMismatches } from './cause.js';
import { memoize } from './memo.js';
import { contentStems, isStopword, stemmer, wordsOf } from '../statements/words.js';

// "<subject> is/was <value>": a copular statement that gives an attribute one value.
const COPULA = /^\s*(?:the\s+)?(.{2,60}?)\s+(?:is|was|are|were|has been|have been|will be|remains|remained)\s+(?:the\s+|a\s+|an\s+)?(.{1,60}?)\s*[.!?]?\s*$/i;
/** Longest value, in words, taken as one value rather than a clause (a name or a short noun phrase). */
const MAX_VALUE_WORDS = 5;

// A copular attribute statement is short; longer texts are not parsed (which also keeps the regex linear).
const MAX_COPULA_LENGTH = 300;

function parse(text: string) {
  if (text.length > MAX_COPULA_LENGTH) return undefined;
  const lead = text.length - text.trimStart().length;
  const match = COPULA.exec(text.trim());
  if (!match || negationCues(text).length > 0) return undefined;
  const subject = match[1]!;
  const value = match[2]!;
  if (value.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
  const valueStart = text.indexOf(value, lead + match.index + match[0].indexOf(value));
  const subjectStart = text.indexOf(subject, lead);
  return {
    subject: { key: subject.toLowerCase(), text: subject, span: { start: subjectStart, end: subjectStart + subject.length } },
    value: { key: value.toLowerCase(), text: value, span: { start: valueStart, end: valueStart + value.length } },
  };
}

const isVerb = memoize((value: string) => nlp(value).has('^#Verb'), (value: string) => value);

// A name: every word capitalised ("Alice Smith", "Acme Corp"), not just a capital at the start of a sentence.
const isName = (text: string) => text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));

const valueWords = (value: string) => value.split(/[\s,;]+/).filter(Boolean);
const COORDINATOR = /(?:^|[\s,;])(?:and|but|yet|as well as)\s|[,;]/;

/**
 * Whether one value is the other with more said beside it: "Tom" / "Tom and he's Mary's husband", "a pivotal
 * role" / "a minor but pivotal role", "my sister, father" / "my sister, father and mother". Both hold.
 */
function conjoined(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!COORDINATOR.test(long)) return false;
  const words = new Set(valueWords(long));
  return valueWords(short).every((w) => words.has(w));
}

/**
 * The same subject and attribute with two different values: "The CEO is Alice" / "The CEO is Bob", or
 * "Alice is the CEO" / "Bob is the CEO" (two names for one role). Not two figures ("140 kilometres long" /
 * "about 140 kilometres long"), which the numbers check reads.
 */
export function valueMismatches(first: string, second: string): ValueMismatch[] {
  const a = parse(first);
  if (!a) return [];
  const b = parse(second);
  if (!b) return [];
  // "were destroyed in Kyiv" is a passive verb, not a value of an attribute (compromise's tags; asked last).
  const values = () => !isVerb(a.value.text) && !isVerb(b.value.text);
  if (a.subject.key === b.subject.key && a.value.key !== b.value.key && !conjoined(a.value.key, b.value.key) && !(/\d/.test(a.value.key) && /\d/.test(b.value.key)) && values()) {
    return [{ kind: 'value-mismatch', subject: a.subject.text, first: { text: a.value.text, span: a.value.span }, second: { text: b.value.text, span: b.value.span } }];
  }
  if (a.value.key === b.value.key && a.subject.key !== b.subject.key && isName(a.subject.text) && isName(b.subject.text) && values()) {
    return [{ kind: 'value-mismatch', subject: a.value.text, first: { text: a.subject.text, span: a.subject.span }, second: { text: b.subject.text, span: b.subject.span } }];
  }
  return [];
}

/**
 * The first value of `second` (as `valuesOf` reads them) that `differs` from one of `first`'s, as a finding on
 * `subject` of the first side's value: the shape of the work-kind, rank, role and position readings below.
 */
function firstMismatch<T extends { readonly evidence: Evidence }>(
  first: string,
  second: string,
  valuesOf: (text: string) => readonly T[],
  differs: (x: T, y: T) => boolean,
  subject: (x: T) => string,
): ValueMismatch[] {
  const a = valuesOf(first);
  if (a.length === 0) return [];
  for (const y of valuesOf(second)) {
    const x = a.find((x) => differs(x, y));
    if (x) return [{ kind: 'value-mismatch', subject: subject(x), first: x.evidence, second: y.evidence }];
  }
  return [];
}

/** Whether two names are the same by their keys ("Mount Ellery" / "Mount Ellery"). */
const sameName = (x: { readonly keys: readonly string[] }, y: { readonly keys: readonly string[] }) => x.keys.length > 0 && x.keys.length === y.keys.length && x.keys.every((key) => y.keys.includes(key));

/**
 * Words by group ("movie" -> film), their alternation longest first (a regex source), and the groups a text
 * has a word of, anywhere (memoised per text).
 */
function wordGroups(groups: Readonly<Record<string, readonly string[]>>) {
  const groupOf = new Map(Object.entries(groups).flatMap(([group, words]) => words.map((word) => [word, group] as const)));
  const words = [...groupOf.keys()].sort((x, y) => y.length - x.length).join('|');
  const pattern = new RegExp(String.raw`\b(?:${words})\b`, 'giu');
  const groupsIn = (text: string): ReadonlySet<string> => new Set([...text.toLowerCase().matchAll(pattern)].map((m) => groupOf.get(m[0])!));
  return { groupOf, words, groupsIn, named: memoize(groupsIn, (text: string) => text) };
}

/**
 * Kinds of work that exclude each other, by the words that name them: a film is no television series, a novel
 * no album. A description with words of two kinds ("a television film", "a film series", "a novel adapted as
 * a film") is read as neither.
 */
const WORK_KINDS = wordGroups({
  film: ['film', 'films', 'movie', 'movies', 'motion picture'],
  'television series': ['television', 'tv', 'series', 'sitcom', 'soap opera', 'miniseries', 'show', 'programme', 'program', 'episode'],
  book: ['novel', 'novella', 'book', 'memoir', 'autobiography', 'poem', 'short story', 'comic', 'manga'],
  recording: ['album', 'ep', 'mixtape', 'song', 'single'],
  'video game': ['video game'],
  'stage work': ['play', 'musical', 'opera', 'ballet'],
});
const KIND_WORDS = WORK_KINDS.words;
/** What may follow a description's last noun: punctuation, or a word that starts its next phrase. */
const DESCRIPTION_END = String.raw`(?=\s*(?:[,.;:()!?]|$)|\s+(?:by|from|created|directed|written|produced|developed|released|starring|based|in|on|about|for|that|which|who|set|featuring|adapted|and|with|of|over|across|between|at|known)\b)`;
/**
 * "<Name> (...) is a 2014 American crime drama television series": a name, a parenthesis, "is" or "was", "a" or "an",
 * up to six words of description, and one of `lastWords` as its last noun (not "a film director"); the name at a
 * sentence's start.
 */
const describedAs = (lastWords: string) =>
  new RegExp(
    String.raw`(?:^|[.!?]\s+)((?:${NAME_WORD}[ \t]+)*?${NAME_WORD})(?:\s*\([^)]{0,80}\))?\s+(?:is|was)\s+an?\s+((?:[\p{L}\p{N}'’-]+\s+){0,6}?(?:${lastWords})(?:\s+(?:${lastWords}))*)${DESCRIPTION_END}`,
    'gu',
  );
const WORK_IS = describedAs(KIND_WORDS);

/** Each "<Name> is a ... <kind of work>" of a text: the name's keys, the description and its one kind. */
const worksOf = memoize(
  (text: string) => {
    const out: { name: string; keys: string[]; kind: string; evidence: Evidence }[] = [];
    if (negationCues(text).length > 0) return out;
    for (const match of text.matchAll(WORK_IS)) {
      const description = match[2]!;
      const kinds = WORK_KINDS.groupsIn(description);
      if (kinds.size !== 1) continue;
      const start = match.index + match[0].lastIndexOf(description);
      out.push({ name: match[1]!, keys: nameKeys(match[1]!), kind: [...kinds][0]!, evidence: { text: description, span: { start, end: start + description.length } } });
    }
    return out;
  },
  (text: string) => text,
);

/**
 * One name said to be two kinds of work: "Night Harbour is a 2014 American crime drama television series" /
 * "Night Harbour is a feature film". Reported as two values of one attribute, the name's kind.
 */
export function workKindMismatches(first: string, second: string): ValueMismatch[] {
  // A name of works of both kinds ("Jurassic Park is a 1993 video game based on the film" / "Jurassic Park was a
  // movie"): each text names only its own kind.
  return firstMismatch(
    first,
    second,
    worksOf,
    (x, y) => x.kind !== y.kind && sameName(x, y) && !WORK_KINDS.named(first).has(y.kind) && !WORK_KINDS.named(second).has(x.kind),
    (x) => `${x.name}'s kind`,
  );
}

/**
 * Kinds within one family of things that exclude each other, by the words that name them: a studio album is no
 * live album, a suspension bridge no cantilever bridge, a footballer no tennis player, a pianist no violinist.
 * `last`: the words a description of the family ends with ("album", "bridge"); where absent, the kinds' own words
 * end it ("footballer"). As with kinds of work, a text with words of two kinds ("a live album of studio outtakes",
 * "a pianist and violinist") is read as neither.
 */
const FAMILIES = (
  [
    { family: 'kind of album', last: ['album', 'albums', 'record', 'lp'], kinds: { studio: ['studio'], live: ['live'], compilation: ['compilation', 'greatest hits', 'best-of'], soundtrack: ['soundtrack'], remix: ['remix'] } },
    {
      family: 'kind of bridge',
      last: ['bridge'],
      kinds: { suspension: ['suspension'], cantilever: ['cantilever'], arch: ['arch', 'arched'], truss: ['truss'], 'cable-stayed': ['cable-stayed'], beam: ['beam', 'girder'], bascule: ['bascule'], pontoon: ['pontoon', 'floating'] },
    },
    {
      family: 'sport',
      kinds: {
        football: ['footballer', 'soccer player', 'football player'],
        cricket: ['cricketer'],
        tennis: ['tennis player'],
        basketball: ['basketball player'],
        baseball: ['baseball player', 'pitcher'],
        golf: ['golfer'],
        boxing: ['boxer'],
        swimming: ['swimmer'],
        cycling: ['cyclist'],
        rugby: ['rugby player', 'rugby union player', 'rugby league player'],
        'ice hockey': ['ice hockey player', 'hockey player'],
        motorsport: ['racing driver'],
        chess: ['chess player', 'grandmaster'],
      },
    },
    {
      family: 'instrument',
      kinds: {
        piano: ['pianist'],
        violin: ['violinist', 'fiddler'],
        guitar: ['guitarist'],
        cello: ['cellist'],
        drums: ['drummer', 'percussionist'],
        saxophone: ['saxophonist'],
        trumpet: ['trumpeter', 'trumpet player'],
        bass: ['bassist', 'double bassist', 'bass player'],
        flute: ['flautist', 'flutist'],
        organ: ['organist'],
        harp: ['harpist'],
        clarinet: ['clarinetist', 'clarinettist'],
        trombone: ['trombonist'],
      },
    },
  ] as const
).map(({ family, kinds, ...rest }) => {
  const words = wordGroups(kinds);
  const last = 'last' in rest ? rest.last.join('|') : words.words;
  return { family, words, pattern: describedAs(last) };
});

/** Each "<Name> is a ... <kind of a family>" of a text: the name's keys, the description and its one kind. */
const subKindsOf = memoize(
  (text: string) => {
    const out: { name: string; keys: string[]; family: string; words: (typeof FAMILIES)[number]['words']; kind: string; evidence: Evidence }[] = [];
    if (negationCues(text).length > 0) return out;
    for (const { family, words, pattern } of FAMILIES) {
      for (const match of text.matchAll(pattern)) {
        const description = match[2]!;
        const kinds = words.groupsIn(description);
        if (kinds.size !== 1) continue;
        const start = match.index + match[0].lastIndexOf(description);
        out.push({ name: match[1]!, keys: nameKeys(match[1]!), family, words, kind: [...kinds][0]!, evidence: { text: description, span: { start, end: start + description.length } } });
      }
    }
    return out;
  },
  (text: string) => text,
);

/**
 * One name said to be two kinds of one family: "Northgate is a studio album by the British band The Ferns" /
 * "Northgate is a live album"; "Dana Whitcombe is an American jazz pianist" / "Dana Whitcombe is a classical
 * violinist". Neither text may name the other's kind anywhere (a pianist who also plays the violin).
 */
export function subKindMismatches(first: string, second: string): ValueMismatch[] {
  return firstMismatch(
    first,
    second,
    subKindsOf,
    (x, y) => x.family === y.family && x.kind !== y.kind && sameName(x, y) && !y.words.named(first).has(y.kind) && !x.words.named(second).has(x.kind),
    (x) => `${x.name}'s ${x.family}`,
  );
}

/** Ordinal ranks before a superlative ("second-largest", "3rd-busiest"); no rank is the first. */
const RANKS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** Words in "-est" that are no superlatives. */
const NOT_SUPERLATIVE = /^(?:west|interest|forest|guest|request|contest|protest|honest|modest|harvest|test|rest|chest|nest|quest|crest|arrest|digest|manifest|conquest|inquest|behest|everest|midwest|northwest|southwest|budapest|bucharest)$/iu;
/**
 * "<Name> is the (second-)highest peak in the range": a name, a copula, "the" or a possessive, an optional rank,
 * a superlative and its noun, and the scope after it up to a comma, a clause's end or "after" ("in the range,
 * after Mount Kessel": the scope is "in the range").
 */
const RANKED = new RegExp(
  String.raw`((?:${NAME_WORD}[ \t]+){0,4}${NAME_WORD})\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:(?:now|currently|still|also)\s+)?(?:the\s+|${NAME_WORD}['’]s\s+)(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(most\s+[\p{L}-]+|[\p{L}]+est)\s+([\p{L}-]+)([^,;:.!?()]*?)(?=\s*(?:[,;:.!?()]|$)|\s+(?:after|behind|and|but|with|which|who|since|ahead)\b)`,
  'gu',
);
const rankOf = (word: string | undefined) => (word === undefined ? 1 : (RANKS[word.toLowerCase()] ?? Number.parseInt(word, 10)));

/** Each ranked superlative of a text: the name's keys, the rank, the superlative, its noun, its scope's words. */
const rankedOf = memoize(
  (text: string) => {
    const out: { name: string; keys: string[]; rank: number; superlative: string; noun: string; scope: string; evidence: Evidence }[] = [];
    if (negationCues(text).length > 0) return out;
    for (const m of text.matchAll(RANKED)) {
      const superlative = m[3]!.toLowerCase();
      if (NOT_SUPERLATIVE.test(superlative)) continue;
      const start = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0) - m[3]!.length - 1 - m[4]!.length - m[5]!.length;
      const phrase = text.slice(start, m.index + m[0].length - m[5]!.length);
      out.push({ name: m[1]!, keys: nameKeys(m[1]!), rank: rankOf(m[2]), superlative, noun: m[4]!.toLowerCase().replace(/s$/, ''), scope: m[5]!.toLowerCase().replace(/\b(?:the|a|an|of|in|on|at)\b/g, ' ').replace(/\s+/g, ' ').trim(), evidence: { text: phrase, span: { start, end: start + phrase.length } } });
    }
    return out;
  },
  (text: string) => text,
);

/**
 * One name given two ranks of the same superlative in the same scope: "Mount Ellery is the second-highest peak in
 * the range" / "Mount Ellery is the highest peak in the range". Reported as two values of the name's rank.
 */
export function rankMismatches(first: string, second: string): ValueMismatch[] {
  return firstMismatch(first, second, rankedOf, (x, y) => x.rank !== y.rank && x.superlative === y.superlative && x.noun === y.noun && x.scope === y.scope && sameName(x, y), (x) => `${x.name}'s rank`);
}

/** Roles one thing holds for another at a time, named "the <role> of <scope>" ("the capital of the province"). */
const UNIQUE_ROLES = String.raw`capital|seat|official\s+language|national\s+language|currency|largest\s+city|biggest\s+city|chief\s+executive|ceo|president|prime\s+minister|chancellor|mayor|governor|chair(?:man|woman)?|head\s+coach|captain|director|author|composer|architect|leader|king|queen|monarch`;
const ROLE_LIST = String.raw`(?:${UNIQUE_ROLES})(?:\s+and\s+(?:the\s+)?(?:${UNIQUE_ROLES}))*`;
/** The scope after "of": up to five words, to a comma, a clause's end or a clause word. */
const ROLE_SCOPE = String.raw`((?:[\p{L}\p{N}'’-]+\s+){0,4}?[\p{L}\p{N}'’-]+)(?=\s*(?:[,;:.!?()]|$)|\s+(?:is|was|and|but|although|though|while|which|who|with|since|from|until|in\s+\d)\b)`;
const NAME = String.raw`((?:${NAME_WORD}[ \t]+){0,3}${NAME_WORD})`;
/** "<Name> is the capital and largest city of <scope>". */
const NAME_IS_ROLE = new RegExp(String.raw`${NAME}\s+(?:is|was)\s+(?:also\s+)?the\s+(${ROLE_LIST})\s+of\s+${ROLE_SCOPE}`, 'gu');
/** "The capital of <scope> is <Name>". */
const ROLE_IS_NAME = new RegExp(String.raw`\b[Tt]he\s+(${ROLE_LIST})\s+of\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}?[\p{L}\p{N}'’-]+)\s+(?:is|was)\s+${NAME}`, 'gu');

const scopeKey = (scope: string) => scope.toLowerCase().replace(/\b(?:the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim();
/** Each "<Name> is the <role> of <scope>" of a text, both ways round: the role, the scope's key, the name. */
const rolesOf = memoize(
  (text: string) => {
    const out: { role: string; scope: string; scopeText: string; name: string; keys: string[]; evidence: Evidence }[] = [];
    if (negationCues(text).length > 0) return out;
    const push = (roles: string, scope: string, name: string, index: number) => {
      const start = text.indexOf(name, index);
      for (const role of roles.toLowerCase().split(/\s+and\s+(?:the\s+)?/)) out.push({ role: role.replace(/\s+/g, ' '), scope: scopeKey(scope), scopeText: scope.trim(), name, keys: nameKeys(name), evidence: { text: name, span: { start, end: start + name.length } } });
    };
    for (const m of text.matchAll(NAME_IS_ROLE)) push(m[2]!, m[3]!, m[1]!, m.index);
    for (const m of text.matchAll(ROLE_IS_NAME)) push(m[1]!, m[2]!, m[3]!, m.index + m[0].length - m[3]!.length);
    return out;
  },
  (text: string) => text,
);

/**
 * One role of one thing held by two names: "Duneford is the capital and largest city of the province" / "The
 * capital of the province is Marlow", "Portuguese is the official language of the country" / "The official
 * language of the country is Spanish". Roles a thing has one of at a time (`UNIQUE_ROLES`), named with "the".
 */
export function roleMismatches(first: string, second: string): ValueMismatch[] {
  return firstMismatch(
    first,
    second,
    rolesOf,
    (x, y) => x.role === y.role && x.scope === y.scope && x.keys.length > 0 && y.keys.length > 0 && !x.keys.some((key) => y.keys.includes(key)),
    (x) => `the ${x.role} of ${x.scopeText}`,
  );
}

/** Positions on a football field, by group: a goalkeeper is no striker; a forward may be a striker or a winger. */
const POSITIONS = wordGroups({
  goalkeeper: ['goalkeeper', 'keeper', 'goalie'],
  defender: ['defender', 'centre-back', 'center-back', 'centre back', 'center back', 'full-back', 'fullback', 'full back', 'left-back', 'right-back', 'sweeper', 'wing-back'],
  midfielder: ['midfielder', 'playmaker'],
  forward: ['forward', 'striker', 'winger', 'centre-forward', 'center-forward'],
});
const POSITION_WORDS = POSITIONS.words;
/** "plays as a goalkeeper", "played as an attacking midfielder". */
const PLAYS_AS = new RegExp(String.raw`\b(?:plays?|played|playing)\s+(?:mainly\s+|mostly\s+|primarily\s+)?as\s+an?\s+(?:[\p{L}-]+\s+)?(${POSITION_WORDS})\b`, 'giu');

/** "was a goalkeeper", "is a former Brazilian striker": a player's position said by a copula. */
const IS_POSITION = new RegExp(String.raw`\b(?:is|was)\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(${POSITION_WORDS})\b(?!\s+(?:coach|scout|agent|manager|coaching))`, 'giu');

/** Each "plays as a <position>" (or "is a <position>") of a text: the name its sentence opens with, and the position's group. */
const positionsOf = memoize(
  (text: string) => {
    const out: { keys: string[]; group: string; evidence: Evidence }[] = [];
    if (negationCues(text).length > 0) return out;
    for (const match of [...text.matchAll(PLAYS_AS), ...text.matchAll(IS_POSITION)]) {
      const keys = openingName(text, sentenceAt(text, match.index)?.span.start ?? 0);
      if (!keys || keys.length === 0) continue;
      out.push({ keys, group: POSITIONS.groupOf.get(match[1]!.toLowerCase())!, evidence: matchEvidence(match) });
    }
    return out;
  },
  (text: string) => text,
);

/**
 * One player said to play two positions: "Paolo Venti is an Italian footballer who plays as a goalkeeper" /
 * "Paolo Venti plays as a striker". Not where a text names both positions (a player who moved from one to the other).
 */
export function positionMismatches(first: string, second: string): ValueMismatch[] {
  if (POSITIONS.named(first).size !== 1 || POSITIONS.named(second).size !== 1) return [];
  return firstMismatch(first, second, positionsOf, (x, y) => x.group !== y.group && x.keys.some((key) => y.keys.includes(key)), () => 'the position played');
}

/**
 * `find` with the texts either way round (the first text as `x`, then the second): its two pieces of evidence as a
 * value mismatch, the first text's first.
 */
function eitherWay(first: string, second: string, find: (x: string, y: string) => { x: Evidence; y: Evidence; subject: string } | undefined): ValueMismatch[] {
  for (const [x, y, swapped] of [[first, second, false], [second, first, true]] as const) {
    const found = find(x, y);
    if (found) return [{ kind: 'value-mismatch', subject: found.subject, first: swapped ? found.y : found.x, second: swapped ? found.x : found.y }];
  }
  return [];
}

/**
 * A range said to be one place only ("found only in the cloud forests of western Ecuador", "endemic to
 * Madagascar", "only on Socotra and nowhere else"), and one said to be wide ("widespread across South America",
 * "found across mainland Africa", "also found in Kenya"): the place is group 1 or 2.
 */
const ONLY_IN = /\b(?:(?:found|occurs?|occurring|lives?|living|grows?|growing|native|known|breeds?|breeding)\s+only\s+(?:in|on)|endemic\s+to)\s+(?:the\s+)?([^,.;()]{2,60})/iu;
const WIDE = /\b(?:widespread|widely\s+distributed|(?:is|are)\s+common|(?:found|occurs?|occurring|distributed|native|lives?|living|grows?|growing|breeds?|breeding)\s+(?:widely\s+)?(?:across|throughout|all\s+over|in\s+many\s+parts\s+of)|also\s+(?:found|occurs?|lives?|grows?|breeds?)\s+in)\s+(?:(?:the|much\s+of|most\s+of|mainland|large\s+parts\s+of)\s+)*([^,.;()]{2,60})/iu;
const placeNames = (place: string) => (place.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((name) => name.toLowerCase());

/**
 * A thing found in one place only against the same thing found widely ("The species is endemic to Madagascar" /
 * "The species is found across mainland Africa"): the same subject before both phrases (a content word), and a
 * wide place that is not the one place ("widespread across Madagascar" agrees).
 */
export function rangeMismatches(first: string, second: string): ValueMismatch[] {
  return eitherWay(first, second, (x, y) => {
    const only = ONLY_IN.exec(x);
    const wide = only ? WIDE.exec(y) : null;
    if (!only || !wide || negationCues(x).length > 0 || negationCues(y).length > 0 || ONLY_IN.test(y)) return undefined;
    const onlyNames = new Set(placeNames(only[1]!));
    const wideNames = placeNames(wide[1]!);
    if (wideNames.length === 0 || wideNames.every((name) => onlyNames.has(name))) return undefined;
    const subjectX = contentStems(x.slice(sentenceAt(x, only.index)?.span.start ?? 0, only.index));
    const subject = wordsOf(y.slice(sentenceAt(y, wide.index)?.span.start ?? 0, wide.index)).find((word) => !isStopword(word.lower) && subjectX.has(stemmer(word.lower)));
    return subject ? { x: matchEvidence(only), y: matchEvidence(wide), subject: `where the ${subject.lower} is found` } : undefined;
  });
}

/** "is an only child", "was an only child". */
const ONLY_CHILD = /\b(?:is|was|as|an)\s+(?:an\s+)?only\s+child\b/iu;
/** A brother or sister of the same person: "the younger sister of", "grew up with three older brothers", "had two sisters". */
const SIBLINGS = /\b(?:(?:younger|older|elder|twin|half-)\s*)?(?:brother|sister|sibling)s?\s+of\b|\b(?:has|had|have|with)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|several|many|\d+)\s+)?(?:(?:younger|older|elder|twin|half-)\s*)?(?:brothers?|sisters?|siblings)\b/iu;
/** Who a sentence is about before an offset: its capitalised words (an opening "She" or "He" among them). */
function aboutWhom(text: string, at: number): Set<string> {
  const before = text.slice(sentenceAt(text, at)?.span.start ?? 0, at);
  return new Set((before.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((name) => name.toLowerCase()));
}

/**
 * An only child against the same person's brother or sister: "Elena Varga is an only child, raised by her
 * grandmother" / "Elena Varga grew up with three older brothers", "She is the younger sister of the actor Tom
 * Brand" / "She is an only child". The two sentences name the same person before the phrases (a capitalised
 * word, or "She" / "He").
 */
export function siblingMismatches(first: string, second: string): ValueMismatch[] {
  return eitherWay(first, second, (x, y) => {
    const only = ONLY_CHILD.exec(x);
    const siblings = only ? SIBLINGS.exec(y) : null;
    if (!only || !siblings || negationCues(x).length > 0 || negationCues(y).length > 0 || SIBLINGS.test(x) || ONLY_CHILD.test(y)) return undefined;
    const whoX = aboutWhom(x, only.index);
    if (![...aboutWhom(y, siblings.index)].some((name) => whoX.has(name))) return undefined;
    return { x: matchEvidence(only), y: matchEvidence(siblings), subject: 'brothers and sisters' };
  });
}

export const valueCheck = defineCheck({
  kind: 'value-mismatch',
  feature: 'value_mismatch',
  role: 'finding',
  run: (first, second) => {
    // The first reading that finds two values, in this order.
    for (const find of [valueMismatches, workKindMismatches, subKindMismatches, positionMismatches, rankMismatches, roleMismatches, rangeMismatches, siblingMismatches]) {
      const found = find(first.text, second.text);
      if (found.length > 0) return found;
    }
    // One effect, a human cause against a natural one (cause.ts).
    const causes = causeKindMismatches(first.text, second.text);
    return causes ? [{ kind: 'value-mismatch', subject: `the cause of ${causes.effect}`, first: causes.first, second: causes.second }] : [];
  },
  describe: (reason: ValueMismatch) => `"${reason.subject}" has two values: "${reason.first.text}" vs "${reason.second.text}"`,
});
