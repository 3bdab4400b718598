import type { Reason } from '../checks/finding.js';
import type { Detector, ScorePairInput } from '../types.js';
import type { Calibration, LogisticModel } from './calibration.js';
import { FEATURE_NAMES, NLI_FEATURE_NAMES, pairFeatures, type FeatureName } from './features.js';

/** One labelled pair for fitting: its reasons (NLI and, with checks, findings) and whether it contradicts. */
export interface LabelledReasons {
  readonly reasons: readonly Reason[];
  readonly contradiction: boolean;
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

interface FitResult {
  readonly model: LogisticModel;
  readonly logLoss: number;
  readonly threshold: number;
  readonly f1: number;
}

/**
 * Fit a model's calibration: logistic regressions over the NLI features (checks off) and over all
 * features (checks on), by Newton's method, and for each the threshold with the best contradiction F1
 * on the same rows.
 */
export function fitCalibration(rows: readonly LabelledReasons[], about: { model: string; fittedOn: string }): Calibration {
  if (rows.length === 0) throw new Error('no labelled pairs to fit a calibration on');
  const positives = rows.filter((r) => r.contradiction).length;
  if (positives === 0 || positives === rows.length) throw new Error('the labelled pairs need both contradictions and non-contradictions');
  const features = rows.map((r) => pairFeatures(r.reasons));
  const labels = rows.map((r) => (r.contradiction ? 1 : 0));
  const withoutChecks = fitLogistic(features, labels, [...NLI_FEATURE_NAMES]);
  const withChecks = fitLogistic(features, labels, [...FEATURE_NAMES]);
  return {
    method: 'logistic',
    model: about.model,
    fittedOn: about.fittedOn,
    thresholds: { checks: withChecks.threshold, noChecks: withoutChecks.threshold },
    withChecks: withChecks.model,
    withoutChecks: withoutChecks.model,
    fit: {
      rows: rows.length,
      contradictions: positives,
      withChecks: { logLoss: withChecks.logLoss, f1: withChecks.f1 },
      withoutChecks: { logLoss: withoutChecks.logLoss, f1: withoutChecks.f1 },
    },
  };
}

function fitLogistic(features: readonly Record<FeatureName, number>[], labels: readonly number[], names: FeatureName[]): FitResult {
  const X = features.map((f) => names.map((n) => f[n]));
  const mean = names.map((_, k) => X.reduce((a, x) => a + x[k]!, 0) / X.length);
  const sd = names.map((_, k) => Math.sqrt(X.reduce((a, x) => a + (x[k]! - mean[k]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, k) => (v - mean[k]!) / sd[k]!));
  const { w, b } = newton(Z, labels, names.length);
  // Back to the raw feature scale.
  const weights = w.map((v, k) => v / sd[k]!);
  const bias = b - w.reduce((a, v, k) => a + (v * mean[k]!) / sd[k]!, 0);
  const scores = X.map((x) => 1 / (1 + Math.exp(-(bias + x.reduce((a, v, k) => a + v * weights[k]!, 0)))));
  const logLoss = -scores.reduce((a, p, i) => a + (labels[i] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12))), 0) / scores.length;
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    const f1 = f1At(scores, labels, threshold);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return { model: { features: names, weights, bias }, logLoss, ...best };
}

function newton(Z: readonly number[][], labels: readonly number[], n: number): { w: number[]; b: number } {
  let w = new Array<number>(n).fill(0);
  let b = 0;
  const d = n + 1;
  for (let iteration = 0; iteration < NEWTON_STEPS; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    Z.forEach((z, i) => {
      const x = [...z, 1];
      const p = 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * (k < n ? w[k]! : b), 0)));
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
    w = w.map((v, k) => v - step[k]!);
    b -= step[n]!;
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
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
