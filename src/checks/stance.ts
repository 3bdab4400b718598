import { bySide, defineCheck } from './check.js';
import { matchEvidence, type Evidence, type Side } from './finding.js';
import { negationCues } from './negation.js';
import { propositionOverlap, propositionWords, sameObject } from './proposition.js';

/**
 * A stance taken against a proposition: "denied sending drones", "rejected claims that", "refused to",
 * "failed to" (implicatives: the thing did not happen).
 */
const DENY =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|declin(?:e|es|ed|ing) to)\b(?:\s+(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?)\b)?(?:\s+that\b)?/i;
/** A stance for it: "acknowledged that", "admitted", "confirmed", "managed to", and plain reporting ("said"). */
const AFFIRM =
  /\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|conced(?:e|es|ed|ing)|manag(?:e|es|ed|ing) to|succeed(?:s|ed|ing)? in|agree(?:s|d|ing)? to|sa(?:y|ys|id)|stated|announced|revealed)\b(?:\s+that\b)?/i;
/** Denials that are decisions against a proposal, not disputes of a fact. */
const DECIDE_AGAINST = /^(?:reject|rebuff|dismiss|refus|declin)/i;
/** A proposal's failure, reported plainly ("failed", "was voted down"; not "failed to", a denial itself). */
const FAILED = /\b(?:fail(?:s|ed)?\b(?!\s+to\b)|defeated|blocked|vetoed|voted down|struck down|scrapped|shelved|abandoned|withdrawn)\b/i;
/** Words of the proposition the two sides must share, and their share of the smaller side. */
export const STANCE_MIN_SHARED = 2;
export const STANCE_MIN_SHARE = 0.5;

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
  const a = DENY.exec(first);
  const b = DENY.exec(second);
  if ((a === null) === (b === null)) return undefined;
  const [side, denier, other, denial] = a ? (['first', first, second, a] as const) : (['second', second, first, b!] as const);
  if (negationCues(other).length > 0) return undefined;
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
  if (!one) return [];
  const { side, other, denial } = one;
  const denied = deniedWords(one);
  if (denied.length < STANCE_MIN_SHARED) return [];
  const affirm = AFFIRM.exec(other);
  const stated = propositionWords(other, affirm ? affirm.index + affirm[0].length : 0, other.length, true);
  const { shared, share } = propositionOverlap(denied, stated);
  if (shared < STANCE_MIN_SHARED || share < STANCE_MIN_SHARE) return [];
  // The thing denied must be the thing stated: "denied sending drones" / "said it sent food aid" differ in
  // their object, whatever else they share.
  if (!sameObject(denied, stated)) return [];
  return [{ kind: 'stance', side, denial: matchEvidence(denial), ...(affirm ? { affirmation: matchEvidence(affirm) } : {}), overlap: share }];
}

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
