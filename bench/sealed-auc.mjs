// node bench/sealed-auc.mjs [<older checkout with dist/ built>]
// The probe files kept out of the rounds that wrote them (bench/data/probes-sealed*.jsonl), pooled: ROC-AUC of
// the library's score with checks on and off, for this checkout and, given one, an older checkout (its own model
// and calibration), in one process. Contradictions against consistent controls; no miss is printed, so the files
// stay unread. Needs dist/ (npm run build).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readJsonl, rocAuc, ROOT } from './lib.mjs';

const [older] = process.argv.slice(2);
const files = readdirSync(path.join(ROOT, 'bench/data'))
  .filter((f) => /^probes-sealed.*\.jsonl$/.test(f))
  .sort();
const rows = [];
for (const f of files) rows.push(...(await readJsonl(path.join(ROOT, 'bench/data', f))));
const y = rows.map((r) => r.label === 'contradiction');
console.log(`${files.length} sealed files, ${rows.length} pairs (${y.filter(Boolean).length} contradictions): ${files.join(', ')}`);
for (const [name, dir] of [...(older ? [[`before (${older})`, path.resolve(older)]] : []), ['this checkout', ROOT]]) {
  const { createDetector } = await import(path.join(dir, 'dist/index.js'));
  const line = [];
  for (const checks of [true, false]) {
    const detector = await createDetector({ checks });
    const scores = await detector.scorePairs(rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })));
    const right = scores.filter((s, i) => s.score >= 0.5 === y[i]).length;
    line.push(`checks ${checks ? 'on' : 'off'}: AUC ${rocAuc(scores.map((s) => s.score), y).toFixed(3)}, ${right} of ${rows.length} right at 0.5`);
    await detector.dispose();
  }
  console.log(`${name}: ${line.join('; ')}`);
}
