// `formatReport(report, 'html')`: one self-contained HTML page (no network: styles and the small filter
// script are inline) with the contradictions, their scores and typed reasons, the statements with the spans
// the checks point at highlighted, and a matrix of which statements contradict which.
import type { Evidence } from './checks/finding.js';
import { statementWhere, visible } from './display.js';
import { describeReason, reasonEvidence } from './scoring/describe.js';
import type { Contradiction, DetectionReport, StatementRef } from './types.js';

/** A span some check points at, with the kind of that check. */
type Marked = { kind: string; span: Evidence['span'] };

/** Statements shown in the matrix at most (those in the most contradictions); the list shows every pair. */
export const HTML_MATRIX_LIMIT = 40;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: markup characters escaped, control characters shown as `\uXXXX`. */
function escape(text: string): string {
  return visible(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Merge the evidence spans of one statement into sorted, non-overlapping marks (each with its kinds). */
function marks(text: string, evidence: readonly Marked[]) {
  const spans = evidence
    .filter(({ span }) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const merged: { start: number; end: number; kinds: Set<string> }[] = [];
  for (const { kind, span } of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.kinds.add(kind);
    } else merged.push({ start: span.start, end: span.end, kinds: new Set([kind]) });
  }
  return merged;
}

function highlighted(text: string, evidence: readonly Marked[]): string {
  let html = '';
  let at = 0;
  for (const mark of marks(text, evidence)) {
    const kinds = [...mark.kinds].join(' ');
    html += escape(text.slice(at, mark.start)) + `<mark data-kinds="${escape(kinds)}" title="${escape(kinds)}">${escape(text.slice(mark.start, mark.end))}</mark>`;
    at = mark.end;
  }
  return html + escape(text.slice(at));
}

function statementBlock(label: 'A' | 'B', statement: StatementRef, evidence: readonly Marked[]): string {
  const where = statementWhere(statement);
  return (
    `<div class="statement"><span class="side">${label}</span><span class="id">${escape(statement.id)}</span>` +
    `<span class="text">${highlighted(statement.text, evidence)}</span>` +
    (where ? `<span class="where">${escape(where)}</span>` : '') +
    '</div>'
  );
}

function pairItem(c: Contradiction, index: number): string {
  const first: Marked[] = [];
  const second: Marked[] = [];
  for (const reason of c.reasons) {
    const found = reasonEvidence(reason);
    for (const e of found.first) first.push({ kind: reason.kind, span: e.span });
    for (const e of found.second) second.push({ kind: reason.kind, span: e.span });
  }
  const reasons = c.reasons.map((r) => `<li data-kind="${escape(r.kind)}"><span class="reason-kind">${escape(r.kind)}</span> ${escape(describeReason(r))}</li>`).join('');
  const search = `${c.first.id} ${c.second.id} ${c.first.text} ${c.second.text}`.toLowerCase();
  return (
    `<li class="pair kind-${c.kind}" id="c${index + 1}" data-score="${c.score.toFixed(4)}" data-search="${escape(search)}">` +
    `<div class="head"><a class="number" href="#c${index + 1}">#${index + 1}</a><span class="kind">${c.kind}</span>` +
    `<span class="score">score ${c.score.toFixed(2)}</span><span class="bar"><span style="width:${(c.score * 100).toFixed(0)}%"></span></span>` +
    `<span class="similarity">topic similarity ${c.similarity.toFixed(2)}</span></div>` +
    statementBlock('A', c.first, first) +
    statementBlock('B', c.second, second) +
    `<ul class="reasons">${reasons}</ul></li>`
  );
}

/** The statements in the most contradictions, and a cell for each pair of them that contradicts. */
function matrix(shown: readonly Contradiction[]): string {
  const contradicting = shown.filter((c) => c.kind !== 'none');
  if (contradicting.length === 0) return '<p class="empty">No two statements contradict each other at this threshold.</p>';
  const counts = new Map<string, { ref: StatementRef; count: number }>();
  for (const c of contradicting) {
    for (const ref of [c.first, c.second]) {
      const entry = counts.get(ref.id) ?? { ref, count: 0 };
      entry.count += 1;
      counts.set(ref.id, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.ref.id.localeCompare(b.ref.id)).slice(0, HTML_MATRIX_LIMIT);
  const position = new Map(ranked.map((entry, i) => [entry.ref.id, i]));
  const cell = ranked.length <= 12 ? 26 : ranked.length <= 24 ? 20 : 16;
  // Rows: number, id and the start of the text; columns: the same numbers.
  const left = 340;
  const top = 22;
  const size = ranked.length * cell;
  const shorten = (text: string, most: number) => (text.length > most ? `${text.slice(0, most - 1)}…` : text);
  const parts: string[] = [];
  ranked.forEach(({ ref, count }, i) => {
    const title = `<title>${escape(`${ref.id} (${count} contradiction${count === 1 ? '' : 's'}): ${ref.text}`)}</title>`;
    const label = `${i + 1}  ${shorten(ref.id, 16)}  ${shorten(ref.text, 40)}`;
    parts.push(`<text class="row-label" x="${left - 6}" y="${top + i * cell + cell * 0.68}" text-anchor="end">${title}${escape(label)}</text>`);
    parts.push(`<text class="col-label" x="${left + i * cell + cell / 2}" y="${top - 6}" text-anchor="middle">${title}${i + 1}</text>`);
  });
  shown.forEach((c, i) => {
    const a = position.get(c.first.id);
    const b = position.get(c.second.id);
    if (c.kind === 'none' || a === undefined || b === undefined) return;
    const index = i + 1;
    for (const [row, col] of [[a, b], [b, a]] as const) {
      parts.push(
        `<a href="#c${index}"><rect class="cell kind-${c.kind}" x="${left + col * cell + 1}" y="${top + row * cell + 1}" width="${cell - 2}" height="${cell - 2}" ` +
          `fill-opacity="${(0.35 + 0.65 * c.score).toFixed(2)}"><title>${escape(`#${index} ${c.kind} ${c.score.toFixed(2)}: ${c.first.id} / ${c.second.id}`)}</title></rect></a>`,
      );
    }
  });
  const grid = ranked.map((_, i) => `<line x1="${left}" y1="${top + i * cell}" x2="${left + size}" y2="${top + i * cell}"/><line x1="${left + i * cell}" y1="${top}" x2="${left + i * cell}" y2="${top + size}"/>`);
  const note =
    counts.size > ranked.length
      ? `<p class="note">The ${ranked.length} statements in the most contradictions, of ${counts.size}; every pair is in the list below.</p>`
      : '';
  return (
    `${note}<svg class="matrix" role="img" aria-label="Which statements contradict which" width="${left + size + 10}" height="${top + size + 10}" viewBox="0 0 ${left + size + 10} ${top + size + 10}">` +
    `<g class="grid">${grid.join('')}<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="none"/></g>${parts.join('')}</svg>` +
    '<p class="note legend"><span class="swatch kind-contradiction"></span> contradiction <span class="swatch kind-update"></span> update ' +
    '(one statement may revise the other); the darker, the higher the score. A cell links to its pair.</p>'
  );
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5f6b7a; --line: #d9dee5; --contradiction: #c62828; --update: #ef6c00; --none: #78909c; --mark: #ffe066; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.summary, .note, .empty { color: var(--muted); margin: 4px 0; }
.warnings li { color: #8a5300; }
.controls { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line); display: flex; gap: 16px; align-items: center; flex-wrap: wrap; z-index: 1; }
.controls input[type=search] { flex: 1; min-width: 200px; padding: 4px 8px; font: inherit; }
.matrix-wrap { overflow: auto; }
svg.matrix { font-size: 11px; } svg.matrix .grid line, svg.matrix .grid rect { stroke: #edf0f3; }
svg.matrix text { fill: var(--muted); } .cell.kind-contradiction { fill: var(--contradiction); } .cell.kind-update { fill: var(--update); } .cell.kind-none { fill: var(--none); }
ol.pairs { list-style: none; padding: 0; margin: 0; }
li.pair { border: 1px solid var(--line); border-left: 5px solid var(--contradiction); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
li.pair.kind-update { border-left-color: var(--update); } li.pair.kind-none { border-left-color: var(--none); }
li.pair:target { box-shadow: 0 0 0 3px #90caf9; }
.head { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
.number { font-weight: 600; color: var(--ink); text-decoration: none; } .kind { font-weight: 600; text-transform: uppercase; font-size: 12px; letter-spacing: .04em; }
.kind-contradiction .kind { color: var(--contradiction); } .kind-update .kind { color: var(--update); } .kind-none .kind { color: var(--none); }
.score { font-variant-numeric: tabular-nums; font-weight: 600; } .similarity { color: var(--muted); font-size: 13px; }
.bar { display: inline-block; width: 90px; height: 8px; background: #eceff1; border-radius: 4px; overflow: hidden; } .bar span { display: block; height: 100%; background: var(--contradiction); }
.statement { display: grid; grid-template-columns: 22px minmax(60px, max-content) 1fr; gap: 8px; padding: 4px 0; align-items: baseline; }
.statement .where { grid-column: 3; color: var(--muted); font-size: 13px; }
.side { font-weight: 700; color: var(--muted); } .id { font-family: ui-monospace, monospace; font-size: 12px; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); padding: 0 2px; border-radius: 3px; }
ul.reasons { margin: 6px 0 0 30px; padding: 0; color: #37474f; font-size: 14px; }
.reason-kind { font-family: ui-monospace, monospace; font-size: 12px; background: #eceff1; padding: 0 4px; border-radius: 3px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-left: 8px; }
.swatch.kind-contradiction { background: var(--contradiction); } .swatch.kind-update { background: var(--update); }
.hidden { display: none; }
`;

// Filters the list by text and least score; no network, no external script.
const SCRIPT = `
(() => {
  const pairs = [...document.querySelectorAll('li.pair')];
  const text = document.getElementById('filter');
  const least = document.getElementById('least-score');
  const leastValue = document.getElementById('least-score-value');
  const shown = document.getElementById('shown');
  const update = () => {
    const words = text.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const min = Number(least.value);
    leastValue.textContent = min.toFixed(2);
    let count = 0;
    for (const pair of pairs) {
      const visible = Number(pair.dataset.score) >= min && words.every((w) => pair.dataset.search.includes(w));
      pair.classList.toggle('hidden', !visible);
      if (visible) count += 1;
    }
    shown.textContent = count + ' of ' + pairs.length + ' shown';
  };
  text.addEventListener('input', update);
  least.addEventListener('input', update);
  update();
})();
`;

/** A report as one self-contained HTML page (no network). */
export function formatHtml(report: DetectionReport): string {
  const shown = report.pairs ? [...report.pairs].sort((a, b) => b.score - a.score) : [...report.contradictions];
  const s = report.stats;
  const title = `${s.contradictions} contradiction${s.contradictions === 1 ? '' : 's'} among ${s.statements} statements`;
  const summary =
    `${title} (score ≥ ${report.threshold}); ${s.pairsScored} of ${s.candidatePairs} candidate pairs scored in ` +
    `${(s.durationMs / 1000).toFixed(1)} s with ${report.model}` +
    (report.pairs ? `; all ${report.pairs.length} scored pairs are listed, those below the threshold as "none"` : '');
  const warnings = report.warnings.length
    ? `<ul class="warnings">${report.warnings.map((w) => `<li>warning: ${escape(w.message)}</li>`).join('')}</ul>`
    : '';
  const lowest = shown.reduce((min, c) => Math.min(min, c.score), 1);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="contradict">
<title>contradict: ${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Contradictions</h1>
<p class="summary">${escape(summary)}</p>
${warnings}
</header>
<h2 id="matrix">Which statements contradict which</h2>
<div class="matrix-wrap">${matrix(shown)}</div>
<h2 id="list">Pairs, highest score first</h2>
<div class="controls">
<input type="search" id="filter" placeholder="Filter by words or statement id" aria-label="Filter">
<label>least score <input type="range" id="least-score" min="0" max="1" step="0.01" value="${(Math.floor(lowest * 100) / 100).toFixed(2)}"> <span id="least-score-value"></span></label>
<span id="shown">${shown.length} of ${shown.length} shown</span>
</div>
<ol class="pairs">
${shown.map(pairItem).join('\n')}
</ol>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
