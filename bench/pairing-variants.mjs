// Pairing variants on the real mixed sets (no model involved): the share of labelled contradictions that
// topic blocking proposes, and the pairs it costs, for each term weighting and neighbour setting.
// Run: npm run build && node bench/pairing-variants.mjs
import path from 'node:path';
import { extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, findCandidatePairs, normalizeInput } from '../dist/internal.js';
import { markdownTable, mixedRealSets, pct, readJsonl, shareProposed, SHARED } from './lib.mjs';

const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = mixedRealSets(realworld, extractStatements);

const rows = [];
for (const weighting of /** @type {('tfidf' | 'bm25')[]} */ (['tfidf', 'bm25'])) {
  for (const [neighbors, minSimilarity] of [[10, 0.1], [20, 0.05], [30, 0.05]]) {
    /** @type {(string | number)[]} */
    const row = [weighting, neighbors, minSimilarity];
    for (const { texts, positives } of Object.values(sets)) {
      const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
      const result = findCandidatePairs(statements, { neighbors, minSimilarity, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS, weighting });
      row.push(`${pct(shareProposed(result.pairs, positives))} % (${result.pairs.length} pairs)`);
    }
    rows.push(row);
  }
}
console.log(markdownTable(['weighting', 'neighbours', 'least similarity', `ChatProtect mixed (${sets.chatprotect.texts.length} statements)`, `SummEdits mixed (${sets['summedits-news'].texts.length} statements)`], rows));
