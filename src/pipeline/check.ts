import { runChecks } from '../checks/registry.js';
import type { Reason } from '../checks/finding.js';
import { throwIfAborted } from '../errors.js';
import type { Statement } from '../statements/statement.js';

type Checked = Pick<Statement, 'text' | 'date'>;
// Pairs checked between two looks at the abort signal.
const ABORT_EVERY = 256;

/** Stage 4: the contradiction checks on every pair (no findings when `checks` is off). */
export function checkPairs(
  pairs: readonly { first: Checked; second: Checked }[],
  options: { checks: boolean; signal?: AbortSignal },
): { findings: Reason[][]; ms: number } {
  const started = performance.now();
  const findings = pairs.map(({ first, second }, i) => {
    if (!options.checks) return [];
    if (i % ABORT_EVERY === 0) throwIfAborted(options.signal);
    return runChecks(first, second);
  });
  return { findings, ms: performance.now() - started };
}
