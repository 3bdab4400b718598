// node bench/check-times.mjs [<checkout> ...] [--pairs 20000]
// Each registered check's run time over the shared test split's first pairs (each check timed on its own, in the
// order runChecks runs them), for this checkout or the checkouts given (their dist/ built). Run one checkout per
// process: a second library in the same process pays for the first one's memoised texts in garbage collection
// (bench/checks-before-after.mjs loads both, so its totals favour the one it runs first).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, readJsonl, ROOT, SHARED } from './lib.mjs';

const argv = process.argv.slice(2);
const dirs = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1] === '--pairs'));
const args = parseArgs(argv.filter((a) => !dirs.includes(a)), { pairs: 20000 });
const rows = (await readJsonl(path.join(SHARED, 'data/nli/test.jsonl.gz'))).slice(0, Number(args.pairs));
for (const dir of dirs.length > 0 ? dirs : [ROOT]) {
  const { CHECKS } = await import(pathToFileURL(path.join(path.resolve(dir), 'dist/internal.js')).href);
  const times = new Map(CHECKS.map((check) => [check.kind, 0]));
  for (const row of rows) {
    for (const check of CHECKS) {
      const start = performance.now();
      check.run({ text: row.premise }, { text: row.hypothesis });
      times.set(check.kind, times.get(check.kind) + performance.now() - start);
    }
  }
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  console.log(`${dir === ROOT ? 'this checkout' : dir}: ${rows.length} pairs, all checks ${(total / 1000).toFixed(2)} s`);
  console.log([...times].map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(2)}`).join(' | '));
}
