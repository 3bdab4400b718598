// Pairing variants on the real mixed sets (no model involved): the share of labelled contradictions that
// topic blocking proposes, and the pairs it costs, for each term weighting and neighbour setting.
// Run: npm run build && node bench/pairing-variants.mjs
import path from 'node:path';
import { extractStatements } from '../dist/index.js';
import { DEFAULT_MAX_PAIRS, DEFAULT_MAX_POSTINGS, findCandidatePairs, normalizeInput } from '../dist/internal.js';
import { markdownTable, pct, readJsonl, SHARED } from './lib.mjs';

const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const chat = realworld.filter((r) => r.set === 'chatprotect');
const chatTexts = [...new Set(chat.flatMap((r) => [r.first, r.second]))];
const chatIndex = new Map(chatTexts.map((t, i) => [t, i]));
const chatPositives = [...new Set(chat.filter((r) => r.label === 'contradiction' && r.first !== r.second).map((r) => key(chatIndex.get(r.first), chatIndex.get(r.second))))].map((k) => [k]);
const summ = realworld.filter((r) => r.set === 'summedits-news');
const articles = [...new Set(summ.map((r) => r.first))];
const articleSentences = articles.map((article) => extractStatements(article).map((s) => s.text));
const summTexts = [...new Set([...articleSentences.flat(), ...summ.map((r) => r.second)])];
const summIndex = new Map(summTexts.map((t, i) => [t, i]));
const articleOf = new Map(articles.map((article, i) => [article, articleSentences[i]]));
const summPositives = summ.filter((r) => r.label === 'contradiction').map((r) => articleOf.get(r.first).map((sentence) => key(summIndex.get(sentence), summIndex.get(r.second))));
const sets = { chatprotect: [chatTexts, chatPositives], 'summedits-news': [summTexts, summPositives] };

const rows = [];
for (const weighting of /** @type {('tfidf' | 'bm25')[]} */ (['tfidf', 'bm25'])) {
  for (const [neighbors, minSimilarity] of [[10, 0.1], [20, 0.05], [30, 0.05]]) {
    /** @type {(string | number)[]} */
    const row = [weighting, neighbors, minSimilarity];
    for (const [texts, positives] of Object.values(sets)) {
      const statements = normalizeInput(texts.map((text, i) => ({ id: `t${i}`, text })));
      const result = findCandidatePairs(statements, { neighbors, minSimilarity, maxPairs: DEFAULT_MAX_PAIRS, maxPostings: DEFAULT_MAX_POSTINGS, weighting });
      const proposed = new Set(result.pairs.map((p) => `${p.first}|${p.second}`));
      row.push(`${pct(positives.filter((p) => p.some((k) => proposed.has(k))).length / positives.length)} % (${result.pairs.length} pairs)`);
    }
    rows.push(row);
  }
}
console.log(markdownTable(['weighting', 'neighbours', 'least similarity', `ChatProtect mixed (${chatTexts.length} statements)`, `SummEdits mixed (${summTexts.length} statements)`], rows));
