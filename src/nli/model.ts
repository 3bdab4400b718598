import type { Calibration } from '../scoring/calibration.js';

/** One premise-hypothesis pair for an NLI model. */
export interface NliPair {
  readonly premise: string;
  readonly hypothesis: string;
}

/** The three NLI probabilities for one pair (they sum to 1). */
export interface NliProbabilities {
  readonly entailment: number;
  readonly neutral: number;
  readonly contradiction: number;
}

/** What an NLI model returns for one pair. */
export interface NliResult extends NliProbabilities {
  /**
   * How many window pairs were scored. 1 unless a statement was longer than the model's window, in which
   * case it was split (never truncated) and the window pair with the highest contradiction is reported.
   */
  readonly windows: number;
  /**
   * The highest entailment probability among the window pairs (the same as `entailment` for one window).
   * Evidence that entails a claim in one window does not contradict it in another. Optional for models
   * that do not window.
   */
  readonly entailmentMax?: number;
}

/** A request to classify pairs. */
export interface NliRequest {
  readonly pairs: readonly NliPair[];
  readonly signal?: AbortSignal;
  /** Called after each batch with the number of pairs finished so far. */
  readonly onProgress?: (done: number) => void;
}

/**
 * A natural-language-inference model: the pluggable part of the pipeline. The transformers.js backend
 * ({@link createTransformersNliModel}) implements it; so can a test double or a remote service.
 */
export interface NliModel {
  /** The model's path or id, for reports. */
  readonly modelId: string;
  /** The model's own label names, in id order (from its `config.json`). */
  readonly labels: readonly string[];
  /** Longest pair (in tokens, special tokens included) the model takes in one window. */
  readonly maxLength?: number;
  /**
   * The model's score calibration (`calibration.json` beside a model directory). Without one, pairs are
   * scored by their mean contradiction probability and reports carry an `uncalibrated-model` warning.
   */
  readonly calibration?: Calibration;
  classify(request: NliRequest): Promise<NliResult[]>;
  /** Release the model's resources (ONNX sessions). */
  dispose?(): Promise<void>;
}

/** Which of the model's label ids are contradiction, entailment and neutral. */
export interface LabelMapping {
  readonly contradiction: number;
  readonly entailment: number | undefined;
  readonly neutral: number | undefined;
  readonly labels: readonly string[];
}

/** Most output labels a classification model may declare (NLI models have two or three). */
export const MAX_LABELS = 1000;

/**
 * Read label ids from a model config's `id2label` (or `label2id`), in any case. Families differ
 * (cross-encoder/* put contradiction at 0, MoritzLaurer models at 2), so nothing is guessed: without a
 * contradiction label this throws, because a silent guess would invert every result.
 */
export function labelMappingFromConfig(config: {
  id2label?: Record<string | number, string>;
  label2id?: Record<string, number>;
}): LabelMapping {
  const byId = new Map<number, string>();
  // A label id is an index into the model's output: a small whole number (a hostile config's id 200000000
  // would otherwise make a 200-million-entry label list).
  const index = (id: unknown, field: string) => {
    const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : Number.NaN;
    if (!Number.isInteger(n) || n < 0 || n >= MAX_LABELS) throw new Error(`${field} has a label id that is not an output index from 0 to ${MAX_LABELS - 1}: ${JSON.stringify(id)}`);
    return n;
  };
  for (const [id, label] of Object.entries(config.id2label ?? {})) byId.set(index(id, 'id2label'), String(label));
  if (byId.size === 0) for (const [label, id] of Object.entries(config.label2id ?? {})) byId.set(index(id, 'label2id'), label);
  const size = byId.size === 0 ? 0 : Math.max(...byId.keys()) + 1;
  const labels = Array.from({ length: size }, (_, i) => byId.get(i) ?? `LABEL_${i}`);
  const find = (prefix: string) => {
    const index = labels.findIndex((label) => label.toLowerCase().startsWith(prefix));
    return index === -1 ? undefined : index;
  };
  const contradiction = find('contradict');
  if (contradiction === undefined) {
    throw new Error(`the model has no contradiction label (labels: ${labels.length ? labels.join(', ') : 'none'}); id2label must name one`);
  }
  return { contradiction, entailment: find('entail'), neutral: find('neutral'), labels };
}

/** Softmax of one row of logits, mapped to the three NLI labels. Labels a model lacks get 0. */
export function probabilitiesFromLogits(logits: ArrayLike<number>, mapping: LabelMapping): NliProbabilities {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] ?? -Infinity);
  const exps = Array.from(logits, (value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const at = (index: number | undefined) => (index === undefined ? 0 : (exps[index] ?? 0) / sum);
  return { contradiction: at(mapping.contradiction), entailment: at(mapping.entailment), neutral: at(mapping.neutral) };
}
