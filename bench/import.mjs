// Import time of the library: the median of fresh Node.js processes that import dist/index.js (and, for
// comparison, each dependency it loads at import). Run: npm run build && node bench/import.mjs [--runs 9]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { markdownTable, machine, ROOT } from './lib.mjs';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 9;
const timeImport = (specifier) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`importing ${specifier} failed: ${child.stderr}`);
    times.push(Number(child.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
};
const rows = [['contradict (dist/index.js)', timeImport(path.join(ROOT, 'dist/index.js')).toFixed(0)]];
for (const dependency of ['zod', 'stopword', 'stemmer', 'sbd']) rows.push([`${dependency} alone`, timeImport(dependency).toFixed(0)]);
const m = machine();
console.log(`Machine: ${m.cpu}, ${m.cores} cores, node ${m.node}; median of ${runs} fresh processes each.\n`);
console.log(markdownTable(['import', 'ms'], rows));
