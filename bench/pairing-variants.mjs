// Pairing variants on mixed piles of real statements (no model involved): the share of labelled
// contradictions that topic blocking proposes, and the pairs it costs, for each term weighting, neighbour
// setting and signal; then the default budget among planted contradictions at scale.
// Run: npm run build && node bench/pairing-variants.mjs [--planted 100000] [--budgets 100000,150000,200000,300000]
// The SIF variant needs the word vectors of a training run (training/work/vectors.vec and corpus.tok.txt,
// made by `bash training/run.sh`); without them it is skipped.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, defaultMaxPairs, findCandidatePairs, normalizeInput } from '../dist/internal.js';
import { markdownTable, mixedRealSets, nliPile, pct, plantedStatements, readJsonl, ROOT, shareProposed, SHARED } from './lib.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};

// The real-world dev set's mixed piles, and two from the NLI test split: every premise and hypothesis of
// MNLI (matched dev) and of ANLI (Wikipedia passages against written claims) in one pile each, the
// contradiction pairs labelled. Their contradictions share fewer words than planted ones.
const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = mixedRealSets(realworld, extractStatements);
const nliTest = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
for (const source of ['mnli', 'anli']) sets[source] = nliPile(nliTest.filter((r) => r.source === source));

// SIF sentence vectors (Arora et al., 2017) from the fastText word vectors trained here: the average of the
// whole-word vectors weighted by a / (a + p(word)), minus the pile's first principal component.
const VECTORS = path.join(ROOT, 'training/work/vectors.vec');
const CORPUS = path.join(ROOT, 'training/work/corpus.tok.txt');
const sif = fs.existsSync(VECTORS) && fs.existsSync(CORPUS) ? await sifEmbedder() : undefined;
if (!sif) console.log(`(no ${path.relative(ROOT, VECTORS)}: the SIF variant is skipped)\n`);

async function sifEmbedder(a = 1e-3) {
  const counts = new Map();
  let total = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(CORPUS) })) {
    for (const token of line.split(' ')) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
      total++;
    }
  }
  const vectors = new Map();
  let dim = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(VECTORS) })) {
    const parts = line.trim().split(' ');
    if (dim === 0) {
      dim = Number(parts[1]);
      continue;
    }
    if (parts.length !== dim + 1 || parts[0].startsWith('##')) continue;
    const weight = a / (a + (counts.get(parts[0]) ?? 0) / total);
    vectors.set(parts[0], Float64Array.from(parts.slice(1), (x) => weight * Number(x)));
  }
  return (texts) => {
    const out = texts.map((text) => {
      const sum = new Float64Array(dim);
      for (const word of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        const v = vectors.get(word);
        if (v) for (let k = 0; k < dim; k++) sum[k] += v[k];
      }
      return sum;
    });
    // First principal component by power iteration, removed from every vector.
    const u = new Float64Array(dim).fill(1 / Math.sqrt(dim));
    for (let iteration = 0; iteration < 30; iteration++) {
      const next = new Float64Array(dim);
      for (const e of out) {
        let d = 0;
        for (let k = 0; k < dim; k++) d += e[k] * u[k];
        for (let k = 0; k < dim; k++) next[k] += d * e[k];
      }
      const norm = Math.hypot(...next) || 1;
      for (let k = 0; k < dim; k++) u[k] = next[k] / norm;
    }
    for (const e of out) {
      let d = 0;
      for (let k = 0; k < dim; k++) d += e[k] * u[k];
      for (let k = 0; k < dim; k++) e[k] -= d * u[k];
    }
    return out;
  };
}

// `detect`'s pairing: BM25 weights from the input, DEFAULT_NEIGHBORS (30) neighbours; each variant below says what it changes.
const base = { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: Number.MAX_SAFE_INTEGER, maxPostings: DEFAULT_MAX_POSTINGS, weighting: /** @type {const} */ ('bm25') };
const tfidf = { weighting: /** @type {const} */ ('tfidf') };
/** @type {[string, (texts: string[]) => object][]} */
const variants = [
  ['TF-IDF, 10 neighbours, least similarity 0.1 (the first default)', () => ({ ...tfidf, neighbors: 10, minSimilarity: 0.1 })],
  ['TF-IDF, 20 neighbours (the previous default)', () => ({ ...tfidf, neighbors: 20 })],
  ['TF-IDF, 25 neighbours', () => ({ ...tfidf, neighbors: 25 })],
  ['TF-IDF, 30 neighbours', () => ({ ...tfidf, neighbors: 30 })],
  ['TF-IDF, 40 neighbours', () => ({ ...tfidf, neighbors: 40 })],
  ['BM25, 20 neighbours', () => ({ neighbors: 20 })],
  ['BM25, 25 neighbours', () => ({ neighbors: 25 })],
  ['BM25, 30 neighbours (default)', () => ({})],
  ['TF-IDF with corpus IDF, 20 neighbours', () => ({ ...tfidf, idf: /** @type {const} */ ('corpus'), neighbors: 20 })],
  ['TF-IDF with corpus IDF, 30 neighbours (the index before)', () => ({ ...tfidf, idf: /** @type {const} */ ('corpus') })],
  ['BM25 with corpus IDF and a fixed average length, 30 neighbours (the index)', () => ({ idf: /** @type {const} */ ('corpus') })],
  ['BM25 with corpus IDF and a fixed average length, 26 neighbours', () => ({ idf: /** @type {const} */ ('corpus'), neighbors: 26 })],
  ['TF-IDF, 20 neighbours + dense topics (within 90 % of the 20th, up to 40)', () => ({ ...tfidf, neighbors: 20, dense: { share: 0.9, most: 40 } })],
  ['TF-IDF, 20 neighbours + dense topics (within 75 % of the 20th, up to 60)', () => ({ ...tfidf, neighbors: 20, dense: { share: 0.75, most: 60 } })],
  ...(sif
    ? /** @type {[string, (texts: string[]) => object][]} */ ([
        ['SIF vectors only, 20 neighbours, cosine >= 0.2', (texts) => ({ neighbors: 20, minSimilarity: 2, embeddings: sif(texts), minEmbeddingSimilarity: 0.2 })],
        ['TF-IDF 20 + SIF 20 (cosine >= 0.2)', (texts) => ({ ...tfidf, neighbors: 20, embeddings: sif(texts), minEmbeddingSimilarity: 0.2 })],
        ['TF-IDF 20 + SIF 20 (cosine >= 0.5)', (texts) => ({ ...tfidf, neighbors: 20, embeddings: sif(texts), minEmbeddingSimilarity: 0.5 })],
      ])
    : []),
];
const rows = [];
for (const [name, options] of variants) {
  /** @type {(string | number)[]} */
  const row = [name];
  for (const { texts, positives } of Object.values(sets)) {
    const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
    const result = findCandidatePairs(statements, { ...base, ...options(texts) });
    row.push(`${pct(shareProposed(result.pairs, positives))} % (${result.pairs.length})`);
  }
  rows.push(row);
}
console.log(
  markdownTable(
    ['variant (no pair budget)', ...Object.entries(sets).map(([name, set]) => `${name} mixed (${set.texts.length} statements, ${set.positives.length} contradictions): proposed (pairs)`)],
    rows,
  ),
);

// Planted contradictions among n UN sentences: the share that pairing proposes under several budgets, the
// default one (defaultMaxPairs(n)) among them. --planted 0 skips it.
const plantedSize = Number(argument('--planted', 100_000));
if (plantedSize > 0) {
  const { statements: list, planted } = await plantedStatements({ statements: plantedSize, planted: Math.round(plantedSize / 200), seed: 7, extractStatements });
  const statements = normalizeInput(list);
  const budgets = [...new Set([DEFAULT_MAX_PAIRS, defaultMaxPairs(statements.length), ...argument('--budgets', '').split(',').filter(Boolean).map(Number)])].sort((a, b) => a - b);
  const budgetRows = [];
  for (const maxPairs of budgets) {
    const started = performance.now();
    const result = findCandidatePairs(statements, { ...base, maxPairs });
    const keys = new Set(result.pairs.map((p) => [statements[p.first].id, statements[p.second].id].sort().join(' ')));
    const proposed = planted.filter((p) => keys.has([p.original, p.copy].sort().join(' '))).length;
    budgetRows.push([`${maxPairs}${maxPairs === defaultMaxPairs(statements.length) ? ' (default)' : ''}`, result.candidates, result.pairs.length, `${proposed} of ${planted.length} (${pct(proposed / planted.length)} %)`, ((performance.now() - started) / 1000).toFixed(0)]);
  }
  console.log(`\nPlanted contradictions among ${statements.length} statements (UN speeches), detect's pairing (BM25, 30 neighbours, least similarity 0.05):\n`);
  console.log(markdownTable(['maxPairs', 'candidate pairs', 'pairs kept', 'planted pairs proposed', 'pairing s'], budgetRows));
}
