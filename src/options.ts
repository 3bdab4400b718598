import { z } from 'zod';
import { InvalidInputError } from './errors.js';
import type { NliModel } from './nli/model.js';
import { builtin, IS_NODE } from './platform.js';
import { calibrationSchema, type Calibration } from './scoring/calibration.js';
import { DEFAULT_IDF_PRIOR } from './pairing/candidates.js';

/**
 * Where the bundled default model is (trained in this repository: training/run.sh): its directory under
 * Node.js; in a browser, its URL beside the package's files (`models/contradict-nli-small/`, relative to
 * this module: a CDN's copy of the package, or wherever a bundle's page serves it).
 */
export function bundledModelLocation(): string {
  const url = new URL('../models/contradict-nli-small/', import.meta.url);
  return IS_NODE && url.protocol === 'file:' ? builtin('url').fileURLToPath(url).replace(/[\\/]$/, '') : url.href;
}
/** Name of the bundled model, as reports show it. */
export const BUNDLED_MODEL_NAME = 'contradict-nli-small';

/** Least default budget of pairs sent to the model (each scored in both directions). */
export const DEFAULT_MAX_PAIRS = 100_000;
/**
 * Above 50,000 statements the default budget grows with the input: this many pairs per statement. Chosen on
 * planted contradictions among 100,500 UN sentences (`node bench/pairing-variants.mjs`): 100,000 pairs
 * proposed 94.8 % of them, 150,000 95.4 %, 200,000 96.2 %, 300,000 96.8 %.
 */
export const DEFAULT_PAIRS_PER_STATEMENT = 2;

/** The pair budget when the caller sets none: 100,000, or 2 pairs per statement for more than 50,000 statements. */
export function defaultMaxPairs(statements: number): number {
  return Math.max(DEFAULT_MAX_PAIRS, DEFAULT_PAIRS_PER_STATEMENT * statements);
}
/**
 * Neighbours kept per statement. Chosen on four mixed piles of real statements (`node
 * bench/pairing-variants.mjs`: the real-world dev set's ChatProtect and SummEdits piles, MNLI and ANLI test
 * pairs): with TF-IDF and 20 neighbours, pairing proposed 96.4 / 93.4 / 82.5 / 92.9 % of their labelled
 * contradictions; with BM25 and 30, 99.1 / 99.2 / 85.4 / 95.6 %, at about 1.4 times the pairs.
 */
export const DEFAULT_NEIGHBORS = 30;
/** Below this TF-IDF cosine two statements share too little to be about the same thing. */
export const DEFAULT_MIN_SIMILARITY = 0.05;
/** Features shared by more statements than this do not generate candidates (bounds pairing cost). */
export const DEFAULT_MAX_POSTINGS = 1000;

/** Progress of a run, reported to `onProgress`. */
export interface DetectionProgress {
  readonly stage: 'loading' | 'pairing' | 'scoring' | 'checking';
  /** Units finished in this stage (pairs for scoring and checking). */
  readonly done: number;
  readonly total: number;
}

const functionSchema = <T>() => z.custom<T>((value) => typeof value === 'function', { message: 'must be a function' });

/** A model to load through the transformers.js backend, with the options that only that backend takes. */
export const modelSpecSchema = z
  .object({
    /** A model directory or a Hugging Face model id. */
    id: z.string().min(1),
    /** ONNX weights: `q8` loads `onnx/model_quantized.onnx`, `fp32` loads `onnx/model.onnx`. @default 'q8' */
    dtype: z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).default('q8'),
    /** Pairs per model call. @default 32 */
    batchSize: z.number().int().positive().default(32),
    /** Threads the model runs on (onnxruntime's intra-op threads, Node.js). @default onnxruntime's own (the cores) */
    threads: z.number().int().positive().max(1024).optional(),
    /** transformers.js cache directory for downloaded models. */
    cacheDir: z.string().optional(),
    /** Never download a model. @default false */
    localFilesOnly: z.boolean().default(false),
    /** Hub revision (branch, tag or commit) of a model id. @default 'main' */
    revision: z.string().optional(),
    /** transformers.js download and load progress events. */
    onLoadProgress: functionSchema<(event: unknown) => void>().optional(),
    /** Load without the calibration beside the model (to refit one that no longer fits the checks). @default false */
    ignoreCalibration: z.boolean().default(false),
  })
  .strict();

export type ResolvedModelSpec = z.output<typeof modelSpecSchema>;

const nliModelSchema = z.custom<NliModel>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { classify?: unknown }).classify === 'function' && !('id' in value),
  { message: 'must be a model id, a directory, { id, dtype, ... } or an NliModel (an object with a classify function)' },
);

/** The options of `detectContradictions`, `createDetector` and `scorePairs`, with their defaults. */
export const detectionOptionsSchema = z
  .object({
    /**
     * The NLI model: a model directory or Hugging Face id (`Xenova/nli-deberta-v3-xsmall`), the same with
     * backend options (`{ id, dtype, batchSize, cacheDir, localFilesOnly, revision, onLoadProgress }`), or
     * an object implementing {@link NliModel}. @default the bundled `models/contradict-nli-small`
     */
    model: z
      .union([z.string().min(1).transform((id) => modelSpecSchema.parse({ id })), modelSpecSchema, nliModelSchema])
      .default(() => modelSpecSchema.parse({ id: bundledModelLocation() })),
    /**
     * How scores are calibrated: a calibration object or the path of a `calibration.json` (from
     * `contradict calibrate`). @default the one beside the model, if it has one
     */
    calibration: z.union([z.string().min(1), calibrationSchema]).optional(),
    /** Report pairs whose score is at least this. @default the calibration's threshold (0.5 without one) */
    threshold: z.number().min(0).max(1).optional(),
    /** Most candidate pairs sent to the model; each statement's nearest first. @default 100000, or 2 per statement above 50000 statements */
    maxPairs: z.number().int().positive().optional(),
    /** Most similar statements considered per statement. @default 30 */
    neighbors: z.number().int().positive().default(DEFAULT_NEIGHBORS),
    /** Minimum topic similarity (cosine of the BM25 or TF-IDF vectors) for a candidate pair. @default 0.05 */
    minSimilarity: z.number().min(0).max(1).default(DEFAULT_MIN_SIMILARITY),
    /** Features shared by more statements than this do not generate candidates. @default 1000 */
    maxPostings: z.number().int().positive().default(DEFAULT_MAX_POSTINGS),
    /** Where the weights of topic words come from: `input` (the statements, BM25) or `corpus` (general English, TF-IDF). @default 'input' */
    idf: z.enum(['input', 'corpus']).default('input'),
    /** With `idf: 'input'`, statements' worth of general-corpus document frequencies added to the input's. @default 1000 */
    idfPrior: z.number().min(0).default(DEFAULT_IDF_PRIOR),
    /**
     * Optional embedding model for pairing: called with all statement texts, returns one vector each
     * (for example a transformers.js feature-extraction pipeline with mean pooling). Nearest neighbours by
     * cosine join the lexical candidates.
     */
    embed: functionSchema<(texts: string[]) => Promise<ArrayLike<number>[]>>().optional(),
    /** Least embedding cosine for a candidate pair (with `embed`). @default 0.5 */
    minEmbeddingSimilarity: z.number().min(-1).max(1).default(0.5),
    /** Run the contradiction checks (numbers, dates, negation, antonyms, updates). @default true */
    checks: z.boolean().default(true),
    /** Include pairs below the threshold in the report's `pairs` (for exploring). @default false */
    includeAllPairs: z.boolean().default(false),
    /** Cancels a run; the promise rejects with `AbortError`. */
    signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, { message: 'must be an AbortSignal' }).optional(),
    /** Called as the run progresses. */
    onProgress: functionSchema<(progress: DetectionProgress) => void>().optional(),
  })
  .strict();

/**
 * A model loaded through the transformers.js backend (the bundled model, a model directory or a Hugging Face
 * model id), with the options that only that backend takes.
 */
export interface ModelSpec {
  /** A model directory or a Hugging Face model id, for example `Xenova/nli-deberta-v3-xsmall`. */
  id: string;
  /**
   * Which ONNX weights: `q8` loads `onnx/model_quantized.onnx`, `fp32` loads `onnx/model.onnx` (the
   * bundled model's fp32 weights are in the repository, not in the npm package).
   * @default 'q8'
   */
  dtype?: 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4';
  /** Pairs per model call. @default 32 */
  batchSize?: number;
  /**
   * Threads the model runs on under Node.js (onnxruntime's intra-op threads): 1 for each of several
   * processes that share a machine's cores, such as queue workers. @default onnxruntime's own choice (the cores)
   */
  threads?: number;
  /** transformers.js cache directory for downloaded models. @default transformers.js's own (`node_modules/@huggingface/transformers/.cache`) */
  cacheDir?: string;
  /** Never download a model: a hub id must already be in the cache. @default false */
  localFilesOnly?: boolean;
  /** Hub revision (branch, tag or commit) of a model id. @default 'main' */
  revision?: string;
  /** transformers.js download and load progress events. */
  onLoadProgress?: (event: unknown) => void;
  /** Load without the calibration beside the model (to refit one that no longer fits the checks). @default false */
  ignoreCalibration?: boolean;
}

/** The options of `detectContradictions`, `createDetector` and `scorePairs`. Every option may be left out. */
export interface DetectionOptions {
  /**
   * The NLI model: a model directory or Hugging Face id (`Xenova/nli-deberta-v3-xsmall`), the same with
   * backend options ({@link ModelSpec}), or an object implementing {@link NliModel}.
   * @default the bundled `models/contradict-nli-small` (int8)
   */
  model?: string | ModelSpec | NliModel;
  /**
   * How scores are calibrated: a calibration object or the path of a `calibration.json` (from
   * `contradict calibrate`).
   * @default the `calibration.json` beside the model, if it has one (the bundled model has)
   */
  calibration?: string | Calibration;
  /** Report pairs whose score is at least this (0 to 1). @default the calibration's threshold (0.5 without one) */
  threshold?: number;
  /**
   * Most candidate pairs sent to the model; when the budget cuts, each statement's nearest neighbours go
   * first. The default grows with the input, so that a large archive is not cut to a small share of its
   * pairs. @default 100000, or 2 pairs per statement above 50000 statements
   */
  maxPairs?: number;
  /** Most similar statements considered per statement. @default 30 */
  neighbors?: number;
  /** Least topic similarity (cosine of the BM25 or TF-IDF vectors, 0 to 1) for a candidate pair. @default 0.05 */
  minSimilarity?: number;
  /** Features (words, names, numbers) shared by more statements than this do not generate candidates. @default 1000 */
  maxPostings?: number;
  /**
   * Where the weights of topic words come from: `input`, the statements of the run (BM25: a word common in
   * them weighs little, and long statements are normalised), or `corpus`, a general English corpus (TF-IDF
   * with the same weights whatever else is in the run, as an index built over time needs; see
   * `createIndex`). @default 'input'
   */
  idf?: 'input' | 'corpus';
  /**
   * With `idf: 'input'`: how many statements' worth of the general corpus's document frequencies are added to
   * the input's before the weights are taken. A few statements say little about which words are common (of
   * two statements, every shared word is in all of them); the prior fills that in and fades as the input
   * grows. 0 weighs by the input alone. @default 1000
   */
  idfPrior?: number;
  /**
   * Optional embedding model for pairing: called once with all statement texts, returns one vector each
   * (for example a transformers.js feature-extraction pipeline with mean pooling). Nearest neighbours by
   * cosine join the lexical candidates (exact search up to 2,000 statements).
   * @default none: lexical pairing only
   */
  embed?: (texts: string[]) => Promise<ArrayLike<number>[]>;
  /** Least embedding cosine (-1 to 1) for a candidate pair found through `embed`. @default 0.5 */
  minEmbeddingSimilarity?: number;
  /** Run the contradiction checks (numbers, dates, negation, antonyms, stance, event order, ...). @default true */
  checks?: boolean;
  /** Include pairs below the threshold in the report's `pairs` (for exploring). @default false */
  includeAllPairs?: boolean;
  /** Cancels a run; the promise rejects with `AbortError`. @default none */
  signal?: AbortSignal;
  /** Called as the run progresses (loading, pairing, scoring, checking). @default none */
  onProgress?: (progress: DetectionProgress) => void;
}

// The schemas above and these interfaces must say the same: a compile error here means one changed alone.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Assignable<A, B> = [A] extends [B] ? true : false;
const schemaMatchesInterface: [
  SameKeys<DetectionOptions, z.input<typeof detectionOptionsSchema>>,
  Assignable<DetectionOptions, z.input<typeof detectionOptionsSchema>>,
  Assignable<z.input<typeof detectionOptionsSchema>, DetectionOptions>,
  SameKeys<ModelSpec, z.input<typeof modelSpecSchema>>,
  Assignable<ModelSpec, z.input<typeof modelSpecSchema>>,
  Assignable<z.input<typeof modelSpecSchema>, ModelSpec>,
] = [true, true, true, true, true, true];
void schemaMatchesInterface;
/** Options after defaults are applied. */
export type ResolvedDetectionOptions = z.output<typeof detectionOptionsSchema>;
/** The options one call of `detect` or `scorePairs` may change on a loaded detector. */
export type RunOptions = Pick<DetectionOptions, 'threshold' | 'signal' | 'onProgress' | 'includeAllPairs' | 'checks'>;

// The same rules as detectionOptionsSchema, without its defaults: an option a call leaves out keeps the
// detector's value.
const shape = detectionOptionsSchema.shape;
const runOptionsSchema = z
  .object({
    threshold: shape.threshold,
    checks: shape.checks.unwrap().optional(),
    includeAllPairs: shape.includeAllPairs.unwrap().optional(),
    signal: shape.signal,
    onProgress: shape.onProgress,
  })
  .strict();

/** The first issue of a failed parse as an `InvalidInputError` naming the option. */
function invalidOption(error: z.ZodError, what: string): InvalidInputError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || (issue && 'keys' in issue ? String((issue as { keys: string[] }).keys[0]) : '');
  return new InvalidInputError(`${what}: ${issue?.message ?? 'invalid'}`, { field }, { issues: error.issues });
}

/** Validate one call's overrides; only the options it gives are returned. */
export function resolveRunOptions(overrides: RunOptions | undefined): RunOptions {
  const parsed = runOptionsSchema.safeParse(overrides ?? {});
  if (!parsed.success) throw invalidOption(parsed.error, 'invalid option for one run');
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as RunOptions;
}

// Options that belong to the transformers.js backend: given at the top level, they are an error that says where they go.
const BACKEND_OPTIONS = ['dtype', 'batchSize', 'threads', 'cacheDir', 'localFilesOnly', 'revision', 'onLoadProgress', 'ignoreCalibration'];

export function resolveOptions(options: DetectionOptions | undefined): ResolvedDetectionOptions {
  const given = (options ?? {}) as Record<string, unknown>;
  const misplaced = BACKEND_OPTIONS.find((key) => key in given);
  if (misplaced) {
    throw new InvalidInputError(`invalid option: "${misplaced}" belongs to the model: { model: { id, ${misplaced} } }`, { field: misplaced });
  }
  const parsed = detectionOptionsSchema.safeParse(given);
  if (!parsed.success) throw invalidOption(parsed.error, 'invalid option');
  return parsed.data;
}

/**
 * The model's name in reports: the bundled model's name, else what was loaded (a directory's full path, even
 * when it was named like a hub id that happened to match a folder; a hub id; a caller's model's `modelId`).
 */
export function describeModel(model: ResolvedDetectionOptions['model'], loaded: Pick<NliModel, 'modelId'>): string {
  if ('id' in model && isBundledModel(model.id)) return BUNDLED_MODEL_NAME;
  return loaded.modelId;
}

export function isBundledModel(model: string): boolean {
  const bundled = bundledModelLocation();
  if (IS_NODE && !/^[a-z]+:\/\//i.test(bundled)) return builtin('path').resolve(model) === bundled;
  return model.replace(/\/$/, '') === bundled.replace(/\/$/, '');
}

export type { Calibration };
