import type { Reason } from '../checks/finding.js';
import type { Calibration, LogisticModel } from './calibration.js';
import { FINDING_FEATURES, GUARD_FEATURES, pairFeatures, type FeatureName } from './features.js';
import { readDirections } from '../statements/words.js';

/**
 * One score in [0, 1] per pair. With the model's calibration, a logistic model over the NLI
 * probabilities (both directions) and, with checks on, the findings: fitted so that a score of 0.8 means
 * about 80 % of such pairs were contradictions in its fitting data. Without one, the mean contradiction
 * probability of the two directions.
 */
export function scorePair(reasons: readonly Reason[], checks: boolean, calibration: Calibration | undefined, { floors = true }: { floors?: boolean } = {}): number {
  const nli = reasons.find((reason) => reason.kind === 'nli');
  if (!calibration) return nli ? nli.contradiction : 0;
  const model = checks ? calibration.withChecks : calibration.withoutChecks;
  const features = pairFeatures(reasons);
  const score = logisticScore(model, features);
  return checks && floors && calibration.floors ? withFloor(score, features, calibration.floors) : score;
}

/**
 * Whether a pair's findings may raise its score to their precision (`withFloor`): not between two texts of
 * several sentences each and of similar length (an article against its summary keeps it). The precision is measured on pairs of sentences about one scene or claim; between two
 * paragraphs the checks read sentences apart, and a finding there is a false alarm far more often: on 6,000
 * Wikipedia paragraphs mined in one pile, floors for every pair reported 9,743 pairs against 7,635 without.
 */
export function mayFloor(first: string, second: string): boolean {
  return !(SEVERAL_SENTENCES.test(first.trim()) && SEVERAL_SENTENCES.test(second.trim()) && readDirections(first, second) === 'both');
}
const SEVERAL_SENTENCES = /[.!?]["'”’)]*\s+\S/;

/** A logistic model's score of one pair's features. */
export function logisticScore(model: LogisticModel, features: Record<FeatureName, number>): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * features[name];
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * The score with its findings' precision (`Calibration.floors`): 1 - (1 - score)(1 - p), p the highest
 * precision among the pair's findings. A pair with a guard, or without findings, keeps its score. The
 * logistic model weighs a finding by what it adds to the NLI model on the fitting data, which is little where
 * the model already saw most of those contradictions; a pair the model reads as consistent and a check as a
 * contradiction ("Nobody was injured when the roof collapsed" / "Several people were hurt") then scored low.
 */
export function withFloor(score: number, features: Record<FeatureName, number>, floors: Readonly<Record<string, number>>): number {
  if (GUARD_FEATURES.some((name) => features[name] > 0)) return score;
  const precision = Math.max(0, ...FINDING_FEATURES.filter((name) => features[name] > 0).map((name) => floors[name] ?? 0));
  return 1 - (1 - score) * (1 - precision);
}
