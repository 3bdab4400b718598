import path from 'node:path';
import { createDetector } from '../dist/index.js';
import { readJsonl, SHARED } from './lib.mjs';
const rows = (await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'))).filter((r) => r.set === 'summedits-news');
const det = await createDetector();
const s = await det.scorePairs(rows.map((r) => ({ premise: r.first, hypothesis: r.second })));
const by = {};
rows.forEach((r, i) => {
  const types = r.label === 'contradiction' ? (r.edit_types?.length ? r.edit_types : ['?']) : ['(consistent)'];
  for (const t of types) {
    by[t] ??= { n: 0, hit: 0, sum: 0 };
    by[t].n++; by[t].sum += s[i].score; if (s[i].score >= 0.5) by[t].hit++;
  }
});
for (const [t, v] of Object.entries(by)) console.log(t.padEnd(40), v.n, 'flagged', (100 * v.hit / v.n).toFixed(1), '% mean', (v.sum / v.n).toFixed(2));
await det.dispose();
