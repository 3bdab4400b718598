import { InvalidInputError, throwIfAborted } from '../errors.js';
import { SLICE_MS, yieldToEventLoop } from '../platform.js';
import { corpusDocumentFrequency, corpusInverseDocumentFrequency, inverseDocumentFrequency } from './idf.js';
import { CORPUS_SENTENCES } from './corpus-df.js';
import { embeddingNeighbours, normalizeVectors } from './embeddings.js';
import { featureHash, NearCopyBuckets, nearCopyKeys, nearCopyPairs } from './near-copies.js';
import { PairMap } from './pair-map.js';
import type { Statement } from '../statements/statement.js';
import { topicFeatures } from './terms.js';

/** Sentence-embedding cosine above which two statements are on one topic (typical for MiniLM-style models). */
export const DEFAULT_MIN_EMBEDDING_SIMILARITY = 0.5;
/** Statements' worth of general-corpus document frequencies added to the input's (`idfPrior`). */
export const DEFAULT_IDF_PRIOR = 1000;

/** Two statements that talk about the same thing, by index into the statement list (`first < second`). */
export interface CandidatePair {
  readonly first: number;
  readonly second: number;
  /** Cosine similarity of their BM25 (or TF-IDF) topic vectors (or of their embeddings, when given), in [0, 1]. */
  readonly similarity: number;
}

export interface PairingOptions {
  /** Most similar statements kept per statement. */
  readonly neighbors: number;
  /** Pairs below this topic similarity are not candidates. */
  readonly minSimilarity: number;
  /** Most pairs kept overall (the most similar first). */
  readonly maxPairs: number;
  /**
   * Features shared by more statements than this are skipped when looking for neighbours (they still
   * count in nothing else). This bounds the cost: each statement visits at most this many others per
   * feature, so pairing grows as n * features * maxPostings instead of n².
   */
  readonly maxPostings: number;
  readonly signal?: AbortSignal;
  /**
   * Embeddings of the statements (one vector each, same order), from a model the caller chose. Their
   * nearest neighbours (cosine, found by LSH) become candidates too; a pair's similarity is the higher of
   * the two.
   */
  readonly embeddings?: readonly ArrayLike<number>[];
  /** Least cosine similarity of embeddings for a candidate pair. */
  readonly minEmbeddingSimilarity?: number;
  /**
   * Term weighting of the topic vectors: `bm25` (saturated, length-normalised; with `idf: 'corpus'` against a
   * fixed average length, `CORPUS_AVERAGE_LENGTH`) or `tfidf`. @default `bm25`
   */
  readonly weighting?: 'tfidf' | 'bm25';
  /**
   * Where the document frequencies (and BM25's average length) come from: `input`, the statements themselves
   * (the default), or `corpus`, a general English corpus and `CORPUS_AVERAGE_LENGTH` (the same weights for
   * every input, as an incremental index uses).
   */
  readonly idf?: 'input' | 'corpus';
  /**
   * With `idf: 'input'`: how many statements' worth of the general corpus's document frequencies are added to
   * the input's before the IDF is taken (a prior). A few statements say little about which words are common:
   * with two, every shared word counts as common. The prior fills that in, and it fades as the input grows.
   * 0 is the input alone. @default `DEFAULT_IDF_PRIOR`
   */
  readonly idfPrior?: number;
  /**
   * More neighbours where a topic is dense (measured in `bench/pairing-variants.mjs`, not on by default): after
   * the `neighbors` nearest, also keep those whose similarity is at least `share` of the last one kept, up to
   * `most` neighbours in all.
   */
  readonly dense?: { readonly share: number; readonly most: number };
  /**
   * Near copies (statements that share most of their topic features, common ones included, found by MinHash
   * bands: see near-copies.ts) join the candidates. @default true
   */
  readonly nearCopies?: boolean;
}

export interface PairingResult {
  readonly pairs: CandidatePair[];
  /** Distinct pairs that passed `minSimilarity` before the `maxPairs` budget. */
  readonly candidates: number;
  /** Features skipped as too common (shared by more than `maxPostings` statements). */
  readonly skippedFeatures: number;
  /** The pair budget it applied (`maxPairs`), for a report to name. */
  readonly maxPairs: number;
}

/**
 * Topic blocking: pick the pairs worth sending to the NLI model. Each statement becomes a BM25 vector of
 * its words, named entities and numbers; an inverted index finds, for each statement, the `neighbors`
 * most similar others without comparing all n² pairs.
 */
export function findCandidatePairs(statements: readonly Statement[], options: PairingOptions): PairingResult {
  const steps = pairingSteps(statements, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findCandidatePairs` that gives the event loop back every few milliseconds (after a statement's features
 * or neighbours), so that an abort takes effect during pairing, not after it.
 */
export async function findCandidatePairsInSlices(statements: readonly Statement[], options: PairingOptions): Promise<PairingResult> {
  return runInSlices(pairingSteps(statements, options), options.signal);
}

/** Run a generator of steps to its end, giving the event loop back every few milliseconds (aborts between slices). */
export async function runInSlices<T>(steps: Generator<void, T>, signal: AbortSignal | undefined): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted > SLICE_MS) {
      await yieldToEventLoop();
      throwIfAborted(signal);
      sliceStarted = performance.now();
    }
  }
}

// The pairing, as steps: it yields after each statement of the two loops over statements.
function* pairingSteps(statements: readonly Statement[], options: PairingOptions): Generator<void, PairingResult> {
  const n = statements.length;
  if (n < 2) return { pairs: [], candidates: 0, skippedFeatures: 0, maxPairs: options.maxPairs };
  const idf = options.idf ?? 'input';
  const { vectors, documentFrequency, featureNames } = yield* topicVectors(statements, options.weighting ?? 'bm25', idf, options.idfPrior ?? DEFAULT_IDF_PRIOR);
  const { postings, skippedFeatures } = invertedIndex(vectors, documentFrequency, options.maxPostings);
  const kept = yield* lexicalNeighbours(statements, vectors, postings, options);
  if (options.nearCopies ?? true) yield* addNearCopies(kept, vectors, featureNames, options.minSimilarity);
  if (options.embeddings) addEmbeddingNeighbours(kept, n, options.embeddings, options);
  const pairs: CandidatePair[] = [];
  for (const [key, similarity] of kept) pairs.push({ first: Math.floor(key / n), second: key % n, similarity });
  return { ...withinBudget(pairs, statements, options.maxPairs), skippedFeatures };
}

/**
 * The pairs, most similar first (ties by text), cut to the budget; `candidates` counts them all. When the
 * budget cuts, each statement's nearest neighbours go first: pairs are taken by their rank (the lower of the
 * pair's two places among each statement's pairs by similarity: 0 for a statement's most similar other),
 * then by similarity, so that every statement keeps its best pairs before any statement gets more.
 */
export function withinBudget(pairs: CandidatePair[], statements: readonly Statement[], maxPairs: number): { pairs: CandidatePair[]; candidates: number; maxPairs: number } {
  const bySimilarity = (a: CandidatePair, b: CandidatePair) =>
    b.similarity - a.similarity ||
    compareStatements(statements[a.first]!, statements[b.first]!) ||
    compareStatements(statements[a.second]!, statements[b.second]!);
  pairs.sort(bySimilarity);
  if (pairs.length <= maxPairs) return { pairs, candidates: pairs.length, maxPairs };
  // In similarity order, a pair's place in each of its statements' lists is how many of their pairs came before.
  // (Typed arrays, not Maps: a million statements give more pairs than a Map may hold.)
  const seen = new Int32Array(statements.length);
  const rank = new Int32Array(pairs.length);
  pairs.forEach((pair, k) => {
    rank[k] = Math.min(seen[pair.first]!, seen[pair.second]!);
    seen[pair.first]!++;
    seen[pair.second]!++;
  });
  const order = Array.from({ length: pairs.length }, (_, k) => k);
  // Within a rank, pairs stay in similarity order (they are sorted so already).
  order.sort((a, b) => rank[a]! - rank[b]! || a - b);
  const kept = order.slice(0, maxPairs).map((k) => pairs[k]!);
  return { pairs: kept.sort(bySimilarity), candidates: pairs.length, maxPairs };
}

export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

interface Posting {
  readonly docs: number[];
  readonly weights: number[];
}

/** Unit-length BM25 (or TF-IDF) vectors of the statements' topic features, and each feature's document frequency. */
// BM25's term-frequency saturation and length normalisation (Robertson and Zaragoza, 2009).
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/**
 * BM25's average statement length (the sum of its topic-feature weights) where the corpus's statistics are
 * used (`idf: 'corpus'`): fixed, so that a statement's weights depend on it alone (an incremental index needs
 * that). 15 is the mean over the real-world dev set's ChatProtect sentences; on that pile 12 to 20 propose
 * within 0.3 points of each other.
 */
export const CORPUS_AVERAGE_LENGTH = 15;

/** BM25 weight of a feature: IDF times the saturated, length-normalised term weight (the same arithmetic everywhere). */
export function bm25Weight(idf: number, tf: number, length: number, averageLength: number): number {
  return (idf * (tf * (BM25_K1 + 1))) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / (averageLength || 1)));
}

function* topicVectors(statements: readonly Statement[], weighting: 'tfidf' | 'bm25', idf: 'input' | 'corpus', prior: number): Generator<void, { vectors: SparseVector[]; documentFrequency: number[]; featureNames: string[] }> {
  const n = statements.length;
  const featureIds = new Map<string, number>();
  const vectors: SparseVector[] = [];
  const documentFrequency: number[] = [];
  for (const statement of statements) {
    const features = topicFeatures(statement.text);
    const ids = new Int32Array(features.size);
    const weights = new Float64Array(features.size);
    let k = 0;
    for (const [feature, weight] of features) {
      let id = featureIds.get(feature);
      if (id === undefined) {
        id = featureIds.size;
        featureIds.set(feature, id);
        documentFrequency.push(0);
      }
      documentFrequency[id]!++;
      ids[k] = id;
      weights[k++] = weight;
    }
    vectors.push({ ids, weights });
    yield;
  }
  const featureNames = [...featureIds.keys()];
  const names = idf === 'corpus' ? featureNames : [];
  // The input's document frequencies with the prior's pseudo-statements added (see `idfPrior`).
  const statementsSeen = n + prior;
  const frequency = idf === 'input' && prior > 0 ? documentFrequency.map((df, id) => df + (prior * corpusDocumentFrequency(featureNames[id]!)) / CORPUS_SENTENCES) : documentFrequency;
  const lengths = vectors.map((v) => v.weights.reduce((sum, w) => sum + w, 0));
  // With the corpus's IDF, a fixed average length too, so that a statement's weights depend on it alone.
  const averageLength = idf === 'corpus' ? CORPUS_AVERAGE_LENGTH : lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, n);
  vectors.forEach((vector, i) => {
    let norm = 0;
    for (let k = 0; k < vector.ids.length; k++) {
      const df = frequency[vector.ids[k]!]!;
      if (weighting === 'bm25') {
        const tf = vector.weights[k]!;
        const idf = names.length ? corpusInverseDocumentFrequency(names[vector.ids[k]!]!) : Math.log(1 + (statementsSeen - df + 0.5) / (df + 0.5));
        vector.weights[k] = bm25Weight(idf, tf, lengths[i]!, averageLength);
        norm += vector.weights[k]! ** 2;
        continue;
      }
      vector.weights[k]! *= idf === 'corpus' ? corpusInverseDocumentFrequency(names[vector.ids[k]!]!) : inverseDocumentFrequency(statementsSeen, df);
      norm += vector.weights[k]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < vector.ids.length; k++) vector.weights[k]! /= norm;
  });
  return { vectors, documentFrequency, featureNames };
}

/** Inverted index over the features shared by 2 to `maxPostings` statements. */
function invertedIndex(vectors: readonly SparseVector[], documentFrequency: readonly number[], maxPostings: number): { postings: Posting[]; skippedFeatures: number } {
  const postings: Posting[] = documentFrequency.map(() => ({ docs: [], weights: [] }));
  const skippedFeatures = documentFrequency.filter((df) => df > maxPostings).length;
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      const df = documentFrequency[id]!;
      if (df < 2 || df > maxPostings) continue;
      postings[id]!.docs.push(doc);
      postings[id]!.weights.push(vector.weights[k]!);
    }
  });
  return { postings, skippedFeatures };
}

/**
 * The `count` statements of `touched` with the highest `scores` at or above `minSimilarity`, most similar
 * first (ties by text, then index: the order a full sort gives), by selection rather than sorting them all;
 * `each` sees every one at or above `minSimilarity`.
 */
export function nearestAbove(touched: readonly number[], scores: Float64Array, minSimilarity: number, count: number, statements: readonly Statement[], each?: (j: number) => void): number[] {
  const ids: number[] = [];
  const ahead = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && compareStatements(statements[a]!, statements[b]!) < 0);
  for (const j of touched) {
    if (scores[j]! < minSimilarity) continue;
    each?.(j);
    if (ids.length === count && (count === 0 || !ahead(j, ids[count - 1]!))) continue;
    let at = ids.length < count ? ids.push(j) - 1 : count - 1;
    while (at > 0 && ahead(j, ids[at - 1]!)) {
      ids[at] = ids[at - 1]!;
      at--;
    }
    ids[at] = j;
  }
  return ids;
}

/** For each statement, its `neighbors` most similar others above `minSimilarity`: pair key → cosine. */
function* lexicalNeighbours(
  statements: readonly Statement[],
  vectors: readonly SparseVector[],
  postings: readonly Posting[],
  options: PairingOptions,
): Generator<void, PairMap> {
  const n = statements.length;
  const scores = new Float64Array(n);
  const touched: number[] = [];
  const kept = new PairMap();
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 0) throwIfAborted(options.signal);
    const vector = vectors[i]!;
    for (let k = 0; k < vector.ids.length; k++) {
      const list = postings[vector.ids[k]!]!;
      const weight = vector.weights[k]!;
      for (let p = 0; p < list.docs.length; p++) {
        const j = list.docs[p]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += weight * list.weights[p]!;
      }
    }
    // Enough of the nearest for the dense rule below to extend into.
    const neighbours = nearestAbove(touched, scores, options.minSimilarity, options.dense ? Math.max(options.neighbors, options.dense.most) : options.neighbors, statements);
    let keep = Math.min(options.neighbors, neighbours.length);
    if (options.dense && keep > 0) {
      const floor = scores[neighbours[keep - 1]!]! * options.dense.share;
      while (keep < Math.min(options.dense.most, neighbours.length) && scores[neighbours[keep]!]! >= floor) keep++;
    }
    for (const j of neighbours.slice(0, keep)) {
      const key = i < j ? i * n + j : j * n + i;
      kept.set(key, Math.min(1, scores[j]!));
    }
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    yield;
  }
  return kept;
}

/**
 * Near copies (statements that share a MinHash band bucket, see near-copies.ts) join the candidates with the
 * cosine of their whole topic vectors, common features included, where it reaches `minSimilarity` (a pair
 * keeps its higher similarity).
 */
function* addNearCopies(kept: PairMap, vectors: readonly SparseVector[], featureNames: readonly string[], minSimilarity: number): Generator<void> {
  const hashes = featureNames.map(featureHash);
  const buckets = new NearCopyBuckets();
  vectors.forEach((vector, i) => {
    for (const key of nearCopyKeys(Array.from(vector.ids, (id) => hashes[id]!))) buckets.add(key, i);
  });
  yield;
  const n = vectors.length;
  const dense = new Float64Array(featureNames.length);
  let count = 0;
  for (const [i, j] of nearCopyPairs(buckets, n)) {
    const similarity = Math.min(1, sparseCosine(vectors[i]!, 1, vectors[j]!, 1, dense));
    if (similarity >= minSimilarity) {
      const key = i * n + j;
      kept.set(key, Math.max(kept.get(key) ?? 0, similarity));
    }
    if (++count % 1024 === 0) yield;
  }
}

/**
 * Cosine of two sparse vectors given with their lengths (1 for unit vectors): `a` scattered into `dense` (a
 * zeroed scratch array over the features, left zeroed), `b` read, each weight divided by its length. The
 * incremental index calls it with the same order of operands, so a pair's similarity is the same bits there.
 */
export function sparseCosine(a: SparseVector, aNorm: number, b: SparseVector, bNorm: number, dense: Float64Array): number {
  for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = a.weights[k]! / aNorm;
  let dot = 0;
  for (let k = 0; k < b.ids.length; k++) dot += dense[b.ids[k]!]! * (b.weights[k]! / bNorm);
  for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = 0;
  return dot;
}

/** Nearest neighbours by the caller's embeddings join the candidates (a pair keeps its higher similarity). */
function addEmbeddingNeighbours(kept: PairMap, n: number, embeddings: readonly ArrayLike<number>[], options: PairingOptions): void {
  if (!Array.isArray(embeddings) || embeddings.length !== n) {
    const got = Array.isArray(embeddings) ? `${embeddings.length}` : typeof embeddings;
    throw new InvalidInputError(`embed must return one vector per statement: got ${got} for ${n} statements`, { field: 'embed' });
  }
  // Every vector: array-like, of one dimension, finite numbers (a NaN would make every cosine NaN).
  const dimension = (embeddings[0] as ArrayLike<number> | undefined)?.length;
  embeddings.forEach((vector, index) => {
    if (vector === null || typeof vector !== 'object' || typeof vector.length !== 'number' || vector.length === 0) {
      throw new InvalidInputError(`embed returned a vector that is not an array of numbers`, { field: 'embed', index });
    }
    if (vector.length !== dimension) {
      throw new InvalidInputError(`embed returned vectors of different lengths (${dimension} and ${vector.length})`, { field: 'embed', index });
    }
    for (let k = 0; k < vector.length; k++) {
      if (typeof vector[k] !== 'number' || !Number.isFinite(vector[k])) {
        throw new InvalidInputError(`embed returned ${String(vector[k])} at position ${k} of a vector`, { field: 'embed', index });
      }
    }
  });
  const neighbours = embeddingNeighbours(normalizeVectors(embeddings), {
    neighbors: options.neighbors,
    minSimilarity: options.minEmbeddingSimilarity ?? DEFAULT_MIN_EMBEDDING_SIMILARITY,
    maxBucket: options.maxPostings,
  });
  for (const [key, similarity] of neighbours) kept.set(key, Math.max(kept.get(key) ?? 0, similarity));
}

// Ties are broken by text, so the chosen pairs do not depend on the order of the input.
export function compareStatements(a: Statement, b: Statement): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : a.index - b.index;
}
