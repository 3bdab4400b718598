import type { Checked } from '../checks/check.js';
import type { Reason } from '../checks/finding.js';
import { loadCheckLibraries } from '../checks/libraries.js';
import { runChecks } from '../checks/registry.js';
import { AbortError, ContradictError, throwIfAborted } from '../errors.js';
import { builtin, IS_NODE, SLICE_MS, yieldToEventLoop } from '../platform.js';

/** Below this many pairs the checks run in this thread (a worker costs more to start than they take). */
export const WORKER_MIN_PAIRS = 500;
/** Pairs sent to the worker at a time (progress and abort act between chunks). */
const WORKER_CHUNK = 200;

type CheckOptions = { checks: boolean; signal?: AbortSignal; onChecked?: (done: number) => void; worker?: boolean };

/**
 * Stage 4: the contradiction checks on every pair (no findings when `checks` is off). Under Node.js, for
 * `WORKER_MIN_PAIRS` pairs or more, they run in a worker thread, so that they take the second core while
 * the model scores (run.ts starts both together); elsewhere, in this thread in 20 ms slices.
 */
export async function checkPairs(pairs: readonly { first: Checked; second: Checked }[], options: CheckOptions): Promise<{ findings: Reason[][]; ms: number }> {
  const started = performance.now();
  throwIfAborted(options.signal);
  if (!options.checks) return { findings: pairs.map(() => []), ms: 0 };
  const useWorker = options.worker ?? !(IS_NODE && process.env.CONTRADICT_CHECKS_IN_THREAD === '1');
  const workerFile = useWorker && pairs.length >= WORKER_MIN_PAIRS ? checkWorkerFile() : undefined;
  if (workerFile) return { findings: await checkInWorker(workerFile, pairs, options), ms: performance.now() - started };
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

async function checkInWorker(file: URL, pairs: readonly { first: Checked; second: Checked }[], options: CheckOptions): Promise<Reason[][]> {
  const { Worker } = builtin('worker_threads');
  const worker = new Worker(file);
  const findings: Reason[][] = new Array(pairs.length);
  const chunks = Math.ceil(pairs.length / WORKER_CHUNK);
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let answered = 0;
      const onAbort = () => reject(new AbortError(options.signal?.reason));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('error', reject);
      worker.on('exit', (code) => answered < chunks && reject(new ContradictError(`the checks worker stopped (exit code ${code})`)));
      worker.on('message', ({ chunk, findings: found }: { chunk: number; findings: Reason[][] }) => {
        found.forEach((f, i) => (findings[chunk * WORKER_CHUNK + i] = f));
        done += found.length;
        answered += 1;
        options.onChecked?.(done);
        if (answered === chunks) {
          options.signal?.removeEventListener('abort', onAbort);
          resolve();
        }
      });
      for (let chunk = 0; chunk < chunks; chunk++) {
        const slice = pairs.slice(chunk * WORKER_CHUNK, (chunk + 1) * WORKER_CHUNK).map(({ first, second }) => ({
          first: { text: first.text, ...(first.date === undefined ? {} : { date: first.date }) },
          second: { text: second.text, ...(second.date === undefined ? {} : { date: second.date }) },
        }));
        worker.postMessage({ chunk, pairs: slice });
      }
    });
  } finally {
    await worker.terminate();
  }
  throwIfAborted(options.signal);
  return findings;
}
