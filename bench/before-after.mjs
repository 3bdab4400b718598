// node bench/before-after.mjs <older checkout>
// The real-world dev set's ROC-AUC per set (../shared/data/realworld, the calibrated score with checks),
// the library of an older checkout (its dist/ built, its own bundled model and calibration) against this
// one, in one process. Make the older checkout with, for example:
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/ && (cd /tmp/before && npx tsup)
import path from 'node:path';
import { readJsonl, ROOT, rocAuc, SHARED } from './lib.mjs';

const before = process.argv[2];
if (!before) throw new Error('usage: node bench/before-after.mjs <older checkout with dist/ built>');
const rows = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = [...new Set(rows.map((r) => r.set))];
console.log(`| library | ${sets.map((s) => `${s} AUC`).join(' | ')} | scoring time |`);
console.log(`| --- | ${sets.map(() => '---').join(' | ')} | --- |`);
for (const [name, dir] of [[`before (${before})`, path.resolve(before)], ['after (this checkout)', ROOT]]) {
  const { createDetector } = await import(path.join(dir, 'dist/index.js'));
  const detector = await createDetector();
  const started = performance.now();
  const scored = [];
  for (let i = 0; i < rows.length; i += 512) scored.push(...(await detector.scorePairs(rows.slice(i, i + 512).map((r) => ({ premise: r.first, hypothesis: r.second })))));
  const seconds = (performance.now() - started) / 1000;
  await detector.dispose();
  const auc = (set) => {
    const indices = rows.flatMap((r, i) => (r.set === set ? [i] : []));
    return rocAuc(indices.map((i) => scored[i].score), indices.map((i) => rows[i].label === 'contradiction')).toFixed(3);
  };
  console.log(`| ${name} | ${sets.map(auc).join(' | ')} | ${seconds.toFixed(1)} s |`);
}
