// How a user's install goes: pack this package, install the tarball into fresh CommonJS projects with npm's
// default settings, once as is and once with onnxruntime-node's download skipped, and print the time, the
// outcome and the size of node_modules. Run: `npm run build && npm run bench:install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'contradict-install-'));
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

function size(dir) {
  if (!statSync(dir).isDirectory()) return statSync(dir).size;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += size(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const tarball = path.join(scratch, packed.filename);
  console.log(`tarball ${packed.filename}: ${(packed.size / 1e6).toFixed(1)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked, ${packed.entryCount} files`);
  /** @type {[string, Record<string, string>][]} */
  const variants = [
    ['npm install contradict (default settings)', {}],
    ['ONNXRUNTIME_NODE_INSTALL=skip npm install contradict', { ONNXRUNTIME_NODE_INSTALL: 'skip' }],
  ];
  console.log('| command | outcome | time | node_modules | largest packages |');
  console.log('|---|---|---|---|---|');
  for (const [name, env] of variants) {
    const project = path.join(scratch, `app-${Object.keys(env).length}`);
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    const started = performance.now();
    const result = spawnSync('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project, env: { ...userEnv, ...env }, encoding: 'utf8' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const modules = path.join(project, 'node_modules');
    let outcome = result.status === 0 ? 'installed' : `failed: ${(/Error: ([^\n]+)/.exec(result.stderr)?.[1] ?? result.stderr.trim().split('\n').pop()).slice(0, 80)}`;
    if (result.status === 0) {
      const smoke = spawnSync(process.execPath, ['-e', "require('contradict').detectContradictions(['It is 3 m long.', 'It is 5 m long.']).then((r) => console.log(r.contradictions.length))"], { cwd: project, encoding: 'utf8' });
      outcome += smoke.status === 0 ? `, require() ran (${smoke.stdout.trim()} contradiction)` : `, require() failed: ${smoke.stderr.trim().split('\n')[0]}`;
    }
    let sizes = '';
    let total = '—';
    try {
      const top = readdirSync(modules).flatMap((name) => (name.startsWith('@') ? readdirSync(path.join(modules, name)).map((n) => `${name}/${n}`) : [name]));
      const measured = top.map((name) => /** @type {[string, number]} */ ([name, size(path.join(modules, name))])).sort((a, b) => b[1] - a[1]);
      total = mb(measured.reduce((sum, [, s]) => sum + s, 0));
      sizes = measured.slice(0, 4).map(([n, s]) => `${n} ${mb(s)}`).join(', ');
    } catch {
      // npm removes node_modules when the install fails
    }
    console.log(`| \`${name}\` | ${outcome} | ${seconds} s | ${total} | ${sizes} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
