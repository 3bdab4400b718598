import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const statements = new Map(
  readFileSync(path.join(root, 'examples/statements.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map(({ id, text }) => [id, text]),
);
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
    expect(stdout).toMatch(/^[1-9]\d* contradictions? \(score >= [\d.]+\) among 11 statements; \d+ of \d+ candidate pairs scored/m);
    expect(stdout).toMatch(/A \[doc#7\] Western officials said Iran also planned to send missiles\.\n {2}B \[doc#8\] Iran has denied that it plans to send missiles to Russia\./);
  });

  it('reads JSONL statements and writes a JSON report with ids, spans, scores and reasons', () => {
    const found = JSON.parse(contradict(['detect', 'examples/statements.jsonl', '--format', 'json']).stdout);
    expect(found.contradictions.map((c: { first: { id: string }; second: { id: string } }) => [c.first.id, c.second.id])).toContainEqual(['ua-1', 'ua-2']);
    const { code, stdout } = contradict(['detect', 'examples/statements.jsonl', '--format', 'json', '--threshold', '0', '--all-pairs']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.stats.statements).toBe(6);
    expect(report.contradictions.length).toBe(report.stats.pairsScored);
    const pair = report.contradictions[0];
    expect(pair.first.id).toMatch(/^(fm|ua|ir|eu)-\d$/);
    expect(pair.first.text).toBe(statements.get(pair.first.id));
    const scores = report.contradictions.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const c of report.contradictions) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const direction of [c.nli.forward, c.nli.backward]) {
        expect(direction.entailment + direction.neutral + direction.contradiction).toBeCloseTo(1, 5);
      }
      const nli = c.reasons[0];
      const read = { forward: c.nli.forward.contradiction, backward: c.nli.backward.contradiction, both: (c.nli.forward.contradiction + c.nli.backward.contradiction) / 2 };
      expect(nli.kind).toBe('nli');
      expect(nli.contradiction).toBeCloseTo(read[nli.reads as 'forward' | 'backward' | 'both'], 10);
    }
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
    expect(contradict(['detect', missing]).stderr).toMatch(/invalid statement: missing "text": field "text" line 2 of .*missing\.jsonl/);
    const badDate = file('bad-date.jsonl', `${lines[0]}\n${lines[1]}\n{"text": "x", "date": "someday"}\n`);
    expect(contradict(['detect', badDate]).stderr).toMatch(/not a date: someday: field "date" line 3 of/);
  });

  it('names the file line, not the item, of an error the library finds (a duplicate id)', () => {
    const duplicate = file('duplicate.jsonl', '{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n{"id": "a", "text": "Three."}\n');
    const result = contradict(['detect', duplicate]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/duplicate statement id "a" \(also used on line 1\): field "id" line 4 of .*duplicate\.jsonl/);
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

describe('contradict calibrate', () => {
  it('fits a calibration from labelled pairs into --out, which detect then scores with', () => {
    const rows = [
      ['Iran sent drones to Russia.', 'Iran did not send drones to Russia.', 'contradiction'],
      ['The bridge is open.', 'The bridge is closed.', 'contradiction'],
      ['Prices rose by 5 percent.', 'Prices fell by 5 percent.', 'contradiction'],
      ['Ten people died in the fire.', 'Forty people died in the fire.', 'contradiction'],
      ['The minister resigned on Monday.', 'The minister did not resign.', 'contradiction'],
      ['Iran sent drones to Russia.', 'Iran sent drones to Russia last year.', 'neutral'],
      ['The bridge is open.', 'The bridge can be used.', 'entailment'],
      ['Prices rose by 5 percent.', 'Prices went up.', 'entailment'],
      ['Ten people died in the fire.', 'The fire started at night.', 'neutral'],
      ['The minister resigned on Monday.', 'The minister left office.', 'entailment'],
    ];
    const labelled = file('labelled.jsonl', rows.map(([premise, hypothesis, label]) => JSON.stringify({ premise, hypothesis, label })).join('\n') + '\n');
    const out = path.join(scratch, 'my-calibration');
    const fitted = contradict(['calibrate', labelled, '--out', out]);
    expect(fitted.stderr).toBe('');
    expect(fitted.code).toBe(0);
    const calibration = JSON.parse(readFileSync(path.join(out, 'calibration.json'), 'utf8'));
    expect(calibration).toMatchObject({ method: 'logistic', model: 'contradict-nli-small', fittedOn: 'labelled.jsonl (10 pairs, 5 contradictions)' });
    expect(calibration.withChecks.features).toHaveLength(calibration.withChecks.weights.length);
    const report = JSON.parse(contradict(['detect', 'examples/statements.jsonl', '--format', 'json', '--calibration', path.join(out, 'calibration.json')]).stdout);
    expect(report.calibration.fittedOn).toBe(calibration.fittedOn);
    expect(report.threshold).toBe(calibration.thresholds.checks);
  });

  it('needs --out for a hub id and names a bad line', () => {
    const labelled = file('bad-labelled.jsonl', '{"premise": "a", "hypothesis": "b", "label": "contradiction"}\n{"premise": "a"}\n');
    expect(contradict(['calibrate', labelled])).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing "hypothesis": field "hypothesis" line 2 of/) });
    expect(contradict(['calibrate', labelled, '--model', 'example-org/some-model'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out is required/) });
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
    const pair = '{"a": "The sanctions were agreed on Thursday.", "b": "The European Union agreed new sanctions on Thursday."}\n';
    // fp32: the same probability whatever else is in the batch.
    const alone = contradict(['score', '-', '--dtype', 'fp32'], pair);
    const all = contradict(['score', 'examples/pairs.jsonl', '--dtype', 'fp32']);
    expect(JSON.parse(alone.stdout).contradiction).toBeCloseTo(JSON.parse(all.stdout.trim().split('\n')[2]!).contradiction, 6);
    // int8 quantizes activations per batch: close, not equal (see the README's Limits).
    const aloneQ8 = JSON.parse(contradict(['score', '-'], pair).stdout).contradiction;
    const allQ8 = JSON.parse(contradict(['score', 'examples/pairs.jsonl']).stdout.trim().split('\n')[2]!).contradiction;
    expect(Math.abs(aloneQ8 - allQ8)).toBeLessThan(0.05);
  });

  it('runs the model on the threads asked for, with the same scores', () => {
    const all = contradict(['score', 'examples/pairs.jsonl']);
    const one = contradict(['score', 'examples/pairs.jsonl', '--threads', '1']);
    expect(one.code).toBe(0);
    const scores = (out: string) => out.trim().split('\n').map((line) => JSON.parse(line).contradiction as number);
    scores(one.stdout).forEach((score, i) => expect(score).toBeCloseTo(scores(all.stdout)[i]!, 5));
    expect(contradict(['score', 'examples/pairs.jsonl', '--threads', '0'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--threads must be an integer from 1/) });
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

describe('contradict detect at the edges', () => {
  it('refuses an empty --threshold instead of reading it as 0', () => {
    const { code, stderr } = contradict(['detect', 'examples/drones.txt', '--threshold', '']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--threshold must be a number/);
  });

  it('exits with 3 under --fail-on-contradiction when it finds one, 0 when not', () => {
    expect(contradict(['detect', 'examples/drones.txt', '--fail-on-contradiction']).code).toBe(3);
    expect(contradict(['detect', '-', '--input-format', 'lines', '--fail-on-contradiction'], 'The museum reopened.\nHeavy rain fell in Lviv.\n').code).toBe(0);
  });

  it('refuses binary input and says how many invalid UTF-8 sequences it replaced', () => {
    const binary = path.join(scratch, 'binary.bin');
    writeFileSync(binary, Buffer.from([0x49, 0x72, 0x61, 0x6e, 0x00, 0x01, 0x02, 0x2e]));
    const refused = contradict(['detect', binary]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/input looks binary \(a NUL byte at byte 4\)/);
    const latin1 = path.join(scratch, 'latin1.txt');
    writeFileSync(latin1, Buffer.concat([Buffer.from('Iran sent 10 drones to Russia.\n\nIran sent 20 drones to Russia, caf'), Buffer.from([0xe9, 0xff]), Buffer.from('.\n')]));
    const replaced = contradict(['detect', latin1, '--format', 'jsonl']);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toBe(`contradict: warning: ${latin1}: 2 invalid UTF-8 byte sequences replaced with U+FFFD\n`);
    expect(replaced.stdout).toContain('caf\ufffd\ufffd');
  });

  it('shows control characters from the input instead of sending them to the terminal', () => {
    const { code, stdout } = contradict(['detect', '-', '--input-format', 'lines', '--threshold', '0'], 'Iran sent drones to Russia.\u001b[31m\nIran did not send drones to Russia.\n');
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b[31m');
    expect(stdout).toContain('\\u001b[31m');
  });

  it('marks pairs below the threshold as kind "none" with --all-pairs, in every format', () => {
    const { threshold, pairs: all } = JSON.parse(contradict(['detect', 'examples/drones.txt', '--all-pairs', '--format', 'json']).stdout) as { threshold: number; pairs: { kind: string; score: number }[] };
    const run = contradict(['detect', 'examples/drones.txt', '--all-pairs', '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const pairs = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; score: number });
    expect(pairs).toHaveLength(all.length);
    expect(pairs.some((pair) => pair.kind === 'none')).toBe(true);
    for (const pair of pairs) expect(pair.kind === 'none').toBe(pair.score < threshold);
  });

  it('stops quietly when the reader of its output goes away (| head -1)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" detect examples/drones.txt --all-pairs --format jsonl | head -c 10`], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});


describe('contradict detect interrupted', () => {
  it('aborts through the AbortSignal on Ctrl-C and exits with 130', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `Forces near city ${i % 50} shot down ${i} drones on day ${i % 7} of the war.`).join('\n');
    const file = path.join(scratch, 'many.txt');
    writeFileSync(file, lines);
    const child = spawn(process.execPath, [bin, 'detect', file, '--input-format', 'lines', '--progress'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Interrupt once the run is under way (--progress without a terminal writes plain lines).
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (/contradict: (scoring|checking) /.test(stderr)) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('contradict: interrupted');
  }, 120_000);
});

describe('contradict watch', () => {
  // A child process fed line by line; `next` waits until stdout holds one more line.
  function watcher(args: string[]) {
    const child = spawn(process.execPath, [bin, 'watch', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const lines = () => stdout.split('\n').filter(Boolean);
    const waitFor = (test: () => boolean) =>
      new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (test()) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
      });
    return { child, closed, lines, waitFor, stderr: () => stderr };
  }
  const send = (child: ReturnType<typeof spawn>, value: object) => child.stdin!.write(`${JSON.stringify(value)}\n`);

  it('writes a contradiction as soon as its batch is checked, saves the index, and goes on from it', async () => {
    const index = path.join(scratch, 'claims.index.jsonl.gz');
    const first = watcher(['--index', index, '--wait-ms', '50', '--save-every', '1']);
    send(first.child, { id: 'plan', text: 'Western officials said Iran also planned to send missiles.' });
    send(first.child, { id: 'bread', text: 'The bakery on Main Street sells sourdough bread.' });
    // --save-every 1: the file appears when the first batch is done.
    await first.waitFor(() => existsSync(index));
    send(first.child, { id: 'deny', text: 'Iran has denied that it plans to send missiles to Russia.' });
    // Found while standard input is still open: the stream need not end for a finding to come out.
    await first.waitFor(() => first.lines().length > 0);
    const found = JSON.parse(first.lines()[0]!);
    expect([found.first.id, found.second.id].sort()).toEqual(['deny', 'plan']);
    expect(found.kind).toBe('contradiction');
    first.child.stdin!.end();
    expect(await first.closed).toBe(0);
    expect(first.stderr()).toMatch(/3 statements added in 2 batches, 1 contradictions; 3 statements in the index, saved to/);

    // A second run loads the index: a new statement is checked against the saved ones.
    const second = contradict(['watch', '--index', index], `${JSON.stringify({ text: 'Iran will never send missiles to Russia, its foreign ministry said.' })}\n`);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('loaded 3 statements from');
    const ids = second.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { first: { id: string }; second: { id: string } })
      .map((c) => [c.first.id, c.second.id].sort().join(' '));
    expect(ids).toContain('plan s3');
    expect(second.stderr).toMatch(/4 statements in the index/);
  }, 120_000);

  it('names the line of a bad statement, after adding and saving what came before it', () => {
    const index = path.join(scratch, 'bad.index.jsonl.gz');
    const { code, stderr } = contradict(['watch', '--index', index], '{"id": "a", "text": "Iran sent drones."}\n{"id": "b", "text": ""}\n');
    expect(code).toBe(2);
    expect(stderr).toContain('invalid statement: statement text is empty: field "text" line 2 of standard input');
    expect(stderr).toContain('1 statements added in 1 batches');
    expect(contradict(['watch', '--index', index], '').stderr).toContain('loaded 1 statements');
  }, 60_000);

  it('saves the index and exits with 130 on Ctrl-C', async () => {
    const index = path.join(scratch, 'interrupted.index.jsonl.gz');
    const run = watcher(['--index', index, '--wait-ms', '10']);
    send(run.child, { id: 'plan', text: 'Western officials said Iran also planned to send missiles.' });
    send(run.child, { id: 'deny', text: 'Iran has denied that it plans to send missiles to Russia.' });
    await run.waitFor(() => run.lines().length > 0);
    run.child.kill('SIGINT');
    expect(await run.closed).toBe(130);
    expect(run.stderr()).toContain('contradict: interrupted');
    expect(existsSync(index)).toBe(true);
    expect(contradict(['watch', '--index', index], '').stderr).toContain('loaded 2 statements');
  }, 60_000);
});
