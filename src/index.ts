// The public entry of `contradict`: the detector, report formatting, the types and the errors. Importing
// it loads no model and does not touch transformers.js's global `env`. The pipeline's stages are in
// `contradict/internal`; a stand-in model for tests is in `contradict/testing`.
export { detectContradictions, scorePairs } from './detect.js';
export { createDetector } from './detector.js';
export { formatReport } from './format.js';
export type { OutputFormat } from './format.js';
export { extractStatements } from './statements/extract.js';
export type { ExtractedStatement } from './statements/extract.js';
export { describeReason } from './scoring/describe.js';
export { fitCalibration } from './scoring/fit.js';
export type { LabelledReasons } from './scoring/fit.js';
export { detectionOptionsSchema, modelSpecSchema, BUNDLED_MODEL_NAME } from './options.js';
export type { DetectionOptions, DetectionProgress, ModelSpec, RunOptions } from './options.js';
export type { Calibration, CalibrationInfo, LogisticModel } from './scoring/calibration.js';
export type { FeatureName } from './scoring/features.js';
export type {
  Contradiction,
  DetectionReport,
  DetectionStats,
  DetectionWarning,
  Detector,
  PairScore,
  ScorePairInput,
  StatementRef,
} from './types.js';
export type { DetectionInput, DocumentInput, Evidence, Span, StatementInput } from './statements/statement.js';
export type { NliModel, NliPair, NliProbabilities, NliRequest, NliResult } from './nli/model.js';
export type {
  AntonymFinding,
  DateMention,
  DateMismatch,
  DifferentSubject,
  NegationFinding,
  NliReason,
  DirectionProbabilities,
  NumericMismatch,
  Quantity,
  Reason,
  ReasonKind,
  Side,
  UpdateFinding,
  ValueMismatch,
} from './checks/finding.js';
export type { CueOnlyFinding } from './checks/cue-only.js';
export type { OpenListFinding } from './checks/open-list.js';
export type { FalsityAgreementFinding } from './checks/stance.js';
export type { DirectionFinding } from './checks/direction.js';
export type { NameSwapFinding } from './checks/names.js';
export type { AgentSwapFinding } from './checks/agents.js';
export type { ComparisonReversal } from './checks/comparison.js';
export type { FirstTimeFinding } from './checks/first-time.js';
export type { NoneFinding } from './checks/none.js';
export type { QuantityAgreement } from './checks/numbers.js';
export type { OrderAgreement, OrderFinding } from './checks/order.js';
export type { RoleReversal } from './checks/roles.js';
export type { StanceFinding } from './checks/stance.js';
export { AbortError, ContradictError, InvalidInputError, ModelLoadError } from './errors.js';
export type { InputLocation } from './errors.js';
export { createIndex, loadIndex } from './incremental-index.js';
export type { ContradictionIndex, IndexAddOptions } from './incremental-index.js';
