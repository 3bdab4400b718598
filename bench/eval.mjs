// npm run eval [-- --quick] [-- --model <dir|id>] [-- --baseline <dir>|none] [-- --dtype q8|fp32] [-- --no-fp32]
// Accuracy of the library through its public API, for the model and the baseline model side by side in
// one run (each with its own calibration): the real-world dev set (../shared/data/realworld), the shared
// NLI test split (per source), the stress suites (test/fixtures/stress/*.eval.jsonl), the synthetic
// operations held out of training (bench/data/heldout-operations.jsonl), and a set-level task (planted
// contradictions among many statements). Checks on and off, and the bare NLI model. Prints markdown,
// writes JSON. The baseline is the previous bundled model, which `bash bench/baseline.sh` extracts from git.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDetector, extractStatements } from '../dist/index.js';
import {
  BUNDLED_MODEL_DIRECTORY,
  DEFAULT_MAX_PAIRS,
  DEFAULT_MAX_POSTINGS,
  DEFAULT_MIN_SIMILARITY,
  DEFAULT_NEIGHBORS,
  findCalibration,
  findCandidatePairs,
  normalizeInput,
  scorePair,
  UNCALIBRATED_THRESHOLD,
} from '../dist/internal.js';
import { fixed, loadStress, machine, markdownTable, mixedRealSets, parseArgs, pct, plantedStatements, prf, rankMined, readJsonl, reliability, rocAuc, ROOT, shareProposed, SHARED } from './lib.mjs';

const DEFAULT_BASELINE = path.join(ROOT, 'bench/baseline/contradict-nli-small');
const args = parseArgs(process.argv.slice(2), { quick: false, model: BUNDLED_MODEL_DIRECTORY, baseline: DEFAULT_BASELINE, dtype: 'q8', noFp32: false, out: path.join(ROOT, 'bench/results/eval.json') });
const LABELS = ['entailment', 'neutral', 'contradiction'];
const CHUNK = 512;
const started = Date.now();

async function judge(detector, table, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    out.push(...(await detector.scorePairs(chunk.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })))));
  }
  return out.map((r) => ({
    probabilities: [r.entailment, r.neutral, r.contradiction],
    scoreOn: r.score,
    scoreOff: scorePair(r.reasons.filter((x) => x.kind === 'nli'), false, table),
  }));
}

function metrics(rows, judged, thresholds) {
  const actual = rows.map((r) => r.label === 'contradiction');
  const negatives = Math.max(1, actual.filter((a) => !a).length);
  const argmax = judged.map((j) => LABELS[j.probabilities.indexOf(Math.max(...j.probabilities))]);
  const threeWay = rows.map((r, i) => [r.label, argmax[i]]).filter(([label]) => LABELS.includes(label));
  const bare = prf(argmax.map((l) => l === 'contradiction'), actual);
  const off = prf(judged.map((j) => j.scoreOff >= thresholds.noChecks), actual);
  const on = prf(judged.map((j) => j.scoreOn >= thresholds.checks), actual);
  return {
    pairs: rows.length,
    contradictions: actual.filter(Boolean).length,
    accuracy3: threeWay.length ? threeWay.filter(([a, b]) => a === b).length / threeWay.length : NaN,
    bare: { ...bare, auc: rocAuc(judged.map((j) => j.probabilities[2]), actual) },
    checksOff: { ...off, auc: rocAuc(judged.map((j) => j.scoreOff), actual) },
    checksOn: { ...on, auc: rocAuc(judged.map((j) => j.scoreOn), actual) },
    falsePositiveRate: {
      bare: argmax.filter((l, i) => l === 'contradiction' && !actual[i]).length / negatives,
      checksOff: judged.filter((j, i) => j.scoreOff >= thresholds.noChecks && !actual[i]).length / negatives,
      checksOn: judged.filter((j, i) => j.scoreOn >= thresholds.checks && !actual[i]).length / negatives,
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

function bySource(rows, judged, key, thresholds) {
  const out = {};
  for (const [source, indices] of groupBy(rows, key)) out[source] = metrics(indices.map((i) => rows[i]), indices.map((i) => judged[i]), thresholds);
  return out;
}

async function setLevel(detector, table, thresholds) {
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
      const nli = pair.reasons.filter((x) => x.kind === 'nli');
      const off = scorePair(nli, false, table);
      if (isPlanted) set.paired++;
      if (pair.score >= thresholds.checks) { set.reportedOn++; if (isPlanted) set.foundOn++; }
      if (off >= thresholds.noChecks) { set.reportedOff++; if (isPlanted) set.foundOff++; }
    }
  }
  set.pairingRecall = set.paired / set.planted;
  set.checksOn = { recall: set.foundOn / set.planted, precision: set.reportedOn ? set.foundOn / set.reportedOn : 0 };
  set.checksOff = { recall: set.foundOff / set.planted, precision: set.reportedOff ? set.foundOff / set.reportedOff : 0 };
  return set;
}

// The mixed real sets mined as the product is used: all statements of a set in one detect() call (default
// options), the pairs ranked by score. A labelled contradiction is found when one of its pairs is reported
// (for SummEdits: the summary with any sentence of its article). Average precision over the ranking (each
// labelled contradiction counted once, those never proposed count as missed), and precision and recall at
// the default threshold. Precision counts every reported pair that is not a labelled contradiction as a false
// alarm, although unlabelled pairs may contradict too; "labelled precision" counts only the pairs that the
// set labels (ChatProtect labels consistent pairs too).
async function mineSet(detector, texts, positives, negatives) {
  const report = await detector.detect(texts.map((text, i) => ({ id: `t${i}`, text })), { includeAllPairs: true });
  return {
    statements: texts.length,
    contradictions: positives.length,
    pairsScored: report.stats.pairsScored,
    ...rankMined(report.pairs, positives, negatives, report.threshold),
    positivePairShare: positives.length / Math.max(1, report.stats.pairsScored),
  };
}

async function evaluate(model, data) {
  const detector = await createDetector({ model: { id: model, dtype: args.dtype } });
  const table = findCalibration(model);
  const thresholds = table?.thresholds ?? { checks: UNCALIBRATED_THRESHOLD, noChecks: UNCALIBRATED_THRESHOLD };
  const result = { model: path.relative(ROOT, model) || model, thresholds, calibration: detector.calibration };
  const realJudged = await judge(detector, table, data.realworld);
  result.realworld = bySource(data.realworld, realJudged, (r) => r.set, thresholds);
  const testJudged = await judge(detector, table, data.test);
  result.test = { all: metrics(data.test, testJudged, thresholds), bySource: bySource(data.test, testJudged, (r) => r.source, thresholds) };
  result.test.calibration = {
    checksOn: reliability(testJudged.map((j) => j.scoreOn), data.test.map((r) => r.label === 'contradiction')),
    checksOff: reliability(testJudged.map((j) => j.scoreOff), data.test.map((r) => r.label === 'contradiction')),
  };
  result.stress = {};
  for (const { suite, rows } of data.stress) result.stress[suite] = metrics(rows, await judge(detector, table, rows), thresholds);
  if (data.heldout.length) {
    const judged = await judge(detector, table, data.heldout);
    result.heldout = bySource(data.heldout, judged, (r) => r.operation, thresholds);
  }
  if (data.breakingUnseen.length) {
    const judged = await judge(detector, table, data.breakingUnseen);
    result.breakingUnseen = metrics(data.breakingUnseen, judged, thresholds);
  }
  result.setLevel = await setLevel(detector, table, thresholds);
  result.mined = {};
  for (const [set, m] of Object.entries(mixed)) result.mined[set] = await mineSet(detector, m.texts, m.positives, m.negatives);
  await detector.dispose();
  if (!args.noFp32 && args.dtype !== 'fp32') {
    const fp32 = await createDetector({ model: { id: model, dtype: 'fp32' } });
    const judged = await judge(fp32, table, data.test);
    result.fp32 = { all: metrics(data.test, judged, thresholds).accuracy3, bySource: Object.fromEntries(Object.entries(bySource(data.test, judged, (r) => r.source, thresholds)).map(([k, m]) => [k, m.accuracy3])) };
    await fp32.dispose();
  }
  return result;
}

// Data, read once for all models. Real-world rows: `first` is the premise (a SummEdits article), `second` the hypothesis.
let test = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
if (args.quick) test = test.filter((_, i) => i % 10 === 0);
const realworld = (await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'))).map((r) => ({ ...r, premise: r.first, hypothesis: r.second }));
const heldoutFile = path.join(ROOT, 'bench/data/heldout-operations.jsonl');
const heldout = existsSync(heldoutFile) ? readFileSync(heldoutFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
// Breaking-NLI test rows whose changed word pair occurs in no training row (training/breaking_unseen.py).
const unseenFile = path.join(ROOT, 'bench/data/breaking-nli-unseen.jsonl');
const breakingUnseen = existsSync(unseenFile) ? readFileSync(unseenFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
const data = { test, realworld, heldout, breakingUnseen, stress: loadStress('eval') };

// Pairing recall on real mixed sets (the model plays no part): every distinct ChatProtect sentence in one
// pile, and every SummEdits article split into sentences in one pile with every summary; the share of the
// labelled contradiction pairs that topic blocking proposes with the default options, and what it costs.
function pairingRecall(texts, positives) {
  const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
  const result = findCandidatePairs(statements, { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS });
  return { statements: texts.length, contradictions: positives.length, proposed: shareProposed(result.pairs, positives), pairsScored: result.pairs.length, allPairs: (texts.length * (texts.length - 1)) / 2 };
}
const mixed = mixedRealSets(realworld, extractStatements);
const pairing = Object.fromEntries(Object.entries(mixed).map(([set, m]) => [set, pairingRecall(m.texts, m.positives)]));

const models = [args.model, ...(args.baseline !== 'none' && existsSync(args.baseline) ? [args.baseline] : [])];
if (args.baseline !== 'none' && !existsSync(args.baseline)) console.log(`(no baseline model at ${path.relative(ROOT, args.baseline)}: run \`bash bench/baseline.sh\` to compare with the previous model)`);
const results = [];
for (const model of models) results.push(await evaluate(model, data));
const result = { command: `npm run eval${args.quick ? ' -- --quick' : ''}`, dtype: args.dtype, machine: machine(), date: new Date().toISOString(), pairing, models: results, seconds: (Date.now() - started) / 1000 };

// Print: one row per model in every table.
const name = (r) => path.basename(path.dirname(r.model)) === 'baseline' ? `${path.basename(r.model)} (previous)` : path.basename(r.model);
const row = (label, r, m) => [label, name(r), m.pairs, pct(m.accuracy3), `${fixed(m.bare.f1, 3)} / ${fixed(m.bare.auc, 3)}`, `${fixed(m.checksOff.f1, 3)} / ${fixed(m.checksOff.auc, 3)}`, `${fixed(m.checksOn.f1, 3)} (P ${pct(m.checksOn.precision)}, R ${pct(m.checksOn.recall)}) / ${fixed(m.checksOn.auc, 3)}`];
const header = ['set', 'model', 'pairs', '3-way acc. %', 'bare NLI: contr. F1 / AUC', 'library, checks off: F1 / AUC', 'library, checks on: F1 (P, R) / AUC'];
const table = (section, extra) => {
  const keys = Object.keys(results[0][section] ?? {});
  return markdownTable(extra ? [...header, extra.header] : header, keys.flatMap((k) => results.filter((r) => r[section]?.[k]).map((r) => (extra ? [...row(k, r, r[section][k]), extra.cell(r[section][k])] : row(k, r, r[section][k])))));
};
console.log(`\n## Evaluation (${args.dtype}${args.quick ? ', quick' : ''})\n`);
console.log(`Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, node ${result.machine.node}; command: \`${result.command}\``);
console.log(`Thresholds (checks on / off): ${results.map((r) => `${name(r)} ${r.thresholds.checks} / ${r.thresholds.noChecks}`).join('; ')}\n`);
console.log('### Real-world dev set (ChatProtect, SummEdits-news)\n');
console.log(table('realworld'));
console.log('\n### Pairing recall on real mixed sets (default options; no model involved)\n');
console.log(markdownTable(['set', 'statements', 'labelled contradictions', 'proposed by pairing', 'pairs scored', 'all pairs'], Object.entries(pairing).map(([set, p]) => [set, p.statements, p.contradictions, pct(p.proposed), p.pairsScored, p.allPairs])));
console.log('\n### Mined as the product is used: each mixed set in one detect() call, pairs ranked by score\n');
console.log(markdownTable(['set', 'model', 'statements', 'labelled contradictions', 'pairs scored', 'average precision', 'reported at threshold', 'recall', 'precision (all reported)', 'precision (labelled pairs only)'], Object.keys(results[0].mined).flatMap((set) => results.map((r) => {
  const m = r.mined[set];
  return [set, name(r), m.statements, m.contradictions, m.pairsScored, fixed(m.averagePrecision, 3), m.reported, pct(m.recall), pct(m.precision), set === 'chatprotect' ? pct(m.labelledPrecision) : '—'];
}))));
console.log('\n### Shared test split\n');
console.log(markdownTable(header, [...Object.keys(results[0].test.bySource).flatMap((s) => results.map((r) => row(s, r, r.test.bySource[s]))), ...results.map((r) => row('**all**', r, r.test.all))]));
console.log(`\nCalibration on the test split (expected calibration error, checks on / off): ${results.map((r) => `${name(r)} ${fixed(r.test.calibration.checksOn.ece)} / ${fixed(r.test.calibration.checksOff.ece)}`).join('; ')}`);
console.log('\n### Stress suites (false-positive rate for the suites without contradictions)\n');
console.log(table('stress', { header: 'false positives: bare / off / on', cell: (m) => `${pct(m.falsePositiveRate.bare)} / ${pct(m.falsePositiveRate.checksOff)} / ${pct(m.falsePositiveRate.checksOn)} %` }));
if (results[0].heldout) {
  console.log('\n### Synthetic operations held out of training (roles: two names around a verb swapped; clause, same-paragraph: consistent controls from the same held-out paragraphs)\n');
  console.log(table('heldout', { header: 'flagged at threshold: bare / off / on', cell: (m) => (m.contradictions ? `${pct(m.checksOff.recall)} / ${pct(m.checksOn.recall)} % found` : `${pct(m.falsePositiveRate.checksOff)} / ${pct(m.falsePositiveRate.checksOn)} % false alarms`) }));
}
if (results[0].breakingUnseen) {
  console.log('\n### Breaking-NLI, word pairs unseen in training (test rows whose changed pair is in no training row nor in the WordNet tables of the synthetic operations; `training/breaking_unseen.py`)\n');
  console.log(markdownTable(header, results.filter((r) => r.breakingUnseen).map((r) => row('breaking-nli (unseen pairs)', r, r.breakingUnseen))));
}
console.log(`\n### Set level: planted contradictions among ${results[0].setLevel.documents} × ${results[0].setLevel.statementsPerDocument} statements\n`);
console.log(markdownTable(['model', '', 'pairing recall', 'recall', 'precision', 'pairs scored', 'candidate pairs'], results.flatMap((r) => [
  [name(r), 'checks on', pct(r.setLevel.pairingRecall), pct(r.setLevel.checksOn.recall), pct(r.setLevel.checksOn.precision), r.setLevel.pairsScored, r.setLevel.candidatePairs],
  [name(r), 'checks off', pct(r.setLevel.pairingRecall), pct(r.setLevel.checksOff.recall), pct(r.setLevel.checksOff.precision), r.setLevel.pairsScored, r.setLevel.candidatePairs],
])));
if (results[0].fp32) {
  console.log('\n### fp32 against quantized (3-way accuracy %, bare NLI)\n');
  console.log(markdownTable(['source', 'model', 'q8', 'fp32'], [...Object.keys(results[0].fp32.bySource), 'all'].flatMap((s) => results.filter((r) => r.fp32).map((r) => [s, name(r), pct(s === 'all' ? r.test.all.accuracy3 : r.test.bySource[s].accuracy3), pct(s === 'all' ? r.fp32.all : r.fp32.bySource[s])]))));
}
console.log(`\n${result.seconds.toFixed(0)} s, node ${process.version}`);
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(result, null, 1));
console.log(`wrote ${path.relative(ROOT, args.out)}`);
