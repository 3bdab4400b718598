import { ContradictError, InvalidInputError } from './errors.js';
import { loadModel } from './nli/load.js';
import type { NliModel } from './nli/model.js';
import { describeModel, resolveOptions, resolveRunOptions, type DetectionOptions, type ResolvedDetectionOptions, type RunOptions } from './options.js';
import { createCheckWorker } from './pipeline/check.js';
import { detectStatements, scoreGivenPairs, type DetectorContext, type RemoteJudge, type RunSettings } from './pipeline/run.js';
import { calibrationInfo, defaultThreshold, parseCalibration, readCalibration, type Calibration } from './scoring/calibration.js';
import { normalizeInputWithNotes } from './statements/normalize.js';
import type { Detector, ScorePairInput } from './types.js';

function calibrationFor(option: ResolvedDetectionOptions['calibration'], model: NliModel): Calibration | undefined {
  if (option === undefined) return model.calibration ? parseCalibration(model.calibration, `the calibration of ${model.modelId}`) : undefined;
  return typeof option === 'string' ? readCalibration(option) : option;
}

/** The settings of one run: the detector's options, a call's overrides, and the threshold they imply. */
function settingsFor(base: ResolvedDetectionOptions, calibration: Calibration | undefined, overrides: RunOptions | undefined): RunSettings {
  const given = resolveRunOptions(overrides);
  const { model: _model, calibration: _calibration, threshold, ...rest } = { ...base, ...given };
  return { ...rest, threshold: threshold ?? defaultThreshold(calibration, rest.checks) };
}

/** A detector and what its runs share; `detectContradictions` uses it to normalise the input only once. */
export async function openDetector(
  options?: DetectionOptions,
  extras: { remote?: RemoteJudge } = {},
): Promise<{ detector: Detector; context: DetectorContext; settings: (overrides?: RunOptions) => RunSettings }> {
  const base = resolveOptions(options);
  base.onProgress?.({ stage: 'loading', done: 0, total: 1 });
  const { model, owned } = await loadModel(base.model);
  let calibration: Calibration | undefined;
  try {
    calibration = calibrationFor(base.calibration, model);
  } catch (error) {
    if (owned) await model.dispose?.();
    throw error;
  }
  base.onProgress?.({ stage: 'loading', done: 1, total: 1 });
  const checkWorker = createCheckWorker();
  const context: DetectorContext = { model, modelId: describeModel(base.model, model), calibration, calibrationInfo: calibrationInfo(calibration), ...(checkWorker ? { checkWorker } : {}), ...(extras.remote ? { remote: extras.remote } : {}) };
  const settings = (overrides?: RunOptions) => settingsFor(base, calibration, overrides);
  let disposed = false;
  const ensureOpen = () => {
    if (disposed) throw new ContradictError('the detector was disposed');
  };
  // dispose() during a run stops the run (at the next batch or slice of checks) before the model goes away,
  // so no model call meets a disposed session; the run rejects with a ContradictError that says so.
  const closing = new AbortController();
  const running = new Set<Promise<unknown>>();
  const track = <T>(run: RunSettings, work: (run: RunSettings) => Promise<T>): Promise<T> => {
    const signal = run.signal ? AbortSignal.any([run.signal, closing.signal]) : closing.signal;
    const promise = work({ ...run, signal }).catch((error: unknown) => {
      if (closing.signal.aborted && !run.signal?.aborted) throw new ContradictError('the detector was disposed during the run', { cause: error });
      throw error;
    });
    running.add(promise);
    void promise.then(
      () => running.delete(promise),
      () => running.delete(promise),
    );
    return promise;
  };
  const detector: Detector = {
    modelId: context.modelId,
    calibration: context.calibrationInfo,
    async detect(input, overrides) {
      ensureOpen();
      const run = settings(overrides);
      const { statements, notes } = normalizeInputWithNotes(input);
      return track(run, (tracked) => detectStatements(context, statements, tracked, notes));
    },
    async scorePairs(pairs: readonly ScorePairInput[], overrides) {
      ensureOpen();
      const run = settings(overrides);
      validatePairs(pairs);
      return track(run, (tracked) => scoreGivenPairs(context, pairs, tracked));
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      closing.abort(new ContradictError('the detector was disposed'));
      await Promise.allSettled([...running]);
      await checkWorker?.close();
      if (owned) await model.dispose?.();
    },
  };
  return { detector, context, settings };
}

function validatePairs(pairs: readonly ScorePairInput[]): void {
  if (!Array.isArray(pairs)) throw new InvalidInputError('pairs must be an array of { premise, hypothesis }');
  pairs.forEach((pair, index) => {
    for (const field of ['premise', 'hypothesis'] as const) {
      if (typeof pair?.[field] !== 'string') throw new InvalidInputError(`pair is missing "${field}"`, { index, field });
    }
  });
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
  return (await openDetector(options)).detector;
}
