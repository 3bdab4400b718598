import { inFalseClaim } from './falsity.js';
import { defineCheck } from './check.js';
import { ANY_YEAR } from './dates.js';
import { CALENDAR } from './guards.js';
import { DIRECTION_NONE_ADJECTIVES, directionOf, NO_CHANGE, type Direction } from './direction-words.js';
import type { Evidence, NegationFinding } from './finding.js';
import { negationCues } from './negation.js';
import { looseLemmaWords, type LemmaWord } from './lemmas.js';
import { memoize } from './memo.js';
import { shortFormShared } from './names.js';
import { sentenceAt } from './sentences.js';
import { startAfterLast } from '../statements/words.js';

/** Words of quantity before a noun ("taxes for every family", "fell every year"): the noun after is what counts. */
const QUANTIFIER_WORDS = ['every', 'each', 'all', 'both', 'many', 'several', 'most'];
const QUANTIFIERS: ReadonlySet<string> = new Set(QUANTIFIER_WORDS);
/** Punctuation that ends a clause: the words of a change's clause start after the last one. */
const CLAUSE_MARKS = /[,;:.!?]/g;
/** Words between a verb and its object that keep it transitive ("raised the minimum wage", "cut its taxes", "cut every tax"). */
const DETERMINER = new RegExp(`^(?:\\s+(?:the|a|an|its|their|his|her|our|your|this|these|those|some|more|${QUANTIFIER_WORDS.join('|')}))*\\s+$`, 'i');
/** Adverbs of place or extent without "-ly" ("are shrinking worldwide"): no object of the change. */
const PLACE_ADVERBS = new Set(['worldwide', 'nationwide', 'everywhere', 'elsewhere', 'overall', 'abroad', 'further']);
// Prepositions the stopword list lacks: the word after a change is no object when it is one of these ("doubled
// during my first term", "is shrinking thanks to the ban").
const PREPOSITIONS = new Set(['during', 'despite', 'amid', 'amidst', 'following', 'throughout', 'toward', 'towards', 'per', 'via', 'within', 'among', 'amongst', 'beyond', 'across', 'along', 'around', 'near', 'since', 'until', 'till', 'versus', 'thanks', 'due', 'owing']);
const TIME_WORDS = new Set(['last', 'next', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'overnight', 'again', 'early', 'late', 'sharply', 'slightly']);
/** A preposition that names what rose or fell after a noun: "a rise in unemployment", "a drop of exports". */
const COMPLEMENT = /^\s+(?:in|of)\s+(?:the\s+)?$/i;
/** Nouns that measure what follows "of" ("the rate of sea level rise", "the number of cases"): both are the theme. */
/** Measures of how likely a thing is ("the risk of heart disease"): a change of one is a change of the thing's. */
const RISK_HEADS: ReadonlySet<string> = new Set(['risk', 'risks', 'chance', 'chances', 'likelihood', 'odds', 'incidence']);
const MEASURE_HEADS: ReadonlySet<string> = new Set([...RISK_HEADS, 'rate', 'pace', 'speed', 'level', 'levels', 'number', 'amount', 'volume', 'share', 'proportion', 'percentage', 'cost', 'costs', 'price', 'prices', 'value', 'size', 'extent']);
/** Content words before the verb that may name what changes ("Arctic sea ice extent has declined"). */
const SUBJECT_WORDS = 3;
/** Objects of a change that are an amount of its subject ("lost mass", "gained ground"), not a thing of its own. */
const AMOUNTS: ReadonlySet<string> = new Set(['mass', 'ice', 'weight', 'ground', 'value', 'height', 'altitude', 'volume', 'momentum', 'speed', 'strength', 'size']);
/** Verbs of a change of strength, whose "into" tells what the thing became ("weakened into a tropical storm"). */
const STRENGTH = /^(?:strengthen|weaken|intensif)/i;
/** Measures of an amount before "of" ("an average of", "a total of"): the amount follows. */
const ANY_OF = /^(?:average|total|net|estimated|record)$/;
const AMOUNT_AHEAD = new RegExp(String.raw`^\s+of\s+(?:[\p{L}\p{N},.]+\s+){0,4}?(?:${[...AMOUNTS].join('|')})\b`, 'iu');
/** Particles of a verb of change that change neither its sense nor its direction ("slowed down", "warmed up", "scaled back"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'back']);
// "over" before a stretch of time is no particle: "have been falling over the past century".
const PARTICLE = /^\s+(?:out|off|over(?!\s+(?:(?:the|a|an|this|that|these|those)\s+)?(?:past|last|next|previous|coming|following|recent|same|entire|whole|\d|(?:decade|year|century|month|week|day|period|time|course)s?\b))|into|onto|through|apart|behind)\b/i;
const IRREALIS = /\b(?:if|whether|unless|want(?:s|ed)?\s+to|would|could|might)\b/i;
/** A preposition between two content words: what follows is a detail of what comes before. */
const PREPOSITION = new RegExp(`^\\s+(?:in|on|of|for|at|from|across|among|within|outside|around|throughout|near)\\s+(?:(?:the|a|an|its|their)\\s+)?(?:(?:${QUANTIFIER_WORDS.join('|')})\\s+)?$`, 'i');
/** A change only expected, forecast, hoped for or called for, just before the word ("expectations of a cut"). */
const EXPECTED =
  /\b(?:(?:expectations?|expected|forecasts?|predictions?|hopes?|fears?|calls?|speculation|bets?)\s+(?:of|for|about)\s+(?:(?:a|an|the|another|further|more|any)\s+)?(?:[\p{L}-]+\s+)?|(?:expect(?:s|ed|ing)?|forecasts?|forecasted|predict(?:s|ed|ing)?|hop(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+|(?:expect(?:s|ed|ing)?|forecasts?|forecasted|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|fear(?:s|ed|ing)?)\s+(?:a|an|another|further|more)\s+(?:[\p{L}-]+\s+)?)$/iu;
/** A passive before "recovered", or an object after it: something retrieved, not a rise back. */
const RETRIEVED_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:[\p{L}-]+ly\s+)?$/iu;
const RETRIEVED_AFTER = /^\s+(?:the|a|an|his|her|its|their|some|all|\d)/i;
const CLAUSE_BREAK = /[,;:.!?()]|\b(?:and|but|while|whereas|although|though|because|which|who|that)\b/i;

interface Change {
  readonly word: LemmaWord;
  readonly direction: Direction;
  /** What goes up or down: the object of a transitive use, else the words before (the subject) and the thing after "in" / "of". */
  readonly theme: readonly LemmaWord[];
  /** What the theme is of or where: "taxes on coal", "house prices in Chile" (after a preposition). */
  readonly detail: readonly LemmaWord[];
  /** What has no effect on the theme ("The drug had no effect on heart attack risk"): the other statement must name it too. */
  readonly cause?: readonly LemmaWord[];
  /** The negation of a change said not to have happened ("did not reduce hospital admissions"). */
  readonly negated?: Evidence;
  /**
   * A change of a change ("Sea level rise has slowed", "the rate of warming is accelerating"): its theme holds the
   * inner change, and it is set only against another change of a change ("slowed" against "risen" is no
   * contradiction: a rise that slows is still a rise).
   */
  readonly rate?: true;
}

/** "went up", "has gone down": a change that the content words miss (go, up and down are stopwords). */
const PHRASAL = /\b(?:go|goes|going|gone|went)\s+(up|down)\b/gi;
/** "Crime is down 20 percent", "sales were up sharply": a change said by a copula, before an amount or an adverb of degree. */
const IS_UP_DOWN = /\b(?:is|are|was|were|been)\s+(up|down)(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?[$€£]?\d|\s+(?:sharply|slightly|significantly|substantially|steeply|markedly)\b)/gi;
/** A verb of becoming before a comparative ("have become", "are getting", "grew"), and the words of degree after it. */
const BECOMING = String.raw`\b(?:becom(?:e|es|ing)|became|get(?:s|ting)?|got(?:ten)?|grow(?:s|ing|n)?|grew)\s+`;
const DEGREE = String.raw`much|far|even|ever|increasingly|slightly|somewhat|a\s+little|a\s+lot`;
/**
 * "have become more frequent", "are getting rarer", "grew less common": a change of how often something happens,
 * said by a comparative after a verb of becoming. Frequency only: "less frequent but more intense" changes two
 * things.
 */
const FREQUENCY = new RegExp(
  String.raw`${BECOMING}(?:(?:${DEGREE})\s+)?(?:(more)\s+(?:frequent|common|widespread|prevalent)|(less\s+(?:frequent|common|widespread|prevalent)|rarer|scarcer))\b|\b(?:become|became|becoming|get|gets|getting|got|grow|grows|growing|grew)\s+(increasingly)\s+(?:frequent|common|widespread|prevalent)\b`,
  'gi',
);
/**
 * "has become much more expensive", "got cheaper": a change of price, said by a comparative after a verb of
 * becoming ("The cost of solar power has fallen" / "Solar power has become more expensive").
 */
const PRICE = new RegExp(String.raw`${BECOMING}(?:(?:${DEGREE}|considerably|significantly)\s+)?(?:(more\s+(?:expensive|costly)|costlier|pricier|dearer)|cheaper|less\s+(?:expensive|costly))\b`, 'gi');
/**
 * "is getting bigger", "has grown smaller": a change of size, said by a comparative after a verb of becoming ("The
 * ozone hole is shrinking" / "The ozone hole is getting bigger every year").
 */
const SIZE = new RegExp(String.raw`${BECOMING}(?:(?:${DEGREE}|considerably|significantly)\s+)?(?:(bigger|larger|wider|more\s+extensive)|smaller|narrower|less\s+extensive)\b`, 'gi');
/**
 * ", up from 2.9 million the year before", ", down from 2,500 in the 1990s": a change of the amount the clause
 * before gives (its words the theme: "The airport handled 3.2 million passengers last year, up from 2.9 million").
 */
const UP_FROM = /,\s+(up|down)\s+from\s+(?=[$€£]?\d|(?:about|around|nearly|almost|roughly|over|more\s+than)\s+[$€£]?\d)/gi;
/** "laid off 300 workers", "is laying off staff": a cut of a workforce. */
const LAID_OFF = /\b(?:lay|lays|laid|laying)\s+off\b/gi;
/**
 * A workforce, whatever it is called: "hire 5,000 new workers" and "cut 5,000 jobs" change the same thing. A
 * change word followed by one of these nouns within a few words has it as its theme.
 */
const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['job', 'worker', 'staff', 'employee', 'staffer', 'workforce', 'headcount', 'position']);
const WORKFORCE_AFTER = /^\s+(?:(?!(?:and|but|or|while|which|who|that|to|from|for|with|by)\b)(?:\d[\d,.]*\d|\d|[\p{L}'’-]+)\s+){0,4}?(jobs|workers|staff|employees|staffers|workforce|headcount|positions)\b/diu;
/**
 * Verbs that change nothing but a workforce here ("will hire 5,000 workers" / "will cut 5,000 jobs"); without one
 * after them, no change ("hired a lawyer", "added a line"). Not words of change elsewhere (`sameWord` would
 * take "added" for "increased").
 */
const WORKFORCE_VERBS: ReadonlyMap<string, Direction> = new Map([
  ['hire', 'up'], ['recruit', 'up'], ['add', 'up'], ['create', 'up'], ['axe', 'down'], ['eliminate', 'down'],
]);
const workforceVerb = (word: LemmaWord) => word.lemmas.map((lemma) => WORKFORCE_VERBS.get(lemma)).find((d) => d !== undefined);
/**
 * "said it would hire": a future told in reported speech, not a supposition. (Not "would" alone: "if it would
 * cut taxes".)
 */
const REPORTED_WOULD = /\b(?:said|says|announced|announces|told|added|confirmed|pledged|promised|vowed)\s+(?:that\s+)?(?:it|he|she|they|we|the\s+[\p{L}-]+)\s+would\b/giu;
/**
 * No change: "has not changed", "hasn't budged", "no significant change (in sea levels)", "remained stable",
 * "held steady", "stayed the same", "levelled off". An adjective of no change counts only after a verb of
 * being or staying ("a stable job" is no change of anything).
 */
const NO_CHANGE_PHRASE = new RegExp(
  [
    String.raw`\b(?:not|never|\w+n['’]t)\s+(?:(?:significantly|substantially|really|much|materially|meaningfully|noticeably)\s+)?(?:chang(?:e|ed)|budg(?:e|ed))\b`,
    String.raw`\bno\s+(?:(?:significant|substantial|real|meaningful|measurable|noticeable|discernible)\s+)?change\b`,
    String.raw`\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|h[oe]ld(?:s|ing)?|kept|keep(?:s|ing)?|is|are|was|were|been|be)\s+(?:(?:largely|broadly|relatively|roughly|virtually|essentially|fairly|mostly|basically|practically|almost|nearly)\s+)?(?:${[...DIRECTION_NONE_ADJECTIVES].join('|')})\b`,
    String.raw`\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+(?:(?:largely|roughly|virtually|essentially|basically|about)\s+)?the\s+same\b(?!\s+as\b)`,
    String.raw`\blevel(?:s|led|ed|ling|ing)?\s+off\b`,
  ].join('|'),
  'gi',
);

/**
 * No change made by someone: "left interest rates unchanged", "kept rates on hold", "holds borrowing costs
 * steady". The adjective (or "on hold") is the change word; the words before it, the object, are its theme.
 */
const KEPT_UNCHANGED = /\b(?:left|leaves?|leaving|kept|keeps?|keeping|held|holds?|holding)\s+(?:[\p{L}'’-]+\s+){1,4}?(unchanged|steady|stable|on\s+hold)\b/giu;

/**
 * No effect of something on a thing: "The drug had no effect on heart attack risk", "Sunspots do not affect
 * global temperatures". The thing is the words right after; the something, the words of the clause before.
 */
const NO_EFFECT =
  /\b(?:no|zero|not\s+(?:(?:have|has|had)\s+)?any|little\s+or\s+no)\s+(?:(?:significant|measurable|real|discernible|noticeable|meaningful|appreciable|statistically\s+significant)\s+)?(?:effect|impact|influence)\s+(?:on|upon)\b|\b(?:not|never|\w+n['’]t)\s+(?:(?:significantly|really|materially|measurably)\s+)?affect(?:ed)?\b|\b(?:not|never|\w+n['’]t)\s+(?:(?:significantly|causally|directly)\s+)?(?:linked|tied|associated|connected)\s+(?:to|with)\b|\bno\s+(?:(?:significant|clear|causal|statistical|known|proven)\s+)?(?:link|association|connection|correlation)\s+(?:to|with)\b/giu;
/** "found no link between moderate coffee drinking and heart disease": the cause, then the thing. */
const NO_LINK = /\bno\s+(?:(?:significant|clear|causal|statistical|known|proven)\s+)?(?:link|association|connection|correlation|relationship)\s+between\s+([^,;.!?]+?)\s+and\s+([^,;.!?]+)/dgiu;

/**
 * The no-effect changes of a text: the thing after the phrase (up to four words in a row, "heart attack risk")
 * is the theme, and the clause's words before it ("The drug") the cause, which the other statement must name:
 * "Oil prices rose on Monday" need not be against "Sanctions had no effect on oil prices".
 */
function noEffectChanges(text: string, words: readonly LemmaWord[]): Change[] {
  const out: Change[] = [];
  for (const m of text.matchAll(NO_EFFECT)) {
    const end = m.index + m[0].length;
    const theme: LemmaWord[] = [];
    for (const word of words) {
      if (word.span.start < end) continue;
      const gap = text.slice(theme.at(-1)?.span.end ?? end, word.span.start);
      if (theme.length === 4 || (theme.length === 0 ? !DETERMINER.test(gap) && gap.trim() !== '' : gap.trim() !== '')) break;
      theme.push(word);
    }
    const clauseStart = startAfterLast(text, m.index, CLAUSE_MARKS);
    const cause = words.filter((w) => w.span.start >= clauseStart && w.span.end <= m.index && directionOf(w) === undefined).slice(-SUBJECT_WORDS);
    if (theme.length === 0 || cause.length === 0) continue;
    out.push({ word: phrase(m.index, m[0], NO_CHANGE), direction: 'none', theme, detail: [], cause });
  }
  for (const m of text.matchAll(NO_LINK)) {
    const [causeSpan, themeSpan] = [m.indices![1]!, m.indices![2]!];
    const inside = ([start, end]: [number, number]) => words.filter((w) => w.span.start >= start && w.span.end <= end && directionOf(w) === undefined);
    const cause = inside(causeSpan).slice(-SUBJECT_WORDS);
    const theme = inside(themeSpan).slice(0, 4);
    if (theme.length === 0 || cause.length === 0) continue;
    out.push({ word: phrase(m.index, text.slice(m.index, causeSpan[0]).trimEnd(), NO_CHANGE), direction: 'none', theme, detail: [], cause });
  }
  return out;
}

/** A phrase read as one word of change, with the lemma of its direction ("went up" -> rise). */
const phrase = (start: number, words: string, lemma: string): LemmaWord => ({
  text: words,
  lower: words.toLowerCase(),
  span: { start, end: start + words.length },
  lemmas: [lemma],
  noun: false,
  proper: false,
});

function phrasalChanges(text: string): LemmaWord[] {
  return [
    ...Array.from(text.matchAll(UP_FROM), (m) => phrase(m.index, m[0].trimEnd(), m[1]!.toLowerCase() === 'up' ? 'rise' : 'fall')),
    ...[PHRASAL, IS_UP_DOWN].flatMap((pattern) => Array.from(text.matchAll(pattern), (m) => phrase(m.index, m[0], m[1]!.toLowerCase() === 'up' ? 'rise' : 'fall'))),
    ...Array.from(text.matchAll(LAID_OFF), (m) => phrase(m.index, m[0], 'cut')),
    ...Array.from(text.matchAll(FREQUENCY), (m) => phrase(m.index, m[0], m[1] || m[3] ? 'rise' : 'fall')),
    ...[PRICE, SIZE].flatMap((pattern) => Array.from(text.matchAll(pattern), (m) => phrase(m.index, m[0], m[1] ? 'rise' : 'fall'))),
    ...Array.from(text.matchAll(NO_CHANGE_PHRASE), (m) => phrase(m.index, m[0], NO_CHANGE)),
    // The adjective alone, at the match's end: the object before it stays a word of the clause.
    ...Array.from(text.matchAll(KEPT_UNCHANGED), (m) => phrase(m.index + m[0].length - m[1]!.length, m[1]!, NO_CHANGE)),
  ];
}

/** The changes a text states and those it says did not happen (memoised per text: a statement meets many others). */
const allChangesOf = memoize(findChanges, (text: string) => text);
/** The changes a text states. */
const changesOf = memoize((text: string) => allChangesOf(text).filter((change) => !change.negated), (text: string) => text);

function findChanges(text: string): Change[] {
  const phrasal = phrasalChanges(text);
  // The words of a phrase are the phrase's ("remained stable": not a subject word "remained").
  const inPhrase = (word: LemmaWord) => phrasal.some((p) => word.span.start < p.span.end && p.span.start < word.span.end);
  const words = phrasal.length === 0 ? looseLemmaWords(text) : [...looseLemmaWords(text).filter((w) => !inPhrase(w)), ...phrasal].sort((x, y) => x.span.start - y.span.start);
  const cues = negationCues(text);
  const gapOf = (a: LemmaWord, b: LemmaWord) => text.slice(a.span.end, b.span.start);
  const out: Change[] = [];
  words.forEach((word, i) => {
    const direction = directionOf(word) ?? workforceVerb(word);
    if (!direction) return;
    // "recovered" is a rise back only said of the thing itself ("sea ice has recovered"), not of something found
    // ("The meteorite was recovered", "divers recovered the body").
    if (word.lemmas.includes('recover') && (RETRIEVED_BEFORE.test(text.slice(Math.max(0, word.span.start - 20), word.span.start)) || RETRIEVED_AFTER.test(text.slice(word.span.end)))) return;
    // Negated ("did not rise", "will not raise taxes"): not a claim of change either way (kept aside, for
    // `negatedChangeFindings`).
    const negated = cues.find((cue) => cue.span.end <= word.span.start && !CLAUSE_BREAK.test(text.slice(cue.span.end, word.span.start)) && word.span.start - cue.span.end <= 20);
    // "The region has cooled", "the planet warmed": a change of temperature, whatever the subject, so that it
    // meets "Temperatures in the region have risen".
    // (The verb only: "is cool" is no temperature.)
    const temperature = /(?:ed|ing|s)$/.test(word.lower) && word.lemmas.some((lemma) => lemma === 'warm' || lemma === 'cool') ? [{ ...word, text: 'temperature', lower: 'temperature', lemmas: ['temperature'] }] : [];
    const push = (change: Change) => {
      const told = temperature.length > 0 ? { ...change, theme: [...change.theme, ...temperature] } : change;
      out.push(negated ? { ...told, negated } : told);
    };
    // Another sense with a particle ("jumped out", "dropped off", "fell over"), or only supposed or wanted
    // ("if you want to lose weight", "whether it helps people lose weight").
    // (Not "into" after a change of strength: "strengthened into a major hurricane" is stronger.)
    if (direction !== 'none' && PARTICLE.test(text.slice(word.span.end)) && !(STRENGTH.test(word.lower) && /^\s+into\b/i.test(text.slice(word.span.end)))) return;
    // "won with ease", "at ease", "ease of use": no change.
    if (word.lower === 'ease' && (/\b(?:with|at)\s+$/i.test(text.slice(Math.max(0, word.span.start - 6), word.span.start)) || /^\s+of\b/i.test(text.slice(word.span.end)))) return;
    // "grew up in Ohio": raised, not a change.
    if (word.lemmas.includes('grow') && /^\s+up\b/i.test(text.slice(word.span.end))) return;
    const clauseStart = startAfterLast(text, word.span.start, CLAUSE_MARKS);
    if (IRREALIS.test(text.slice(clauseStart, word.span.start).replace(REPORTED_WOULD, ' '))) return;
    // Only expected or called for ("defying expectations of a cut", "calls for a rise in wages").
    if (EXPECTED.test(text.slice(Math.max(0, word.span.start - 60), word.span.start))) return;
    // A workforce after the word ("hire 5,000 new workers", "shed 300 jobs"): that is what changes.
    const workforce = WORKFORCE_AFTER.exec(text.slice(word.span.end));
    if (workforce) {
      const start = word.span.end + workforce.indices![1]![0];
      const noun = words.find((w) => w.span.start === start);
      // No other change between ("cut 300 jobs" is cut's, not "raised prices and cut 300 jobs"'s "raised").
      if (noun && !words.some((w) => w.span.start > word.span.start && w.span.start < start && directionOf(w) !== undefined)) {
        push({ word, direction, theme: [noun], detail: [] });
        return;
      }
    }
    if (directionOf(word) === undefined) return;
    // After a word of quantity, the noun it counts: "cut every tax" (an object), "fell every year" (a time).
    // "slowed down", "sped up", "scaled back": the particle is the verb's, not its object.
    const at = words[i + 1] && VERB_PARTICLES.has(words[i + 1]!.lower) && /^\s+$/.test(gapOf(word, words[i + 1]!)) ? i + 2 : i + 1;
    const objectAt = words[at] && QUANTIFIERS.has(words[at]!.lower) ? at + 1 : at;
    const next = words[objectAt];
    const gap = next ? gapOf(word, next) : '';
    // Not an object: an adverb ("rose sharply"), a time ("rose last year"), or after "went up" (intransitive).
    const object =
      next && !phrasal.includes(word) && !next.lower.endsWith('ly') && !TIME_WORDS.has(next.lower) && !PLACE_ADVERBS.has(next.lower) && !PREPOSITIONS.has(next.lower) && DETERMINER.test(gap) && directionOf(next) === undefined
        ? next
        : undefined;
    // The words of the clause before the change: its head ("The birth rate") before the first preposition,
    // the rest ("in Brazil") its detail.
    const clause: LemmaWord[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const before = words[k]!;
      if (CLAUSE_BREAK.test(gapOf(before, clause[0] ?? word))) break;
      clause.unshift(before);
    }
    if (object) {
      // A noun phrase ("the legal smoking age", "energy taxes"): its words are the theme, and the words before
      // its last tell it apart from another ("energy taxes" / "income taxes").
      let last = objectAt;
      while (last - objectAt < 3 && words[last + 1] && /^[ \t-]+$/.test(gapOf(words[last]!, words[last + 1]!)) && !TIME_WORDS.has(words[last + 1]!.lower) && !PREPOSITIONS.has(words[last + 1]!.lower) && directionOf(words[last + 1]!) === undefined && !words[last + 1]!.proper) last++;
      const phrase = words.slice(objectAt, last + 1);
      // "taxes on coal": the complement tells two objects apart.
      let k = last + 1;
      while (words[k] && QUANTIFIERS.has(words[k]!.lower)) k++;
      const after = words[k];
      const detail = [...phrase.slice(0, -1), ...(after && PREPOSITION.test(gapOf(phrase.at(-1)!, after)) ? [after] : [])];
      // An amount of the subject itself ("The ice sheet lost mass" / "The ice sheet is gaining ice"): the subject is the theme too.
      // (Or an amount after a measure of it: "lost an average of 270 billion tonnes of ice a year".)
      const amount = AMOUNTS.has(object.lower) || (ANY_OF.test(object.lower) && AMOUNT_AHEAD.test(text.slice(object.span.end, object.span.end + 50)));
      const subject = amount ? clause.filter((w) => directionOf(w) === undefined).slice(-SUBJECT_WORDS) : [];
      // A measure of a thing ("raises the risk of heart disease"): the thing is the theme too.
      // (Not a share of it: "a dwindling percentage of the income" is no less income.)
      const measured = after && RISK_HEADS.has(phrase.at(-1)!.lower) && /^\s+of\s+(?:the\s+)?$/i.test(gapOf(phrase.at(-1)!, after)) ? [after] : [];
      push({ word, direction, theme: [...phrase, ...measured, ...subject], detail });
      return;
    }
    let split = clause.findIndex((w, k) => k + 1 < clause.length && PREPOSITION.test(gapOf(w, clause[k + 1]!)));
    // A measure of something ("The rate of sea level rise has slowed", "the number of new cases fell"): the
    // something is the head too, up to the next preposition.
    if (split !== -1 && MEASURE_HEADS.has(clause[split]!.lower) && /^\s+of\s/i.test(gapOf(clause[split]!, clause[split + 1]!))) {
      const next = clause.findIndex((w, k) => k > split && k + 1 < clause.length && PREPOSITION.test(gapOf(w, clause[k + 1]!)));
      split = next;
    }
    // (Before ", up from", the clause's words less its times: "handled 3.2 million passengers last year".)
    const upFrom = word.text.startsWith(',');
    const head = (split === -1 ? clause : clause.slice(0, split + 1)).filter((w) => directionOf(w) === undefined && !(upFrom && TIME_WORDS.has(w.lower))).slice(-SUBJECT_WORDS);
    const detail = split === -1 ? [] : clause.slice(split + 1);
    // "a rise in unemployment" (not "rose in January", "fell in Chile").
    const complement = next && COMPLEMENT.test(gap) && !next.proper && !CALENDAR.has(next.lower) && !TIME_WORDS.has(next.lower) ? next : undefined;
    const theme = complement ? [...head, complement] : head;
    const inner = (split === -1 ? clause : clause.slice(0, split + 1)).filter((w) => directionOf(w) !== undefined);
    push(inner.length > 0 ? { word, direction, theme: [...theme, ...inner], detail, rate: true } : { word, direction, theme, detail });
  });
  return [...out, ...noEffectChanges(text, words)];
}

const isWorkforce = (word: LemmaWord) => word.lemmas.some((lemma) => WORKFORCE_NOUNS.has(lemma));
/** Words for a part of a whole ("supplied 40 percent of the electricity" / "the share of the electricity"). */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['percent', 'percentage', 'share', 'proportion']);
const isShare = (word: LemmaWord) => word.lemmas.some((lemma) => SHARE_NOUNS.has(lemma));
// Two words for a workforce are one theme ("workers" / "jobs"), and two for a share.
const sameLemma = (a: LemmaWord, b: LemmaWord) => a.lemmas.some((lemma) => b.lemmas.includes(lemma)) || (isWorkforce(a) && isWorkforce(b)) || (isShare(a) && isShare(b));

/** Whether a no-effect change's cause is named in the other text, besides the theme (true for other changes). */
function causeNamed(change: Change, other: string): boolean {
  return !change.cause || looseLemmaWords(other).some((w) => change.cause!.some((c) => sameLemma(c, w)) && !change.theme.some((t) => sameLemma(t, w)));
}

/**
 * A change up in one statement and down in the other (or no change in one), of the same thing: "Unemployment falls to its lowest
 * level since 1969" / "Unemployment rose sharply last month", "The policy increased emissions" / "The policy
 * reduced emissions", but not "The company cut jobs" / "The company raised prices" (different objects),
 * "We will not raise taxes" / "Our plan cuts taxes" (negated), changes in different years, or where both
 * statements name places or actors and share none. A word both
 * statements have is skipped ("Prices rose, then fell" / "Prices fell").
 */
export function oppositeChange(first: string, second: string): [LemmaWord, LemmaWord] | undefined {
  const same = compareChanges(first, second).same;
  return same && [same[0].word, same[1].word];
}

/**
 * Opposite changes of the same measure that the statements place apart: in different years, of different
 * details ("taxes on coal" / "taxes on wheat"), or with names on both sides and none shared ("house prices in
 * Chile jumped" / "house prices in Iran decreased"). The cue of a contradiction without its substance, for the
 * `cue-only` guard; undefined where `oppositeChange` finds the same thing changing both ways.
 */
export function separateChanges(first: string, second: string): [LemmaWord, LemmaWord] | undefined {
  const { same, separate } = compareChanges(first, second);
  return same || !separate ? undefined : [separate[0].word, separate[1].word];
}

/**
 * Changes of `first` and of `second` of the same thing that disagree: opposite directions (or, with `negated`, a
 * change `first` says did not happen against the same change in `second`).
 */
function compareChanges(first: string, second: string, negated = false): { same?: [Change, Change]; separate?: [Change, Change] } {
  const a = negated ? allChangesOf(first).filter((change) => change.negated && !limitedNegation(first, change)) : changesOf(first);
  if (a.length === 0) return {};
  const b = changesOf(second);
  if (b.length === 0) return {};
  const yearsA = new Set(first.match(ANY_YEAR) ?? []);
  const yearsB = new Set(second.match(ANY_YEAR) ?? []);
  const otherYears = yearsA.size > 0 && yearsB.size > 0 && ![...yearsA].some((year) => yearsB.has(year));
  // Names on both sides and none shared: two places or actors ("exports from Chile rose" / "exports from Peru fell").
  const names = (text: string) => looseLemmaWords(text).filter((w) => w.proper && !CALENDAR.has(w.lower)).map((w) => w.lower);
  const namesA = names(first);
  const namesB = new Set(names(second));
  const otherNames = namesA.length > 0 && namesB.size > 0 && !namesA.some((name) => namesB.has(name)) && !shortFormShared(first, second);
  const aWords = new Set(a.map((c) => c.word.lower));
  const bWords = new Set(b.map((c) => c.word.lower));
  let separate: [Change, Change] | undefined;
  for (const x of a) {
    if (!negated && bWords.has(x.word.lower)) continue;
    for (const y of b) {
      if (negated ? x.direction !== y.direction : aWords.has(y.word.lower) || x.direction === y.direction) continue;
      if (x.rate !== y.rate) continue;
      if (!x.theme.some((t) => y.theme.some((u) => sameLemma(t, u)))) continue;
      // No effect of a cause the other statement does not name ("Sanctions had no effect on oil prices" / "Oil prices rose").
      if (!causeNamed(x, second) || !causeNamed(y, first)) continue;
      // Details on both sides that share nothing: two things ("taxes on coal" / "taxes on wheat").
      const otherDetails = x.detail.length > 0 && y.detail.length > 0 && !x.detail.some((t) => y.detail.some((u) => sameLemma(t, u)));
      if (otherYears || otherNames || otherDetails) separate ??= [x, y];
      else return { same: [x, y] };
    }
  }
  return { separate };
}

/**
 * A negation of a change that says only how much or that more happened ("did not rise as much as expected",
 * "did not only cut taxes"): not a denial of the change.
 */
const UNPLAIN = /\b(?:no|not|never|nor|neither|n['’]t|without|false|hoax|myth|rumou?rs?|claims?|claimed|alleg\w*|whether|if|unless|need|needs|want\w*|against|oppos\w*|reject\w*|block\w*|veto\w*|refus\w*|resist\w*|rul(?:e|es|ed|ing)\s+out)\b/iu;
const LIMITED_AFTER = /^\s+(?:as\s+(?:much|fast|quickly|sharply|steeply|far|expected|planned|forecast)|enough|(?:very\s+)?much|significantly|substantially|further|by\s+(?:as\s+)?much|(?:[\p{L}-]+\s+){0,4}?(?:in|across)\s+(?:every|all|each)\b|(?:[\p{L}-]+\s+){0,4}?everywhere)\b/iu;
function limitedNegation(text: string, change: Change): boolean {
  return /\b(?:only|just|merely|simply)\b/iu.test(text.slice(change.negated!.span.end, change.word.span.start)) || LIMITED_AFTER.test(text.slice(change.word.span.end));
}

/**
 * A change said not to have happened in one statement and the same change in the other, of the same thing: "The
 * vaccine did not reduce hospital admissions" / "The vaccine cut hospital admissions by more than half", "Prices
 * did not rise" / "Prices soared". A negation in other words (the negation check needs the same words), so a
 * `negation` finding, its cue the negation of the change.
 */
export function negatedChangeFindings(first: string, second: string): NegationFinding[] {
  for (const [side, negating, other] of [['first', first, second], ['second', second, first]] as const) {
    const same = compareChanges(negating, other, true).same;
    if (!same) continue;
    const [x, y] = same;
    // The other side's change said plainly: no negation, doubt or opposition before it in its sentence ("There is
    // no evidence that the policy has been successful in reducing", "voted against cutting").
    const sentence = sentenceAt(other, y.word.span.start);
    if (UNPLAIN.test(other.slice(sentence?.span.start ?? 0, y.word.span.start))) continue;
    if (inFalseClaim(negating, other, x.word.span, y.word.span)) continue;
    return [{ kind: 'negation', side, cue: x.negated!, overlap: x.theme.filter((t) => y.theme.some((u) => sameLemma(t, u))).length / Math.max(1, Math.min(x.theme.length, y.theme.length)) }];
  }
  return [];
}

/**
 * A change up in one statement and down in the other, of the same thing (`oppositeChange`). Every pair of
 * words of change is this check's, WordNet antonyms ("rose" / "fell") too: the antonym check leaves them
 * alone, so that each kind of opposite has one weight.
 */
export interface DirectionFinding {
  readonly kind: 'direction';
  /** The word of change in the first statement ("falls"), and its direction. */
  readonly first: Evidence & { readonly direction: Direction };
  readonly second: Evidence & { readonly direction: Direction };
}

export function directionFindings(first: string, second: string): DirectionFinding[] {
  const same = compareChanges(first, second).same;
  if (!same) return [];
  const [a, b] = same;
  // "Claims that sea levels are falling are false" / "Sea levels are rising".
  if (inFalseClaim(first, second, a.word.span, b.word.span)) return [];
  return [{ kind: 'direction', first: { text: a.word.text, span: a.word.span, direction: a.direction }, second: { text: b.word.text, span: b.word.span, direction: b.direction } }];
}

const said = (direction: Direction) => (direction === 'none' ? 'no change' : direction);

export const directionCheck = defineCheck({
  kind: 'direction',
  feature: 'direction',
  role: 'finding',
  run: (first, second) => directionFindings(first.text, second.text),
  describe: (reason: DirectionFinding) => `opposite changes of the same thing: "${reason.first.text}" (${said(reason.first.direction)}) vs "${reason.second.text}" (${said(reason.second.direction)})`,
});
