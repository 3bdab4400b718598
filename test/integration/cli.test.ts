import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as a process: the built bin, the bundled model, real files. `npm test` builds dist first.
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/contradict.js');

function contradict(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let scratch: string;
const file = (name: string, content: string) => {
  const full = path.join(scratch, name);
  writeFileSync(full, content);
  return full;
};

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'contradict-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('contradict detect', () => {
  it('reads a plain-text article and prints a table', () => {
    const { code, stdout, stderr } = contradict(['detect', 'examples/drones.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/contradictions? \(score >= [\d.]+\) among 11 statements; \d+ of \d+ candidate pairs scored/);
  });

  it('reads JSONL statements and writes a JSON report with ids, spans, scores and reasons', () => {
    const { code, stdout } = contradict(['detect', 'examples/statements.jsonl', '--format', 'json', '--threshold', '0', '--all-pairs']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.stats.statements).toBe(6);
    expect(report.contradictions.length).toBe(report.stats.pairsScored);
    const pair = report.contradictions[0];
    expect(pair.first.id).toMatch(/^(fm|ua|ir|eu)-\d$/);
    expect(pair.score).toBeGreaterThanOrEqual(0);
    expect(pair.score).toBeLessThanOrEqual(1);
    expect(pair.reasons[0].kind).toBe('nli');
  });

  it('reads one statement per line from standard input', () => {
    const { code, stdout } = contradict(['detect', '-', '--input-format', 'lines', '--format', 'json', '--threshold', '0'], 'Iran sent drones to Russia.\n\nIran did not send drones to Russia.\n');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.stats.statements).toBe(2);
    expect(report.contradictions[0].first.id).toBe('L1');
    expect(report.contradictions[0].second.id).toBe('L3');
  });

  it('names the line of invalid JSON, a missing text, and stops with exit code 2', () => {
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ text: `Statement number ${i} about drones.` }));
    const broken = file('broken.jsonl', [...lines, '{"text": "unterminated', ''].join('\n'));
    const result = contradict(['detect', broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invalid JSON .*: line 7 of .*broken\.jsonl/);
    expect(result.stdout).toBe('');
    const missing = file('missing.jsonl', `${lines[0]}\n{"txt": "typo"}\n`);
    expect(contradict(['detect', missing]).stderr).toMatch(/missing "text" \(or "document"\): field "text" line 2 of/);
  });

  it('reads files with a byte-order mark and CRLF line ends', () => {
    const bom = file('bom.jsonl', '\uFEFF{"text": "Iran sent drones to Russia."}\r\n{"text": "Iran sent no drones to Russia."}\r\n');
    const result = contradict(['detect', bom, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).stats.statements).toBe(2);
    const pairs = file('bom-pairs.jsonl', '\uFEFF{"a": "x y", "b": "y z"}\r\n');
    expect(contradict(['score', pairs]).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('skips and counts invalid lines when asked', () => {
    const mixed = file('mixed.jsonl', '{"text": "Iran sent drones."}\nnot json\n{"text": "Iran sent no drones."}\n');
    const result = contradict(['detect', mixed, '--skip-invalid', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 invalid line\(s\) skipped/);
    expect(JSON.parse(result.stdout).stats.statements).toBe(2);
  });

  it('rejects an empty file, a missing file and a missing model directory', () => {
    const empty = file('empty.txt', '  \n');
    expect(contradict(['detect', empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/input is empty: .*empty\.txt/) });
    expect(contradict(['detect', path.join(scratch, 'absent.txt')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file/) });
    const result = contradict(['detect', 'examples/drones.txt', '--model', path.join(scratch, 'no-model')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/model directory not found: .*no-model/);
  });

  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(contradict(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('rejects bad flags', () => {
    expect(contradict(['detect', 'examples/drones.txt', '--threshold', '7']).code).toBe(2);
    expect(contradict(['detect', 'examples/drones.txt', '--format', 'xml']).code).toBe(2);
  });
});

describe('contradict score', () => {
  it('writes one JSONL line per input line, in order, with the fixed fields', () => {
    const { code, stdout, stderr } = contradict(['score', 'examples/pairs.jsonl']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['contradiction', 'entailment', 'label', 'neutral', 'score']);
      expect(row.contradiction + row.entailment + row.neutral).toBeCloseTo(1, 5);
      expect(['contradiction', 'entailment', 'neutral']).toContain(row.label);
    }
  });

  it('gives the same scores for a pair alone as in a file, through the API and the CLI', () => {
    const alone = contradict(['score', '-'], '{"a": "The sanctions were agreed on Thursday.", "b": "The European Union agreed new sanctions on Thursday."}\n');
    const all = contradict(['score', 'examples/pairs.jsonl']);
    expect(JSON.parse(alone.stdout).contradiction).toBeCloseTo(JSON.parse(all.stdout.trim().split('\n')[2]!).contradiction, 2);
  });

  it('names the line and field of bad input, or keeps its place with --skip-invalid', () => {
    const bad = file('pairs.jsonl', '{"premise": "a b c", "hypothesis": "c d"}\n{"premise": "only one side"}\n');
    expect(contradict(['score', bad])).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing "hypothesis" \(or "b"\): field "hypothesis" line 2 of/) });
    const skipped = contradict(['score', bad, '--skip-invalid']);
    expect(skipped.code).toBe(0);
    const rows = skipped.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ line: 2, error: expect.stringMatching(/missing "hypothesis"/) });
    expect(contradict(['score', file('none.jsonl', '\n')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/input is empty/) });
  });
});
