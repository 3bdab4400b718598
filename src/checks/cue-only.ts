import { bySide, defineCheck } from './check.js';
import { matchEvidence, type Evidence, type Side } from './finding.js';
import { looseLemmaWords } from './lemmas.js';
import { negationFindings } from './negation.js';
import { noneFindings, noneMentions } from './none.js';
import { ordered, orderFindings } from './order.js';
import { propositionWords, sameWord } from './proposition.js';
import { deniedWords, IMPLICATIVE, oneSidedDenial, STANCE_MIN_SHARED, stanceFindings } from './stance.js';
import { antonymFindings } from './antonyms.js';
import { directionFindings, separateChanges } from './direction.js';
import { readDirections } from '../statements/words.js';

/**
 * The cue of a contradiction without its substance: "before" against "after", a denial against a plain
 * statement, "no drones" against "drones", or a rise against a fall, where the event-order, stance,
 * none-vs-some or direction check found that the two statements are not about the same event ("No missiles were used in the attack on Lviv" /
 * "Missiles were seen over France"). The NLI model tends to read the cue alone as a contradiction; this
 * guard lets the score weigh that down.
 */
export interface CueOnlyFinding {
  readonly kind: 'cue-only';
  /** The check whose cue is there and whose test failed. */
  readonly cue: 'event-order' | 'stance' | 'none-vs-some' | 'direction';
  /** The side with the cue ("before", "denied", "no drones"); for event order, the first statement. */
  readonly side: Side;
  readonly evidence: Evidence;
}

/** Words besides the absent thing that the none side must say for its event to be told from the other's. */
const NONE_CUE_MIN_WORDS = 2;

function orderCue(first: string, second: string): CueOnlyFinding | undefined {
  const a = ordered(first);
  if (!a) return undefined;
  const b = ordered(second);
  if (!b || a.relation === b.relation) return undefined;
  return { kind: 'cue-only', cue: 'event-order', side: 'first', evidence: a.marker };
}

function stanceCue(first: string, second: string): CueOnlyFinding | undefined {
  const one = oneSidedDenial(first, second);
  // Too few words denied for the stance check to compare ("Regulators rejected the drug" / "The drug was
  // approved"): nothing says the two are about different things.
  if (!one || deniedWords(one).length < STANCE_MIN_SHARED) return undefined;
  // An implicative ("failed to chart") whose verb the other side does not state may be about the same event in
  // other words ("reached number one"): nothing says the two events differ.
  if (IMPLICATIVE.test(one.denial[0])) return undefined;
  return { kind: 'cue-only', cue: 'stance', side: one.side, evidence: matchEvidence(one.denial) };
}

function noneCue(first: string, second: string): CueOnlyFinding | undefined {
  for (const [side, none, other] of [['first', first, second], ['second', second, first]] as const) {
    const mentions = noneMentions(none);
    if (mentions.length === 0) continue;
    const noneWords = looseLemmaWords(none);
    const otherWords = looseLemmaWords(other);
    // The thing said to be absent is named on the other side ("no missiles" / "missiles were seen").
    // The heads of what the other side says none of too ("Tom had no options left" / "Tom had no easy options left"): no cue.
    const otherNone = noneMentions(other).flatMap(({ head }) => otherWords.filter((o) => o.span.start === head.span.start));
    const named = mentions.find(({ head }) => {
      const word = noneWords.find((w) => w.span.start === head.span.start);
      return word !== undefined && otherWords.some((o) => sameWord(o, word)) && !otherNone.some((o) => sameWord(o, word));
    });
    if (!named) continue;
    // Too little said besides the thing to tell two events apart ("No arrests have been made" / "Police
    // arrested two suspects").
    const rest = propositionWords(none).filter((word) => word.span.end <= named.cue.span.start || word.span.start >= named.head.span.end);
    if (rest.length >= NONE_CUE_MIN_WORDS) {
      // From the cue to the thing: "No drones", not the match's trailing words ("No drones were used").
      const span = { start: named.cue.span.start, end: named.head.span.end };
      return { kind: 'cue-only', cue: 'none-vs-some', side, evidence: { text: none.slice(span.start, span.end), span } };
    }
  }
  return undefined;
}

// "House prices in Chile jumped" / "House prices in Iran decreased": opposite changes placed apart.
function directionCue(first: string, second: string): CueOnlyFinding | undefined {
  const found = separateChanges(first, second);
  if (!found) return undefined;
  return { kind: 'cue-only', cue: 'direction', side: 'first', evidence: { text: found[0].text, span: found[0].span } };
}

/**
 * At most one finding per cue, and none where any of the three checks found its contradiction (a pair with
 * a stance reversal may also have "denied sending any drones" against "drones"), or the negation check did.
 * Cheap regular expressions rule out most pairs before any lemma is read.
 */
export function cueOnlyFindings(first: string, second: string): CueOnlyFinding[] {
  const cues = [orderCue(first, second), stanceCue(first, second), noneCue(first, second), directionCue(first, second)].filter((f): f is CueOnlyFinding => f !== undefined);
  if (cues.length === 0) return [];
  // Any of the three, whether its own cue is here or not ("denied ... any drones" is a none cue too), or the
  // negation check, which found one claim on both sides, negated on one: "Minister refuses to resign" / "The
  // minister resigned on Monday" (too few words after "refuses to" for the stance check to compare).
  if (orderFindings(first, second).length > 0 || stanceFindings(first, second).length > 0 || noneFindings(first, second).length > 0) return [];
  if (negationFindings(first, second).length > 0 || directionFindings(first, second).length > 0) return [];
  // Or opposite words, which are substance of their own: "Rebels deny shooting down passenger plane" / "Rebels
  // admitted they shot down the passenger plane"; "prices rose" / "prices fell" placed apart.
  if (antonymFindings(first, second).length > 0) return [];
  return cues;
}

export const cueOnlyCheck = defineCheck({
  kind: 'cue-only',
  feature: 'cue_only',
  role: 'guard',
  // Between statements of similar length only: an article against a claim is full of "before" and "no"
  // that have nothing to do with the claim (on SummEdits-news, articles against summaries, the guard cut
  // the AUC from 0.641 to 0.594).
  run: (first, second) => (readDirections(first.text, second.text) === 'both' ? cueOnlyFindings(first.text, second.text) : []),
  describe: (reason: CueOnlyFinding) => `"${reason.evidence.text}" in the ${reason.side} statement, but the two are not about the same event (${reason.cue} check)`,
  evidence: (reason: CueOnlyFinding) => bySide(reason.side, [reason.evidence]),
});
