import type { Reason } from '../checks/finding.js';
import { checkOf } from '../checks/registry.js';

const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * One line of English for a reason, rendered from its data (by the check that made it).
 *
 * @example
 * describeReason({ kind: 'negation', side: 'second', cue: { text: 'not', span: { start: 4, end: 7 } }, overlap: 1 })
 * // 'negation on one side only: "not" in the second statement'
 */
export function describeReason(reason: Reason): string {
  if (reason.kind === 'nli') {
    return `NLI model: contradiction ${percent(reason.forward.contradiction)} (first → second), ${percent(reason.backward.contradiction)} (second → first)`;
  }
  const check = checkOf(reason.kind);
  if (!check) throw new TypeError(`describeReason: no registered check makes reasons of kind "${reason.kind}"`);
  return check.describe(reason);
}
