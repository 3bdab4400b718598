import type { EvidenceBySide } from '../checks/check.js';
import type { Evidence, Reason } from '../checks/finding.js';
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

const isEvidence = (value: unknown): value is Evidence =>
  typeof value === 'object' && value !== null && typeof (value as Evidence).text === 'string' &&
  typeof (value as Evidence).span?.start === 'number' && typeof (value as Evidence).span?.end === 'number';

/**
 * The spans a reason points at in the first and the second statement (none for the NLI verdict), as the
 * check that made it declares them.
 */
export function reasonEvidence(reason: Reason): EvidenceBySide {
  if (reason.kind === 'nli') return { first: [], second: [] };
  const check = checkOf(reason.kind);
  if (check?.evidence) return check.evidence(reason);
  const { first, second } = reason as { first?: unknown; second?: unknown };
  return { first: isEvidence(first) ? [first] : [], second: isEvidence(second) ? [second] : [] };
}
