// npm run calibrate: fit the pair score (src/scoring/calibration.json) on the dev split and the
// calibration halves of the stress suites (never the test split). A logistic regression over the NLI
// probabilities in both directions (checks off), and over those plus the checks' findings (checks on).
// The default threshold is the one with the best contradiction F1 on the same data. Rebuild afterwards.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_MODEL_DIRECTORY, createDetector, FEATURE_NAMES, pairFeatures } from '../dist/index.js';
import { fixed, loadStress, parseArgs, prf, readJsonl, ROOT, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { model: BUNDLED_MODEL_DIRECTORY, dtype: 'q8' });
const NLI_FEATURES = ['nli_logit_mean', 'nli_logit_max', 'nli_entailment_max'];
// L2 penalty on the weights: enough to keep rare findings (a few dozen rows) from getting extreme weights.
const L2 = 1e-2;

const dev = await readJsonl(path.join(SHARED, 'data/nli/dev.jsonl.gz'));
const stress = loadStress('calibration').flatMap(({ rows }) => rows);
const rows = [...dev, ...stress];
const detector = await createDetector({ model: args.model, dtype: args.dtype, checks: true });
const features = [];
for (let i = 0; i < rows.length; i += 512) {
  const scored = await detector.scorePairs(rows.slice(i, i + 512).map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })));
  for (const s of scored) features.push(pairFeatures(s.reasons));
}
await detector.dispose();
const labels = rows.map((r) => (r.label === 'contradiction' ? 1 : 0));

function fit(names) {
  const X = features.map((f) => names.map((n) => f[n]));
  const mean = names.map((_, k) => X.reduce((a, x) => a + x[k], 0) / X.length);
  const sd = names.map((_, k) => Math.sqrt(X.reduce((a, x) => a + (x[k] - mean[k]) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, k) => (v - mean[k]) / sd[k]));
  let w = names.map(() => 0);
  let b = 0;
  // Newton's method on the penalised log-likelihood (few features, so the Hessian is small).
  for (let iteration = 0; iteration < 50; iteration++) {
    const d = names.length + 1;
    const grad = new Array(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array(d).fill(0));
    Z.forEach((z, i) => {
      const x = [...z, 1];
      const p = 1 / (1 + Math.exp(-(x.reduce((a, v, k) => a + v * (k < names.length ? w[k] : b), 0))));
      for (let j = 0; j < d; j++) {
        grad[j] += (p - labels[i]) * x[j];
        for (let k = 0; k < d; k++) hess[j][k] += p * (1 - p) * x[j] * x[k];
      }
    });
    for (let j = 0; j < names.length; j++) {
      grad[j] += L2 * Z.length * w[j];
      hess[j][j] += L2 * Z.length;
    }
    const step = solve(hess, grad);
    w = w.map((v, k) => v - step[k]);
    b -= step[names.length];
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  // Back to the raw feature scale.
  const weights = w.map((v, k) => v / sd[k]);
  const bias = b - w.reduce((a, v, k) => a + (v * mean[k]) / sd[k], 0);
  const scores = X.map((x) => 1 / (1 + Math.exp(-(bias + x.reduce((a, v, k) => a + v * weights[k], 0)))));
  const logLoss = -scores.reduce((a, p, i) => a + (labels[i] ? Math.log(p) : Math.log(1 - p)), 0) / scores.length;
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.01) {
    const { f1 } = prf(scores.map((s) => s >= t), labels.map(Boolean));
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return { model: { features: names, weights, bias }, logLoss, best };
}

function solve(A, y) {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= factor * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}

const withoutChecks = fit(NLI_FEATURES);
const withChecks = fit([...FEATURE_NAMES]);
const calibration = {
  method: 'logistic',
  fittedOn: `shared dev split (${dev.length} pairs) + stress calibration halves (${stress.length} pairs); ${rows.filter((r) => r.label === 'contradiction').length} contradictions`,
  model: path.basename(args.model),
  threshold: withChecks.best.threshold,
  thresholdNote: 'the threshold with the best contradiction F1 on the calibration data (checks on)',
  fit: { withChecks: { logLoss: withChecks.logLoss, f1: withChecks.best.f1 }, withoutChecks: { logLoss: withoutChecks.logLoss, f1: withoutChecks.best.f1, threshold: withoutChecks.best.threshold } },
  withChecks: withChecks.model,
  withoutChecks: withoutChecks.model,
};
writeFileSync(path.join(ROOT, 'src/scoring/calibration.json'), JSON.stringify(calibration, null, 2) + '\n');
console.log(`checks on:  log loss ${fixed(withChecks.logLoss)}, best F1 ${fixed(withChecks.best.f1)} at ${withChecks.best.threshold}`);
console.log(`checks off: log loss ${fixed(withoutChecks.logLoss)}, best F1 ${fixed(withoutChecks.best.f1)} at ${withoutChecks.best.threshold}`);
console.log(FEATURE_NAMES.map((n, k) => `${n} ${fixed(withChecks.model.weights[k])}`).join(', '));
console.log('wrote src/scoring/calibration.json; run `npm run build` to use it');
