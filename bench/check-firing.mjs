// node bench/check-firing.mjs --kind open-list [--examples 3]
// Where one check (or guard) fires, by label: on the real-world dev set (per set), the shared NLI dev and test
// splits, the more-train pairs and every stress suite (both halves). For judging a check's precision on
// data it was not written for. Needs dist/ (npm run build). Prints markdown.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runChecks } from '../dist/internal.js';
import { markdownTable, parseArgs, readJsonl, ROOT, SHARED } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { kind: '', examples: 3 });
if (!args.kind) throw new Error('usage: node bench/check-firing.mjs --kind <reason kind, e.g. open-list>');

/** @type {[string, string[][]][]} */
const sets = [];
const realworld = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
for (const name of [...new Set(realworld.map((r) => r.set))]) {
  sets.push([`real-world: ${name}`, realworld.filter((r) => r.set === name).map((r) => [r.first, r.second, r.label])]);
}
for (const split of ['dev', 'test', 'more-train']) {
  const rows = await readJsonl(path.join(SHARED, `data/nli/${split}.jsonl.gz`));
  sets.push([`NLI ${split}`, rows.map((r) => [r.premise, r.hypothesis, r.label])]);
}
const stress = path.join(ROOT, 'test/fixtures/stress');
for (const file of readdirSync(stress).sort()) {
  const rows = readFileSync(path.join(stress, file), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  sets.push([`stress: ${file.replace('.jsonl', '')}`, rows.map((r) => [r.premise, r.hypothesis, r.label])]);
}

const rows = [];
const examples = [];
for (const [name, pairs] of sets) {
  let fired = 0;
  let contradictions = 0;
  const labels = {};
  for (const [first, second, label] of pairs) {
    if (!runChecks({ text: first }, { text: second }).some((r) => r.kind === args.kind)) continue;
    fired++;
    labels[label] = (labels[label] ?? 0) + 1;
    if (label === 'contradiction') contradictions++;
    if (examples.length < args.examples * sets.length && (labels[label] ?? 0) <= args.examples) examples.push(`- ${name}, ${label}: "${first.slice(0, 160)}" / "${second.slice(0, 160)}"`);
  }
  const all = pairs.length;
  const allContradictions = pairs.filter(([, , label]) => label === 'contradiction').length;
  rows.push([
    name,
    all,
    fired,
    contradictions,
    fired - contradictions,
    Object.entries(labels).sort().map(([label, n]) => `${label} ${n}`).join(', ') || '—',
    `${allContradictions} / ${all - allContradictions}`,
  ]);
}
console.log(`### Where \`${args.kind}\` fires\n`);
console.log(markdownTable(['set', 'pairs', 'fires on', 'of them contradictions', 'not contradictions', 'by label', 'set: contradictions / rest'], rows));
console.log(`\nExamples (up to ${args.examples} per set and label):\n`);
console.log(examples.join('\n'));
