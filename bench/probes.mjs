// node bench/probes.mjs [--model <dir|id>] [--threshold 0.5]
// Scores the 90 probe pairs of bench/data/probes.jsonl (headline, debate, climate-claim and casualty pairs
// written for this project while designing the thirteenth round's checks, and 10 debate pairs written in the
// fourteenth round's, the last lines of the file; so a seen set, not an evaluation
// set) through the library, and lists the pairs it gets wrong at the threshold with their reasons. Needs
// dist/ (npm run build).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scorePairs } from '../dist/index.js';
import { parseArgs, ROOT } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { model: '', threshold: 0.5 });
/** @type {{ premise: string, hypothesis: string, label: string }[]} */
const rows = readFileSync(path.join(ROOT, 'bench/data/probes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const results = await scorePairs(
  rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })),
  args.model ? { model: args.model } : {},
);
let right = 0;
for (const [i, result] of results.entries()) {
  const row = rows[i];
  if ((result.score >= args.threshold) === (row.label === 'contradiction')) {
    right++;
    continue;
  }
  const reasons = result.reasons.map((r) => r.kind).join(', ');
  console.log(`${row.label === 'contradiction' ? 'missed' : 'false alarm'} ${result.score.toFixed(2)}: "${row.premise}" / "${row.hypothesis}" (${reasons})`);
}
const contradictions = rows.filter((r) => r.label === 'contradiction').length;
console.log(`${right} of ${rows.length} right at threshold ${args.threshold} (${contradictions} contradictions, ${rows.length - contradictions} consistent)`);
