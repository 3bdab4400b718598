// node --expose-gc bench/checks-before-after.mjs <older checkout> [--rounds 3]
// The checks of an older checkout (its dist/ built, as for bench/before-after.mjs) against this one, in one
// process:
//   1. findings: runChecks on 31,197 pairs (the shared test split's first 25,000 and dev split's first 8,000
//      rows, the real-world dev set, every stress suite), and on the 20,528 more-train pairs, and how many
//      pairs' findings differ in each set;
//   2. speed: scorePairs with the checks on against off on 1,000 new shared-test pairs per round (after a
//      warm-up on 500 others, as in npm run bench), before and after alternating, and the ratio of the two.
// The times of part 1 favour the older checkout, which runs first: the second library pays in garbage collection
// for the first one's memoised texts (about a third more time). For the checks' time alone, run
// bench/check-times.mjs once per checkout, each in its own process.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, readJsonl, ROOT, SHARED } from './lib.mjs';

const before = process.argv[2];
if (!before || before.startsWith('--')) throw new Error('usage: node --expose-gc bench/checks-before-after.mjs <older checkout with dist/ built>');
const args = parseArgs(process.argv.slice(3), { rounds: 3 });
const dirs = { before: path.resolve(before), after: ROOT };

const pairs = [];
for (const r of await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'), 25000)) pairs.push([r.premise, r.hypothesis]);
for (const r of await readJsonl(path.join(SHARED, 'data/nli/dev.jsonl.gz'), 8000)) pairs.push([r.premise, r.hypothesis]);
for (const r of await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'))) pairs.push([r.first, r.second]);
const stress = path.join(ROOT, 'test/fixtures/stress');
for (const file of readdirSync(stress).sort()) {
  for (const line of readFileSync(path.join(stress, file), 'utf8').trim().split('\n')) {
    const r = JSON.parse(line);
    pairs.push([r.premise, r.hypothesis]);
  }
}
// A second set for changes tuned on the first: the more-train pairs (training data, never evaluated on).
const moreTrain = (await readJsonl(path.join(SHARED, 'data/nli/more-train.jsonl.gz'))).map((r) => [r.premise, r.hypothesis]);
/** @type {[string, string[][]][]} */
const findingSets = [['comparison pairs', pairs], ['more-train pairs', moreTrain]];
for (const [setName, set] of findingSets) {
  const findings = {};
  for (const [name, dir] of Object.entries(dirs)) {
    const { runChecks } = await import(path.join(dir, 'dist/internal.js'));
    const started = performance.now();
    findings[name] = set.map(([a, b]) => JSON.stringify(runChecks({ text: a }, { text: b })));
    console.log(`${name}: runChecks on ${set.length} ${setName} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const differ = set.filter((_, i) => findings.before[i] !== findings.after[i]).length;
  console.log(`${setName} whose findings differ: ${differ} of ${set.length}\n`);
}

const test = (await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'), 500 + 1000 * args.rounds)).map((r) => ({ premise: r.premise, hypothesis: r.hypothesis }));
console.log('| round | library | checks on s | checks off s | speed with checks / without |');
console.log('| --- | --- | --- | --- | --- |');
const ratios = { before: [], after: [] };
for (let round = 0; round < args.rounds; round++) {
  const fresh = test.slice(500 + round * 1000, 1500 + round * 1000);
  for (const [name, dir] of Object.entries(dirs)) {
    const { createDetector } = await import(path.join(dir, 'dist/index.js'));
    // Each checkout with its own bundled model and calibration (a calibration names the checks' features).
    const model = { id: path.join(dir, 'models/contradict-nli-small') };
    const seconds = [];
    for (const checks of [true, false]) {
      const detector = await createDetector({ model, checks });
      await detector.scorePairs(test.slice(0, 500));
      const started = performance.now();
      await detector.scorePairs(fresh);
      seconds.push((performance.now() - started) / 1000);
      await detector.dispose();
    }
    ratios[name].push(seconds[1] / seconds[0]);
    console.log(`| ${round + 1} | ${name} | ${seconds[0].toFixed(2)} | ${seconds[1].toFixed(2)} | ${(seconds[1] / seconds[0]).toFixed(2)} |`);
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`\nmean speed ratio: before ${mean(ratios.before).toFixed(3)}, after ${mean(ratios.after).toFixed(3)}`);
