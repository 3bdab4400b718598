import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, type Contradiction, type DetectionReport } from '../../src/index.js';

// The HTML report as a reader sees it: written by the CLI from the README's example on the bundled model,
// opened in headless Chromium (Debian's `chromium`), read back from the DOM after its script ran and from
// a screenshot.
const root = path.resolve(import.meta.dirname, '../..');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) => existsSync(file));
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'contradict-html-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function browser(args: string[]) {
  if (!chromium) throw new Error('the HTML tests need Chromium: apt-get install chromium (Debian)');
  const result = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const dom = (file: string) => browser(['--dump-dom', `file://${file}`]);

describe('--format html', () => {
  let html: string;
  let file: string;

  beforeAll(() => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/contradict.js'), 'detect', 'examples/drones.txt', '--format', 'html'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    html = result.stdout;
    file = path.join(scratch, 'drones.html');
    writeFileSync(file, html);
  });

  it('is one self-contained page: no request leaves it', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/https?:\/\/|@import|url\(/);
  });

  it('shows every contradiction with its score, reasons and highlighted spans once the page has run', () => {
    const page = dom(file);
    const items = [...page.matchAll(/<li class="pair kind-(\w+)" id="c(\d+)"/g)];
    const count = Number(/^(\d+) contradictions? \(score/m.exec(spawnSync(process.execPath, [path.join(root, 'bin/contradict.js'), 'detect', 'examples/drones.txt'], { cwd: root, encoding: 'utf8' }).stdout)?.[1]);
    expect(items).toHaveLength(count);
    // The filter script ran (it writes the count).
    expect(page).toContain(`${count} of ${count} shown`);
    const marked = [...page.matchAll(/<mark data-kinds="([^"]+)"[^>]*>([^<]+)<\/mark>/g)].map((m) => [m[1], m[2]]);
    // The spans the checks point at in the three planted contradictions.
    expect(marked).toContainEqual(['event-order', 'before']);
    expect(marked).toContainEqual(['event-order', 'long after']);
    expect(marked).toContainEqual(['stance', 'acknowledged that']);
    expect(marked).toContainEqual(['stance', 'denied that']);
    expect(page).toMatch(/event order disagrees: "before" vs "long after"/);
    expect(page).toMatch(/<svg class="matrix"[^>]*>/);
    expect([...page.matchAll(/<rect class="cell kind-/g)]).toHaveLength(2 * count);
  });

  it('looks like it: highlights, score bars and the matrix are on the screen', () => {
    const shot = path.join(scratch, 'drones.png');
    browser(['--window-size=1100,900', `--screenshot=${shot}`, `file://${file}`]);
    const png = PNG.sync.read(readFileSync(shot));
    expect([png.width, png.height]).toEqual([1100, 900]);
    const near = (rgb: [number, number, number]) => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        if (Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]) < 30) n += 1;
      }
      return n;
    };
    expect(near([0xff, 0xe0, 0x66]), 'highlight (mark) pixels').toBeGreaterThan(500);
    expect(near([0xc6, 0x28, 0x28]), 'contradiction red (bars, borders, matrix)').toBeGreaterThan(500);
  });
});

describe('formatReport(report, "html") on hostile and large reports', () => {
  const statement = (i: number, text: string) => ({ id: `s${i}`, text, span: { start: 0, end: text.length } });
  const contradiction = (a: number, b: number, score: number, text = `Statement ${a} says the bridge is ${a} metres long.`): Contradiction => ({
    kind: 'contradiction',
    first: statement(a, text),
    second: statement(b, `Statement ${b} says the bridge is ${b} metres long.`),
    score,
    similarity: 0.5,
    nli: { forward: { entailment: 0.1, neutral: 0.1, contradiction: 0.8 }, backward: { entailment: 0.1, neutral: 0.1, contradiction: 0.8 } },
    reasons: [
      {
        kind: 'numeric-mismatch',
        first: { text: `${a} metres`, span: { start: text.indexOf(`${a} metres`), end: text.indexOf(`${a} metres`) + `${a} metres`.length }, value: a, low: a, high: a, unit: 'metres' },
        second: { text: `${b} metres`, span: { start: 34 + String(b).length, end: 34 + String(b).length + `${b} metres`.length }, value: b, low: b, high: b, unit: 'metres' },
      } as Contradiction['reasons'][number],
    ],
  });
  const report = (contradictions: Contradiction[]): DetectionReport => ({
    contradictions,
    stats: { statements: 1000, candidatePairs: 5000, pairsScored: 5000, contradictions: contradictions.length, durationMs: 1234, timings: { pairingMs: 1, scoringMs: 1, checksMs: 1 } },
    warnings: [{ code: 'pair-budget', message: 'a <warning> & more' }],
    model: 'contradict-nli-small',
    threshold: 0.5,
    calibration: { method: 'none' } as DetectionReport['calibration'],
  });

  it('shows markup and control characters from the input as text', () => {
    const hostile = 'The bridge <script>alert(1)</script> is 3 metres long \u001b[31m" onload="x';
    const page = formatReport(report([contradiction(3, 4, 0.9, hostile)]), 'html');
    const file = path.join(scratch, 'hostile.html');
    writeFileSync(file, page);
    const rendered = dom(file);
    expect([...rendered.matchAll(/<script>/g)]).toHaveLength(1);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered).toContain('\\u001b[31m');
    expect(rendered).toContain('a &lt;warning&gt; &amp; more');
    expect(rendered).toMatch(/<mark data-kinds="numeric-mismatch"[^>]*>3 metres<\/mark>/);
  });

  it('stays readable with 500 contradictions: the matrix keeps the 40 busiest statements, the list keeps all', () => {
    const many = Array.from({ length: 500 }, (_, i) => contradiction(i % 120, 120 + (i % 250), 0.99 - i / 1000));
    const page = formatReport(report(many), 'html');
    expect(page.length).toBeLessThan(2_000_000);
    const file = path.join(scratch, 'many.html');
    writeFileSync(file, page);
    const rendered = dom(file);
    expect([...rendered.matchAll(/<li class="pair /g)]).toHaveLength(500);
    expect(rendered).toContain('500 of 500 shown');
    expect([...rendered.matchAll(/<text class="row-label"/g)]).toHaveLength(40);
    expect(rendered).toMatch(/The 40 statements in the most contradictions, of 370/);
  });
});
