// npm run build && node --expose-gc bench/index.mjs [--sizes 10000,100000] [--batch 100] [--grow 10000]
// The incremental index at growing sizes: how long adding a batch of statements takes once the index holds
// 10k, 100k, ... statements, and whether that batch's planted contradictions are found against the archive.
// For each size, an archive of UN General Debate sentences (with planted contradictions, bench/lib.mjs) is
// indexed by the pairing alone, in batches of --grow (its pairs are not scored: scoring them would take hours
// and does not change what is measured), saved as an index file for the bundled model, loaded with the
// bundled model, and then the batch is added for real: the copies of --batch planted contradictions, whose
// originals are in the archive. Figures, not assertions.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIndex, extractStatements, loadIndex } from '../dist/index.js';
import { DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, findCandidatePairs, IncrementalPairing, normalizeInput, writeIndexFile } from '../dist/internal.js';
import { machine, markdownTable, parseArgs, plantedStatements } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { sizes: '10000,100000', batch: 100, grow: 10000 });
const sizes = String(args.sizes).split(',').map(Number);
const scratch = mkdtempSync(path.join(tmpdir(), 'contradict-index-bench-'));
const seconds = (ms) => (ms / 1000).toFixed(1);
const mib = (bytes) => Math.round(bytes / 2 ** 20);
const options = { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS };

// The bundled model's id and threshold, as an index made with it records them.
const probe = await createIndex();
const header = { model: probe.modelId, threshold: probe.threshold, checks: true, pairing: options };
await probe.dispose();

// Pairs over time against one run: the same 10,000 statements in one detect({ idf: 'corpus' }) (no budget)
// and in 100 adds of 100 (pairing alone).
const { statements: sample } = await plantedStatements({ statements: 10_000, planted: 50, seed: 11, extractStatements });
const sampleStatements = normalizeInput(sample);
const unbounded = { ...options, maxPairs: Number.MAX_SAFE_INTEGER };
const onceKeys = new Set(findCandidatePairs(sampleStatements, { ...unbounded, idf: 'corpus' }).pairs.map((p) => `${p.first} ${p.second}`));
const overTime = new IncrementalPairing(unbounded);
const overTimeKeys = new Set();
for (let start = 0; start < sampleStatements.length; start += 100) {
  const steps = overTime.add(sampleStatements.slice(start, start + 100));
  let step;
  while (!(step = steps.next()).done);
  for (const p of step.value.pairs) overTimeKeys.add(`${p.first} ${p.second}`);
}
const missed = [...onceKeys].filter((k) => !overTimeKeys.has(k)).length;

const rows = [];
for (const size of sizes) {
  const { statements: list, planted } = await plantedStatements({ statements: size, planted: Math.max(2 * args.batch, Math.round(size / 200)), seed: 11, extractStatements });
  // Two batches: the copies of the first 2 x --batch planted pairs; the archive: everything else.
  const copies = new Set(planted.slice(0, 2 * args.batch).map((p) => p.copy));
  const archive = normalizeInput(list.filter((s) => !copies.has(s.id)));
  const batches = [0, 1].map((k) => planted.slice(k * args.batch, (k + 1) * args.batch).map((p) => list.find((s) => s.id === p.copy)));
  const pairing = new IncrementalPairing(options);
  let archivePairs = 0;
  const started = performance.now();
  for (let start = 0; start < archive.length; start += args.grow) {
    const steps = pairing.add(archive.slice(start, start + args.grow));
    let step;
    while (!(step = steps.next()).done);
    archivePairs += step.value.candidates;
  }
  const buildMs = performance.now() - started;
  global.gc?.();
  const buildRss = process.memoryUsage().rss;
  const file = path.join(scratch, `archive-${size}.index.jsonl.gz`);
  let t = performance.now();
  await writeIndexFile(file, pairing, [], { ...header, items: archive.length });
  const saveMs = performance.now() - t;
  t = performance.now();
  const index = await loadIndex(file);
  const loadMs = performance.now() - t;
  // The first add starts the checks worker and analyses every archive statement it meets; the second meets
  // many of them again.
  const reports = [];
  const addMs = [];
  for (const batch of batches) {
    t = performance.now();
    reports.push(await index.add(batch));
    addMs.push(performance.now() - t);
  }
  const report = reports[1];
  const found = new Set(reports.flatMap((r) => r.contradictions).map((c) => [c.first.id, c.second.id].sort().join(' ')));
  const hits = planted.slice(0, 2 * args.batch).filter((p) => found.has([p.original, p.copy].sort().join(' '))).length;
  rows.push({
    size: archive.length,
    buildS: Number(seconds(buildMs)),
    archivePairs,
    fileMiB: Number((statSync(file).size / 2 ** 20).toFixed(1)),
    saveS: Number(seconds(saveMs)),
    loadS: Number(seconds(loadMs)),
    addS: addMs.map((ms) => Number(seconds(ms))),
    addPairingS: Number(seconds(report.stats.timings.pairingMs)),
    addScoringS: Number(seconds(report.stats.timings.scoringMs)),
    addChecksS: Number(seconds(report.stats.timings.checksMs)),
    addPairs: reports.map((r) => r.stats.pairsScored),
    plantedFound: hits,
    rssMiB: mib(Math.max(buildRss, process.memoryUsage().rss)),
  });
  await index.dispose();
  rmSync(file);
  console.error(`index bench: ${size} done`);
}
rmSync(scratch, { recursive: true, force: true });

const m = machine();
console.log(`## Incremental index\n\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}; command: \`node --expose-gc bench/index.mjs --sizes ${args.sizes}\`. Two batches of ${args.batch} statements (copies of planted contradictions whose originals are in the archive), added one after the other; archive indexed by the pairing alone in batches of ${args.grow}.\n`);
console.log(
  `Pairs over time: ${sampleStatements.length} statements in one run (idf corpus, no budget) give ${onceKeys.size} pairs; added in 100 batches of 100, ${overTimeKeys.size} (${(overTimeKeys.size / onceKeys.size).toFixed(2)} times as many), and ${missed} of the one run's pairs are missed.\n`,
);
console.log(
  markdownTable(
    ['archive statements', 'indexing the archive (pairing only)', 'its pairs', 'index file', 'save / load', `add ${args.batch} statements: first / second add (all stages)`, 'second add: pairing / model / checks', 'pairs scored (first / second)', 'planted found (both adds)', 'peak RSS'],
    rows.map((r) => [r.size, `${r.buildS} s`, r.archivePairs, `${r.fileMiB} MiB`, `${r.saveS} s / ${r.loadS} s`, `${r.addS[0]} s / ${r.addS[1]} s`, `${r.addPairingS} / ${r.addScoringS} / ${r.addChecksS} s`, r.addPairs.join(' / '), `${r.plantedFound} / ${2 * args.batch}`, `${r.rssMiB} MiB`]),
  ),
);
