// The quick read used to choose between variants of a check: the real-world dev set's AUC with checks on
// (ChatProtect, SummEdits-news) and the shared test split's contradiction F1 at 0.5 and AUC, through
// scorePairs with the bundled model and its calibration (refit first: npm run calibrate). About a minute.
// Run: npm run build && node bench/quick-auc.mjs
import path from 'node:path';
import { createDetector } from '../dist/index.js';
import { readJsonl, rocAuc, SHARED, prf } from './lib.mjs';
const rows = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const det = await createDetector();
const out = [];
for (const set of ['chatprotect', 'summedits-news']) {
  const rs = rows.filter((r) => r.set === set);
  const on = await det.scorePairs(rs.map((r) => ({ premise: r.first, hypothesis: r.second })));
  const y = rs.map((r) => r.label === 'contradiction');
  out.push(`${set} AUC ${rocAuc(on.map((s) => s.score), y).toFixed(3)}`);
}
const test = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
const t = await det.scorePairs(test.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })));
const y = test.map((r) => r.label === 'contradiction');
const p = prf(t.map((s) => s.score >= 0.5), y);
out.push(`test F1 ${p.f1.toFixed(3)} AUC ${rocAuc(t.map((s) => s.score), y).toFixed(3)}`);
console.log(out.join(' | '));
await det.dispose();
