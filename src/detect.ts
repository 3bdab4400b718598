import { runChecks } from './checks/index.js';
import type { NliReason, Reason } from './checks/finding.js';
import { ContradictError, InvalidInputError, throwIfAborted } from './errors.js';
import type { NliModel, NliProbabilities } from './nli/model.js';
import { createTransformersNliModel } from './nli/transformers-backend.js';
import {
  describeModel,
  resolveOptions,
  type DetectionOptions,
  type ResolvedDetectionOptions,
} from './options.js';
import { findCandidatePairs } from './pairing/candidates.js';
import { calibrationInfo, scorePair } from './scoring/score.js';
import { normalizeInput } from './statements/normalize.js';
import type { DetectionInput, Span, Statement } from './statements/statement.js';

/** A statement as a report names it. */
export interface StatementRef {
  readonly id: string;
  readonly text: string;
  readonly span: Span;
  readonly source?: string;
  readonly speaker?: string;
  readonly date?: string;
  readonly documentId?: string;
}

/** Two statements that contradict each other (or one that updates the other). */
export interface Contradiction {
  /** `contradiction`, or `update` when a time cue or the statements' dates say one revises the other. */
  readonly kind: 'contradiction' | 'update';
  readonly first: StatementRef;
  readonly second: StatementRef;
  /** Calibrated contradiction score in [0, 1]. */
  readonly score: number;
  /** NLI probabilities with `first` as premise (forward) and with `second` as premise (backward). */
  readonly nli: { readonly forward: NliProbabilities; readonly backward: NliProbabilities };
  /** Topic similarity (TF-IDF cosine) that made them a candidate pair. */
  readonly similarity: number;
  /** Why: the NLI verdict and every finding of the checks, typed by `kind`. */
  readonly reasons: readonly Reason[];
}

/** Something the caller should know about a run; never printed, always returned. */
export interface DetectionWarning {
  readonly code: 'pair-budget' | 'statement-windowed' | 'too-few-statements';
  readonly message: string;
}

export interface DetectionStats {
  readonly statements: number;
  /** Distinct pairs that topic blocking found on the same topic. */
  readonly candidatePairs: number;
  /** Pairs sent to the NLI model (both directions each), after the `maxPairs` budget. */
  readonly pairsScored: number;
  readonly contradictions: number;
  readonly durationMs: number;
  readonly timings: { readonly pairingMs: number; readonly scoringMs: number; readonly checksMs: number };
}

/** The result of a run: plain data, safe to serialise. */
export interface DetectionReport {
  readonly contradictions: readonly Contradiction[];
  /** With `includeAllPairs`: every scored pair, contradiction or not, in the same shape. */
  readonly pairs?: readonly Contradiction[];
  readonly stats: DetectionStats;
  readonly warnings: readonly DetectionWarning[];
  readonly model: string;
  readonly threshold: number;
  readonly calibration: { readonly method: string; readonly fittedOn?: string };
}

/** A pair to score with {@link Detector.scorePairs}. */
export interface ScorePairInput {
  readonly premise: string;
  readonly hypothesis: string;
}

/** The score of one given pair. */
export interface PairScore extends NliProbabilities {
  /** Calibrated contradiction score of the pair (both directions and the checks), in [0, 1]. */
  readonly score: number;
  /** `contradiction` when `score` reaches the threshold, else the likelier of entailment and neutral. */
  readonly label: 'contradiction' | 'entailment' | 'neutral';
  readonly reasons: readonly Reason[];
}

/** A loaded model with the pipeline around it. Reuse it for many calls; `dispose()` when done. */
export interface Detector {
  readonly modelId: string;
  detect(input: DetectionInput, options?: Pick<DetectionOptions, 'threshold' | 'signal' | 'onProgress' | 'includeAllPairs'>): Promise<DetectionReport>;
  scorePairs(pairs: readonly ScorePairInput[], options?: Pick<DetectionOptions, 'threshold' | 'signal'>): Promise<PairScore[]>;
  dispose(): Promise<void>;
}

function ref(statement: Statement): StatementRef {
  const { index: _index, ...rest } = statement;
  return rest;
}

async function loadModel(options: ResolvedDetectionOptions): Promise<{ model: NliModel; owned: boolean }> {
  if (typeof options.model !== 'string') return { model: options.model, owned: false };
  const model = await createTransformersNliModel({
    model: options.model,
    dtype: options.dtype,
    batchSize: options.batchSize,
    localFilesOnly: options.localFilesOnly,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  });
  return { model, owned: true };
}

function nliReason(forward: NliProbabilities, backward: NliProbabilities): NliReason {
  const pick = ({ entailment, neutral, contradiction }: NliProbabilities) => ({ entailment, neutral, contradiction });
  return { kind: 'nli', contradiction: (forward.contradiction + backward.contradiction) / 2, forward: pick(forward), backward: pick(backward) };
}

/** Score pairs in both directions and attach the checks' findings. */
async function judgePairs(
  model: NliModel,
  pairs: readonly { first: Pick<Statement, 'text' | 'date'>; second: Pick<Statement, 'text' | 'date'> }[],
  options: Pick<ResolvedDetectionOptions, 'checks' | 'signal'> & { onScored?: (done: number) => void },
): Promise<{ reasons: Reason[][]; forward: NliProbabilities[]; backward: NliProbabilities[]; windowed: number; checksMs: number }> {
  const directional = pairs.flatMap(({ first, second }) => [
    { premise: first.text, hypothesis: second.text },
    { premise: second.text, hypothesis: first.text },
  ]);
  const results = await model.classify({
    pairs: directional,
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done) => options.onScored?.(Math.floor(done / 2)),
  });
  if (results.length !== directional.length) {
    throw new ContradictError(`the NLI model returned ${results.length} results for ${directional.length} pairs: ${model.modelId}`);
  }
  const forward = results.filter((_, i) => i % 2 === 0);
  const backward = results.filter((_, i) => i % 2 === 1);
  const windowed = results.filter((r) => r.windows > 1).length;
  const started = performance.now();
  const reasons = pairs.map(({ first, second }, i) => {
    const found: Reason[] = [nliReason(forward[i]!, backward[i]!)];
    if (options.checks) {
      if (i % 256 === 0) throwIfAborted(options.signal);
      found.push(...runChecks(first, second));
    }
    return found;
  });
  return { reasons, forward, backward, windowed, checksMs: performance.now() - started };
}

/**
 * Load the model once and return a reusable {@link Detector}.
 *
 * @example
 * const detector = await createDetector();
 * const report = await detector.detect(['Iran sent no drones to Russia.', 'Iran sent drones to Russia.']);
 * report.contradictions[0]?.score; // the calibrated score of the pair, in [0, 1]
 * await detector.dispose();
 */
export async function createDetector(options?: DetectionOptions): Promise<Detector> {
  const resolved = resolveOptions(options);
  resolved.onProgress?.({ stage: 'loading', done: 0, total: 1 });
  const { model, owned } = await loadModel(resolved);
  resolved.onProgress?.({ stage: 'loading', done: 1, total: 1 });
  let disposed = false;
  const ensureOpen = () => {
    if (disposed) throw new ContradictError('the detector was disposed');
  };

  async function detect(input: DetectionInput, overrides: Parameters<Detector['detect']>[1] = {}): Promise<DetectionReport> {
    ensureOpen();
    const run = resolveOptions({ ...options, ...overrides, model });
    const started = performance.now();
    const statements = normalizeInput(input);
    const warnings: DetectionWarning[] = [];
    throwIfAborted(run.signal);
    run.onProgress?.({ stage: 'pairing', done: 0, total: statements.length });
    const embeddings = run.embed && statements.length > 1 ? await run.embed(statements.map((s) => s.text)) : undefined;
    throwIfAborted(run.signal);
    const pairing = findCandidatePairs(statements, {
      ...(embeddings ? { embeddings, minEmbeddingSimilarity: run.minEmbeddingSimilarity } : {}),
      neighbors: run.neighbors,
      minSimilarity: run.minSimilarity,
      maxPairs: run.maxPairs,
      maxPostings: run.maxPostings,
      ...(run.signal ? { signal: run.signal } : {}),
    });
    const pairingMs = performance.now() - started;
    run.onProgress?.({ stage: 'pairing', done: statements.length, total: statements.length });
    if (pairing.candidates > pairing.pairs.length) {
      warnings.push({
        code: 'pair-budget',
        message: `the pair budget (maxPairs ${run.maxPairs}) was reached: ${pairing.pairs.length} of ${pairing.candidates} candidate pairs were scored, the most similar first`,
      });
    }
    if (statements.length === 1) warnings.push({ code: 'too-few-statements', message: 'only one statement: there is nothing to compare it with' });
    const total = pairing.pairs.length;
    const scoringStarted = performance.now();
    const judged = await judgePairs(
      model,
      pairing.pairs.map((pair) => ({ first: statements[pair.first]!, second: statements[pair.second]! })),
      { checks: run.checks, ...(run.signal ? { signal: run.signal } : {}), onScored: (done) => run.onProgress?.({ stage: 'scoring', done, total }) },
    );
    if (judged.windowed > 0) {
      warnings.push({
        code: 'statement-windowed',
        message: `${judged.windowed} directional pairs were longer than the model's window (${model.maxLength ?? '?'} tokens) and were scored in windows`,
      });
    }
    const scoringMs = performance.now() - scoringStarted - judged.checksMs;
    const all: Contradiction[] = pairing.pairs.map((pair, i) => {
      const reasons = judged.reasons[i]!;
      const score = scorePair(reasons, run.checks);
      return {
        kind: reasons.some((r) => r.kind === 'update') ? 'update' : 'contradiction',
        first: ref(statements[pair.first]!),
        second: ref(statements[pair.second]!),
        score,
        nli: { forward: pickProbabilities(judged.forward[i]!), backward: pickProbabilities(judged.backward[i]!) },
        similarity: pair.similarity,
        reasons,
      };
    });
    const contradictions = all.filter((pair) => pair.score >= run.threshold).sort((a, b) => b.score - a.score);
    return {
      contradictions,
      ...(run.includeAllPairs ? { pairs: all } : {}),
      stats: {
        statements: statements.length,
        candidatePairs: pairing.candidates,
        pairsScored: total,
        contradictions: contradictions.length,
        durationMs: performance.now() - started,
        timings: { pairingMs, scoringMs, checksMs: judged.checksMs },
      },
      warnings,
      model: describeModel(resolved.model),
      threshold: run.threshold,
      calibration: calibrationInfo(),
    };
  }

  async function scorePairs(pairs: readonly ScorePairInput[], overrides: Parameters<Detector['scorePairs']>[1] = {}): Promise<PairScore[]> {
    ensureOpen();
    const run = resolveOptions({ ...options, ...overrides, model });
    pairs.forEach((pair, index) => {
      for (const field of ['premise', 'hypothesis'] as const) {
        if (typeof pair?.[field] !== 'string') throw new InvalidInputError(`pair is missing "${field}"`, { index, field });
      }
    });
    if (pairs.length === 0) return [];
    const judged = await judgePairs(
      model,
      pairs.map((pair) => ({ first: { text: pair.premise }, second: { text: pair.hypothesis } })),
      { checks: run.checks, ...(run.signal ? { signal: run.signal } : {}) },
    );
    return pairs.map((_, i) => {
      const forward = judged.forward[i]!;
      const score = scorePair(judged.reasons[i]!, run.checks);
      const label = score >= run.threshold ? 'contradiction' : forward.entailment >= forward.neutral ? 'entailment' : 'neutral';
      return { ...pickProbabilities(forward), score, label, reasons: judged.reasons[i]! };
    });
  }

  return {
    modelId: describeModel(resolved.model),
    detect,
    scorePairs,
    async dispose() {
      if (disposed) return;
      disposed = true;
      if (owned) await model.dispose?.();
    },
  };
}

function pickProbabilities({ entailment, neutral, contradiction }: NliProbabilities): NliProbabilities {
  return { entailment, neutral, contradiction };
}

/**
 * Find the contradictions among statements or documents: pair the statements on the same topic, score
 * the pairs with the NLI model in both directions, run the checks, and report the pairs whose calibrated
 * score reaches the threshold. Loads the model for this call; use {@link createDetector} for many calls.
 *
 * @example
 * const report = await detectContradictions([
 *   "Iran's foreign minister said the drone deliveries happened before the war started.",
 *   'Ukrainian forces shoot down at least 10 Iranian drones per day.',
 * ]);
 * report.contradictions.map((c) => [c.first.id, c.second.id, c.score]); // [['s0', 's1', <score>]] when they contradict
 */
export async function detectContradictions(input: DetectionInput, options?: DetectionOptions): Promise<DetectionReport> {
  const statements = normalizeInput(input);
  const resolved = resolveOptions(options);
  if (statements.length === 0) {
    return {
      contradictions: [],
      stats: { statements: 0, candidatePairs: 0, pairsScored: 0, contradictions: 0, durationMs: 0, timings: { pairingMs: 0, scoringMs: 0, checksMs: 0 } },
      warnings: [],
      model: describeModel(resolved.model),
      threshold: resolved.threshold,
      calibration: calibrationInfo(),
      ...(resolved.includeAllPairs ? { pairs: [] } : {}),
    };
  }
  const detector = await createDetector(options);
  try {
    return await detector.detect(input);
  } finally {
    await detector.dispose();
  }
}

/**
 * Score pairs the caller already has (premise, hypothesis): NLI probabilities premise → hypothesis, and
 * the calibrated contradiction score over both directions and the checks.
 *
 * @example
 * await scorePairs([{ premise: 'At least 10 drones were shot down.', hypothesis: 'No drones were shot down.' }]);
 * // [{ contradiction, entailment, neutral, score, label: 'contradiction', reasons: [{ kind: 'nli', ... }, { kind: 'numeric-mismatch', ... }] }]
 */
export async function scorePairs(pairs: readonly ScorePairInput[], options?: DetectionOptions): Promise<PairScore[]> {
  if (pairs.length === 0) {
    resolveOptions(options);
    return [];
  }
  const detector = await createDetector(options);
  try {
    return await detector.scorePairs(pairs);
  } finally {
    await detector.dispose();
  }
}
