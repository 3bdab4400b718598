// The public data types of a run: what a report holds. Plain data, safe to serialise.
import type { Reason } from './checks/finding.js';
import type { NliProbabilities } from './nli/model.js';
import type { RunOptions } from './options.js';
import type { CalibrationInfo } from './scoring/calibration.js';
import type { DetectionInput, Span } from './statements/statement.js';

/** A statement as a report names it. */
export interface StatementRef {
  readonly id: string;
  readonly text: string;
  readonly span: Span;
  readonly source?: string;
  readonly speaker?: string;
  readonly date?: string;
  readonly documentId?: string;
}

/** Two statements that contradict each other (or one that updates the other). */
export interface Contradiction {
  /**
   * `contradiction`, or `update` when a time cue or the statements' dates say one revises the other; `none`
   * for a pair that scored below the threshold (only in `pairs`, with `includeAllPairs`).
   */
  readonly kind: 'contradiction' | 'update' | 'none';
  readonly first: StatementRef;
  readonly second: StatementRef;
  /** Calibrated contradiction score in [0, 1]. */
  readonly score: number;
  /** NLI probabilities with `first` as premise (forward) and with `second` as premise (backward). */
  readonly nli: { readonly forward: NliProbabilities; readonly backward: NliProbabilities };
  /** Topic similarity (TF-IDF cosine) that made them a candidate pair. */
  readonly similarity: number;
  /** Why: the NLI verdict and every finding of the checks, typed by `kind`. */
  readonly reasons: readonly Reason[];
}

/** Something the caller should know about a run; never printed by the library, always returned. */
export interface DetectionWarning {
  readonly code: 'pair-budget' | 'statement-windowed' | 'too-few-statements' | 'uncalibrated-model' | 'empty-document';
  readonly message: string;
}

export interface DetectionStats {
  readonly statements: number;
  /** Distinct pairs that topic blocking found on the same topic. */
  readonly candidatePairs: number;
  /** Pairs sent to the NLI model (both directions each), after the `maxPairs` budget. */
  readonly pairsScored: number;
  readonly contradictions: number;
  readonly durationMs: number;
  readonly timings: { readonly pairingMs: number; readonly scoringMs: number; readonly checksMs: number };
}

/** The result of a run. */
export interface DetectionReport {
  readonly contradictions: readonly Contradiction[];
  /** With `includeAllPairs`: every scored pair, contradiction or not, in the same shape. */
  readonly pairs?: readonly Contradiction[];
  readonly stats: DetectionStats;
  readonly warnings: readonly DetectionWarning[];
  readonly model: string;
  readonly threshold: number;
  readonly calibration: CalibrationInfo;
}

/** A pair to score with {@link Detector.scorePairs}. */
export interface ScorePairInput {
  readonly premise: string;
  readonly hypothesis: string;
}

/** The score of one given pair. */
export interface PairScore extends NliProbabilities {
  /** Calibrated contradiction score of the pair (both directions and the checks), in [0, 1]. */
  readonly score: number;
  /** `contradiction` when `score` reaches the threshold, else the likelier of entailment and neutral. */
  readonly label: 'contradiction' | 'entailment' | 'neutral';
  readonly reasons: readonly Reason[];
}

/** A loaded model with the pipeline around it. Reuse it for many calls; `dispose()` when done. */
export interface Detector {
  readonly modelId: string;
  /** The calibration in use (`method: 'none'` for an uncalibrated model). */
  readonly calibration: CalibrationInfo;
  detect(input: DetectionInput, options?: RunOptions): Promise<DetectionReport>;
  scorePairs(pairs: readonly ScorePairInput[], options?: Pick<RunOptions, 'threshold' | 'signal' | 'checks'>): Promise<PairScore[]>;
  dispose(): Promise<void>;
}
