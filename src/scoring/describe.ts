import type { Quantity, Reason } from '../checks/finding.js';

const percent = (p: number) => `${Math.round(p * 100)}%`;
const quantity = (q: Quantity) => `"${q.text}"${q.unit ? ` (${q.unit})` : ''}`;

/**
 * One line of English for a reason, rendered from its data.
 *
 * @example
 * describeReason({ kind: 'negation', side: 'second', cue: { text: 'not', span: { start: 4, end: 7 } }, overlap: 1 })
 * // 'negation on one side only: "not" in the second statement'
 */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'nli':
      return `NLI model: contradiction ${percent(reason.forward.contradiction)} (first → second), ${percent(reason.backward.contradiction)} (second → first)`;
    case 'numeric-mismatch':
      return `numbers disagree: ${quantity(reason.first)} vs ${quantity(reason.second)}`;
    case 'date-mismatch':
      return `dates disagree: "${reason.first.text}" (${reason.first.start.slice(0, 10)}) vs "${reason.second.text}" (${reason.second.start.slice(0, 10)})`;
    case 'negation':
      return `negation on one side only: "${reason.cue.text}" in the ${reason.side} statement`;
    case 'antonym':
      return `opposite words: "${reason.first.text}" vs "${reason.second.text}"`;
    case 'value-mismatch':
      return `"${reason.subject}" has two values: "${reason.first.text}" vs "${reason.second.text}"`;
    case 'different-subject':
      return `different subjects: ${reason.first.join(', ')} vs ${reason.second.join(', ')}`;
    case 'update':
      return reason.cue
        ? `possibly an update: "${reason.cue.text}" in the ${reason.side} statement`
        : `possibly an update: stated on ${reason.dates?.first.slice(0, 10)} and ${reason.dates?.second.slice(0, 10)}`;
  }
}
