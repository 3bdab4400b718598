import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user installs it: `npm pack`, then the README's install command in a fresh CommonJS
// project (`npm init -y`), with npm's default settings (install scripts on), then ESM import, CommonJS
// require and the bin. npm is asked to prefer its cache (--prefer-offline): the registry is asked only for
// what the cache lacks, and nothing else may be reached (onnxruntime-node's script would go to api.nuget.org).
const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Install in your project'));
const installCommand = /```sh\n([^\n]+)\n```/.exec(section)?.[1] ?? '';

// The user's shell: none of the npm_config_* settings that `npm test` passes to its children (this
// repository's .npmrc turns install scripts off; a user's npm does not).
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

let scratch: string;
let project: string;
let tarball: string;

function run(file: string, args: string[], input?: string) {
  const result = spawnSync(file, args, { cwd: project, env: userEnv, input, encoding: 'utf8', timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'contradict-package-'));
  project = path.join(scratch, 'app');
  // `npm test` has built dist; pack what `files` in package.json selects.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  tarball = path.join(scratch, packed[0]!.filename);
  execFileSync('mkdir', [project]);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', main: 'index.js', license: 'ISC' }, null, 2));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('installed from the packed tarball', () => {
  it('installs with the README command and default npm settings', () => {
    expect(installCommand).toMatch(/^ONNXRUNTIME_NODE_INSTALL=skip npm install contradict$/);
    const [assignment, ...command] = installCommand.split(' ');
    const [name, value] = assignment!.split('=');
    const args = command.slice(1).map((word) => (word === 'contradict' ? tarball : word));
    const result = spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: project,
      env: { ...userEnv, [name!]: value },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.stderr).not.toMatch(/npm error/);
    expect(result.status).toBe(0);
    const installed = path.join(project, 'node_modules/contradict');
    expect(existsSync(path.join(installed, 'models/contradict-nli-small/onnx/model_quantized.onnx'))).toBe(true);
    // The tarball holds what runs: no fp32 weights, no source maps, no sources or tests.
    expect(existsSync(path.join(installed, 'models/contradict-nli-small/onnx/model.onnx'))).toBe(false);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'LICENSE'))).toBe(true);
    expect(readFileSync(path.join(installed, 'models/contradict-nli-small/README.md'), 'utf8')).toMatch(/Attribution/);
  });

  const pair = JSON.stringify(['The bridge over the river is 300 metres long.', 'The bridge over the river is 450 metres long.']);

  it('runs detectContradictions on the bundled model from CommonJS require', () => {
    const { code, stdout, stderr } = run(process.execPath, [
      '-e',
      `const { detectContradictions } = require('contradict');
       detectContradictions(${pair}).then((r) => console.log(JSON.stringify(r.contradictions.map((c) => [c.first.text, c.score, c.reasons.map((x) => x.kind)]))));`,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const found = JSON.parse(stdout) as [string, number, string[]][];
    expect(found).toHaveLength(1);
    expect(found[0]![2]).toContain('numeric-mismatch');
  });

  it('runs from an ES module import, with the types next to it', () => {
    writeFileSync(path.join(project, 'check.mjs'), `import { detectContradictions, formatReport } from 'contradict';
const report = await detectContradictions(${pair});
console.log(formatReport(report, 'json'));
`);
    const { code, stdout, stderr } = run(process.execPath, ['check.mjs']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).contradictions).toHaveLength(1);
    expect(existsSync(path.join(project, 'node_modules/contradict/dist/index.d.ts'))).toBe(true);
  });

  it('runs the bin, and says where the fp32 weights are when asked for them', () => {
    const bin = path.join(project, 'node_modules/.bin/contradict');
    const detected = run(bin, ['detect', '-', '--format', 'jsonl'], 'The bridge is 300 metres long.\n\nThe bridge is 450 metres long.\n');
    expect(detected.stderr).toBe('');
    expect(detected.code).toBe(0);
    expect(detected.stdout.trim().split('\n')).toHaveLength(1);
    const fp32 = run(bin, ['detect', '-', '--dtype', 'fp32'], 'One. Two.\n');
    expect(fp32.code).not.toBe(0);
    expect(fp32.stderr).toMatch(/no onnx\/model\.onnx for dtype 'fp32': the npm package ships only the bundled model's int8 weights/);
  });
});
