import type { Reason } from '../checks/finding.js';
import type { Calibration } from './calibration.js';
import { pairFeatures } from './features.js';

/**
 * One score in [0, 1] per pair. With the model's calibration, a logistic model over the NLI
 * probabilities (both directions) and, with checks on, the findings: fitted so that a score of 0.8 means
 * about 80 % of such pairs were contradictions in its fitting data. Without one, the mean contradiction
 * probability of the two directions.
 */
export function scorePair(reasons: readonly Reason[], checks: boolean, calibration: Calibration | undefined): number {
  const nli = reasons.find((reason) => reason.kind === 'nli');
  if (!calibration) return nli ? nli.contradiction : 0;
  const model = checks ? calibration.withChecks : calibration.withoutChecks;
  const features = pairFeatures(reasons);
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * features[name];
  });
  return 1 / (1 + Math.exp(-z));
}
