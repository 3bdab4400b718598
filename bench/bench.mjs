// npm run bench [-- --quick] [-- --model <dir>] [-- --pairing <statements>] [-- --e2e <statements>]
// Speed figures, not assertions: NLI throughput through the library against the same model on bare
// onnxruntime-node (same inputs, same run), batching against one call per pair, the two transformers.js
// packages, model load, and detectContradictions end to end on 100 to 100,000 statements (each size in
// its own process, for its own peak memory). Warm-up before timing; medians of several runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDetector, extractStatements } from '../dist/index.js';
import { BUNDLED_MODEL_DIRECTORY, createTransformersNliModel, defaultMaxPairs, DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, findCandidatePairs, findCandidatePairsInSlices, normalizeInput, embeddingNeighbours, loadUsearch, normalizeVectors, WORKER_MIN_PAIRS } from '../dist/internal.js';
import { longNewsSentences, machine, markdownTable, parseArgs, plantedStatements, readJsonl, readLines, ROOT, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { quick: false, model: BUNDLED_MODEL_DIRECTORY, dtype: 'q8', e2e: 0, pairing: 0, nearCopies: '', documentMb: 0, out: path.join(ROOT, 'bench/results/bench.json') });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => performance.now();

// Statements of news-sentence length (short: ~10 words, long: ~35 words), written for this benchmark.
const SHORT = ['Iran sent drones to Russia last year.', 'Ukrainian forces shot down ten drones.', 'The minister denied the report on Monday.', 'Prices of grain rose sharply this week.', 'The border crossing near Lviv is closed.', 'Officials said the talks would resume soon.', 'The army lost the battle for the city.', 'No missiles were delivered to the front.'];
const LONG = [
  "Iran's foreign minister said on Saturday that his country had supplied a small number of drones to Russia months before the war began, but denied any deliveries since then.",
  'Ukrainian air defence units say they shoot down at least ten Iranian-made drones every day over Kyiv and other cities, and that the number of attacks has grown since September.',
  'The European Union agreed on Thursday to impose new sanctions on three Iranian generals and a company that makes the drones, after months of debate among its member states.',
  'Analysts said the drones are cheap and slow, which makes them easy to hear from the ground but hard to stop when dozens are launched at the same target in a single night.',
];
const pairsOf = (list, n) => Array.from({ length: n }, (_, i) => ({ premise: list[i % list.length], hypothesis: list[(i * 3 + 1) % list.length] }));

async function time(fn, repeats) {
  await fn(); // warm-up
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t = now();
    await fn();
    times.push(now() - t);
  }
  return median(times);
}

// The end-to-end and pairing-alone runs' input: n UN sentences with a contradiction planted per 200.
const plantedInput = (n) => plantedStatements({ statements: n, planted: Math.max(5, Math.round(n / 200)), seed: 7, extractStatements });

async function endToEnd(n) {
  const { statements, planted: pairs } = await plantedInput(n);
  const detector = await createDetector({ model: { id: args.model, dtype: args.dtype } });
  const t = now();
  const report = await detector.detect(statements, { includeAllPairs: true });
  const seconds = (now() - t) / 1000;
  const key = (a, b) => [a, b].sort().join('|');
  const plantedKeys = new Set(pairs.map((p) => key(p.original, p.copy)));
  const paired = report.pairs.filter((p) => plantedKeys.has(key(p.first.id, p.second.id))).length;
  await detector.dispose();
  return {
    statements: statements.length,
    seconds,
    candidatePairs: report.stats.candidatePairs,
    pairsScored: report.stats.pairsScored,
    timings: report.stats.timings,
    pairingRecall: paired / plantedKeys.size,
    planted: plantedKeys.size,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    warnings: report.warnings.map((w) => w.code),
  };
}

// One plain-text document of `mb` megabytes (UN General Debate paragraphs, blank lines between them) under
// the default options: the whole run's time and peak memory.
async function bigDocument(mb) {
  const paragraphs = [];
  let size = 0;
  for await (const line of readLines(path.join(SHARED, 'data/text/un_general_debates.txt.gz'))) {
    if (line.trim() === '') continue;
    paragraphs.push(line);
    size += Buffer.byteLength(line) + 2;
    if (size >= mb * 1e6) break;
  }
  const document = paragraphs.join('\n\n');
  const detector = await createDetector({ model: { id: args.model, dtype: args.dtype } });
  const t = now();
  const report = await detector.detect([{ document, id: 'doc' }]);
  const seconds = (now() - t) / 1000;
  await detector.dispose();
  return {
    megabytes: Buffer.byteLength(document) / 1e6,
    statements: report.stats.statements,
    seconds,
    candidatePairs: report.stats.candidatePairs,
    pairsScored: report.stats.pairsScored,
    contradictions: report.stats.contradictions,
    timings: report.stats.timings,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    warnings: report.warnings.map((w) => w.code),
  };
}

// Pairing alone on the planted set of `endToEnd` (`npm run bench -- --pairing 1000000`): the default options with
// and without near-copy blocking, each in a child process (for its own peak memory). The recall is the
// end-to-end run's (planted pairs among those kept within the default budget), without the model's hours.
async function pairingOnly(n, nearCopies) {
  const { statements, planted: pairs } = await plantedInput(n);
  const list = normalizeInput(statements);
  const at = new Map(list.map((s) => [s.id, s.index]));
  const plantedKeys = new Set(pairs.map((p) => [at.get(p.original), at.get(p.copy)].sort((a, b) => a - b).join('|')));
  const t = now();
  const result = findCandidatePairs(list, { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPostings: DEFAULT_MAX_POSTINGS, maxPairs: defaultMaxPairs(list.length), nearCopies });
  const seconds = (now() - t) / 1000;
  const found = result.pairs.filter((p) => plantedKeys.has(`${p.first}|${p.second}`)).length;
  return [list.length, nearCopies ? 'yes (default)' : 'no', seconds.toFixed(1), result.candidates, result.pairs.length, `${(100 * found / plantedKeys.size).toFixed(1)} % of ${plantedKeys.size}`, (process.resourceUsage().maxRSS / 1024).toFixed(0)];
}

if (args.pairing) {
  if (args.nearCopies) {
    process.stdout.write(JSON.stringify(await pairingOnly(args.pairing, args.nearCopies === 'yes')));
    process.exit(0);
  }
  const rows = ['no', 'yes'].map((nearCopies) => {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--pairing', String(args.pairing), '--near-copies', nearCopies], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`pairing run failed: ${child.stderr}`);
    return JSON.parse(child.stdout);
  });
  console.log(markdownTable(['statements', 'near copies', 'pairing s', 'candidate pairs', 'pairs kept (budget)', 'pairing recall (planted)', 'peak RSS MiB'], rows));
  process.exit(0);
}
if (args.e2e) {
  // Child process: one end-to-end size.
  process.stdout.write(JSON.stringify(await endToEnd(args.e2e)));
  process.exit(0);
}
if (args.documentMb) {
  // One big document alone: `npm run bench -- --document-mb 5`.
  const r = await bigDocument(args.documentMb);
  console.log(markdownTable(['document MB', 'statements', 'wall s', 'pairs scored', 'pairing s', 'NLI s', 'checks s', 'peak RSS MiB', 'warnings'], [[r.megabytes.toFixed(1), r.statements, r.seconds.toFixed(1), r.pairsScored, (r.timings.pairingMs / 1000).toFixed(1), (r.timings.scoringMs / 1000).toFixed(1), (r.timings.checksMs / 1000).toFixed(1), r.peakRssMiB.toFixed(0), r.warnings.join(', ')]]));
  process.exit(0);
}

/** @type {Record<string, any>} */
const result = { command: `npm run bench${args.quick ? ' -- --quick' : ''}`, model: path.basename(args.model), dtype: args.dtype, machine: machine(), date: new Date().toISOString() };
const repeats = args.quick ? 3 : 5;

// Model load time and memory.
const rssBefore = process.memoryUsage().rss;
let t = now();
const model = await createTransformersNliModel({ model: args.model, dtype: args.dtype, batchSize: 32 });
result.load = { seconds: (now() - t) / 1000, rssMiB: (process.memoryUsage().rss - rssBefore) / 1048576 };

// Throughput through the library, by batch size and statement length.
result.throughput = [];
const { AutoTokenizer } = await import('@huggingface/transformers');
const ort = await import('onnxruntime-node');
const tokenizer = await AutoTokenizer.from_pretrained(args.model, { local_files_only: true });
const session = await ort.InferenceSession.create(path.join(args.model, 'onnx', args.dtype === 'fp32' ? 'model.onnx' : 'model_quantized.onnx'));
for (const [length, list] of [['short', SHORT], ['long', LONG]]) {
  for (const batch of [1, 8, 32, 128]) {
    const n = Math.max(batch, args.quick ? 128 : 256);
    const pairs = pairsOf(list, n);
    const library = await createTransformersNliModel({ model: args.model, dtype: args.dtype, batchSize: batch });
    const libraryMs = await time(() => library.classify({ pairs }), repeats);
    await library.dispose();
    // The same pairs, tokenized beforehand, straight into onnxruntime-node in batches of the same size.
    const feeds = [];
    for (let i = 0; i < n; i += batch) {
      const chunk = pairs.slice(i, i + batch);
      const encoded = tokenizer(chunk.map((p) => p.premise), { text_pair: chunk.map((p) => p.hypothesis), padding: true });
      const feed = {};
      for (const name of session.inputNames) feed[name] = new ort.Tensor('int64', encoded[name].data, encoded[name].dims);
      feeds.push(feed);
    }
    const rawMs = await time(async () => {
      for (const feed of feeds) await session.run(feed);
    }, repeats);
    result.throughput.push({ length, batch, pairs: n, libraryPairsPerSecond: (n / libraryMs) * 1000, onnxPairsPerSecond: (n / rawMs) * 1000, overhead: libraryMs / rawMs });
  }
}
const naivePairs = pairsOf(SHORT, 128);
const naiveMs = await time(async () => {
  for (const pair of naivePairs) await model.classify({ pairs: [pair] });
}, repeats);
const batchedMs = await time(() => model.classify({ pairs: naivePairs }), repeats);
result.naive = { pairs: 128, naivePairsPerSecond: (128 / naiveMs) * 1000, batchedPairsPerSecond: (128 / batchedMs) * 1000, speedup: naiveMs / batchedMs };
await model.dispose();

// Scoring pairs the library has not seen, with the checks on against off (each statement analysed for the
// first time by the checks): the shared test split's pairs, and long news sentences (SummEdits articles,
// 150 characters or more, each paired with the next).
result.checksCost = [];
{
  const testRows = args.quick ? 1000 : 3000;
  const allTest = (await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'), testRows + WORKER_MIN_PAIRS)).map((r) => ({ premise: r.premise, hypothesis: r.hypothesis }));
  const test = allTest.slice(0, testRows);
  // Warm-up on other pairs, enough to start the detector's checks worker thread and load its language
  // libraries (one-offs per detector), which then takes runs of RUNNING_WORKER_MIN_PAIRS pairs or more: the
  // figures are the steady speed on texts seen for the first time.
  const warmUp = allTest.slice(testRows);
  const long = await longNewsSentences(extractStatements);
  const newsPairs = long.slice(0, -1).map((premise, i) => ({ premise, hypothesis: long[i + 1] })).slice(0, args.quick ? 500 : 1500);
  /** @type {[string, { premise: string, hypothesis: string }[]][]} */
  const sets = [['shared test pairs', test], ['long news sentences', newsPairs]];
  for (const [name, pairs] of sets) {
    const seconds = {};
    for (const checks of [true, false]) {
      const detector = await createDetector({ model: { id: args.model, dtype: args.dtype }, checks });
      await detector.scorePairs(warmUp);
      const started = now();
      await detector.scorePairs(pairs);
      seconds[checks ? 'on' : 'off'] = (now() - started) / 1000;
      await detector.dispose();
    }
    result.checksCost.push({ pairs: name, count: pairs.length, checksOnPairsPerSecond: pairs.length / seconds.on, checksOffPairsPerSecond: pairs.length / seconds.off, ratio: seconds.off / seconds.on });
  }
}

// The two transformers.js packages on the same model and pairs (batch 32, short statements).
result.runtimes = [];
{
  const pairs = pairsOf(SHORT, 256);
  const hf = await import('@huggingface/transformers');
  const xenova = await import('@xenova/transformers');
  // @xenova/transformers 2.x resolves every model name under env.localModelPath; point it at models/.
  xenova.env.localModelPath = path.dirname(args.model) + path.sep;
  xenova.env.allowRemoteModels = false;
  // Each package loads the same model its own way: @xenova by name under localModelPath, with `quantized`.
  const packages = [
    {
      name: '@huggingface/transformers 4.3.1',
      tokenizer: () => hf.AutoTokenizer.from_pretrained(args.model, { local_files_only: true }),
      model: () => hf.AutoModelForSequenceClassification.from_pretrained(args.model, { dtype: args.dtype, local_files_only: true }),
    },
    {
      name: '@xenova/transformers 2.17.2',
      tokenizer: () => xenova.AutoTokenizer.from_pretrained(path.basename(args.model), { local_files_only: true }),
      model: () => xenova.AutoModelForSequenceClassification.from_pretrained(path.basename(args.model), { quantized: args.dtype !== 'fp32', local_files_only: true }),
    },
  ];
  for (const { name, tokenizer: loadTokenizer, model: loadModel } of packages) {
    const started = now();
    const tok = await loadTokenizer();
    const network = await loadModel();
    const loadSeconds = (now() - started) / 1000;
    const ms = await time(async () => {
      for (let i = 0; i < pairs.length; i += 32) {
        const chunk = pairs.slice(i, i + 32);
        await network(tok(chunk.map((p) => p.premise), { text_pair: chunk.map((p) => p.hypothesis), padding: true, truncation: true }));
      }
    }, repeats);
    result.runtimes.push({ package: name, loadSeconds, pairsPerSecond: (pairs.length / ms) * 1000 });
    await network.dispose?.();
  }
}

// What giving the event loop back every 20 ms during pairing costs (so that an abort takes effect there).
{
  const { statements } = await plantedStatements({ statements: 10_000, planted: 50, seed: 11, extractStatements });
  const normalized = normalizeInput(statements);
  const options = { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS };
  const syncMs = await time(async () => findCandidatePairs(normalized, options), repeats);
  const slicedMs = await time(() => findCandidatePairsInSlices(normalized, options), repeats);
  result.pairingSlices = { statements: normalized.length, syncSeconds: syncMs / 1000, slicedSeconds: slicedMs / 1000, ratio: slicedMs / syncMs };
}

// Pairing by caller-given embeddings above the exact-search limit: planted pairs at cosine 0.5, 0.7 and 0.9
// among random unit vectors (64 dimensions), found by the HNSW index (usearch) and by LSH, with their time.
{
  const n = args.quick ? 5000 : 20000;
  const dim = 64;
  const seeded = (() => { let a = 99; return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648); })();
  const gaussian = () => Math.sqrt(-2 * Math.log(seeded() || 1e-12)) * Math.cos(2 * Math.PI * seeded());
  const vectors = Array.from({ length: n }, () => Array.from({ length: dim }, gaussian));
  const unit = (v) => { const norm = Math.hypot(...v); return v.map((x) => x / norm); };
  const levels = [0.5, 0.7, 0.9];
  const planted = [];
  levels.forEach((cosine, l) => {
    for (let p = 0; p < 30; p++) {
      const i = (l * 30 + p) * 2;
      const a = unit(vectors[i]);
      // b = cosine * a + sqrt(1 - cosine²) * (a unit vector orthogonal to a)
      let noise = Array.from({ length: dim }, gaussian);
      const along = noise.reduce((s, x, k) => s + x * a[k], 0);
      noise = unit(noise.map((x, k) => x - along * a[k]));
      vectors[i] = a;
      vectors[i + 1] = a.map((x, k) => cosine * x + Math.sqrt(1 - cosine * cosine) * noise[k]);
      planted.push({ cosine, key: i * n + i + 1 });
    }
  });
  const normalized = normalizeVectors(vectors);
  result.embeddingSearch = { statements: n, dimensions: dim, methods: [] };
  for (const search of /** @type {('hnsw' | 'lsh')[]} */ ([...(loadUsearch() ? ['hnsw'] : []), 'lsh'])) {
    const started = now();
    const found = embeddingNeighbours(normalized, { neighbors: DEFAULT_NEIGHBORS, minSimilarity: 0.45, maxBucket: DEFAULT_MAX_POSTINGS, search });
    const seconds = (now() - started) / 1000;
    const recall = Object.fromEntries(levels.map((cosine) => [cosine, planted.filter((p) => p.cosine === cosine && found.has(p.key)).length / 30]));
    result.embeddingSearch.methods.push({ search, seconds, recall, pairs: found.size });
  }
}

// End to end, each size in a child process.
result.endToEnd = [];
for (const n of args.quick ? [100, 1000] : [100, 1000, 10000, 100000]) {
  const child = spawnSync(process.execPath, [import.meta.filename, '--e2e', String(n), '--model', args.model, '--dtype', args.dtype], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`end-to-end run for n=${n} failed: ${child.stderr}`);
  result.endToEnd.push({ n, ...JSON.parse(child.stdout) });
}

// Both cores: the 1,000-statement size again with the checks kept in the main thread (there they interleave
// with the model's calls, which run on onnxruntime's own threads).
{
  const child = spawnSync(process.execPath, [import.meta.filename, '--e2e', '1000', '--model', args.model, '--dtype', args.dtype], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CONTRADICT_CHECKS_IN_THREAD: '1' } });
  if (child.status !== 0) throw new Error(`end-to-end run without the worker failed: ${child.stderr}`);
  const inThread = JSON.parse(child.stdout);
  const withWorker = result.endToEnd.find((r) => r.n === 1000);
  result.checksWorker = { statements: inThread.statements, inThreadSeconds: inThread.seconds, workerSeconds: withWorker.seconds, speedup: inThread.seconds / withWorker.seconds };
}

const f = (x, d = 0) => x.toFixed(d);
console.log(`\n## Benchmark: ${result.model} (${args.dtype})${args.quick ? ', quick' : ''}, node ${process.version}\n`);
console.log(`Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, node ${result.machine.node}; command: \`${result.command}\`\n`);
console.log(`Model load: ${f(result.load.seconds, 2)} s, +${f(result.load.rssMiB)} MiB resident memory\n`);
console.log(markdownTable(['statements', 'batch', 'library pairs/s', 'bare onnxruntime pairs/s', 'library time / bare time'], result.throughput.map((r) => [r.length, r.batch, f(r.libraryPairsPerSecond), f(r.onnxPairsPerSecond), f(r.overhead, 2)])));
console.log(`\nOne model call per pair: ${f(result.naive.naivePairsPerSecond)} pairs/s; one call for 128 pairs (batches of 32): ${f(result.naive.batchedPairsPerSecond)} pairs/s (${f(result.naive.speedup, 1)}x)\n`);
console.log(markdownTable(['package', 'load s (tokenizer + model)', 'pairs/s (batch 32, short)'], result.runtimes.map((r) => [r.package, f(r.loadSeconds, 2), f(r.pairsPerSecond)])));
console.log('\n' + markdownTable(['statements', 'wall s', 'candidate pairs', 'pairs scored', 'pairing s', 'NLI s', 'checks s', 'peak RSS MiB', 'pairing recall (planted)'], result.endToEnd.map((r) => [r.statements, f(r.seconds, 1), r.candidatePairs, r.pairsScored, f(r.timings.pairingMs / 1000, 1), f(r.timings.scoringMs / 1000, 1), f(r.timings.checksMs / 1000, 1), f(r.peakRssMiB), `${f(100 * r.pairingRecall, 1)} % of ${r.planted}`])));
console.log(`\nBoth cores: ${result.checksWorker.statements} statements end to end in ${f(result.checksWorker.workerSeconds, 1)} s with the checks in a worker thread beside the model, ${f(result.checksWorker.inThreadSeconds, 1)} s with them in the main thread (${f(result.checksWorker.speedup, 2)}x)`);
console.log(`\nEmbedding pairing above the exact limit, ${result.embeddingSearch.statements} random unit vectors of ${result.embeddingSearch.dimensions} dimensions with 30 planted pairs at each cosine:\n`);
console.log(markdownTable(['search', 'seconds', 'found at cosine 0.5', '0.7', '0.9', 'pairs kept'], result.embeddingSearch.methods.map((m) => [m.search === 'hnsw' ? 'HNSW (usearch)' : 'LSH', f(m.seconds, 2), `${f(100 * m.recall[0.5])} %`, `${f(100 * m.recall[0.7])} %`, `${f(100 * m.recall[0.9])} %`, m.pairs])));
console.log(`\nScoring pairs not seen before, checks on against off (one run each, after a warm-up on ${WORKER_MIN_PAIRS} other pairs that starts the detector's checks worker thread):\n`);
console.log(markdownTable(['pairs', 'count', 'pairs/s, checks on', 'pairs/s, checks off', 'speed with checks / without'], result.checksCost.map((r) => [r.pairs, r.count, f(r.checksOnPairsPerSecond), f(r.checksOffPairsPerSecond), f(r.ratio, 2)])));
console.log(`\nPairing ${result.pairingSlices.statements} statements: ${f(result.pairingSlices.syncSeconds, 2)} s in one go, ${f(result.pairingSlices.slicedSeconds, 2)} s giving the event loop back every 20 ms (${f(result.pairingSlices.ratio, 2)}x)`);
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(result, null, 1));
console.log(`\nwrote ${path.relative(ROOT, args.out)}`);
