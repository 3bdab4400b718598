import { matchEvidence, within, type Evidence, type NegationFinding } from './finding.js';
import { contentStems, escapeRegExp, overlap, readDirections, titleCase } from '../statements/words.js';
import { sentenceAt, sentencesAbout, sentencesOf } from './sentences.js';
import { ANY_YEAR } from './dates.js';
import { withoutAttributionSuffix } from './guards.js';
import { falsityCue, FALSITY_WORD } from './falsity.js';
import { derivedFrom, looseLemmaWords } from './lemmas.js';
import { propositionOverlap } from './proposition.js';
import { bySide, defineCheck } from './check.js';
import { causeDenialFindings } from './cause.js';
import { negatedChangeFindings } from './direction.js';
import type { Span } from '../statements/statement.js';

// "Unable to", "incapable of", "inability to" and "yet to" ("has yet to operate a flight") say that a thing has
// not happened or cannot; their words are the negation's, not the claim's.
const NEGATION = /\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|denied|denies|deny|refused|refuses|failed to|declined to|declines to|no longer|unable to|incapable of|inability to|yet to)\b|\b\w+n['’]t\b/gi;
// With "does", the do-support of "does not" (the stopword list has "do" and "did" but not "does"): not a word
// the negated statement adds ("Coffee does not raise the risk of cancer" / "Coffee raises the risk of cancer").
const NEGATION_WORDS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'denied', 'denies', 'deny', 'refused', 'refuses', 'failed', 'declined', 'declines', 'longer', 'does']);
/** Share of content words two statements must share to count as "the same claim" (measured on the negation stress suite). */
export const NEGATION_MIN_OVERLAP = 0.6;

// A negation word, or a contraction with one ("hasn't", "isn’t", which the word pattern reads as one word).
const CONTRACTION = /\b\w+n['’]t\b/g;
const isNegationWord = (lower: string) => NEGATION_WORDS.has(lower) || /n['’]t$/.test(lower);

const claimWords = (text: string) => looseLemmaWords(text).filter((word) => !isNegationWord(word.lower));
const lemmaOverlap = (a: string, b: string) => propositionOverlap(claimWords(a), claimWords(b)).share;

export function negationCues(text: string): Evidence[] {
  return Array.from(text.matchAll(NEGATION), matchEvidence);
}

/**
 * A text's claim without a trailing attribution (a prefix of the text) and the negation cues inside it. (Not
 * a leading one: its pattern would take "There is no butter being added" for an attribution.)
 */
function claimCues(text: string): [Evidence[], string] {
  const claim = withoutAttributionSuffix(text);
  return [negationCues(text).filter((cue) => cue.span.end <= claim.length), claim];
}

/** Words of opposition ("voted against", "opposed", "rejected", "ruled out"), which agree with a negation. */
const OPPOSITION = /\b(?:(?:vot(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|spoke|came out|comes out|is|are|was|were)\s+against|oppos(?:e|es|ed)|opposition to|reject(?:s|ed)?|refus(?:e|es|ed) to|veto(?:es|ed)?|rul(?:e|es|ed|ing) out)\b/iu;
/** Words of a thing ended, which agree with "no longer": "scrapped", "lifted", "expired", "closed". */
const ENDED = /\b(?:ended|ends|scrapped|lifted|repealed|abolished|rescinded|revoked|expired|lapsed|cancell?ed|closed|stopped|ceased|halted|discontinued|withdrawn|dropped|came to an end)\b/i;
/** The content stems and numbers of a text ("in 2020" -> 2020). */
const exceptionKeys = (text: string) => new Set([...contentStems(text), ...(text.match(/\d+/g) ?? [])]);
/** What an exception leaves out ("except in 2020", "apart from the flight to Paris"), up to the clause's end. */
/** Words that leave something out ("except", "apart from"), for `EXCEPTION` and `EXCEPTED_YEARS`. */
const EXCEPT_WORDS = 'except|excepting|apart from|other than|save for|with the exception of';
const EXCEPTION = new RegExp(String.raw`\b(?:${EXCEPT_WORDS})\s+(?:(?:in|for|on|during|at)\s+)?([^.,;:!?]{1,40})`, 'giu');
/** A label before a headline or a fact check ("Fact check:", "Analysis:"): its words are not the claim's. */
const LABEL = /^\s*(?:fact[- ]?check(?:ed)?|reality check|analysis|explainer|exclusive|update[d]?|breaking(?: news)?|opinion)\s*[:\-–—]\s*/iu;

const NAME_RUN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/gu;

/**
 * The first words of a full name whose last word the other text uses alone, with no capitalised word before
 * it ("Roman Atwood wasn't born in Ohio" / "Atwood was born in Millersport, Ohio"): the same person named
 * shorter, not a word the negated side adds. ("Joe Biden" / "Hunter Biden" are two people.)
 */
function givenNames(negated: string, other: string): Evidence['span'][] {
  const spans: Evidence['span'][] = [];
  // A headline's capitals mark no names ("Biden Did Not Sign Climate Bill In Ohio").
  if (titleCase(negated)) return spans;
  for (const m of negated.matchAll(NAME_RUN)) {
    if (new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*\s+)(?<![\p{L}\p{N}])${escapeRegExp(m[2]!)}(?![\p{L}\p{N}])`, 'u').test(other)) spans.push({ start: m.index, end: m.index + m[1]!.length });
  }
  return spans;
}

/** Words the other side may say "like" with ("enjoyed", "loved"), besides its forms. */
const LIKE = /\b(?:lik(?:e|es|ed|ing)|enjoy\w*|lov(?:e|es|ed|ing)|fond|admir\w*|appreciat\w*|prais\w*|favou?r\w*)\b/i;

/**
 * "like" right after a negation of a verb ("did not like", "never liked"): the stopword list holds it, but there
 * it is the negated claim's verb, a word the negated side adds unless the other side likes something too
 * ("Critics did not like the film" / "The film received negative reviews from critics", not "I really enjoyed
 * the book" / "I did not like the book").
 */
function negatedLike(negated: string, cues: readonly Evidence[], other: string): boolean {
  return cues.some((cue) => /^(?:not|never|\w+n['’]t)$/i.test(cue.text) && /^\s+(?:\p{L}+ly\s+)?lik(?:e|es|ed)\b/iu.test(negated.slice(cue.span.end))) && !LIKE.test(other);
}

/**
 * A negation on one side only of two statements that otherwise say much the same thing, where the negated
 * statement adds no content word of its own: "Iran did not send drones" against "Iran sent drones", but not
 * against "Iran did not send drones by sea" (which negates something else) or "it is not clear whether...".
 */
export function negationFindings(first: string, second: string): NegationFinding[] {
  // The claims without who said them ("..., the company said"): a negation there does not negate the claim.
  const [a, rawA] = claimCues(first);
  const [b, rawB] = claimCues(second);
  if ((a.length > 0) === (b.length > 0)) return [];
  // And without the negations' contractions.
  const claimA = rawA.replace(CONTRACTION, ' ');
  const claimB = rawB.replace(CONTRACTION, ' ');
  // Stems first; then lemmas, which know irregular forms ("didn't win" / "won").
  const shared = Math.max(overlap(contentStems(claimA, NEGATION_WORDS), contentStems(claimB, NEGATION_WORDS)), lemmaOverlap(claimA, claimB));
  if (shared < NEGATION_MIN_OVERLAP) return [];
  const [negated, other] = a.length > 0 ? [claimA, claimB] : [claimB, claimA];
  // The other side calls the claim false itself: both deny it ("The claim that wind turbines cause cancer is
  // false" / "Wind turbines do not cause cancer"; not "I never said that climate change was a hoax" / "I said
  // climate change was a hoax", where the negation is of the falsity).
  const falsity = falsityCue(other);
  if (falsity && !FALSITY_WORD.test(negated)) {
    // The claim called false is the one negated (an article may call something else false).
    const called = claimWords(other).filter((word) => within(word.span, falsity.claim));
    if (propositionOverlap(claimWords(negated), called).share >= NEGATION_MIN_OVERLAP) return [];
  }
  // The other side opposes what the negated side says did not happen ("did not vote to cut veterans' benefits" /
  // "voted against cutting veterans' benefits"): the two agree. Not where the negated side has the word too
  // ("did not reject the deal" / "rejected the deal"), nor any word of opposition.
  if (OPPOSITION.test(other) && !OPPOSITION.test(negated)) return [];
  // "no longer" agrees with an ending on the other side ("There is no longer a curfew" / "The curfew was scrapped
  // in June"), unless the negated side has the ending too.
  if (/\bno longer\b/i.test(negated) && ENDED.test(other) && !ENDED.test(negated)) return [];
  // The other side makes the negated thing its exception ("has taken place every year since, except in 2020" /
  // "did not take place in 2020"): the two agree.
  const exceptions = [...other.matchAll(EXCEPTION)].map((match) => exceptionKeys(match[1]!));
  if (exceptions.length > 0) {
    const negatedKeys = exceptionKeys(negated);
    if (exceptions.some((excepted) => excepted.size > 0 && [...excepted].every((key) => negatedKeys.has(key)))) return [];
  }
  const otherLemmas = new Set(looseLemmaWords(other).flatMap((word) => word.lemmas));
  // Not the words of the negation itself ("unable to", "has yet to"); a word the other side has in a derived
  // form ("not dead" / "died", "no invasion" / "invaded") is not added.
  const negatedCues = negationCues(negated);
  const said = (lemma: string) => otherLemmas.has(lemma) || [...(derivedFrom(lemma) ?? [])].some((o) => otherLemmas.has(o));
  const label = LABEL.exec(negated)?.[0].length ?? 0;
  const given = givenNames(negated, other);
  const added = looseLemmaWords(negated).filter(
    (word) =>
      word.span.start >= label &&
      !isNegationWord(word.lower) &&
      !negatedCues.some((cue) => within(word.span, cue.span)) &&
      !given.some((span) => within(word.span, span)) &&
      !word.lemmas.some(said),
  );
  if (added.length > 0 || negatedLike(negated, negatedCues, other)) return [];
  const side = a.length > 0 ? 'first' : 'second';
  return [{ kind: 'negation', side, cue: (a.length > 0 ? a : b)[0]!, overlap: shared }];
}

/**
 * Where a sentence's clauses meet: a semicolon, or a contrast ("but", "yet", "although", "though", "whereas") that
 * sets a negated clause beside a plain one ("The treaty was signed in 1919 but was never ratified by the Senate").
 */
const CLAUSE_BREAK = /;\s+|,?\s+(?:but|yet|although|though|whereas)\s+/gi;

/**
 * The clauses of a sentence between semicolons ("The photo does not show flooding in Miami; it was taken in
 * Houston") and contrasts (`CLAUSE_BREAK`), where it has two or more.
 */
function clausesOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(CLAUSE_BREAK)) {
    out.push({ start, end: span.start + m.index });
    start = span.start + m.index + m[0].length;
  }
  if (out.length > 0) out.push({ start, end: span.end });
  return out;
}

/**
 * Between an evidence text and its claim (twice as long or more), the negation read sentence against sentence:
 * each sentence of the claim against the evidence's sentences about it ("An Australian has pleaded not guilty
 * to manslaughter ..." against the article's "... pleaded guilty to manslaughter ..."), the cue's span in its
 * whole text. Where the whole texts already give a finding, that one.
 */
export function evidenceNegationFindings(first: string, second: string): NegationFinding[] {
  const whole = negationFindings(first, second);
  const directions = readDirections(first, second);
  if (whole.length > 0 || directions === 'both') return whole;
  const [evidence, claim] = directions === 'forward' ? [first, second] : [second, first];
  for (const c of sentencesOf(claim)) {
    const spans = sentencesAbout(evidence, c.text, NEGATION_MIN_OVERLAP).flatMap((sentence) => [{ span: sentence, clause: false }, ...clausesOf(evidence, sentence).map((span) => ({ span, clause: true }))]);
    for (const { span, clause } of spans) {
      const e = evidence.slice(span.start, span.end);
      const [found] = directions === 'forward' ? negationFindings(e, c.text) : negationFindings(c.text, e);
      if (!found) continue;
      // The cue's offset in its whole text: the evidence sentence's or the claim sentence's start.
      const negatedIsEvidence = (found.side === 'first') === (directions === 'forward');
      // A clause between semicolons only where it holds the negation: what the sentence's other clauses say of
      // a plain one may take it back ("The screener should have resolved what set off the alarm; ... he did not").
      if (clause && !negatedIsEvidence) continue;
      const shift = negatedIsEvidence ? span.start : c.span.start;
      return [{ ...found, cue: { text: found.cue.text, span: { start: found.cue.span.start + shift, end: found.cue.span.end + shift } } }];
    }
  }
  return [];
}

/** Years an exception leaves out ("except in 1980 and 2020", "apart from 1944"): up to the clause's end. */
const EXCEPTED_YEARS = new RegExp(String.raw`\b(?:${EXCEPT_WORDS})\s+(?:(?:in|for|during)\s+)?((?:(?:1[5-9]|20)\d\d)(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:(?:1[5-9]|20)\d\d))*)\b`, 'giu');

/**
 * A thing said to happen in a year that the other statement leaves out as an exception: "The prize has been
 * awarded annually since 1971, except in 1980 and 2020" / "The prize was awarded in 2020". The exception's sentence
 * and the claim share most of their words (the claim's year aside), and the claim is not negated (that agrees:
 * "was not given out in 1980"). A negation of that year, so a `negation` finding (the cue: the exception).
 */
export function exceptionFindings(first: string, second: string): NegationFinding[] {
  for (const [side, excepting, other] of [['first', first, second], ['second', second, first]] as const) {
    if (negationCues(other).length > 0) continue;
    const years = other.match(ANY_YEAR);
    if (!years) continue;
    for (const m of excepting.matchAll(EXCEPTED_YEARS)) {
      const excepted: readonly string[] = m[1]!.match(/\d{4}/g) ?? [];
      if (!years.some((year) => excepted.includes(year))) continue;
      const sentence = sentenceAt(excepting, m.index);
      const share = lemmaOverlap((sentence?.text ?? excepting).replace(/\d{4}/g, ' '), other.replace(/\d{4}/g, ' '));
      if (share < NEGATION_MIN_OVERLAP) continue;
      return [{ kind: 'negation', side, cue: { text: m[0], span: { start: m.index, end: m.index + m[0].length } }, overlap: share }];
    }
  }
  return [];
}

export const negationCheck = defineCheck({
  kind: 'negation',
  feature: 'negation',
  role: 'finding',
  // Then a cause denied against the same cause said ("not caused by humans" / "due to human emissions", cause.ts),
  // and a change said not to have happened against the same change ("did not reduce" / "cut", direction.ts).
  run: (first, second) => {
    for (const find of [evidenceNegationFindings, causeDenialFindings, negatedChangeFindings, exceptionFindings]) {
      const found = find(first.text, second.text);
      if (found.length > 0) return found;
    }
    return [];
  },
  describe: (reason: NegationFinding) => `negation on one side only: "${reason.cue.text}" in the ${reason.side} statement`,
  evidence: (reason: NegationFinding) => bySide(reason.side, [reason.cue]),
});
