// Pairing variants on the real mixed sets (no model involved): the share of labelled contradictions that
// topic blocking proposes, and the pairs it costs, for each term weighting and neighbour setting.
// Run: npm run build && node bench/pairing-variants.mjs [--planted 100000]
import path from 'node:path';
import { extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, DEFAULT_MIN_SIMILARITY, DEFAULT_NEIGHBORS, findCandidatePairs, normalizeInput } from '../dist/internal.js';
import { markdownTable, mixedRealSets, pct, plantedStatements, readJsonl, shareProposed, SHARED } from './lib.mjs';

const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = mixedRealSets(realworld, extractStatements);

const rows = [];
/** @type {[string, 'tfidf' | 'bm25', 'input' | 'corpus'][]} */
const variants = [
  ['tfidf', 'tfidf', 'input'],
  ['bm25', 'bm25', 'input'],
  ['tfidf, corpus IDF', 'tfidf', 'corpus'],
];
for (const [name, weighting, idf] of variants) {
  for (const [neighbors, minSimilarity] of [[10, 0.1], [20, 0.05], [30, 0.05]]) {
    /** @type {(string | number)[]} */
    const row = [name, neighbors, minSimilarity];
    for (const { texts, positives } of Object.values(sets)) {
      const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
      const result = findCandidatePairs(statements, { neighbors, minSimilarity, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS, weighting, idf });
      row.push(`${pct(shareProposed(result.pairs, positives))} % (${result.pairs.length} pairs)`);
    }
    rows.push(row);
  }
}
console.log(markdownTable(['weighting', 'neighbours', 'least similarity', `ChatProtect mixed (${sets.chatprotect.texts.length} statements)`, `SummEdits mixed (${sets['summedits-news'].texts.length} statements)`], rows));

// Planted contradictions among 100,000 UN sentences under the default budget (100,000 pairs): the share
// that pairing proposes (the model then decides). --planted 0 skips it.
const plantedArg = process.argv.indexOf('--planted');
const plantedSize = plantedArg > 0 ? Number(process.argv[plantedArg + 1]) : 100_000;
if (plantedSize > 0) {
  const { statements: list, planted } = await plantedStatements({ statements: plantedSize, planted: Math.round(plantedSize / 200), seed: 7, extractStatements });
  const statements = normalizeInput(list);
  const result = findCandidatePairs(statements, { neighbors: DEFAULT_NEIGHBORS, minSimilarity: DEFAULT_MIN_SIMILARITY, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS });
  const keys = new Set(result.pairs.map((p) => [statements[p.first].id, statements[p.second].id].sort().join(' ')));
  const proposed = planted.filter((p) => keys.has([p.original, p.copy].sort().join(' '))).length;
  console.log(
    `\nPlanted contradictions among ${statements.length} statements (UN speeches), default options: ${result.candidates} candidate pairs, ${result.pairs.length} within the budget; ` +
      `${proposed} of ${planted.length} planted pairs proposed (${pct(proposed / planted.length)} %).`,
  );
}
