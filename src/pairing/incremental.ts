import { InvalidInputError } from '../errors.js';
import type { Statement } from '../statements/statement.js';
import { bm25Weight, CORPUS_AVERAGE_LENGTH, nearestAbove, sparseCosine, withinBudget, type CandidatePair, type PairingResult } from './candidates.js';
import { corpusInverseDocumentFrequency } from './idf.js';
import { featureHash, MAX_NEAR_COPY_BUCKET, NearCopyBuckets, nearCopyKeys } from './near-copies.js';
import { PairMap } from './pair-map.js';
import { topicFeatures } from './terms.js';

/** The pairing options an incremental index keeps for its whole life (see `PairingOptions`). */
export interface IncrementalPairingOptions {
  readonly neighbors: number;
  readonly minSimilarity: number;
  /** Most pairs proposed by one `add`. */
  readonly maxPairs: number;
  readonly maxPostings: number;
}

/** A statement's nearest neighbours so far: their indices and similarities, most similar first. */
interface Nearest {
  ids: number[];
  similarities: number[];
}

interface Doc {
  readonly ids: Int32Array;
  /** Raw feature weights (before BM25), same order as `ids` (what a saved index keeps). */
  readonly tf: Float64Array;
  /** BM25 weights with the corpus IDF, same order as `ids`. */
  readonly weights: Float64Array;
  /** Length of its BM25 vector. */
  readonly norm: number;
  nearest: Nearest;
}

/** One statement of a saved index: its statement, features and nearest neighbours (by saved position). */
export interface SavedDoc {
  readonly statement: Statement;
  readonly features: readonly number[];
  readonly weights: readonly number[];
  readonly nearest: readonly number[];
  readonly similarities: readonly number[];
  /** Its nearest neighbours must be searched again at the next `add` (after a removal). */
  readonly stale?: boolean;
}

/**
 * Topic blocking over a growing set of statements: the pairing of `findCandidatePairs` with `idf: 'corpus'`
 * (BM25 against the corpus's IDF and a fixed average length), made incremental.
 *
 * With the corpus's statistics a pair's similarity depends on its two statements only (and on which of
 * their shared features are too common to count: shared by more than `maxPostings` statements). The index
 * keeps each statement's `neighbors` nearest neighbours. `add` searches them for each new statement among
 * everything indexed (the new ones included), offers each new statement to the nearest neighbours of the
 * earlier ones it resembles, and searches again the statements whose nearest neighbours may have changed:
 * those with a feature that has just passed `maxPostings` and a neighbour that has it too, those with a
 * feature that has fallen back under it, and those that lost a neighbour to `remove`. So a statement's nearest neighbours are always those one run over all indexed statements would
 * find, and every pair such a run proposes is proposed by some `add` (tested). Added in one batch, the pairs
 * are exactly those of `findCandidatePairs`. Pairs that later statements push out of a statement's nearest
 * neighbours stay proposed, so more pairs are scored than in one run. The cost of `add` grows with the batch
 * and the postings of its features (at most `maxPostings` each), and with the statements searched again, not
 * with the size of the index.
 */
export class IncrementalPairing {
  private readonly featureIds = new Map<string, number>();
  private readonly featureNames: string[] = [];
  private readonly featureHashes: number[] = [];
  /** Near-copy band key → the live statements with it (see near-copies.ts). */
  private readonly buckets = new NearCopyBuckets();
  private readonly documentFrequency: number[] = [];
  private readonly idfs: number[] = [];
  private readonly postingDocs: number[][] = [];
  /** Each posting's BM25 weight divided by its statement's norm (a statement's norm never changes). */
  private readonly postingWeights: number[][] = [];
  /** Whether each doc is live (not removed), by index: a flat array, since `search` reads it once per posting. */
  private readonly liveFlags: boolean[] = [];
  private readonly docs: Doc[] = [];
  /**
   * The similarity a statement must pass to join each doc's nearest neighbours: its last neighbour's when the
   * list is full, else -Infinity (a flat array read once per neighbour of every new statement; `offer` relies on it).
   */
  private readonly floors: number[] = [];
  /** The statement of each doc, by the same index (kept as one array: a report reads it, not a copy per add). */
  private readonly statementList: Statement[] = [];
  /** Statements to search again at the next `add`. */
  private readonly stale = new Set<number>();
  /**
   * Statements with a feature that passed `maxPostings` in this `add` whose nearest neighbours did not change
   * with it (none of them has the feature), by their neighbours before the `add`: instead of being searched
   * again, they take offers as usual and report, at the end, the neighbours they did not have before (the
   * pairs a search again would report).
   */
  private readonly unchanged = new Map<number, ReadonlySet<number>>();
  private liveCount = 0;

  constructor(readonly options: IncrementalPairingOptions) {}

  /** Statements indexed and not removed. */
  get size(): number {
    return this.liveCount;
  }

  statementAt(index: number): Statement {
    return this.statementList[index]!;
  }

  /** The statements by index, for a report (removed slots included, so that indices stay stable). */
  get statements(): readonly Statement[] {
    return this.statementList;
  }

  /** The next free index: statements given to `add` are numbered from here. */
  get nextIndex(): number {
    return this.docs.length;
  }

  isLive(index: number): boolean {
    return this.liveFlags[index] === true;
  }

  /**
   * Index the statements (numbered from `nextIndex` on) and return the new candidate pairs, by index: each
   * involves a new statement or one searched again; the most similar first, cut to `maxPairs`. A generator
   * of steps, like the one-shot pairing, so that a caller can run it in slices.
   */
  *add(statements: readonly Statement[]): Generator<void, PairingResult> {
    const first = this.docs.length;
    statements.forEach((statement, k) => {
      if (statement.index !== first + k) throw new InvalidInputError(`statement ${statement.id} has index ${statement.index}, expected ${first + k}`);
    });
    // The new statements' near-copy band keys, for the near-copy pass below (not kept past this add).
    const newBands: number[][] = [];
    for (const statement of statements) {
      newBands.push(this.insert(statement, topicFeatures(statement.text), first));
      yield;
    }
    // Pair key -> similarity; a PairMap, since one batch of a million statements can give more pairs than one Map holds.
    const kept = new PairMap();
    const width = this.docs.length;
    const scores = new Float64Array(width);
    const touched: number[] = [];
    // A pair proposed twice (a near copy is often a nearest neighbour too) keeps its higher similarity.
    const keep = (i: number, j: number, similarity: number) => {
      const key = i < j ? i * width + j : j * width + i;
      kept.set(key, Math.max(kept.get(key) ?? 0, Math.min(1, similarity)));
    };
    for (let i = first; i < width; i++) {
      const nearest = this.search(i, scores, touched, (j) => {
        // An earlier statement takes the new one when it enters its own nearest neighbours.
        if (j < first && scores[j]! > this.floors[j]! && !this.stale.has(j)) {
          this.offer(j, i, scores[j]!);
          if (!this.unchanged.has(j)) keep(j, i, scores[j]!);
        }
      });
      for (let k = 0; k < nearest.ids.length; k++) keep(i, nearest.ids[k]!, nearest.similarities[k]!);
      this.setNearest(i, nearest);
      yield;
    }
    // Near copies: a new statement and the earlier ones in a bucket of at most MAX_NEAR_COPY_BUCKET (bucket sizes
    // only grow between removals, so every pair of a final bucket that small is proposed when its later member comes).
    const dense = new Float64Array(this.featureNames.length);
    for (let i = first; i < width; i++) this.nearCopies(i, newBands[i - first]!, (j) => j < i, dense, keep);
    for (const [j, before] of this.unchanged) {
      const { ids, similarities } = this.docs[j]!.nearest;
      for (let k = 0; k < ids.length; k++) if (!before.has(ids[k]!)) keep(j, ids[k]!, similarities[k]!);
    }
    this.unchanged.clear();
    // Statements whose similarities changed: their nearest neighbours, searched again, join as new pairs.
    for (const j of [...this.stale].sort((a, b) => a - b)) {
      this.stale.delete(j);
      if (!this.liveFlags[j]) continue;
      const before = new Set(this.docs[j]!.nearest.ids);
      const nearest = this.search(j, scores, touched, () => {});
      for (let k = 0; k < nearest.ids.length; k++) if (!before.has(nearest.ids[k]!)) keep(j, nearest.ids[k]!, nearest.similarities[k]!);
      this.setNearest(j, nearest);
      // A bucket that a removal brought back to MAX_NEAR_COPY_BUCKET marks its statements stale: their pairs join.
      this.nearCopies(j, this.bands(this.docs[j]!), () => true, dense, keep);
      yield;
    }
    const pairs: CandidatePair[] = [];
    for (const [key, similarity] of kept) pairs.push({ first: Math.floor(key / width), second: key % width, similarity });
    const skippedFeatures = this.documentFrequency.filter((df) => df > this.options.maxPostings).length;
    return { ...withinBudget(pairs, this.statements, this.options.maxPairs), skippedFeatures };
  }

  /**
   * Drop statements by index: they leave the document frequencies and are never paired again; the statements
   * that had one of them among their nearest neighbours are searched again at the next `add`.
   */
  remove(indices: Iterable<number>): void {
    const scores = new Float64Array(this.docs.length);
    const touched: number[] = [];
    for (const index of indices) {
      const doc = this.docs[index];
      if (!doc || !this.liveFlags[index]) continue;
      this.search(index, scores, touched, (j) => {
        if (this.docs[j]!.nearest.ids.includes(index)) this.stale.add(j);
      });
      this.liveFlags[index] = false;
      this.liveCount--;
      this.stale.delete(index);
      for (const band of this.bands(doc)) {
        const left = this.buckets.remove(band, index);
        // Back to the size that proposes pairs: its statements' pairs are proposed at the next add.
        if (left.length === MAX_NEAR_COPY_BUCKET) for (const j of left) this.stale.add(j);
      }
      for (const id of doc.ids) {
        this.documentFrequency[id]!--;
        // A feature back under the limit counts again in the similarities of the statements that have it.
        if (this.documentFrequency[id] === this.options.maxPostings) this.markStale(id, this.docs.length);
      }
    }
  }

  /** The live statements renumbered from 0, their features and nearest neighbours, and the feature names. */
  snapshot(): { features: readonly string[]; docs: SavedDoc[] } {
    const position = new Map<number, number>();
    for (let i = 0; i < this.docs.length; i++) if (this.liveFlags[i]) position.set(i, position.size);
    const docs: SavedDoc[] = [];
    for (let i = 0; i < this.docs.length; i++) {
      const doc = this.docs[i]!;
      if (!this.liveFlags[i]) continue;
      const kept = doc.nearest.ids.map((id, k) => [position.get(id), doc.nearest.similarities[k]!] as const).filter(([at]) => at !== undefined);
      docs.push({
        statement: { ...this.statementList[i]!, index: docs.length },
        features: [...doc.ids],
        weights: [...doc.tf],
        nearest: kept.map(([at]) => at!),
        similarities: kept.map(([, similarity]) => similarity),
        ...(this.stale.has(i) || kept.length < doc.nearest.ids.length ? { stale: true } : {}),
      });
    }
    return { features: this.featureNames, docs };
  }

  /** Rebuild from a snapshot (the statements renumbered from 0, in order). */
  static restore(options: IncrementalPairingOptions, features: readonly string[], docs: Iterable<SavedDoc>): IncrementalPairing {
    const pairing = new IncrementalPairing(options);
    for (const saved of docs) {
      const map = new Map<string, number>();
      saved.features.forEach((id, k) => map.set(features[id]!, (map.get(features[id]!) ?? 0) + saved.weights[k]!));
      const index = pairing.docs.length;
      pairing.insert({ ...saved.statement, index }, map, 0);
      pairing.setNearest(index, { ids: [...saved.nearest], similarities: [...saved.similarities] });
      if (saved.stale) pairing.stale.add(index);
    }
    return pairing;
  }

  // Index a statement's features. A feature that passes maxPostings with it stops counting in the similarities
  // of the statements before `first` that have it: they are searched again.
  private insert(statement: Statement, features: Map<string, number>, first: number): number[] {
    const index = this.docs.length;
    const ids = new Int32Array(features.size);
    const tf = new Float64Array(features.size);
    let k = 0;
    for (const [feature, weight] of features) {
      let id = this.featureIds.get(feature);
      if (id === undefined) {
        id = this.featureNames.length;
        this.featureIds.set(feature, id);
        this.featureNames.push(feature);
        this.documentFrequency.push(0);
        this.postingDocs.push([]);
        this.postingWeights.push([]);
        this.featureHashes.push(featureHash(feature));
      }
      ids[k] = id;
      tf[k++] = weight;
    }
    // BM25 as findCandidatePairs weighs with idf: 'corpus' (the same arithmetic, so the same similarities).
    let length = 0;
    for (const weight of features.values()) length += weight;
    const weights = new Float64Array(ids.length);
    let sum = 0;
    for (let k = 0; k < ids.length; k++) {
      weights[k] = bm25Weight(this.idf(ids[k]!), tf[k]!, length, CORPUS_AVERAGE_LENGTH);
      sum += weights[k]! ** 2;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      this.documentFrequency[id]!++;
      if (this.documentFrequency[id] === this.options.maxPostings + 1) this.markStaleWhereNeighbourShares(id, first);
      this.postingDocs[id]!.push(index);
      this.postingWeights[id]!.push(weights[k]! / norm);
    }
    const doc: Doc = { ids, tf, weights, norm, nearest: { ids: [], similarities: [] } };
    const bands = this.bands(doc);
    for (const band of bands) this.buckets.add(band, index);
    this.docs.push(doc);
    this.floors.push(-Infinity);
    this.liveFlags.push(true);
    this.statementList.push(statement);
    this.liveCount++;
    return bands;
  }

  private markStale(feature: number, before: number): void {
    for (const j of this.postingDocs[feature]!) if (j < before && this.liveFlags[j]) this.stale.add(j);
  }

  /**
   * A feature that stops counting lowers only the similarities of pairs that both have it. A statement with it
   * whose nearest neighbours all lack it keeps the same nearest neighbours (theirs are unchanged, every other
   * similarity can only fall), so only the statements with a neighbour that has it are searched again.
   */
  private markStaleWhereNeighbourShares(feature: number, before: number): void {
    for (const j of this.postingDocs[feature]!) {
      if (j >= before || !this.liveFlags[j] || this.stale.has(j)) continue;
      const { ids } = this.docs[j]!.nearest;
      if (ids.some((n) => this.docs[n]!.ids.includes(feature))) {
        this.stale.add(j);
        this.unchanged.delete(j);
      } else if (!this.unchanged.has(j)) this.unchanged.set(j, new Set(ids));
    }
  }

  // IDF by feature number, from the corpus (memoised).
  private idf(id: number): number {
    let idf = this.idfs[id];
    if (idf === undefined) {
      idf = corpusInverseDocumentFrequency(this.featureNames[id]!);
      this.idfs[id] = idf;
    }
    return idf;
  }

  /**
   * Statement i's nearest neighbours among the live statements: the cosine with every statement that shares a
   * feature of 2 to maxPostings statements, summed in the order findCandidatePairs sums; `each` sees every
   * statement at or above minSimilarity (its similarity in scores) before scores are cleared.
   */
  private search(i: number, scores: Float64Array, touched: number[], each: (j: number) => void): Nearest {
    const doc = this.docs[i]!;
    for (let k = 0; k < doc.ids.length; k++) {
      const id = doc.ids[k]!;
      const df = this.documentFrequency[id]!;
      if (df < 2 || df > this.options.maxPostings) continue;
      const weight = doc.weights[k]! / doc.norm;
      const docs = this.postingDocs[id]!;
      const weights = this.postingWeights[id]!;
      const live = this.liveFlags;
      for (let p = 0; p < docs.length; p++) {
        const j = docs[p]!;
        if (j === i || !live[j]) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += weight * weights[p]!;
      }
    }
    const ids = nearestAbove(touched, scores, this.options.minSimilarity, this.options.neighbors, this.statementList, each);
    const nearest = { ids, similarities: ids.map((j) => scores[j]!) };
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    return nearest;
  }

  /**
   * Statement i's near copies (`which` of its mates in its `bands`' buckets of at most MAX_NEAR_COPY_BUCKET live statements),
   * each with the cosine of the whole BM25 vectors where it reaches minSimilarity, as findCandidatePairs gives
   * them. `dense`: a zeroed scratch array over the features, left zeroed.
   */
  private nearCopies(i: number, bands: readonly number[], which: (j: number) => boolean, dense: Float64Array, keep: (i: number, j: number, similarity: number) => void): void {
    for (const band of bands) {
      const bucket = this.buckets.get(band);
      if (bucket.length < 2 || bucket.length > MAX_NEAR_COPY_BUCKET) continue;
      for (const j of bucket) {
        if (j === i || !which(j)) continue;
        // The earlier statement first, as findCandidatePairs sums: the same similarity to the last bit.
        const [a, b] = i < j ? [this.docs[i]!, this.docs[j]!] : [this.docs[j]!, this.docs[i]!];
        const dot = sparseCosine(a, a.norm, b, b.norm, dense);
        if (Math.min(1, dot) >= this.options.minSimilarity) keep(i, j, dot);
      }
    }
  }

  // A doc's near-copy band keys, from its features (computed again when needed rather than kept: 4 per statement).
  private bands(doc: Doc): number[] {
    return nearCopyKeys(Array.from(doc.ids, (id) => this.featureHashes[id]!));
  }

  private setNearest(index: number, nearest: Nearest): void {
    this.docs[index]!.nearest = nearest;
    const { neighbors } = this.options;
    this.floors[index] = nearest.ids.length >= neighbors ? nearest.similarities[neighbors - 1]! : -Infinity;
  }

  // Put statement `id` into doc j's nearest neighbours: the caller has found `similarity` above j's floor.
  private offer(j: number, id: number, similarity: number): void {
    const nearest = this.docs[j]!.nearest;
    const { ids, similarities } = nearest;
    let at = ids.length;
    while (at > 0 && similarities[at - 1]! < similarity) at--;
    ids.splice(at, 0, id);
    similarities.splice(at, 0, similarity);
    if (ids.length > this.options.neighbors) {
      ids.pop();
      similarities.pop();
    }
    this.setNearest(j, nearest);
  }
}
