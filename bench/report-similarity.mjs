// node bench/report-similarity.mjs [--paragraphs 3000]
// Where the pairs a pile reports on the model's word alone (no check's finding) stand in topic similarity (the
// pairing's score): the first paragraphs of the Wikinews corpus (../shared/data/text, nothing labelled) in one
// detect() call, and the real-world dev set's mixed sets as `npm run eval` mines them (labelled contradictions
// against the rest). Prints similarity quantiles and, for a few floors, how many such reports each would keep.
// Written in the twenty-ninth round to see whether a similarity floor for model-only reports is worth trying; the
// last line per set tries one (the score of such a pair under the floor halved), as `npm run eval` ranks the mined sets.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { mixedRealSets, pairKey, parseArgs, rankMined, readJsonl, SHARED } from './lib.mjs';
import { createDetector, extractStatements } from '../dist/index.js';

const args = parseArgs(process.argv.slice(2), { paragraphs: 3000 });
const detector = await createDetector();
const paragraphs = [];
const input = createReadStream(path.join(SHARED, 'data/text/wikinews_en.txt.gz')).pipe(createGunzip());
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  if (line.length >= 40) paragraphs.push(line);
  if (paragraphs.length >= Number(args.paragraphs)) break;
}
input.destroy();
const modelOnly = (pair) => !pair.reasons.some((reason) => reason.kind !== 'nli');
const quantiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [0.1, 0.25, 0.5, 0.75, 0.9].map((f) => (sorted.length ? sorted[Math.floor(sorted.length * f)].toFixed(3) : '-')).join(' / ');
};
const FLOORS = [0.1, 0.15, 0.2, 0.3];
const pile = (await detector.detect(paragraphs.map((text, i) => ({ id: `p${i}`, text })))).contradictions;
const alone = pile.filter(modelOnly).map((c) => c.similarity);
console.log(`Wikinews, ${paragraphs.length} paragraphs: ${pile.length} reported, ${alone.length} on the model alone; their similarity (10/25/50/75/90 %) ${quantiles(alone)}`);
console.log(`  kept by a floor: ${FLOORS.map((f) => `${f}: ${alone.filter((s) => s >= f).length}`).join(', ')}`);
const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
for (const [set, mixed] of Object.entries(mixedRealSets(realworld, extractStatements))) {
  const report = await detector.detect(mixed.texts.map((text, i) => ({ id: `t${i}`, text })), { includeAllPairs: true });
  const positives = new Set(mixed.positives.flat());
  const reported = report.pairs.filter((pair) => pair.score >= report.threshold && modelOnly(pair));
  const labelled = reported.filter((pair) => positives.has(pairKey(Number(pair.first.id.slice(1)), Number(pair.second.id.slice(1)))));
  const rest = reported.filter((pair) => !labelled.includes(pair));
  console.log(`${set}: ${reported.length} reported on the model alone, ${labelled.length} of them labelled contradictions; similarity of those ${quantiles(labelled.map((p) => p.similarity))}, of the rest ${quantiles(rest.map((p) => p.similarity))}`);
  console.log(`  kept by a floor (labelled / rest): ${FLOORS.map((f) => `${f}: ${labelled.filter((p) => p.similarity >= f).length} / ${rest.filter((p) => p.similarity >= f).length}`).join(', ')}`);
  // The mined average precision and recall at the threshold (as `npm run eval` counts them) if the score of a
  // pair without a finding under a similarity floor were halved: a trial of the rule, not the library's scores.
  const trial = (floor) => {
    const halved = report.pairs.map((pair) => (modelOnly(pair) && pair.similarity < floor ? { ...pair, score: pair.score / 2 } : pair));
    const { averagePrecision, recall } = rankMined(halved, mixed.positives, mixed.negatives, report.threshold);
    return `AP ${averagePrecision.toFixed(4)}, recall ${(100 * recall).toFixed(1)} %`;
  };
  console.log(`  halving the score of pairs without a finding under a floor: ${[0, ...FLOORS].map((f) => `${f}: ${trial(f)}`).join('; ')}`);
}
await detector.dispose();
