// Pairs per second of one or more model directories through the library (batch 32, int8), in one run:
//   node bench/model-speed.mjs <model dir> [<model dir> ...]
// Short pairs: the shared test split's first 1,024 pairs; long: SummEdits-news sentences of 150+ characters.
import { createTransformersNliModel } from '../dist/internal.js';
import { extractStatements } from '../dist/index.js';
import path from 'node:path';
import { longNewsSentences, readJsonl, SHARED } from './lib.mjs';

const dirs = process.argv.slice(2);
const short = (await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'), 1024)).map((r) => ({ premise: r.premise, hypothesis: r.hypothesis }));
const longTexts = await longNewsSentences(extractStatements);
const long = longTexts.slice(0, 512).map((premise, i) => ({ premise, hypothesis: longTexts[i + 1] ?? premise }));
for (const round of [1, 2]) {
  for (const dir of dirs) {
    const model = await createTransformersNliModel({ model: path.resolve(dir), dtype: 'q8', batchSize: 32 });
    await model.classify({ pairs: short.slice(0, 64) });
    const row = [];
    for (const pairs of [short, long]) {
      const started = performance.now();
      await model.classify({ pairs });
      row.push(((pairs.length / (performance.now() - started)) * 1000).toFixed(0));
    }
    await model.dispose();
    console.log(`round ${round} ${path.basename(dir)}: short ${row[0]} pairs/s, long ${row[1]} pairs/s`);
  }
}
