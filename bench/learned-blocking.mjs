// A learned blocking score, measured against the default pairing (no model involved). Each statement's 60
// nearest candidates (BM25 cosine) are re-ranked by a logistic regression over pair features (cosine, its
// share of each statement's best, ranks, shared words and numbers, length ratio, negation on one side only),
// fitted on mixed piles of the NLI *train* split (MNLI, XNLI-en: contradiction pairs against every other
// candidate pair); each statement then keeps its 30 best by that score. Evaluated on the four mixed piles of
// bench/pairing-variants.mjs against each statement keeping its 30 best by cosine (the default pairing).
// Run: npm run build && node bench/learned-blocking.mjs
import path from 'node:path';
import { extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, findCandidatePairs, normalizeInput, topicFeatures } from '../dist/internal.js';
import { markdownTable, mixedRealSets, nliPile, pairKey, pct, readJsonl, shareProposed, SHARED } from './lib.mjs';

const POOL = 60;
const KEEP = DEFAULT_NEIGHBORS;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|n't|cannot|without)\b/i;

/** Candidate pairs (each statement's POOL nearest) with their features. */
function candidates(texts) {
  const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
  const { pairs } = findCandidatePairs(statements, { neighbors: POOL, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: Number.MAX_SAFE_INTEGER, maxPostings: DEFAULT_MAX_POSTINGS, weighting: 'bm25' });
  const lists = texts.map(() => []);
  for (const pair of pairs) {
    lists[pair.first].push(pair);
    lists[pair.second].push(pair);
  }
  const rank = new Map();
  const best = texts.map(() => 0);
  lists.forEach((list, i) => {
    list.sort((a, b) => b.similarity - a.similarity);
    best[i] = list[0]?.similarity ?? 0;
    list.forEach((pair, r) => rank.set(`${i}:${pairKey(pair.first, pair.second)}`, r));
  });
  const features = texts.map((t) => new Set(topicFeatures(t).keys()));
  const words = texts.map((t) => t.split(/\s+/).length);
  const negated = texts.map((t) => NEGATION.test(t));
  const rows = pairs.map((pair) => {
    const { first: i, second: j, similarity } = pair;
    const key = pairKey(i, j);
    const ri = rank.get(`${i}:${key}`);
    const rj = rank.get(`${j}:${key}`);
    let shared = 0;
    let sharedNumber = 0;
    for (const f of features[i]) {
      if (!features[j].has(f)) continue;
      shared++;
      if (f.startsWith('#')) sharedNumber = 1;
    }
    const union = features[i].size + features[j].size - shared;
    return {
      pair,
      key,
      x: [
        similarity,
        Math.min(similarity / (best[i] || 1), similarity / (best[j] || 1)),
        Math.max(similarity / (best[i] || 1), similarity / (best[j] || 1)),
        Math.log1p(Math.min(ri, rj)),
        Math.log1p(Math.max(ri, rj)),
        Math.log1p(shared),
        union ? shared / union : 0,
        sharedNumber,
        Math.min(words[i], words[j]) / Math.max(words[i], words[j]),
        negated[i] !== negated[j] ? 1 : 0,
      ],
    };
  });
  return { rows, lists, n: texts.length };
}

/** Logistic regression by full-batch gradient descent on standardised features (balanced classes). */
function fit(rows, labels) {
  const d = rows[0].x.length;
  const mean = Array(d).fill(0);
  const std = Array(d).fill(0);
  for (const r of rows) r.x.forEach((v, k) => (mean[k] += v / rows.length));
  for (const r of rows) r.x.forEach((v, k) => (std[k] += (v - mean[k]) ** 2 / rows.length));
  for (let k = 0; k < d; k++) std[k] = Math.sqrt(std[k]) || 1;
  const z = rows.map((r) => r.x.map((v, k) => (v - mean[k]) / std[k]));
  const positives = labels.filter(Boolean).length;
  const weightOf = (y) => (y ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives)));
  const w = Array(d).fill(0);
  let b = 0;
  for (let step = 0; step < 300; step++) {
    const gw = Array(d).fill(0);
    let gb = 0;
    z.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, k) => s + v * w[k], 0))));
      const g = (p - (labels[n] ? 1 : 0)) * weightOf(labels[n]);
      x.forEach((v, k) => (gw[k] += (g * v) / rows.length));
      gb += g / rows.length;
    });
    for (let k = 0; k < d; k++) w[k] -= 0.5 * (gw[k] + 1e-4 * w[k]);
    b -= 0.5 * gb;
  }
  return (x) => b + x.reduce((s, v, k) => s + ((v - mean[k]) / std[k]) * w[k], 0);
}

/** Each statement keeps its KEEP best candidates by `score`; the union of those pairs. */
function keepBest({ rows, lists, n }, score) {
  const byKey = new Map(rows.map((r) => [r.key, score(r)]));
  const kept = new Map();
  for (let i = 0; i < n; i++) {
    const list = [...lists[i]].sort((a, b) => byKey.get(pairKey(b.first, b.second)) - byKey.get(pairKey(a.first, a.second)));
    for (const pair of list.slice(0, KEEP)) kept.set(pairKey(pair.first, pair.second), pair);
  }
  return [...kept.values()];
}

const train = await readJsonl(path.join(SHARED, 'data/nli/train.jsonl.gz'));
const trainRows = [];
const trainLabels = [];
for (const source of ['mnli', 'xnli-en']) {
  const pile = nliPile(train.filter((r) => r.source === source));
  const positive = new Set(pile.positives.map(([k]) => k));
  const { rows } = candidates(pile.texts);
  for (const row of rows) {
    trainRows.push(row);
    trainLabels.push(positive.has(row.key));
  }
}
const learned = fit(trainRows, trainLabels);
console.log(`fitted on ${trainRows.length} candidate pairs of the MNLI and XNLI-en train piles (${trainLabels.filter(Boolean).length} contradictions)\n`);

const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = mixedRealSets(realworld, extractStatements);
const test = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
for (const source of ['mnli', 'anli']) sets[source] = nliPile(test.filter((r) => r.source === source));

const table = [];
const cosineRow = [`each statement's ${KEEP} best by BM25 cosine (the default pairing)`];
const learnedRow = [`each statement's ${KEEP} best by the learned score, among its ${POOL} nearest`];
for (const { texts, positives } of Object.values(sets)) {
  const pool = candidates(texts);
  const byCosine = keepBest(pool, (r) => r.x[0]);
  const byLearned = keepBest(pool, (r) => learned(r.x));
  cosineRow.push(`${pct(shareProposed(byCosine, positives))} % (${byCosine.length})`);
  learnedRow.push(`${pct(shareProposed(byLearned, positives))} % (${byLearned.length})`);
}
table.push(cosineRow, learnedRow);
console.log(markdownTable(['ranking', ...Object.entries(sets).map(([name, set]) => `${name} mixed (${set.texts.length} statements): proposed (pairs)`)], table));
