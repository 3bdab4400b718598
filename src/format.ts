import { statementWhere, visible } from './display.js';
import { formatHtml } from './format-html.js';
import { describeReason } from './scoring/describe.js';
import type { Contradiction, DetectionReport } from './types.js';

/**
 * `table`: for people; `json`: the whole report; `jsonl`: one contradiction (or, with all pairs, one pair)
 * per line; `html`: one self-contained page with highlights, reasons and a matrix of who contradicts whom.
 */
export type OutputFormat = 'json' | 'jsonl' | 'table' | 'html';

function statementLine(label: string, statement: Contradiction['first']): string {
  const where = statementWhere(statement);
  return visible(`  ${label} [${statement.id}] ${statement.text}${where ? `  (${where})` : ''}`);
}

/** Human-readable report: one block per contradiction, its reasons, then the run's figures. */
function formatTable(report: DetectionReport): string {
  const lines: string[] = [];
  // With includeAllPairs, every scored pair (those below the threshold marked `none`), highest score first.
  const shown = report.pairs ? [...report.pairs].sort((a, b) => b.score - a.score) : report.contradictions;
  shown.forEach((c, i) => {
    lines.push(`#${i + 1}  ${c.kind}  score ${c.score.toFixed(2)}  (topic similarity ${c.similarity.toFixed(2)})`);
    lines.push(statementLine('A', c.first));
    lines.push(statementLine('B', c.second));
    for (const reason of c.reasons) lines.push(visible(`    - ${describeReason(reason)}`));
    lines.push('');
  });
  const s = report.stats;
  lines.push(
    `${s.contradictions} contradiction${s.contradictions === 1 ? '' : 's'} (score >= ${report.threshold}) among ${s.statements} statements; ` +
      `${s.pairsScored} of ${s.candidatePairs} candidate pairs scored in ${(s.durationMs / 1000).toFixed(1)} s with ${report.model}`,
  );
  for (const warning of report.warnings) lines.push(`warning: ${warning.message}`);
  return lines.join('\n') + '\n';
}

/** A report as text, the way the CLI prints it. */
export function formatReport(report: DetectionReport, format: OutputFormat = 'table'): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'html') return formatHtml(report);
  if (format === 'jsonl') {
    const shown = report.pairs ?? report.contradictions;
    return shown.map((c) => JSON.stringify(c)).join('\n') + (shown.length ? '\n' : '');
  }
  return formatTable(report);
}
