import type { Reason } from '../checks/finding.js';
import type { Detector, ScorePairInput } from '../types.js';
import type { Calibration, LogisticModel } from './calibration.js';
import { FEATURE_NAMES, FINDING_FEATURES, GUARD_FEATURES, NLI_FEATURE_NAMES, pairFeatures, type FeatureName } from './features.js';
import { logisticScore, withFloor } from './score.js';

/** One labelled pair for fitting: its reasons (NLI and, with checks, findings) and whether it contradicts. */
export interface LabelledReasons {
  readonly reasons: readonly Reason[];
  readonly contradiction: boolean;
  /**
   * A pair made to exercise the checks (a stress suite), not drawn from the text the score is for: it helps
   * fit the checks' weights, but not the NLI weights or the thresholds. @default false
   */
  readonly targeted?: boolean;
}

/** Pairs scored per call while collecting: bounded memory on any number of labelled pairs. */
const COLLECT_CHUNK = 512;

/** Score labelled pairs with a detector (checks as it is set) and keep what a fit needs: reasons and label. */
export async function collectLabelledReasons(detector: Detector, pairs: readonly (ScorePairInput & { contradiction: boolean })[]): Promise<LabelledReasons[]> {
  const rows: LabelledReasons[] = [];
  for (let i = 0; i < pairs.length; i += COLLECT_CHUNK) {
    const chunk = pairs.slice(i, i + COLLECT_CHUNK);
    const scored = await detector.scorePairs(chunk.map(({ premise, hypothesis }) => ({ premise, hypothesis })));
    scored.forEach((s, k) => rows.push({ reasons: s.reasons, contradiction: chunk[k]!.contradiction }));
  }
  return rows;
}

// L2 penalty on the standardised weights: keeps rare findings (a few dozen rows) from extreme weights.
const L2 = 1e-2;
const NEWTON_STEPS = 50;
/** Most halvings of one Newton step before the fit stops where it is. */
const MAX_HALVINGS = 30;
/**
 * The least default threshold: a reported pair is more likely than not a contradiction (at the base rate of
 * the fitting data). Below it the best-F1 threshold of NLI data (a third contradictions) reports about one
 * pair in three of a pile of statements on one subject: 13 "contradictions" among the 11 statements of
 * examples/drones.txt at 0.29.
 */
const MIN_THRESHOLD = 0.5;

/**
 * Fit a model's calibration in two stages.
 * 1. Checks off: a logistic regression over the NLI features, on the general (not `targeted`) rows.
 * 2. Checks on: the same NLI part as a fixed offset, plus one weight per check feature, fitted on all rows.
 *    A pair without findings scores exactly as with checks off, and rows made for the checks cannot pull
 *    the NLI weights away from what real text needs.
 * Each threshold is the one with the best contradiction F1 on the general rows, from `MIN_THRESHOLD` up.
 */
export function fitCalibration(rows: readonly LabelledReasons[], about: { model: string; fittedOn: string }): Calibration {
  if (rows.length === 0) throw new Error('no labelled pairs to fit a calibration on');
  const general = rows.filter((r) => !r.targeted);
  const positives = general.filter((r) => r.contradiction).length;
  if (positives === 0 || positives === general.length) throw new Error('the labelled pairs need both contradictions and non-contradictions');
  const features = rows.map((r) => pairFeatures(r.reasons));
  const labels = rows.map((r) => (r.contradiction ? 1 : 0));
  const isGeneral = rows.map((r) => !r.targeted);
  const nliNames = [...NLI_FEATURE_NAMES];
  const base = fitLogistic(features.filter((_, i) => isGeneral[i]), labels.filter((_, i) => isGeneral[i]), nliNames);
  const offsets = features.map((f) => base.bias + nliNames.reduce((a, n, k) => a + base.weights[k]! * f[n], 0));
  const checkNames = FEATURE_NAMES.filter((n) => !(NLI_FEATURE_NAMES as readonly string[]).includes(n));
  const checks = fitLogistic(features, labels, checkNames, offsets);
  const withChecks: LogisticModel = { features: [...nliNames, ...checkNames], weights: [...base.weights, ...checks.weights], bias: base.bias };
  const withoutChecks: LogisticModel = { features: nliNames, weights: base.weights, bias: base.bias };
  const floors = findingFloors(features, labels, isGeneral);
  const generalFeatures = features.filter((_, i) => isGeneral[i]);
  const generalLabels = labels.filter((_, i) => isGeneral[i]);
  const on = evaluate((f) => withFloor(logisticScore(withChecks, f), f, floors), generalFeatures, generalLabels);
  const off = evaluate((f) => logisticScore(withoutChecks, f), generalFeatures, generalLabels);
  return {
    method: 'logistic',
    model: about.model,
    fittedOn: about.fittedOn,
    thresholds: { checks: on.threshold, noChecks: off.threshold },
    withChecks,
    withoutChecks,
    floors,
    fit: {
      rows: rows.length,
      contradictions: rows.filter((r) => r.contradiction).length,
      withChecks: { logLoss: on.logLoss, f1: on.f1 },
      withoutChecks: { logLoss: off.logLoss, f1: off.f1 },
    },
  };
}

/**
 * Logistic regression by Newton's method on standardised features. With `offsets`, each row's logit
 * starts from its offset and no bias is fitted (the weights are added to a fixed model).
 */
function fitLogistic(features: readonly Record<FeatureName, number>[], labels: readonly number[], names: FeatureName[], offsets?: readonly number[]): { weights: number[]; bias: number } {
  const X = features.map((f) => names.map((n) => f[n]));
  const mean = names.map((_, k) => (offsets ? 0 : X.reduce((a, x) => a + x[k]!, 0) / X.length));
  const sd = names.map((_, k) => Math.sqrt(X.reduce((a, x) => a + (x[k]! - mean[k]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, k) => (v - mean[k]!) / sd[k]!));
  const { w, b } = newton(Z, labels, names.length, offsets);
  // Back to the raw feature scale.
  const weights = w.map((v, k) => v / sd[k]!);
  const bias = b - w.reduce((a, v, k) => a + (v * mean[k]!) / sd[k]!, 0);
  return { weights, bias };
}

/** Fewest pairs a kind of finding must be found in to get a precision (`Calibration.floors`). */
const MIN_FLOOR_ROWS = 10;

/**
 * Each kind of finding's precision on all rows (the stress suites' too: they were made for the checks), among
 * the rows it is found in with no guard beside it, with one contradiction and one other added (Laplace), so that
 * a kind found 12 times in 12 contradictions gets 13 / 14, not 1.
 */
function findingFloors(features: readonly Record<FeatureName, number>[], labels: readonly number[], isGeneral: readonly boolean[]): Record<string, number> {
  const floors: Record<string, number> = {};
  for (const name of FINDING_FEATURES) {
    const counts = { general: [0, 0], all: [0, 0] };
    features.forEach((f, i) => {
      if (f[name] > 0 && !GUARD_FEATURES.some((guard) => f[guard] > 0)) {
        for (const key of isGeneral[i] ? (['general', 'all'] as const) : (['all'] as const)) {
          counts[key][0]! += 1;
          counts[key][1]! += labels[i]!;
        }
      }
    });
    const [found, contradictions] = counts.general[0]! >= MIN_FLOOR_ROWS ? counts.general : counts.all;
    if (found! >= MIN_FLOOR_ROWS) floors[name] = (contradictions! + 1) / (found! + 2);
  }
  return floors;
}

/** Log loss of a scoring function on rows, and the threshold with the best contradiction F1 there. */
function evaluate(score: (features: Record<FeatureName, number>) => number, features: readonly Record<FeatureName, number>[], labels: readonly number[]): { logLoss: number; threshold: number; f1: number } {
  const scores = features.map(score);
  const logLoss = -scores.reduce((a, p, i) => a + (labels[i] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12))), 0) / scores.length;
  let best = { threshold: 0.5, f1: -1 };
  for (let step = MIN_THRESHOLD * 100; step <= 95; step++) {
    const threshold = step / 100;
    const f1 = f1At(scores, labels, threshold);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return { logLoss, ...best };
}

/** A row's logit: its offset where the fit has offsets (and then no bias), else the bias. */
function logitOf(z: readonly number[], w: readonly number[], b: number, offset?: number): number {
  return (offset ?? 0) + (z.reduce((a, v, k) => a + v * w[k]!, 0) + (offset === undefined ? b : 0));
}

/** The penalised log loss that `newton` minimises (summed over rows), computed without overflow. */
function penalisedLoss(Z: readonly number[][], labels: readonly number[], w: readonly number[], b: number, offsets?: readonly number[]): number {
  let loss = 0;
  Z.forEach((z, i) => {
    const logit = logitOf(z, w, b, offsets?.[i]);
    // -log p = log(1 + e^-logit) for a contradiction, -log(1 - p) = log(1 + e^logit) otherwise.
    const t = labels[i] ? -logit : logit;
    loss += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
  });
  return loss + 0.5 * L2 * Z.length * w.reduce((a, v) => a + v * v, 0);
}

/**
 * Newton's method with step halving: a step is taken whole when it lowers the penalised loss, else halved
 * until it does. Without the halving, a feature that separates its rows (every row it fires on a
 * contradiction, whose offset the NLI part puts far below zero) saturates the logistic after the first step,
 * and the next step, with a vanishing curvature, goes back to zero: the weight ended near 0.
 */
function newton(Z: readonly number[][], labels: readonly number[], n: number, offsets?: readonly number[]): { w: number[]; b: number } {
  let w = new Array<number>(n).fill(0);
  let b = 0;
  let loss = penalisedLoss(Z, labels, w, b, offsets);
  // With offsets there is no bias to fit: the system has only the weights.
  const d = offsets ? n : n + 1;
  for (let iteration = 0; iteration < NEWTON_STEPS; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    Z.forEach((z, i) => {
      const x = offsets ? z : [...z, 1];
      const p = 1 / (1 + Math.exp(-logitOf(z, w, b, offsets?.[i])));
      for (let j = 0; j < d; j++) {
        grad[j]! += (p - labels[i]!) * x[j]!;
        for (let k = 0; k < d; k++) hess[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
      }
    });
    for (let j = 0; j < n; j++) {
      grad[j]! += L2 * Z.length * w[j]!;
      hess[j]![j]! += L2 * Z.length;
    }
    const step = solve(hess, grad);
    let accepted = false;
    let scale = 1;
    for (let halving = 0; halving < MAX_HALVINGS && !accepted; halving++, scale /= 2) {
      const tryW = w.map((v, k) => v - scale * step[k]!);
      const tryB = offsets ? b : b - scale * step[n]!;
      const tryLoss = penalisedLoss(Z, labels, tryW, tryB, offsets);
      if (tryLoss <= loss) {
        [w, b, loss, accepted] = [tryW, tryB, tryLoss, true];
        if (Math.max(...step.map((v) => Math.abs(v * scale))) < 1e-8) return { w, b };
      }
    }
    // No step lowers the loss: the fit is at its minimum, as far as floating point can tell.
    if (!accepted) break;
  }
  return { w, b };
}

function f1At(scores: readonly number[], labels: readonly number[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold && labels[i]) tp++;
    else if (s >= threshold) fp++;
    else if (labels[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Gauss-Jordan elimination with partial pivoting (the systems are the size of the feature list). */
function solve(A: readonly number[][], y: readonly number[]): number[] {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r;
    [M[c], M[pivot]] = [M[pivot]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= factor * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}
