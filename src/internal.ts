// `contradict/internal`: the pipeline's stages one by one, for the benchmark, the evaluation and the
// curious. Not covered by semver: names and shapes may change in any release.
import { bundledModelLocation } from './options.js';

/** The bundled model's directory (under Node.js; its URL in a browser). */
export const BUNDLED_MODEL_DIRECTORY = bundledModelLocation();
export {
  bundledModelLocation,
  DEFAULT_MAX_PAIRS,
  DEFAULT_PAIRS_PER_STATEMENT,
  defaultMaxPairs,
  DEFAULT_MAX_POSTINGS,
  DEFAULT_MIN_SIMILARITY,
  DEFAULT_NEIGHBORS,
  resolveOptions,
} from './options.js';
export type { ResolvedDetectionOptions } from './options.js';
export { normalizeInput } from './statements/normalize.js';
export { statementSchema, documentSchema } from './statements/schema.js';
export type { Statement } from './statements/statement.js';
export { findCandidatePairs, findCandidatePairsInSlices, runInSlices } from './pairing/candidates.js';
export { IncrementalPairing } from './pairing/incremental.js';
export { PairMap } from './pairing/pair-map.js';
export { featureHash, MAX_NEAR_COPY_BUCKET, nearCopyKeys } from './pairing/near-copies.js';
export { topicFeatures } from './pairing/terms.js';
export type { IncrementalPairingOptions, SavedDoc } from './pairing/incremental.js';
export type { CandidatePair, PairingOptions, PairingResult } from './pairing/candidates.js';
export { createTransformersNliModel } from './nli/transformers-backend.js';
export { premiseBudget, splitBetweenWords, splitIntoWindows } from './nli/windows.js';
export type { TransformersNliOptions } from './nli/transformers-backend.js';
export { labelMappingFromConfig, probabilitiesFromLogits } from './nli/model.js';
export type { LabelMapping } from './nli/model.js';
export { CHECKS, runRegisteredChecks } from './checks/registry.js';
export { runChecks } from './checks/run.js';
export { casedAs, readable } from './statements/readable.js';
export { FEATURE_NAMES, NLI_FEATURE_NAMES, pairFeatures } from './scoring/features.js';
export { mayFloor, scorePair } from './scoring/score.js';
export { calibrationSchema, findCalibration, readCalibration, CALIBRATION_FILE, UNCALIBRATED_THRESHOLD } from './scoring/calibration.js';
export { collectLabelledReasons } from './scoring/fit.js';
export { embeddingNeighbours, EXACT_SEARCH_LIMIT, loadUsearch, normalizeVectors } from './pairing/embeddings.js';
export { checkPairs, createCheckWorker, RUNNING_WORKER_MIN_PAIRS, WORKER_MIN_PAIRS } from './pipeline/check.js';
export type { CheckWorker } from './pipeline/check.js';
export { writeIndexFile } from './incremental-index.js';
export type { HeaderFields } from './incremental-index.js';
