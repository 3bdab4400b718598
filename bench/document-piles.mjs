// Pairing on small inputs, as a user with one document has them: each ChatProtect topic (its distinct
// sentences) and each SummEdits-news article (its sentences and its summaries) in its own detect() call,
// for a few pairing settings. Per setting: the share of labelled contradictions that pairing proposes, the
// pairs scored, the mean over piles of the average precision of the ranked pairs (each labelled
// contradiction counted once; never proposed counts as missed), and recall and precision at the threshold
// (precision counts every reported pair that is not labelled as a false alarm, though some may contradict).
// The last row scores every pair of each pile (scorePairs) for reference.
// With --priors 10,100,1000, a row for each of those `idfPrior` values too, and the share that pairing alone
// proposes on the large mixed piles (the real-world dev set's two, MNLI's and ANLI's) for each.
// Run: npm run build && node bench/document-piles.mjs [--priors 10,30,100,300,1000,3000]   (writes bench/results/document-piles.md)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDetector, extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, findCandidatePairs, normalizeInput } from '../dist/internal.js';
import { documentPiles, fixed, machine, markdownTable, mixedRealSets, nliPile, pairKey, parseArgs, pct, readJsonl, ROOT, shareProposed, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { priors: '' });
const priors = args.priors ? String(args.priors).split(',').map(Number) : [];

const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const piles = documentPiles(realworld, extractStatements);
const detector = await createDetector();
// The calibration's threshold, as each report gives it (the same for every setting).
let threshold = 0.5;

// A set's tallies before any pile.
const emptyTotals = () => ({ piles: 0, statements: 0, contradictions: 0, proposed: 0, pairs: 0, apSum: 0, withPositives: 0, found: 0, reported: 0 });

// One pile's ranked pairs → the tallies for its set.
function tally(totals, pile, ranked) {
  const groupOf = new Map();
  pile.positives.forEach((keys, group) => keys.forEach((k) => groupOf.set(k, group)));
  const found = new Set();
  let tp = 0;
  let fp = 0;
  let precisionSum = 0;
  for (const { key, score } of ranked.sort((a, b) => b.score - a.score)) {
    const group = groupOf.get(key);
    const reported = score >= threshold;
    if (group !== undefined) {
      if (found.has(group)) continue;
      found.add(group);
      tp++;
      precisionSum += tp / (tp + fp);
      if (reported) totals.found++;
    } else fp++;
    if (reported) totals.reported++;
  }
  totals.piles++;
  totals.statements += pile.texts.length;
  totals.contradictions += pile.positives.length;
  totals.proposed += found.size;
  totals.pairs += ranked.length;
  if (pile.positives.length) {
    totals.apSum += precisionSum / pile.positives.length;
    totals.withPositives++;
  }
}

/** @type {[string, import('../dist/index.js').DetectionOptions][]} */
const settings = [
  ['input IDF alone (`idfPrior: 0`, before)', { idfPrior: 0 }],
  ['input IDF with the corpus prior (default, `idfPrior: 1000`)', {}],
  ['corpus IDF (`idf: \'corpus\'`)', { idf: 'corpus' }],
  ...priors.map((prior) => /** @type {[string, import('../dist/index.js').DetectionOptions]} */ ([`\`idfPrior: ${prior}\``, { idfPrior: prior }])),
];
const rows = [];
const started = Date.now();
for (const [name, options] of settings) {
  const bySet = {};
  const withSetting = await createDetector(options);
  for (const pile of piles) {
    const report = await withSetting.detect(pile.texts.map((text, i) => ({ id: `t${i}`, text })), { includeAllPairs: true });
    threshold = report.threshold;
    const ranked = report.pairs.map((p) => ({ key: pairKey(Number(p.first.id.slice(1)), Number(p.second.id.slice(1))), score: p.score }));
    tally((bySet[pile.set] ??= emptyTotals()), pile, ranked);
  }
  await withSetting.dispose();
  rows.push([name, bySet]);
}
{
  const bySet = {};
  for (const pile of piles) {
    const pairs = [];
    for (let i = 0; i < pile.texts.length; i++) for (let j = i + 1; j < pile.texts.length; j++) pairs.push([i, j]);
    const scores = await detector.scorePairs(pairs.map(([i, j]) => ({ premise: pile.texts[i], hypothesis: pile.texts[j] })));
    tally((bySet[pile.set] ??= emptyTotals()), pile, pairs.map(([i, j], k) => ({ key: pairKey(i, j), score: scores[k].score })));
  }
  rows.push(['every pair (reference: `scorePairs` on all n(n-1)/2)', bySet]);
}
await detector.dispose();

const sets = Object.keys(rows[0][1]);
const lines = [`## Pairing on one document at a time (\`node bench/document-piles.mjs\`)`, '', `Machine: ${machine().cpu}; ${((Date.now() - started) / 1000).toFixed(0)} s.`, ''];
for (const set of sets) {
  const t = rows[0][1][set];
  lines.push(`### ${set}: ${t.piles} piles, ${t.statements} statements, ${t.contradictions} labelled contradictions`, '');
  lines.push(markdownTable(['pairing', 'proposed', 'pairs scored', 'mean average precision', `recall at ${threshold}`, `precision at ${threshold}`], rows.map(([name, bySet]) => {
    const s = bySet[set];
    return [name, `${pct(s.proposed / s.contradictions)} %`, s.pairs, fixed(s.apSum / s.withPositives), `${pct(s.found / s.contradictions)} %`, `${pct(s.reported ? s.found / s.reported : 0)} %`];
  })), '');
}
if (priors.length) {
  const large = mixedRealSets(realworld, extractStatements);
  const nliTest = await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'));
  for (const source of ['mnli', 'anli']) large[source] = nliPile(nliTest.filter((r) => r.source === source));
  lines.push('### Pairing alone on the large mixed piles (no pair budget): proposed (pairs)', '');
  lines.push(markdownTable(['idfPrior', ...Object.keys(large)], [0, ...priors].map((prior) => [prior, ...Object.values(large).map((pile) => {
    const statements = normalizeInput(pile.texts.map((text, i) => ({ id: `t${i}`, text })));
    const { pairs } = findCandidatePairs(statements, { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: Infinity, maxPostings: DEFAULT_MAX_POSTINGS, idfPrior: prior });
    return `${pct(shareProposed(pairs, pile.positives))} % (${pairs.length})`;
  })])), '');
}
const out = lines.join('\n');
console.log(out);
writeFileSync(path.join(ROOT, 'bench/results/document-piles.md'), `${out}\n`);
