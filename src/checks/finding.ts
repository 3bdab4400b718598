import type { Evidence } from '../statements/statement.js';
import type { CheckReason } from './registry.js';

export type { Evidence };

/** A regex match as evidence: its text and span. */
export function matchEvidence(match: RegExpExecArray): Evidence {
  return { text: match[0], span: { start: match.index, end: match.index + match[0].length } };
}

/** Whether a span lies wholly inside another (a word inside a negation cue, a word inside a claim). */
export function within(inner: { readonly start: number; readonly end: number }, outer: { readonly start: number; readonly end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Which statement of a pair a piece of evidence is in. */
export type Side = 'first' | 'second';


/** A number with its hedge and unit, read from a statement ("at least 10 drones per day"). */
export interface Quantity extends Evidence {
  readonly value: number;
  /** The range the hedge allows: "at least 10" is [10, Infinity], "about 10" is [9, 11]. */
  readonly low: number;
  readonly high: number;
  readonly hedge?: string;
  /** The counted thing, stemmed ("drone"), when one follows the number. */
  readonly unit?: string;
}

/** A date or time read from a statement, resolved against the statement's own `date` when relative. */
export interface DateMention extends Evidence {
  /** ISO start and end of the period the text names. */
  readonly start: string;
  readonly end: string;
}

/**
 * One direction's probabilities (of the window pair with the highest contradiction, when a text was longer
 * than the model's window), and then `entailmentMax`: the highest entailment of any window.
 */
export interface DirectionProbabilities {
  readonly entailment: number;
  readonly neutral: number;
  readonly contradiction: number;
  readonly entailmentMax?: number;
}

/** NLI model probabilities in both directions: first → second and second → first. */
export interface NliReason {
  readonly kind: 'nli';
  /** The contradiction probability the score reads: the mean of both directions, or the one direction of `reads`. */
  readonly contradiction: number;
  /**
   * `both` for statements of similar length; `forward` / `backward` when one text is at least twice as long
   * as the other and is read as the evidence (premise) for it. Absent means `both`.
   */
  readonly reads?: 'both' | 'forward' | 'backward';
  readonly forward: DirectionProbabilities;
  readonly backward: DirectionProbabilities;
}

export interface NumericMismatch {
  readonly kind: 'numeric-mismatch';
  readonly first: Quantity;
  readonly second: Quantity;
}

export interface DateMismatch {
  readonly kind: 'date-mismatch';
  readonly first: DateMention;
  readonly second: DateMention;
}

/** A negation cue on one side only of two otherwise aligned statements. */
export interface NegationFinding {
  readonly kind: 'negation';
  readonly side: Side;
  readonly cue: Evidence;
  /** Share of content words the two statements have in common (how aligned they are). */
  readonly overlap: number;
}

export interface AntonymFinding {
  readonly kind: 'antonym';
  readonly first: Evidence;
  readonly second: Evidence;
  /** The pair is one of the opposites of news language that WordNet lacks (`EXTRA_ANTONYMS`); its feature counts 2. */
  readonly curated?: true;
}

/**
 * One statement says something ended (a resignation, an arrest, a cancellation) and the other that the same
 * thing goes on ("remains in office", "is still at large", "will go ahead as planned").
 */
export interface EndedOngoingFinding {
  readonly kind: 'ended-ongoing';
  readonly first: Evidence;
  readonly second: Evidence;
  /** What ended ("left office", "caught", "called off"). */
  readonly ending: string;
  /** Whether the ending is in the first statement. */
  readonly endedFirst: boolean;
}

/** The same subject and attribute with two different values ("the CEO is Alice" / "the CEO is Bob"). */
export interface ValueMismatch {
  readonly kind: 'value-mismatch';
  readonly subject: string;
  readonly first: Evidence;
  readonly second: Evidence;
}

/** Guard: the two statements name different subjects or events, so a conflict is less likely real. */
export interface DifferentSubject {
  readonly kind: 'different-subject';
  readonly first: readonly string[];
  readonly second: readonly string[];
}

/** Guard: one statement updates or reverses the other (a time cue, or dates that differ). */
export interface UpdateFinding {
  readonly kind: 'update';
  readonly side?: Side;
  readonly cue?: Evidence;
  readonly dates?: { readonly first: string; readonly second: string };
}

/** A typed reason for (or against) a contradiction; the text of a report is rendered from these. */
export type Reason = NliReason | CheckReason;

export type ReasonKind = Reason['kind'];
