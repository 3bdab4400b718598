// npm run eval [-- --quick] [-- --model <dir|id>] [-- --dtype q8|fp32] [-- --no-fp32]
// Accuracy of the library through its public API: the shared NLI test split (per source), the stress
// suites (test/fixtures/stress/*.eval.jsonl), and a set-level task (planted contradictions among many
// statements). Checks on and off, and the bare NLI model, in the same run. Prints markdown, writes JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_MODEL_DIRECTORY, createDetector, extractStatements, scorePair } from '../dist/index.js';
import { fixed, loadStress, machine, markdownTable, parseArgs, pct, plantedStatements, prf, readJsonl, reliability, rocAuc, ROOT, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { quick: false, model: BUNDLED_MODEL_DIRECTORY, dtype: 'q8', noFp32: false, out: path.join(ROOT, 'bench/results/eval.json') });
const LABELS = ['entailment', 'neutral', 'contradiction'];
const CHUNK = 512;
const started = Date.now();

async function judge(detector, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    out.push(...(await detector.scorePairs(chunk.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })))));
  }
  return out.map((r) => ({
    probabilities: [r.entailment, r.neutral, r.contradiction],
    scoreOn: r.score,
    scoreOff: scorePair(r.reasons.filter((x) => x.kind === 'nli'), false),
  }));
}

function metrics(rows, judged, threshold) {
  const actual = rows.map((r) => r.label === 'contradiction');
  const argmax = judged.map((j) => LABELS[j.probabilities.indexOf(Math.max(...j.probabilities))]);
  const threeWay = rows.map((r, i) => [r.label, argmax[i]]).filter(([label]) => LABELS.includes(label));
  const bare = prf(argmax.map((l) => l === 'contradiction'), actual);
  const off = prf(judged.map((j) => j.scoreOff >= threshold), actual);
  const on = prf(judged.map((j) => j.scoreOn >= threshold), actual);
  return {
    pairs: rows.length,
    contradictions: actual.filter(Boolean).length,
    accuracy3: threeWay.length ? threeWay.filter(([a, b]) => a === b).length / threeWay.length : NaN,
    bare: { ...bare, auc: rocAuc(judged.map((j) => j.probabilities[2]), actual) },
    checksOff: { ...off, auc: rocAuc(judged.map((j) => j.scoreOff), actual) },
    checksOn: { ...on, auc: rocAuc(judged.map((j) => j.scoreOn), actual) },
    falsePositiveRate: {
      bare: argmax.filter((l, i) => l === 'contradiction' && !actual[i]).length / Math.max(1, actual.filter((a) => !a).length),
      checksOff: judged.filter((j, i) => j.scoreOff >= threshold && !actual[i]).length / Math.max(1, actual.filter((a) => !a).length),
      checksOn: judged.filter((j, i) => j.scoreOn >= threshold && !actual[i]).length / Math.max(1, actual.filter((a) => !a).length),
    },
  };
}

function groupBy(rows, key) {
  const groups = new Map();
  rows.forEach((row, i) => {
    const k = key(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(i);
  });
  return groups;
}

const detector = await createDetector({ model: args.model, dtype: args.dtype });
const threshold = (await detector.detect([])).threshold;
const result = { command: `npm run eval${args.quick ? ' -- --quick' : ''}`, model: detector.modelId, dtype: args.dtype, threshold, machine: machine(), date: new Date().toISOString() };

// 1. The shared test split, per source.
let test = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
if (args.quick) test = test.filter((_, i) => i % 10 === 0);
const testJudged = await judge(detector, test);
result.test = { all: metrics(test, testJudged, threshold), bySource: {} };
for (const [source, indices] of groupBy(test, (r) => r.source)) {
  result.test.bySource[source] = metrics(indices.map((i) => test[i]), indices.map((i) => testJudged[i]), threshold);
}
result.test.calibration = {
  checksOn: reliability(testJudged.map((j) => j.scoreOn), test.map((r) => r.label === 'contradiction')),
  checksOff: reliability(testJudged.map((j) => j.scoreOff), test.map((r) => r.label === 'contradiction')),
};

// 2. Stress suites (the eval halves; the calibration halves may have been used to fit the score).
result.stress = {};
for (const { suite, rows } of loadStress('eval')) {
  result.stress[suite] = metrics(rows, await judge(detector, rows), threshold);
}

// 3. Set level: planted contradictions among statements of UN speeches.
const documents = args.quick ? 3 : 10;
const set = { documents, statementsPerDocument: 60, plantedPerDocument: 3, planted: 0, paired: 0, foundOn: 0, foundOff: 0, reportedOn: 0, reportedOff: 0, pairsScored: 0, candidatePairs: 0 };
for (let d = 0; d < documents; d++) {
  const { statements, planted } = await plantedStatements({ statements: set.statementsPerDocument, planted: set.plantedPerDocument, seed: 100 + d, skip: set.statementsPerDocument * d, extractStatements });
  const report = await detector.detect(statements, { includeAllPairs: true });
  const key = (a, b) => [a, b].sort().join('|');
  const plantedKeys = new Set(planted.map((p) => key(p.original, p.copy)));
  set.planted += plantedKeys.size;
  set.pairsScored += report.stats.pairsScored;
  set.candidatePairs += report.stats.candidatePairs;
  for (const pair of report.pairs) {
    const isPlanted = plantedKeys.has(key(pair.first.id, pair.second.id));
    const off = scorePair(pair.reasons.filter((x) => x.kind === 'nli'), false);
    if (isPlanted) set.paired++;
    if (pair.score >= threshold) { set.reportedOn++; if (isPlanted) set.foundOn++; }
    if (off >= threshold) { set.reportedOff++; if (isPlanted) set.foundOff++; }
  }
}
set.pairingRecall = set.paired / set.planted;
set.checksOn = { recall: set.foundOn / set.planted, precision: set.reportedOn ? set.foundOn / set.reportedOn : 0 };
set.checksOff = { recall: set.foundOff / set.planted, precision: set.reportedOff ? set.foundOff / set.reportedOff : 0 };
result.setLevel = set;

// 4. fp32 against the quantized model on the test split (bare NLI accuracy per source).
if (!args.noFp32 && args.dtype !== 'fp32') {
  const fp32 = await createDetector({ model: args.model, dtype: 'fp32' });
  const judged = await judge(fp32, test);
  result.fp32 = { all: metrics(test, judged, threshold).accuracy3, bySource: {} };
  for (const [source, indices] of groupBy(test, (r) => r.source)) {
    result.fp32.bySource[source] = metrics(indices.map((i) => test[i]), indices.map((i) => judged[i]), threshold).accuracy3;
  }
  await fp32.dispose();
}
await detector.dispose();
result.seconds = (Date.now() - started) / 1000;

// Print.
const row = (name, m) => [name, m.pairs, pct(m.accuracy3), `${fixed(m.bare.f1, 3)} / ${fixed(m.bare.auc, 3)}`, `${fixed(m.checksOff.f1, 3)} / ${fixed(m.checksOff.auc, 3)}`, `${fixed(m.checksOn.f1, 3)} (P ${pct(m.checksOn.precision)}, R ${pct(m.checksOn.recall)}) / ${fixed(m.checksOn.auc, 3)}`];
const header = ['set', 'pairs', '3-way acc. %', 'bare NLI: contr. F1 / AUC', 'library, checks off: F1 / AUC', 'library, checks on: F1 (P, R) / AUC'];
console.log(`\n## Evaluation: ${result.model} (${args.dtype}), threshold ${threshold}${args.quick ? ', quick' : ''}\n`);
console.log(`Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, node ${result.machine.node}; command: \`${result.command}\`\n`);
console.log('### Shared test split\n');
console.log(markdownTable(header, [...Object.entries(result.test.bySource).map(([s, m]) => row(s, m)), row('**all**', result.test.all)]));
console.log(`\nCalibration on the test split (expected calibration error): checks on ${fixed(result.test.calibration.checksOn.ece)}, checks off ${fixed(result.test.calibration.checksOff.ece)}`);
console.log('\n### Stress suites (false-positive rate for the suites without contradictions)\n');
console.log(markdownTable([...header, 'false positives: bare / off / on'], Object.entries(result.stress).map(([s, m]) => [...row(s, m), `${pct(m.falsePositiveRate.bare)} / ${pct(m.falsePositiveRate.checksOff)} / ${pct(m.falsePositiveRate.checksOn)} %`])));
console.log(`\n### Set level: ${set.planted} planted contradictions among ${documents} × ${set.statementsPerDocument} statements\n`);
console.log(markdownTable(['', 'pairing recall', 'recall', 'precision', 'pairs scored', 'candidate pairs'], [
  ['checks on', pct(set.pairingRecall), pct(set.checksOn.recall), pct(set.checksOn.precision), set.pairsScored, set.candidatePairs],
  ['checks off', pct(set.pairingRecall), pct(set.checksOff.recall), pct(set.checksOff.precision), set.pairsScored, set.candidatePairs],
]));
if (result.fp32) {
  console.log('\n### fp32 against quantized (3-way accuracy %, bare NLI)\n');
  console.log(markdownTable(['source', 'q8', 'fp32'], [...Object.keys(result.fp32.bySource).map((s) => [s, pct(result.test.bySource[s].accuracy3), pct(result.fp32.bySource[s])]), ['all', pct(result.test.all.accuracy3), pct(result.fp32.all)]]));
}
console.log(`\n${result.seconds.toFixed(0)} s, node ${process.version}`);
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(result, null, 1));
console.log(`wrote ${path.relative(ROOT, args.out)}`);
