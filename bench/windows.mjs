// node bench/windows.mjs [--model <dir>]
// How many windows the bundled model's window gives SummEdits-news' articles (the real-world dev set's long
// texts, each against its summary): whole sentences packed up to the budget (the library's windows) against
// windows cut between words only (before). Scoring time grows with the window count; no model is run.
import path from 'node:path';
import { AutoTokenizer } from '@huggingface/transformers';
import { extractStatements } from '../dist/index.js';
import { BUNDLED_MODEL_DIRECTORY, premiseBudget, splitBetweenWords, splitIntoWindows } from '../dist/internal.js';
import { parseArgs, readJsonl, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { model: BUNDLED_MODEL_DIRECTORY });
const tokenizer = await AutoTokenizer.from_pretrained(args.model, { local_files_only: true });
const count = (text) => tokenizer.encode(text, { add_special_tokens: false }).length;
const special = tokenizer.encode('a', { text_pair: 'b' }).length - 2;
const config = (await import(path.join(args.model, 'config.json'), { with: { type: 'json' } })).default;
const room = config.max_position_embeddings - special;
const rows = (await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'))).filter((r) => r.set === 'summedits-news');
let words = 0;
let sentences = 0;
let sentencesCut = 0;
for (const row of rows) {
  const budget = premiseBudget(room, count(row.second));
  words += splitBetweenWords(row.first, budget, count).length;
  sentences += splitIntoWindows(row.first, budget, count).length;
  sentencesCut += extractStatements(row.first).filter((s) => count(s.text) > budget).length;
}
console.log(`SummEdits-news: ${rows.length} articles, window of ${room} tokens less the summary's`);
console.log(`word windows ${words}, sentence windows ${sentences} (${(sentences / words).toFixed(2)}x); sentences longer than a window: ${sentencesCut}`);
