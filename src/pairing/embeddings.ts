import { PairMap } from './pair-map.js';
import { IS_NODE, nodeRequire } from '../platform.js';

/**
 * Nearest neighbours by cosine similarity of caller-given embeddings: exact up to `EXACT_SEARCH_LIMIT`
 * statements, and above it without comparing all n² pairs: an HNSW graph (usearch) where that package is
 * installed, else random-hyperplane locality-sensitive hashing (Charikar 2002). Each of `tables` hash tables puts a
 * statement in the bucket named by the signs of `bits` random projections; statements that share a
 * bucket in any table are compared exactly. Seeded, so the same vectors give the same pairs.
 */
export interface EmbeddingPairingOptions {
  readonly neighbors: number;
  readonly minSimilarity: number;
  /** Most statements compared from one bucket (bounds the cost like `maxPostings`). */
  readonly maxBucket: number;
  readonly tables?: number;
  readonly bits?: number;
  /** Above the exact limit: `hnsw` (usearch, when installed; the default) or `lsh`. */
  readonly search?: 'hnsw' | 'lsh';
}

// 8 tables of 12 bits: two statements at cosine 0.8 share a bucket in at least one table with
// probability 1 - (1 - (1 - acos(0.8)/π)^12)^8 ≈ 0.93.
const DEFAULT_TABLES = 8;
const DEFAULT_BITS = 12;

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

export function normalizeVectors(vectors: readonly ArrayLike<number>[]): Float32Array[] {
  return vectors.map((vector) => {
    const out = Float32Array.from(vector);
    let norm = 0;
    for (const v of out) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < out.length; i++) out[i]! /= norm;
    return out;
  });
}

/**
 * Up to this many statements, every pair's cosine is computed (exact nearest neighbours: n² / 2 dot
 * products, about a second for 2,000 statements of 384 dimensions); above it, an HNSW index (the optional
 * peer dependency `usearch`, when it is installed), else LSH buckets.
 */
export const EXACT_SEARCH_LIMIT = 2000;

type Usearch = typeof import('usearch');
let usearchModule: Usearch | null | undefined;

/** `usearch` when it is installed (an optional peer dependency; Node.js only), else undefined. */
export function loadUsearch(): Usearch | undefined {
  if (usearchModule === undefined) {
    try {
      usearchModule = IS_NODE ? nodeRequire<Usearch>('usearch') : null;
    } catch {
      usearchModule = null;
    }
  }
  return usearchModule ?? undefined;
}

/** Nearest neighbours from an HNSW index (usearch, cosine): each statement's `neighbors` above `minSimilarity`. */
export function hnswNeighbours(usearch: Usearch, vectors: readonly Float32Array[], options: EmbeddingPairingOptions): PairMap {
  const n = vectors.length;
  const dim = vectors[0]!.length;
  const flat = new Float32Array(n * dim);
  vectors.forEach((vector, i) => flat.set(vector, i * dim));
  const keys = new BigUint64Array(n);
  for (let i = 0; i < n; i++) keys[i] = BigInt(i);
  const index = new usearch.Index({ dimensions: dim, metric: usearch.MetricKind.Cos, quantization: usearch.ScalarKind.F32, connectivity: 16, expansion_add: 128, expansion_search: 128, multi: false });
  // One thread, to build and to search: the graph, and so the pairs, are the same on every run (with more
  // threads the build order varies, and a planted pair was missed in about one run in six).
  index.add(keys, flat, 1);
  const k = Math.min(n, options.neighbors + 1);
  const found = index.search(flat, k, 1) as { keys: BigUint64Array; distances: Float32Array; counts: BigUint64Array };
  const pairs = new PairMap();
  for (let i = 0; i < n; i++) {
    const count = Number(found.counts[i]);
    for (let r = 0; r < count; r++) {
      const j = Number(found.keys[i * k + r]);
      const similarity = 1 - found.distances[i * k + r]!;
      if (j !== i && similarity >= options.minSimilarity) addPair(pairs, n, i, j, similarity);
    }
  }
  return pairs;
}

/** Candidate pairs `i * n + j` (i < j) with their cosine similarity. */
export function embeddingNeighbours(vectors: readonly Float32Array[], options: EmbeddingPairingOptions): PairMap {
  const n = vectors.length;
  const pairs = new PairMap();
  if (n < 2) return pairs;
  if (n <= EXACT_SEARCH_LIMIT) return exactNeighbours(vectors, options);
  const usearch = options.search === 'lsh' ? undefined : loadUsearch();
  if (usearch) return hnswNeighbours(usearch, vectors, options);
  const dim = vectors[0]!.length;
  const tables = options.tables ?? DEFAULT_TABLES;
  const bits = options.bits ?? DEFAULT_BITS;
  const next = random(1234567);
  const buckets: Map<number, number[]>[] = [];
  const codes: Int32Array[] = [];
  for (let t = 0; t < tables; t++) {
    const planes = Array.from({ length: bits }, () => Float32Array.from({ length: dim }, next));
    const code = new Int32Array(n);
    const table = new Map<number, number[]>();
    vectors.forEach((vector, i) => {
      let c = 0;
      for (let b = 0; b < bits; b++) {
        let dot = 0;
        const plane = planes[b]!;
        for (let k = 0; k < dim; k++) dot += plane[k]! * vector[k]!;
        if (dot >= 0) c |= 1 << b;
      }
      code[i] = c;
      if (!table.has(c)) table.set(c, []);
      table.get(c)!.push(i);
    });
    buckets.push(table);
    codes.push(code);
  }
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    const scored: [number, number][] = [];
    for (let t = 0; t < tables; t++) {
      const bucket = buckets[t]!.get(codes[t]![i]!)!;
      if (bucket.length > options.maxBucket) continue;
      for (const j of bucket) {
        if (j === i || seen.has(j)) continue;
        seen.add(j);
        let dot = 0;
        const a = vectors[i]!;
        const b = vectors[j]!;
        for (let k = 0; k < dim; k++) dot += a[k]! * b[k]!;
        if (dot >= options.minSimilarity) scored.push([j, dot]);
      }
    }
    keepNearest(pairs, n, i, scored, options.neighbors);
  }
  return pairs;
}

/** Each statement's `neighbors` most similar others above `minSimilarity`, by comparing every pair. */
function exactNeighbours(vectors: readonly Float32Array[], options: EmbeddingPairingOptions): PairMap {
  const n = vectors.length;
  const dim = vectors[0]!.length;
  const similarity = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = vectors[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j]!;
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += a[k]! * b[k]!;
      similarity[i * n + j] = dot;
      similarity[j * n + i] = dot;
    }
  }
  const pairs = new PairMap();
  for (let i = 0; i < n; i++) {
    const scored: [number, number][] = [];
    for (let j = 0; j < n; j++) {
      const value = similarity[i * n + j]!;
      if (j !== i && value >= options.minSimilarity) scored.push([j, value]);
    }
    keepNearest(pairs, n, i, scored, options.neighbors);
  }
  return pairs;
}

/** Pair `i * n + j` (i < j) with its cosine; a pair found from both ends keeps the higher (at most 1). */
function addPair(pairs: PairMap, n: number, i: number, j: number, similarity: number): void {
  const key = i < j ? i * n + j : j * n + i;
  const previous = pairs.get(key);
  pairs.set(key, Math.min(1, previous === undefined ? similarity : Math.max(previous, similarity)));
}

/** Statement `i`'s `neighbors` most similar candidates ([j, cosine]; ties by index) as pairs. */
function keepNearest(pairs: PairMap, n: number, i: number, scored: [number, number][], neighbors: number): void {
  scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [j, similarity] of scored.slice(0, neighbors)) addPair(pairs, n, i, j, similarity);
}
