// The public entry: every export of the library is named here. Importing it loads no model and does not
// touch transformers.js's global `env`.
export { detectContradictions, createDetector, scorePairs } from './detect.js';
export type {
  Contradiction,
  DetectionReport,
  DetectionStats,
  DetectionWarning,
  Detector,
  PairScore,
  ScorePairInput,
  StatementRef,
} from './detect.js';
export {
  BUNDLED_MODEL_DIRECTORY,
  BUNDLED_MODEL_NAME,
  DEFAULT_MAX_PAIRS,
  DEFAULT_MAX_POSTINGS,
  DEFAULT_MIN_SIMILARITY,
  DEFAULT_NEIGHBORS,
  DEFAULT_THRESHOLD,
  detectionOptionsSchema,
} from './options.js';
export type { DetectionOptions, DetectionProgress, ResolvedDetectionOptions } from './options.js';
export { extractStatements } from './statements/extract.js';
export type { ExtractedStatement } from './statements/extract.js';
export { normalizeInput } from './statements/normalize.js';
export type { DetectionInput, DocumentInput, Span, Statement, StatementInput } from './statements/statement.js';
export { findCandidatePairs } from './pairing/candidates.js';
export type { CandidatePair, PairingOptions, PairingResult } from './pairing/candidates.js';
export { createTransformersNliModel } from './nli/transformers-backend.js';
export type { TransformersNliOptions } from './nli/transformers-backend.js';
export { labelMappingFromConfig, probabilitiesFromLogits } from './nli/model.js';
export type { LabelMapping, NliModel, NliPair, NliProbabilities, NliRequest, NliResult } from './nli/model.js';
export { runChecks } from './checks/index.js';
export type {
  AntonymFinding,
  DateMention,
  DateMismatch,
  DifferentSubject,
  Evidence,
  NegationFinding,
  NliReason,
  NumericMismatch,
  Quantity,
  Reason,
  ReasonKind,
  Side,
  UpdateFinding,
  ValueMismatch,
} from './checks/finding.js';
export { FEATURE_NAMES, pairFeatures, scorePair } from './scoring/score.js';
export type { Calibration, FeatureName } from './scoring/score.js';
export { describeReason } from './scoring/describe.js';
export { AbortError, ContradictError, InvalidInputError, ModelLoadError } from './errors.js';
export type { InputLocation } from './errors.js';
