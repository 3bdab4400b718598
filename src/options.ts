import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InvalidInputError } from './errors.js';
import type { NliModel } from './nli/model.js';
import { CALIBRATED_THRESHOLD } from './scoring/score.js';

/** Directory of the bundled default model, trained in this repository (training/run.sh). */
export const BUNDLED_MODEL_DIRECTORY = fileURLToPath(new URL('../models/contradict-nli-small', import.meta.url));
/** Name of the bundled model, as reports show it. */
export const BUNDLED_MODEL_NAME = 'contradict-nli-small';

/**
 * Default decision threshold on the calibrated contradiction score: chosen by `npm run calibrate` on the
 * dev split and the stress calibration suites (best contradiction F1), stored in
 * src/scoring/calibration.json.
 */
export const DEFAULT_THRESHOLD = CALIBRATED_THRESHOLD;
/** Default budget of pairs sent to the model: at ~250 scored pairs/s (two directions) about 7 minutes. */
export const DEFAULT_MAX_PAIRS = 100_000;
/** Neighbours kept per statement; measured pairing recall of planted pairs in `npm run bench`. */
export const DEFAULT_NEIGHBORS = 10;
/** Below this TF-IDF cosine two statements share too little to be about the same thing. */
export const DEFAULT_MIN_SIMILARITY = 0.1;
/** Features shared by more statements than this do not generate candidates (bounds pairing cost). */
export const DEFAULT_MAX_POSTINGS = 1000;

/** Progress of a run, reported to `onProgress`. */
export interface DetectionProgress {
  readonly stage: 'loading' | 'pairing' | 'scoring';
  /** Units finished in this stage (pairs for scoring). */
  readonly done: number;
  readonly total: number;
}

const functionSchema = <T>() => z.custom<T>((value) => typeof value === 'function', { message: 'must be a function' });

/** The options of `detectContradictions`, `createDetector` and `scorePairs`, with their defaults. */
export const detectionOptionsSchema = z
  .object({
    /**
     * The NLI model: a model directory, a Hugging Face model id (`Xenova/nli-deberta-v3-xsmall`), or an
     * object implementing {@link NliModel}. @default the bundled `models/contradict-nli-small`
     */
    model: z
      .union([z.string().min(1), z.custom<NliModel>((value) => typeof value === 'object' && value !== null && 'classify' in value, { message: 'must be a model id, a directory or an NliModel' })])
      .default(BUNDLED_MODEL_DIRECTORY),
    /** ONNX weights to use: `q8` (quantized) or `fp32`. @default 'q8' */
    dtype: z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).default('q8'),
    /** Report pairs whose score is at least this. @default the calibrated threshold ({@link DEFAULT_THRESHOLD}) */
    threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
    /** Most candidate pairs sent to the model; the most similar first. @default 100000 */
    maxPairs: z.number().int().positive().default(DEFAULT_MAX_PAIRS),
    /** Most similar statements considered per statement. @default 10 */
    neighbors: z.number().int().positive().default(DEFAULT_NEIGHBORS),
    /** Minimum topic similarity (TF-IDF cosine) for a candidate pair. @default 0.1 */
    minSimilarity: z.number().min(0).max(1).default(DEFAULT_MIN_SIMILARITY),
    /** Features shared by more statements than this do not generate candidates. @default 1000 */
    maxPostings: z.number().int().positive().default(DEFAULT_MAX_POSTINGS),
    /**
     * Optional embedding model for pairing: called with all statement texts, returns one vector each
     * (for example a transformers.js feature-extraction pipeline with mean pooling). Nearest neighbours by
     * cosine join the lexical candidates.
     */
    embed: functionSchema<(texts: string[]) => Promise<ArrayLike<number>[]>>().optional(),
    /** Least embedding cosine for a candidate pair (with `embed`). @default 0.5 */
    minEmbeddingSimilarity: z.number().min(-1).max(1).default(0.5),
    /** Pairs per model call. @default 32 */
    batchSize: z.number().int().positive().default(32),
    /** Run the contradiction checks (numbers, dates, negation, antonyms, updates). @default true */
    checks: z.boolean().default(true),
    /** Include pairs below the threshold in the report's `pairs` (for exploring). @default false */
    includeAllPairs: z.boolean().default(false),
    /** transformers.js cache directory for downloaded models. */
    cacheDir: z.string().optional(),
    /** Never download a model. @default false */
    localFilesOnly: z.boolean().default(false),
    /** Cancels a run; the promise rejects with `AbortError`. */
    signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, { message: 'must be an AbortSignal' }).optional(),
    /** Called as the run progresses. */
    onProgress: functionSchema<(progress: DetectionProgress) => void>().optional(),
  })
  .strict();

/** Options as callers give them (everything optional). */
export type DetectionOptions = z.input<typeof detectionOptionsSchema>;
/** Options after defaults are applied. */
export type ResolvedDetectionOptions = z.output<typeof detectionOptionsSchema>;

export function resolveOptions(options: DetectionOptions | undefined): ResolvedDetectionOptions {
  const parsed = detectionOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || (issue && 'keys' in issue ? String((issue as { keys: string[] }).keys[0]) : '');
    throw new InvalidInputError(`invalid option: ${issue?.message ?? 'invalid'}`, { field }, { issues: parsed.error.issues });
  }
  return parsed.data;
}

export function describeModel(model: ResolvedDetectionOptions['model']): string {
  if (typeof model !== 'string') return model.modelId;
  return model === BUNDLED_MODEL_DIRECTORY ? BUNDLED_MODEL_NAME : model;
}

export function isBundledModel(model: string): boolean {
  return path.resolve(model) === BUNDLED_MODEL_DIRECTORY;
}
