import type { Reason } from '../checks/finding.js';
import { loadCheckLibraries } from '../checks/libraries.js';
import { runChecks } from '../checks/registry.js';
import { throwIfAborted } from '../errors.js';
import { SLICE_MS, yieldToEventLoop } from '../platform.js';
import type { Statement } from '../statements/statement.js';

type Checked = Pick<Statement, 'text' | 'date'>;

/** Stage 4: the contradiction checks on every pair (no findings when `checks` is off). */
export async function checkPairs(
  pairs: readonly { first: Checked; second: Checked }[],
  options: { checks: boolean; signal?: AbortSignal; onChecked?: (done: number) => void },
): Promise<{ findings: Reason[][]; ms: number }> {
  const started = performance.now();
  throwIfAborted(options.signal);
  if (!options.checks) return { findings: pairs.map(() => []), ms: 0 };
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
