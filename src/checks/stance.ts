import { bySide, defineCheck } from './check.js';
import { matchEvidence, within, type Evidence, type Side } from './finding.js';
import { DISMISSED_STORY, falsityCue, FALSITY_WORD, type FalsityCue } from './falsity.js';
import { negationCues } from './negation.js';
import { propositionOverlap, propositionWords, sameObject, sameWord } from './proposition.js';
import type { LemmaWord } from './lemmas.js';
import { antonymFindings } from './antonyms.js';
import { directionFindings } from './direction.js';
import { otherSubjects } from './names.js';
import { sentenceAt } from './sentences.js';
import { contentStems, isStopword, overlap, stemmer } from '../statements/words.js';

/**
 * A stance taken against a proposition: "denied sending drones", "rejected claims that", "refused to",
 * "failed to" (implicatives: the thing did not happen).
 */
/** What a denial may name before the claim it denies ("rejected reports that", "denied the allegations"). */
const CLAIM_NOUNS = String.raw`claims?|reports?|allegations?|suggestions?|accusations?`;
const DENY = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|declin(?:e|es|ed|ing) to|(?:vot|turn)(?:e|es|ed|ing|s)?\s+down|rul(?:e|es|ed|ing)\s+out|(?:has|have|had)\s+no\s+(?:plans?\s+to|intention\s+of))\b(?:\s+(?:the\s+)?(?:${CLAIM_NOUNS})\b)?(?:\s+that\b)?`,
  'i',
);
/** Before a verb of denial in "-ed", a passive: "was dismissed because she was pregnant", "was denied entry" deny no claim ("are denying" does). */
const PASSIVE = /\b(?:was|were|been|being|is|are|be|got|gets|get)\s+(?:[\p{L}]+ly\s+)?$/iu;
/** The first denial of a text, unless it is a passive (then none: a later one is read no more than before). */
function denialIn(text: string): RegExpExecArray | null {
  const match = DENY.exec(text);
  const passive = match && /^\p{L}+ed\b/u.test(match[0]) && PASSIVE.test(text.slice(Math.max(0, match.index - 30), match.index));
  return passive ? null : match;
}
/** A stance for it: "acknowledged that", "admitted", "confirmed", "managed to", and plain reporting ("said"). */
const AFFIRM =
  /\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|conced(?:e|es|ed|ing)|manag(?:e|es|ed|ing) to|succeed(?:s|ed|ing)? in|agree(?:s|d|ing)? to|sa(?:y|ys|id)|stated|announced|revealed)\b(?:\s+that\b)?/i;
/** Denials that are implicatives: the verb that follows did not happen ("failed to agree", "refused to pay"). */
export const IMPLICATIVE = /\bto$/i;
/** A modal that makes a statement hypothetical. */
const HYPOTHETICAL = /\b(?:would|could|might|may|should)\b/i;
/** A denied act: the gerund right after the denial ("denied sending", "deny shooting down"). */
const GERUND = /^\s*(\p{L}+ing)\b/u;
/** Where a denied proposition's object ends: a preposition of place, time or manner after it. */
const ADJUNCT = /\b(?:in|on|at|over|near|during|after|before|since|across|outside|inside|around|by|amid|despite|while|when|(?:this|next|last)\s+(?:summer|winter|spring|autumn|year|month|week|weekend|season))\b/i;
/** Nouns that frame a proposal rather than say what it is ("rejected the proposal to lower the voting age"). */
const PROPOSAL: ReadonlySet<string> = new Set(['proposal', 'proposals', 'plan', 'plans', 'bill', 'motion', 'measure', 'bid', 'move', 'idea', 'call', 'calls', 'request', 'offer']);
/**
 * The denied words (the denier's from the denial's end on) up to the first adjunct ("passenger plane", not "over
 * eastern region"), without the nouns that only frame a proposal.
 */
function coreWords(denier: string, from: number, denied: readonly LemmaWord[]): readonly LemmaWord[] {
  const cut = ADJUNCT.exec(denier.slice(from));
  if (!cut) return denied;
  const end = from + cut.index;
  const core = denied.filter((word) => word.span.end <= end);
  const framed = core.filter((word) => !PROPOSAL.has(word.lower));
  // Only a proposal's noun before the adjunct ("rejected the proposal by 58 percent to 42 percent"): that noun.
  return framed.length > 0 ? framed : core.length > 0 ? core : denied;
}
/** An infinitive of purpose before a verb ("was paid to", "in order to", "plans to"): the act not told as done. */
const PURPOSE = /\b(?:paid|hired|sent|asked|told|ordered|expected|designed|meant|intended|planned|plans?|hopes?|hoped|wants?|wanted|tried|tries|trying|seeks?|sought|aims?|aimed|supposed|in\s+order)\s+(?:[\p{L}\p{N}$'’.,-]+\s+){0,12}?to\s+$/iu;
/** Denials that are decisions against a proposal, not disputes of a fact. */
const DECIDE_AGAINST = /^(?:reject|rebuff|dismiss|refus|declin|vot|turn)/i;
/**
 * A decision against a proposal ("rejected", "voted down"), not an implicative: against a plain statement, the
 * other side must tell the decision for it ("approved", "passed"); "The council voted on a plan to ban cars"
 * does not contradict "City council votes down plan to ban cars".
 */
const REJECT = /^(?:reject|rebuff|vot|turn)/i;
/** A denial of a plan or an intention ("has no plans to", "had no intention of"). */
const NO_PLANS = /\bno\s+(?:plans?|intention)\b/i;
/** A rejection of a claim ("rejected reports that"), a dispute of a fact rather than a decision. */
const DISPUTE = new RegExp(String.raw`\b(?:${CLAIM_NOUNS}|that)$`, 'i');
const APPROVE = /\b(?:approv|pass(?:es|ed|ing)?\b|adopt|accept|back(?:s|ed|ing)\b|endors|ratif|sign(?:s|ed|ing)?\b|grant|green-?light|vot(?:e|es|ed|ing)\s+(?:for|in\s+favou?r))/i;
/**
 * A proposal's failure, reported plainly ("failed", "was voted down"; not "failed to", a denial itself), or its
 * bringer's loss ("The court dismissed the opposition's challenge" / "The opposition lost its court challenge").
 */
const FAILED = /\b(?:fail(?:s|ed)?\b(?!\s+to\b)|lost|loses|defeated|blocked|vetoed|voted down|struck down|scrapped|shelved|abandoned|withdrawn)\b/i;
/** Words of the proposition the two sides must share, and their share of the smaller side. */
export const STANCE_MIN_SHARED = 2;
export const STANCE_MIN_SHARE = 0.5;
/**
 * Share of the words of a claim called false that the other side must state: the false part may be the one
 * it leaves out ("Story of a man who won the lottery twice in one week turns out to be fabricated" / "A man
 * won the lottery last week").
 */
export const FALSITY_MIN_COVER = 0.75;

/** One side denies (refuses, failed to) what the other affirms or simply states. */
export interface StanceFinding {
  readonly kind: 'stance';
  /** The side that denies. */
  readonly side: Side;
  readonly denial: Evidence;
  /** The other side's affirming verb, when it has one ("acknowledged"); absent for a plain statement. */
  readonly affirmation?: Evidence;
  /** Share of the denied proposition's content words that the other statement states. */
  readonly overlap: number;
}

/**
 * A denial on one side only, against a side without negation ("did not confirm" or "no one admitted" is not
 * an affirmation): the stance check's cue, before it compares the two propositions.
 */
export function oneSidedDenial(first: string, second: string): { side: Side; denier: string; other: string; denial: RegExpExecArray } | undefined {
  const a = denialIn(first);
  const b = denialIn(second);
  if ((a === null) === (b === null)) return undefined;
  const [side, denier, other, denial] = a ? (['first', first, second, a] as const) : (['second', second, first, b!] as const);
  if (negationCues(other).length > 0 || FALSITY_WORD.test(other)) return undefined;
  // A story dismissed by the words that name it ("dismisses newspaper purchase story"): the falsity check's.
  if (DISMISSED_STORY.exec(denier)?.index === denial.index) return undefined;
  // A decision against a proposal agrees with a report that it failed: "Senate rejects minimum wage increase" /
  // "The minimum wage increase failed in the Senate".
  if (DECIDE_AGAINST.test(denial[0]) && FAILED.test(other)) return undefined;
  return { side, denier, other, denial };
}

/** The content words of what a denial denies: "denied sending any drones to Russia" -> sending, drones, Russia. */
export function deniedWords({ denier, denial }: { denier: string; denial: RegExpExecArray }) {
  return propositionWords(denier, denial.index + denial[0].length, denier.length, true);
}

/**
 * "Iranian officials denied sending any drones to Russia" against "the minister acknowledged that his
 * country gave drones to Russia": a denial on one side only, of a proposition the other side affirms.
 */
export function stanceFindings(first: string, second: string): StanceFinding[] {
  const one = oneSidedDenial(first, second);
  if (!one) {
    const falsity = falsityFindings(first, second);
    return falsity.length > 0 ? falsity : forAgainstFindings(first, second);
  }
  const { side, other, denial } = one;
  // Two subjects: statements (or paragraphs) opening with names neither text has ("Doering returned to All Japan
  // Pro Wrestling ... refused to" / "Cash made his wrestling debut in 1973").
  if (otherSubjects(one.denier, 0, other, 0, true)) return [];
  const denied = deniedWords(one);
  const affirm = AFFIRM.exec(other);
  // A decision against a proposal set against the decision for it: who decided counts too ("Voters in the
  // referendum rejected the proposal" / "A majority of voters backed the proposal in the referendum").
  const decided = !affirm && REJECT.test(denial[0]) && !DISPUTE.test(denial[0]) && APPROVE.test(other);
  // So does who has no plans to do a thing of one word ("The actor ... has no plans to retire" / "The actor announced his retirement").
  const planned = NO_PLANS.test(denial[0]) && denied.length < STANCE_MIN_SHARED;
  const compared = decided || planned ? [...propositionWords(one.denier, sentenceAt(one.denier, denial.index)?.span.start ?? 0, denial.index, true), ...denied] : denied;
  if (compared.length < STANCE_MIN_SHARED) return [];
  const stated = propositionWords(other, affirm ? affirm.index + affirm[0].length : 0, other.length, true);
  // (Who has no plans may be named before the other side's verb: "The actor announced his retirement".)
  const { shared, share } = propositionOverlap(compared, planned ? propositionWords(other, 0, other.length, true) : stated);
  if (shared < STANCE_MIN_SHARED || share < STANCE_MIN_SHARE) return [];
  // The thing denied must be the thing stated: "denied sending drones" / "said it sent food aid" differ in
  // their object, whatever else they share. The object, not the place or time after it: "deny shooting down
  // passenger plane over eastern region" / "admitted they shot down the passenger plane".
  const from = denial.index + denial[0].length;
  if (!sameObject(coreWords(one.denier, from, denied), stated)) return [];
  if (!affirm) {
    // Against a plain statement: a decision against a proposal must meet the decision for it (`REJECT`).
    if (REJECT.test(denial[0]) && !DISPUTE.test(denial[0]) && !APPROVE.test(other)) return [];
    // The statement states a fact, not what would or might be ("The proposal would have lowered the voting age").
    if (HYPOTHETICAL.test(other)) return [];
    // A denied act ("deny shooting down ...") must be that act: "A passenger plane came down over the eastern
    // region" is not "shooting down" the plane.
    const act = GERUND.exec(one.denier.slice(from));
    if (act && !stated.some((word) => word.lower === act[1]!.toLowerCase() || sameWord(denied[0]!, word))) return [];
  }
  // What did not happen is the implicative's verb, and the other side must state it: "failed to agree on farm
  // subsidies" / "reached an agreement on farm subsidies", not "farm subsidies were discussed".
  // (Stated as done, not as a purpose: "Boeing was paid to place a satellite into orbit" tells no placing.)
  if (IMPLICATIVE.test(denial[0]) && !stated.some((word) => sameWord(denied[0]!, word) && !PURPOSE.test(other.slice(Math.max(0, word.span.start - 60), word.span.start)))) return [];
  return [{ kind: 'stance', side, denial: matchEvidence(denial), ...(affirm ? { affirmation: matchEvidence(affirm) } : {}), overlap: share }];
}

/** A claim called false in one statement only: that side, its text and cue, and the other statement. */
function oneSidedFalsity(first: string, second: string): { side: Side; text: string; cue: FalsityCue; other: string } | undefined {
  const a = falsityCue(first);
  const b = falsityCue(second);
  if ((a === undefined) === (b === undefined)) return undefined;
  return a ? { side: 'first', text: first, cue: a, other: second } : { side: 'second', text: second, cue: b!, other: first };
}

/** A word told as a report's or rumour's ("reports of a gunman", "rumours that the band will split"). */
const REPORTED_BEFORE = /\b(?:rumou?rs?|reports?|claims?|stor(?:y|ies)|speculation|talk)\s+(?:of|that|about)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** The nouns of a story, not what it is about ("rumours of illness": "illness"). */
const STORY_NOUN = /^(?:rumou?rs?|reports?|claims?|stor(?:y|ies)|speculation|talk|gossip|allegations?)$/;

/**
 * "Reports that the singer died in a car crash are a hoax" against "The singer was killed in a car crash": a
 * claim called false on one side (falsity.ts), stated on the other, which neither denies nor calls anything
 * false itself ("The singer's death hoax spread online").
 */
export function falsityFindings(first: string, second: string): StanceFinding[] {
  const one = oneSidedFalsity(first, second);
  if (!one) return [];
  const { side, text, cue, other } = one;
  if (FALSITY_WORD.test(other) || negationCues(other).length > 0) return [];
  const claimed = propositionWords(text, cue.claim.start, cue.claim.end, true);
  if (claimed.length === 0) return [];
  const affirm = AFFIRM.exec(other);
  const stated = propositionWords(other, affirm ? affirm.index + affirm[0].length : 0, other.length, true);
  const said = (word: LemmaWord) => stated.some((o) => sameWord(word, o));
  let share: number;
  if (claimed.length < STANCE_MIN_SHARED) {
    // A headline's claim of one word ("Band rubbishes split rumours", "rumours of illness false"): the word said
    // on the other side, and whose it is, a word of the rest of the headline ("band", "president").
    // (Of the cue's sentence: a paragraph's other sentences are not the headline's.)
    const sentence = sentenceAt(text, cue.cue.span.start)?.span ?? { start: 0, end: text.length };
    const rest = propositionWords(text, sentence.start, sentence.end, true).filter((word) => !within(word.span, cue.claim) && !within(word.span, cue.cue.span) && !STORY_NOUN.test(word.lower));
    // Said, not only reported ("after reports of a gunman" tells of the report).
    const statedPlainly = (word: LemmaWord) => stated.some((o) => sameWord(word, o) && !REPORTED_BEFORE.test(other.slice(Math.max(0, o.span.start - 60), o.span.start)));
    if (!claimed.every(statedPlainly) || !rest.some(said)) return [];
    share = 1;
  } else {
    const found = propositionOverlap(claimed, stated);
    if (found.shared < STANCE_MIN_SHARED || found.share < STANCE_MIN_SHARE || found.shared < FALSITY_MIN_COVER * claimed.length) return [];
    share = found.share;
  }
  // The same claim: its things and its names ("will close its factory in Kherson" is another claim than "...
  // in Kyiv"), and no opposite of its words, which agrees with calling it false ("Claims that exports fell are
  // false" / "Exports rose"; "will close" / "will keep ... open").
  if (!sameObject(claimed, stated) || !claimed.every((word) => !word.proper || said(word))) return [];
  const claimText = text.slice(cue.claim.start, cue.claim.end);
  if (antonymFindings(claimText, other).length > 0 || directionFindings(claimText, other).length > 0) return [];
  return [{ kind: 'stance', side, denial: cue.cue, ...(affirm ? { affirmation: matchEvidence(affirm) } : {}), overlap: share }];
}

/**
 * A stance for or against something, after a verb of voting, arguing or campaigning, or a copula: "voted for
 * the bill", "was in favour of the deal", "argued against the war". The verb and "for" / "against" are
 * captured; the subject is what comes before, the object what follows.
 */
const FOR_AGAINST =
  /\b(vot(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|spok(?:e|en)|speaks?|came out|comes? out|is|are|was|were|am|been|be)\s+(for|in favou?r of|in support of|against|in opposition to)\s+/i;
const AGAINST = /^(?:against|in opposition to)$/i;
/** The verb's class: votes and arguments compare with their own kind, a copula with a copula. */
const verbClass = ({ match, opinion }: ForAgainst) => (opinion ? 'opinion' : /^vot/i.test(match[1]!) ? 'vote' : /^(?:is|are|was|were|am|been|be)$/i.test(match[1]!) ? 'be' : 'argue');
/**
 * A verb that is itself a stance for or against its object: "supported the war", "backed the deal", "opposed
 * the plan". Its class, an opinion, compares with every other: a copula's or an argument's ("was against the war" /
 * "supported the war") and a vote's ("The senator voted against the infrastructure bill" / "The senator supported
 * the infrastructure bill").
 */
const SUPPORT_VERB = /\b(support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|endors(?:e|es|ed|ing)|oppos(?:e|es|ed|ing))\s+/i;
const OPPOSE = /^oppos/i;
const compatible = (x: string, y: string) => x === y || x === 'opinion' || y === 'opinion';

interface ForAgainst {
  readonly match: RegExpExecArray;
  readonly against: boolean;
  /** Matched by a verb of support or opposition (`SUPPORT_VERB`), not by "for" / "against". */
  readonly opinion: boolean;
  /** The last word before the verb, lowercased ("senator", "i"): who takes the stance. */
  readonly subject: string;
  /** The first two content words after "for" / "against", stemmed: what it is taken on ("the war in Iraq" -> war, iraq). */
  readonly objects: readonly [string, ...string[]];
}

/** Words between the subject and a verb of stance that are not the subject ("I have always voted for"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'always', 'also', 'then', 'now', 'openly', 'publicly', 'strongly']);

function forAgainst(text: string): ForAgainst | undefined {
  const forOrAgainst = FOR_AGAINST.exec(text);
  const match = forOrAgainst ?? SUPPORT_VERB.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const subject = before.filter((word) => !AUXILIARIES.has(word)).at(-1);
  const after = text.slice(match.index + match[0].length).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const objects = after.filter((word) => !isStopword(word)).slice(0, 2).map((word) => stemmer(word));
  if (!subject || objects.length === 0) return undefined;
  const opinion = forOrAgainst === null;
  return { match, against: opinion ? OPPOSE.test(match[1]!) : AGAINST.test(match[2]!), opinion, subject, objects: objects as [string, ...string[]] };
}

/**
 * "I voted for the bill" / "I voted against the bill", "The senator was in favour of the trade deal" / "The
 * senator was against the trade deal": one stance for and one against, by the same subject with the same
 * kind of verb, on the same thing, neither side negated. Reported as a stance reversal, the "against" side
 * as the denial.
 */
export function forAgainstFindings(first: string, second: string): StanceFinding[] {
  const a = forAgainst(first);
  if (!a) return [];
  const b = forAgainst(second);
  if (!b || a.against === b.against || a.subject !== b.subject) return [];
  // The same thing, its words in either order ("the war in Iraq" / "the Iraq war").
  if (a.objects[0] !== b.objects[0] && !(b.objects.includes(a.objects[0]) && a.objects.includes(b.objects[0]))) return [];
  if (!compatible(verbClass(a), verbClass(b))) return [];
  if (negationCues(first).length > 0 || negationCues(second).length > 0) return [];
  const [side, denial, affirmation] = a.against ? (['first', a, b] as const) : (['second', b, a] as const);
  // The two say mostly the same besides: "I voted for the bill" / "I voted against the bill in March".
  const share = overlap(contentStems(first), contentStems(second));
  if (share < STANCE_MIN_SHARE) return [];
  return [{ kind: 'stance', side, denial: matchEvidence(denial.match), affirmation: matchEvidence(affirmation.match), overlap: share }];
}

/**
 * Guard: a claim called false on one side, denied, turned to its opposite or called false again on the other:
 * the two agree ("Police debunk rumours that a gunman opened fire at the mall" / "Police said there was no
 * shooting at the mall"; "Claims that exports fell are false" / "Exports rose"). The NLI model reads the
 * claim's words against the other side's negation or opposite as a contradiction.
 */
export interface FalsityAgreementFinding {
  readonly kind: 'falsity-agreement';
  /** The side that calls the claim false. */
  readonly side: Side;
  readonly cue: Evidence;
  /** How the other side agrees: it denies the claim, says its opposite, or calls it false too. */
  readonly agreement: 'negation' | 'opposite' | 'falsity';
}

export function falsityAgreementFindings(first: string, second: string): FalsityAgreementFinding[] {
  const one = oneSidedFalsity(first, second);
  if (!one) return [];
  const { side, text, cue, other } = one;
  const claimText = text.slice(cue.claim.start, cue.claim.end);
  const denies = negationCues(other).length > 0;
  // A falsity denied ("I never said that climate change was a hoax" / "I said climate change was a hoax").
  if (denies && FALSITY_WORD.test(other)) return [];
  const agreement = FALSITY_WORD.test(other)
    ? 'falsity'
    : denies
      ? 'negation'
      : antonymFindings(claimText, other).length > 0 || directionFindings(claimText, other).length > 0
        ? 'opposite'
        : undefined;
  if (!agreement) return [];
  // The other side's words without its negation ("no shooting at the mall": shooting, mall).
  const cues = negationCues(other);
  const otherWords = propositionWords(other).filter((word) => !cues.some((c) => within(word.span, c.span)));
  const { shared, share } = propositionOverlap(propositionWords(text, cue.claim.start, cue.claim.end), otherWords);
  if (shared < STANCE_MIN_SHARED || share < STANCE_MIN_SHARE) return [];
  return [{ kind: 'falsity-agreement', side, cue: cue.cue, agreement }];
}

export const falsityAgreementCheck = defineCheck({
  kind: 'falsity-agreement',
  feature: 'falsity_agreement',
  role: 'guard',
  run: (first, second) => falsityAgreementFindings(first.text, second.text),
  describe: (reason: FalsityAgreementFinding) =>
    `"${reason.cue.text}" in the ${reason.side} statement, and the other ${reason.agreement === 'negation' ? 'denies the claim' : reason.agreement === 'opposite' ? 'says its opposite' : 'calls it false too'}: the two agree`,
  evidence: (reason: FalsityAgreementFinding) => bySide(reason.side, [reason.cue]),
});

export const stanceCheck = defineCheck({
  kind: 'stance',
  feature: 'stance',
  role: 'finding',
  run: (first, second) => stanceFindings(first.text, second.text),
  describe: (reason: StanceFinding) =>
    `stance reversed: "${reason.denial.text}" in the ${reason.side} statement` +
    (reason.affirmation ? ` against "${reason.affirmation.text}"` : ' against a plain statement of it'),
  evidence: (reason: StanceFinding) => bySide(reason.side, [reason.denial], [reason.affirmation]),
});
