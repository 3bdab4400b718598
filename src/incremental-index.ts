import { openDetector } from './detector.js';
import { ContradictError, InvalidInputError } from './errors.js';
import { DEFAULT_MAX_PAIRS, type DetectionOptions, type RunOptions } from './options.js';
import { runInSlices } from './pairing/candidates.js';
import { IncrementalPairing, type IncrementalPairingOptions, type SavedDoc } from './pairing/incremental.js';
import { judgeCandidates, type RunSettings } from './pipeline/run.js';
import { builtin } from './platform.js';
import { normalizeInputWithNotes } from './statements/normalize.js';
import type { DetectionInput, Statement } from './statements/statement.js';
import type { Contradiction, DetectionReport } from './types.js';

/** The options of one `add`: the index's threshold and checks stay as they were when it was made. */
export type IndexAddOptions = Pick<RunOptions, 'signal' | 'onProgress' | 'includeAllPairs'>;

/**
 * An index of statements that grows over time: each `add` checks the new statements against each other and
 * against everything indexed before, and returns their contradictions. Made by {@link createIndex} or
 * {@link loadIndex}.
 */
export interface ContradictionIndex {
  readonly modelId: string;
  /** Statements in the index. */
  readonly size: number;
  /** The score threshold of its contradictions (fixed for the index's life). */
  readonly threshold: number;
  /**
   * Add statements or documents (the input of `detect`) and return the report of this batch: the
   * contradictions among the new statements and between them and the statements already indexed. Ids must
   * be new to the index; generated ids ("s<n>", "d<n>#<k>") count on from earlier batches. Calls run one
   * after another; an `add` that fails or is aborted leaves the index as it was.
   */
  add(input: DetectionInput, options?: IndexAddOptions): Promise<DetectionReport>;
  /** Remove statements by id, with the contradictions they took part in. An unknown id is an error. */
  remove(ids: readonly string[]): Promise<number>;
  has(id: string): boolean;
  /** Every contradiction found so far between statements still in the index, highest score first. */
  contradictions(): Contradiction[];
  /**
   * Write the whole index (statements, topic-blocking state, contradictions found) to a gzipped JSONL file,
   * through a temporary file renamed into place. Node.js only.
   */
  save(path: string): Promise<void>;
  /** Release the model; the index cannot be used afterwards. */
  dispose(): Promise<void>;
}

const FORMAT = 'contradict-index';
// 2: the pairing weighs with BM25 against the corpus's statistics (version 1: TF-IDF); a version-1 file's
// nearest neighbours were found with the other weights, so it is refused rather than mixed.
const VERSION = 2;
const PAIRING_KEYS = ['neighbors', 'minSimilarity', 'maxPairs', 'maxPostings'] as const;

interface Header {
  readonly format: typeof FORMAT;
  readonly version: number;
  readonly model: string;
  readonly threshold: number;
  readonly checks: boolean;
  readonly pairing: IncrementalPairingOptions;
  readonly items: number;
  readonly statements: number;
  readonly contradictions: number;
  readonly features: readonly string[];
}

interface Restored {
  readonly pairing: IncrementalPairing;
  readonly items: number;
  readonly contradictions: readonly Contradiction[];
  readonly header: Header;
}

/**
 * Make an empty {@link ContradictionIndex} with a loaded model. Takes the options of `createDetector`; its
 * pairing options (neighbors, minSimilarity, maxPairs per `add`, maxPostings), threshold and checks hold for
 * the index's whole life, and are saved with it. `embed` is not supported by the index.
 *
 * @example
 * const index = await createIndex();
 * await index.add(['Iran sent no drones to Russia.']);
 * const report = await index.add(['Iran sent drones to Russia.']); // finds the pair across the two batches
 * await index.save('claims.index.jsonl.gz');
 */
export async function createIndex(options?: DetectionOptions): Promise<ContradictionIndex> {
  return openIndex(options, undefined);
}

/**
 * Load an index written by `save`. The options are those of {@link createIndex}: the model must be the one
 * the index was built with (the bundled one unless given); pairing options, threshold and checks come from
 * the file, and giving different ones is an error.
 */
export async function loadIndex(path: string, options?: DetectionOptions): Promise<ContradictionIndex> {
  const restored = await readIndexFile(path);
  const given = (options ?? {}) as Record<string, unknown>;
  const saved: Record<string, unknown> = { ...restored.header.pairing, threshold: restored.header.threshold, checks: restored.header.checks };
  for (const [key, value] of Object.entries(saved)) {
    if (given[key] !== undefined && given[key] !== value) {
      throw new InvalidInputError(`the index was built with ${key} ${String(value)}, not ${String(given[key])}`, { file: path, field: key });
    }
  }
  return openIndex({ ...options, ...(saved as DetectionOptions) }, restored, path);
}

async function openIndex(options: DetectionOptions | undefined, restored: Restored | undefined, file?: string): Promise<ContradictionIndex> {
  if (options?.embed) throw new InvalidInputError('an index does not take embed: it pairs by topic words', { field: 'embed' });
  const { detector, context, settings } = await openDetector(options);
  const base = settings();
  if (restored && restored.header.model !== context.modelId) {
    await detector.dispose();
    throw new ContradictError(`${file}: the index was built with the model ${restored.header.model}, not ${context.modelId}; load it with { model: ... } set to that model`);
  }
  const pairingOptions: IncrementalPairingOptions = { neighbors: base.neighbors, minSimilarity: base.minSimilarity, maxPairs: base.maxPairs ?? DEFAULT_MAX_PAIRS, maxPostings: base.maxPostings };
  const pairing = restored?.pairing ?? new IncrementalPairing(pairingOptions);
  let items = restored?.items ?? 0;
  // Statement id → its index in the pairing; contradictions by pair key.
  const byId = new Map<string, number>();
  for (let i = 0; i < pairing.nextIndex; i++) if (pairing.isLive(i)) byId.set(pairing.statementAt(i).id, i);
  const found = new Map<string, Contradiction>();
  const keep = (c: Contradiction) => found.set(pairKey(c.first.id, c.second.id), c);
  restored?.contradictions.forEach(keep);
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  // One operation at a time, in the order called (the pairing state is shared).
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    if (disposed) return Promise.reject(new ContradictError('the index was disposed'));
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  const add = async (input: DetectionInput, overrides?: IndexAddOptions): Promise<DetectionReport> => {
    const started = performance.now();
    const run: RunSettings = settings(pickAddOptions(overrides));
    const { statements, notes } = normalizeInputWithNotes(input, { firstItem: items, firstIndex: pairing.nextIndex, taken: (id) => byId.has(id) });
    let report: DetectionReport;
    try {
      run.onProgress?.({ stage: 'pairing', done: 0, total: statements.length });
      const pairs = await runInSlices(pairing.add(statements), run.signal);
      for (const statement of statements) byId.set(statement.id, statement.index);
      run.onProgress?.({ stage: 'pairing', done: statements.length, total: statements.length });
      report = await judgeCandidates(context, { statements: pairing.statements, statementCount: statements.length, pairing: pairs, run, inputWarnings: notes, started });
    } catch (error) {
      // Nothing of a failed batch stays: its statements leave the index (their slots stay empty).
      pairing.remove(statements.map((s) => s.index));
      for (const statement of statements) byId.delete(statement.id);
      throw error;
    }
    items += Array.isArray(input) ? input.length : 1;
    // A statement searched again may pair anew with one it was paired with before: report each contradiction once.
    const fresh = report.contradictions.filter((c) => !found.has(pairKey(c.first.id, c.second.id)));
    fresh.forEach(keep);
    return { ...report, contradictions: fresh, stats: { ...report.stats, contradictions: fresh.length } };
  };

  return {
    modelId: context.modelId,
    threshold: base.threshold,
    get size() {
      return pairing.size;
    },
    add: (input, overrides) => serial(() => add(input, overrides)),
    remove: (ids) =>
      serial(async () => {
        if (!Array.isArray(ids)) throw new InvalidInputError('remove takes an array of statement ids');
        const indices = ids.map((id, index) => {
          const at = typeof id === 'string' ? byId.get(id) : undefined;
          if (at === undefined) throw new InvalidInputError(`no statement with id ${JSON.stringify(id)} in the index`, { index, field: 'id' });
          return at;
        });
        const gone = new Set(ids);
        pairing.remove(indices);
        for (const id of gone) byId.delete(id);
        for (const [key, c] of found) if (gone.has(c.first.id) || gone.has(c.second.id)) found.delete(key);
        return gone.size;
      }),
    has: (id) => byId.has(id),
    contradictions: () => [...found.values()].sort((a, b) => b.score - a.score),
    save: (path) =>
      serial(() =>
        writeIndexFile(path, pairing, [...found.values()], { model: context.modelId, threshold: base.threshold, checks: base.checks, pairing: pairingOptions, items }),
      ),
    dispose: async () => {
      if (disposed) return;
      await queue;
      disposed = true;
      await detector.dispose();
    },
  };
}

function pickAddOptions(overrides: IndexAddOptions | undefined): RunOptions {
  if (overrides === undefined) return {};
  if (overrides === null || typeof overrides !== 'object') throw new InvalidInputError('add options must be an object');
  const allowed = new Set(['signal', 'onProgress', 'includeAllPairs']);
  const other = Object.keys(overrides).find((key) => !allowed.has(key));
  if (other) throw new InvalidInputError(`invalid option for add: "${other}" (an index keeps its threshold and checks; add takes signal, onProgress, includeAllPairs)`, { field: other });
  return overrides;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** What a saved index says of itself besides its statements. */
export type HeaderFields = Pick<Header, 'model' | 'threshold' | 'checks' | 'pairing' | 'items'>;

/** Write an index file (see `ContradictionIndex.save`); benchmarks use it to seed an archive without scoring it. */
export async function writeIndexFile(path: string, pairing: IncrementalPairing, contradictions: readonly Contradiction[], fields: HeaderFields): Promise<void> {
  const fs = builtin('fs');
  const { features, docs } = pairing.snapshot();
  const header: Header = { format: FORMAT, version: VERSION, ...fields, statements: docs.length, contradictions: contradictions.length, features };
  function* lines(): Generator<string> {
    yield `${JSON.stringify(header)}\n`;
    for (const doc of docs) yield `${JSON.stringify(doc)}\n`;
    for (const contradiction of contradictions) yield `${JSON.stringify({ contradiction })}\n`;
  }
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    const stream = builtin('stream');
    await stream.promises.pipeline(stream.Readable.from(lines()), builtin('zlib').createGzip(), fs.createWriteStream(temporary));
    fs.renameSync(temporary, path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new ContradictError(`cannot save the index to ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function readIndexFile(path: string): Promise<Restored> {
  const fs = builtin('fs');
  if (!fs.existsSync(path)) throw new InvalidInputError('cannot read the index (no such file)', { file: path });
  const lines = builtin('readline').createInterface({ input: fs.createReadStream(path).pipe(builtin('zlib').createGunzip()), crlfDelay: Infinity });
  let header: Header | undefined;
  const docs: SavedDoc[] = [];
  const contradictions: Contradiction[] = [];
  let line = 0;
  const bad = (what: string) => new InvalidInputError(`not a valid index file: ${what}`, { file: path, line });
  try {
    for await (const text of lines) {
      line++;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw bad('a line is not JSON');
      }
      if (header === undefined) {
        if (value.format !== FORMAT) throw bad(`no "${FORMAT}" header`);
        if (value.version !== VERSION) throw bad(`version ${String(value.version)} (this library reads version ${VERSION}; build the index again from its statements)`);
        header = value as unknown as Header;
        continue;
      }
      if (value.statement !== undefined) {
        const doc = value as unknown as SavedDoc;
        const statement = doc.statement as Partial<Statement> | undefined;
        if (
          typeof statement?.id !== 'string' ||
          typeof statement.text !== 'string' ||
          !Array.isArray(doc.features) ||
          !Array.isArray(doc.weights) ||
          doc.features.length !== doc.weights.length ||
          !Array.isArray(doc.nearest) ||
          !Array.isArray(doc.similarities) ||
          doc.nearest.length !== doc.similarities.length
        ) {
          throw bad('a statement line lacks its id, text, features, weights, nearest or similarities');
        }
        if (doc.features.some((id) => !Number.isInteger(id) || id < 0 || id >= header!.features.length)) throw bad('a feature number is out of range');
        if (doc.nearest.some((at) => !Number.isInteger(at) || at < 0 || at >= header!.statements)) throw bad('a neighbour number is out of range');
        docs.push({ ...doc, statement: { ...doc.statement, index: docs.length } });
        continue;
      }
      if (value.contradiction !== undefined) {
        contradictions.push(value.contradiction as Contradiction);
        continue;
      }
      throw bad('a line is neither a statement nor a contradiction');
    }
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`cannot read the index: ${(error as Error).message}`, { file: path, line }, { cause: error });
  }
  if (header === undefined) throw bad('the file is empty');
  if (docs.length !== header.statements || contradictions.length !== header.contradictions) {
    throw bad(`the header counts ${header.statements} statements and ${header.contradictions} contradictions, the file holds ${docs.length} and ${contradictions.length} (cut short?)`);
  }
  for (const key of PAIRING_KEYS) if (typeof header.pairing?.[key] !== 'number') throw bad(`the header lacks pairing.${key}`);
  return { pairing: IncrementalPairing.restore(header.pairing, header.features, docs), items: header.items, contradictions, header };
}
