import type { NliModel } from '../nli/model.js';
import type { ResolvedDetectionOptions } from '../options.js';
import type { Calibration, CalibrationInfo } from '../scoring/calibration.js';
import type { PairingResult } from '../pairing/candidates.js';
import type { Statement } from '../statements/statement.js';
import type { DetectionWarning, DetectionReport, PairScore, ScorePairInput } from '../types.js';
import { checkPairs, type CheckWorker } from './check.js';
import type { Checked } from '../checks/check.js';
import type { Reason } from '../checks/finding.js';
import { scoreBothDirections, type Directions } from './directions.js';
import { pairStatements } from './pair.js';
import { buildReport } from './report.js';
import { judgePairs } from './score.js';

/** What a loaded detector holds for every run. */
export interface DetectorContext {
  readonly model: NliModel;
  readonly modelId: string;
  readonly calibration: Calibration | undefined;
  readonly calibrationInfo: CalibrationInfo;
  /** The checks worker thread of the detector's life (Node.js with the built package), closed by dispose. */
  readonly checkWorker?: CheckWorker;
  /** Scoring and checks done elsewhere (queue workers, src/queue.ts) instead of in this process. */
  readonly remote?: RemoteJudge;
}

/** Scores both directions and runs the checks on pairs elsewhere; results in pair order. */
export type RemoteJudge = (
  pairs: readonly { first: Statement; second: Statement }[],
  run: RunSettings,
) => Promise<{ directions: Directions[]; findings: Reason[][] }>;

/** The options of one run, resolved (defaults applied, the threshold chosen). */
export type RunSettings = Omit<ResolvedDetectionOptions, 'model' | 'calibration' | 'threshold'> & { readonly threshold: number };

/** The pipeline: normalised statements → pair → score both directions → check → score → report. */
export async function detectStatements(context: DetectorContext, statements: readonly Statement[], run: RunSettings, inputWarnings: readonly DetectionWarning[] = []): Promise<DetectionReport> {
  const started = performance.now();
  run.onProgress?.({ stage: 'pairing', done: 0, total: statements.length });
  const pairing = await pairStatements(statements, run);
  run.onProgress?.({ stage: 'pairing', done: statements.length, total: statements.length });
  return judgeCandidates(context, { statements, pairing, run, inputWarnings, started });
}

/** What `judgeCandidates` reports on: the candidate pairs of some statements, found since `started`. */
export interface Candidates {
  /** The statements the pairs index (in an incremental index, all of it). */
  readonly statements: readonly Statement[];
  /** How many statements the report counts, when not all of `statements` (the batch of an index). */
  readonly statementCount?: number;
  readonly pairing: PairingResult;
  readonly run: RunSettings;
  readonly inputWarnings: readonly DetectionWarning[];
  readonly started: number;
}

/** Stages 3 to 6 on candidate pairs: score both directions, check, score, report. */
export async function judgeCandidates(context: DetectorContext, { statements, statementCount, pairing, run, inputWarnings, started }: Candidates): Promise<DetectionReport> {
  const pairs = pairing.pairs.map((pair) => ({ first: statements[pair.first]!, second: statements[pair.second]! }));
  const scoringStarted = performance.now();
  const { directions, findings, checksMs, scoringMs } = context.remote
    ? { ...(await context.remote(pairs, run)), checksMs: 0, scoringMs: performance.now() - scoringStarted }
    : await scoreAndCheck(context, pairs, run);
  const judged = judgePairs(directions, findings, run.checks, context.calibration, pairs);
  return buildReport({
    inputWarnings,
    statements,
    ...(statementCount !== undefined ? { statementCount } : {}),
    pairing,
    judged,
    threshold: run.threshold,
    includeAllPairs: run.includeAllPairs,
    model: { id: context.modelId, ...(context.model.maxLength ? { maxLength: context.model.maxLength } : {}) },
    calibration: context.calibrationInfo,
    maxPairs: pairing.maxPairs,
    timings: { pairingMs: scoringStarted - started, scoringMs, checksMs },
    durationMs: performance.now() - started,
  });
}

/**
 * Stages 3 and 4 in this process (or in a queue worker, on one job's pairs): the checks start with the
 * scoring (in a worker thread they run on the second core meanwhile).
 */
export async function scoreAndCheck(context: DetectorContext, pairs: readonly { first: Checked; second: Checked }[], run: Pick<RunSettings, 'checks' | 'signal' | 'onProgress'>): Promise<{ directions: Directions[]; findings: Reason[][]; checksMs: number; scoringMs: number }> {
  const scoringStarted = performance.now();
  const checking = checkPairs(pairs, { ...run, ...workerOf(context), onChecked: (done) => run.onProgress?.({ stage: 'checking', done, total: pairs.length }) });
  checking.catch(() => {}); // awaited below; a rejection before then must not go unhandled
  const directions = await scoreBothDirections(context.model, pairs, {
    ...(run.signal ? { signal: run.signal } : {}),
    onScored: (done) => run.onProgress?.({ stage: 'scoring', done, total: pairs.length }),
  });
  const scoringMs = performance.now() - scoringStarted;
  const checked = await checking;
  return { directions, findings: checked.findings, checksMs: checked.ms, scoringMs };
}

/** Given pairs: both directions, the checks and the score; the label is read at the threshold. */
export async function scoreGivenPairs(context: DetectorContext, pairs: readonly ScorePairInput[], run: Pick<RunSettings, 'checks' | 'signal' | 'threshold'>): Promise<PairScore[]> {
  const texts = pairs.map((pair) => ({ first: { text: pair.premise }, second: { text: pair.hypothesis } }));
  // The checks run beside the model (in the worker thread, on the second core), as in detect().
  const { directions, findings } = await scoreAndCheck(context, texts, run);
  return judgePairs(directions, findings, run.checks, context.calibration, texts).map(({ directions: { forward }, reasons, score }) => ({
    ...forward,
    score,
    label: score >= run.threshold ? 'contradiction' : forward.entailment >= forward.neutral ? 'entailment' : 'neutral',
    reasons,
  }));
}

const workerOf = (context: DetectorContext) => (context.checkWorker ? { worker: context.checkWorker } : {});
