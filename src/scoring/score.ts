import type { Reason } from '../checks/finding.js';
import calibration from './calibration.json' with { type: 'json' };

/** The inputs of the pair score, derived from the NLI probabilities and the findings of the checks. */
export const FEATURE_NAMES = [
  'nli_logit_mean',
  'nli_logit_max',
  'nli_entailment_max',
  'numeric_mismatch',
  'date_mismatch',
  'negation',
  'antonym',
  'value_mismatch',
  'different_subject',
  'update',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

interface LogisticModel {
  readonly features: readonly FeatureName[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** How scores are calibrated: fitted by `npm run calibrate` (bench/calibrate.mjs) on dev and stress pairs. */
export interface Calibration {
  readonly method: 'logistic' | 'none';
  readonly fittedOn?: string;
  /** Decision threshold chosen on the calibration data (best contradiction F1). */
  readonly threshold?: number;
  readonly withChecks?: LogisticModel;
  readonly withoutChecks?: LogisticModel;
}

const CALIBRATION = calibration as Calibration;
/**
 * The default decision threshold: the one `npm run calibrate` chose on the dev split and the stress
 * calibration suites (best contradiction F1); 0.5 before any calibration.
 */
export const CALIBRATED_THRESHOLD = CALIBRATION.threshold ?? 0.5;
// Keeps logits finite for probabilities of exactly 0 or 1.
const EPSILON = 1e-6;

function logit(p: number): number {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
}

/** Feature vector of one pair, in {@link FEATURE_NAMES} order. */
export function pairFeatures(reasons: readonly Reason[]): Record<FeatureName, number> {
  const nli = reasons.find((reason) => reason.kind === 'nli');
  const forward = nli?.forward.contradiction ?? 0;
  const backward = nli?.backward.contradiction ?? 0;
  const has = (kind: Reason['kind']) => (reasons.some((reason) => reason.kind === kind) ? 1 : 0);
  return {
    nli_logit_mean: logit((forward + backward) / 2),
    nli_logit_max: logit(Math.max(forward, backward)),
    nli_entailment_max: Math.max(nli?.forward.entailment ?? 0, nli?.backward.entailment ?? 0),
    numeric_mismatch: has('numeric-mismatch'),
    date_mismatch: has('date-mismatch'),
    negation: has('negation'),
    antonym: has('antonym'),
    value_mismatch: has('value-mismatch'),
    different_subject: has('different-subject'),
    update: has('update'),
  };
}

/**
 * One score in [0, 1] per pair. With a fitted calibration, a logistic model over the NLI probabilities
 * (both directions) and the findings, fitted so that a score of 0.8 means about 80 % of such pairs are
 * contradictions; without one, the mean contradiction probability of the two directions.
 */
export function scorePair(reasons: readonly Reason[], checks: boolean, table: Calibration = CALIBRATION): number {
  const model = checks ? table.withChecks : table.withoutChecks;
  const features = pairFeatures(reasons);
  if (table.method !== 'logistic' || model === undefined) {
    const nli = reasons.find((reason) => reason.kind === 'nli');
    return nli ? nli.contradiction : 0;
  }
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * features[name];
  });
  return 1 / (1 + Math.exp(-z));
}

/** Where the scores' calibration came from, for reports. */
export function calibrationInfo(): { method: Calibration['method']; fittedOn?: string } {
  return { method: CALIBRATION.method, ...(CALIBRATION.fittedOn ? { fittedOn: CALIBRATION.fittedOn } : {}) };
}
