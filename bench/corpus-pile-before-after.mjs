// node bench/corpus-pile-before-after.mjs <older checkout> [--corpus wikipedia_en_2014_part] [--paragraphs 6000] [--examples 20]
// The cost of a library change on text mined across documents: the first paragraphs of one of the shared
// text corpora (../shared/data/text, unlabelled: no pair there was written to contradict another) in one
// detect() call each, with the library of an older checkout (its dist/ built, its own model and calibration)
// and with this one, in one process. Prints the pairs reported by each, and the pairs reported by one only,
// with their reasons. Make the older checkout as for bench/before-after.mjs.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseArgs, ROOT, SHARED } from './lib.mjs';

const [before, ...rest] = process.argv.slice(2);
if (!before) throw new Error('usage: node bench/corpus-pile-before-after.mjs <older checkout with dist/ built> [--corpus name] [--paragraphs n]');
const args = parseArgs(rest, { corpus: 'wikipedia_en_2014_part', paragraphs: 6000, examples: 20 });

// Paragraphs (lines) of at least 40 characters, in file order.
const paragraphs = [];
const input = createReadStream(path.join(SHARED, `data/text/${args.corpus}.txt.gz`)).pipe(createGunzip());
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  if (line.length >= 40) paragraphs.push(line);
  if (paragraphs.length >= args.paragraphs) break;
}
input.destroy();

const runs = [];
for (const [name, dir] of [[`before (${before})`, path.resolve(before)], ['after (this checkout)', ROOT]]) {
  const { createDetector } = await import(path.join(dir, 'dist/index.js'));
  const detector = await createDetector();
  const report = await detector.detect(paragraphs.map((text, i) => ({ id: `p${i}`, text })), { includeAllPairs: true });
  await detector.dispose();
  const reported = new Map(report.contradictions.map((c) => [`${c.first.id}|${c.second.id}`, c]));
  runs.push({ name, pairs: report.stats.pairsScored, reported });
  console.log(`${name}: ${paragraphs.length} paragraphs of ${args.corpus}, ${report.stats.pairsScored} pairs scored, ${reported.size} reported`);
}
const [a, b] = runs;
const only = (x, y) => [...x.reported].filter(([key]) => !y.reported.has(key)).map(([, c]) => c);
for (const [label, list] of [['reported after only', only(b, a)], ['reported before only', only(a, b)]]) {
  console.log(`\n${label}: ${list.length}`);
  for (const c of list.slice(0, args.examples)) {
    console.log(`- ${c.score.toFixed(2)} ${c.reasons.map((r) => r.kind).join(',')}: "${c.first.text.slice(0, 120)}" / "${c.second.text.slice(0, 120)}"`);
  }
}
