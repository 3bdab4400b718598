import { checkedOf, type Checked } from '../checks/check.js';
import type { Reason } from '../checks/finding.js';
import { loadCheckLibraries } from '../checks/libraries.js';
import { runChecks } from '../checks/run.js';
import { abortable, ContradictError, throwIfAborted } from '../errors.js';
import { builtin, IS_NODE, SLICE_MS, yieldToEventLoop } from '../platform.js';

/** Below this many pairs the checks run in this thread (a worker costs more to start than they take). */
export const WORKER_MIN_PAIRS = 500;
/** Below this many pairs the checks run in this thread even when a long-lived worker is already running. */
export const RUNNING_WORKER_MIN_PAIRS = 50;
/** Pairs sent to the worker at a time (progress and abort act between chunks). */
const WORKER_CHUNK = 200;

type CheckOptions = { checks: boolean; signal?: AbortSignal; onChecked?: (done: number) => void; worker?: boolean | CheckWorker };

/**
 * A checks worker thread that lives across runs (a detector's, or an index's): the per-statement analyses it
 * has memoised (numbers, dates, lemmas) serve later runs, which matters when each `add` of an index pairs a
 * few new statements with thousands of old ones. Runs share it one chunk at a time; `close` ends it.
 */
export interface CheckWorker {
  run(pairs: readonly { first: Checked; second: Checked }[], options: Omit<CheckOptions, 'worker' | 'checks'>): Promise<Reason[][]>;
  close(): Promise<void>;
  /** Whether its thread has been started (by an earlier run) and not closed since. */
  readonly running: boolean;
}

/** A lazily started checks worker (undefined outside Node.js or without the built worker script). */
export function createCheckWorker(): CheckWorker | undefined {
  const file = checkWorkerFile();
  if (!file) return undefined;
  type Waiting = { resolve: (findings: Reason[][]) => void; reject: (error: unknown) => void };
  let worker: import('node:worker_threads').Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  const start = () => {
    if (worker) return worker;
    const { Worker } = builtin('worker_threads');
    const started = new Worker(file);
    started.unref(); // an idle worker does not keep the process alive
    const fail = (error: unknown) => {
      if (worker === started) worker = undefined;
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new ContradictError(`the checks worker stopped (exit code ${code})`)));
    started.on('message', ({ id, findings }: { id: number; findings: Reason[][] }) => {
      const w = waiting.get(id);
      waiting.delete(id);
      w?.resolve(findings);
    });
    worker = started;
    return started;
  };
  // One chunk: sent, answered (or the worker failed).
  const chunk = (pairs: readonly { first: Checked; second: Checked }[]) =>
    new Promise<Reason[][]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      start().postMessage({
        id,
        pairs: pairs.map(({ first, second }) => ({ first: checkedOf(first), second: checkedOf(second) })),
      });
    });
  return {
    async run(pairs, options) {
      const findings: Reason[][] = [];
      // Two chunks in flight keep the worker busy; an abort stops sending (the chunk under way finishes).
      let ahead = pairs.length ? chunk(pairs.slice(0, WORKER_CHUNK)) : undefined;
      for (let start = 0; start < pairs.length; start += WORKER_CHUNK) {
        const next = start + WORKER_CHUNK < pairs.length ? chunk(pairs.slice(start + WORKER_CHUNK, start + 2 * WORKER_CHUNK)) : undefined;
        next?.catch(() => {}); // awaited in the next round; a failure before then must not go unhandled
        const found = await abortable(ahead!, options.signal);
        findings.push(...found);
        options.onChecked?.(findings.length);
        ahead = next;
      }
      throwIfAborted(options.signal);
      return findings;
    },
    get running() {
      return worker !== undefined;
    },
    async close() {
      const running = worker;
      worker = undefined;
      await running?.terminate();
    },
  };
}

/**
 * Stage 4: the contradiction checks on every pair (no findings when `checks` is off). Under Node.js, for
 * `WORKER_MIN_PAIRS` pairs or more, they run in a worker thread (the caller's long-lived one, or one for this
 * call; from `RUNNING_WORKER_MIN_PAIRS` pairs when the long-lived one is already running), so that they take
 * the second core while the model scores (run.ts starts both together); elsewhere, in this thread in 20 ms
 * slices.
 */
export async function checkPairs(pairs: readonly { first: Checked; second: Checked }[], options: CheckOptions): Promise<{ findings: Reason[][]; ms: number }> {
  const started = performance.now();
  throwIfAborted(options.signal);
  if (!options.checks) return { findings: pairs.map(() => []), ms: 0 };
  const allowed = options.worker !== false && !(IS_NODE && process.env.CONTRADICT_CHECKS_IN_THREAD === '1');
  const shared = typeof options.worker === 'object' ? options.worker : undefined;
  // A worker that an earlier run started is cheap to use: it takes smaller runs too.
  if (allowed && pairs.length >= (shared?.running ? RUNNING_WORKER_MIN_PAIRS : WORKER_MIN_PAIRS)) {
    const worker = shared ?? createCheckWorker();
    if (worker) {
      try {
        return { findings: await worker.run(pairs, options), ms: performance.now() - started };
      } finally {
        if (!shared) await worker.close();
      }
    }
  }
  await loadCheckLibraries();
  const findings: Reason[][] = [];
  let sliceStarted = performance.now();
  for (const { first, second } of pairs) {
    if (performance.now() - sliceStarted > SLICE_MS) {
      options.onChecked?.(findings.length);
      await yieldToEventLoop();
      throwIfAborted(options.signal);
      sliceStarted = performance.now();
    }
    findings.push(runChecks(first, second));
  }
  throwIfAborted(options.signal);
  options.onChecked?.(findings.length);
  return { findings, ms: performance.now() - started };
}

/** The built worker script beside this module (dist/check-worker.js), or undefined (a browser, tests from source). */
function checkWorkerFile(): URL | undefined {
  if (!IS_NODE) return undefined;
  const file = new URL('./check-worker.js', import.meta.url);
  return file.protocol === 'file:' && builtin('fs').existsSync(file) ? file : undefined;
}
