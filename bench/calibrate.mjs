// npm run calibrate [-- --model <dir>]: fit the bundled model's score calibration
// (models/contradict-nli-small/calibration.json) on the dev split of ../shared/data/nli and the
// calibration halves of the stress suites (never the test split, never the real-world set). The same fit
// as `contradict calibrate`, on this repository's data.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDetector, fitCalibration } from '../dist/index.js';
import { BUNDLED_MODEL_DIRECTORY, CALIBRATION_FILE, collectLabelledReasons } from '../dist/internal.js';
import { fixed, loadStress, parseArgs, readJsonl, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { model: BUNDLED_MODEL_DIRECTORY, dtype: 'q8', out: '' });
const out = args.out || args.model;

const dev = await readJsonl(path.join(SHARED, 'data/nli/dev.jsonl.gz'));
const stress = loadStress('calibration').flatMap(({ rows }) => rows);
const rows = [...dev, ...stress];
const detector = await createDetector({ model: { id: args.model, dtype: args.dtype, ignoreCalibration: true }, checks: true });
const collected = await collectLabelledReasons(detector, rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis, contradiction: r.label === 'contradiction' })));
// The stress rows are made for the checks: they fit the checks' weights, not the NLI weights or thresholds.
const labelled = collected.map((row, i) => (i >= dev.length ? { ...row, targeted: true } : row));
await detector.dispose();
const calibration = fitCalibration(labelled, {
  model: path.basename(path.resolve(args.model)),
  fittedOn: `shared dev split (${dev.length} pairs: NLI weights, thresholds and check weights) + stress calibration halves (${stress.length} pairs: check weights only); ${labelled.filter((r) => r.contradiction).length} contradictions`,
});
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, CALIBRATION_FILE), JSON.stringify(calibration, null, 2) + '\n');
console.log(`checks on:  log loss ${fixed(calibration.fit.withChecks.logLoss)}, best F1 ${fixed(calibration.fit.withChecks.f1)} at ${calibration.thresholds.checks}`);
console.log(`checks off: log loss ${fixed(calibration.fit.withoutChecks.logLoss)}, best F1 ${fixed(calibration.fit.withoutChecks.f1)} at ${calibration.thresholds.noChecks}`);
console.log(calibration.withChecks.features.map((n, k) => `${n} ${fixed(calibration.withChecks.weights[k])}`).join(', '));
console.log(`wrote ${path.join(out, CALIBRATION_FILE)}`);
