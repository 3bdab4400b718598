import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index.js';
import { findCandidatePairs, normalizeInput, runChecks } from '../../src/internal.js';
import { detectContradictions } from '../../src/index.js';
import { createMockModel } from '../../src/testing.js';

// Adversarial text: each case must finish well inside its timeout on a slow machine (the quadratic versions
// took 12 to 70 s, or crashed).
const BOUND_MS = 30_000;

describe('hostile text', () => {
  it('splits a 6,000-word sentence without building a huge regex', { timeout: BOUND_MS }, () => {
    const text = 'word '.repeat(6000).trim();
    const statements = extractStatements(text);
    expect(statements.map((s) => s.text).join(' ')).toBe(text);
    for (const s of statements) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('keeps a text of only hyphens or punctuation as a statement', { timeout: BOUND_MS }, () => {
    const text = '-'.repeat(1400);
    expect(extractStatements(text)).toEqual([{ text, span: { start: 0, end: 1400 } }]);
    expect(extractStatements('!!! ??? ...').map((s) => s.text).join(' ')).toContain('!!!');
  });

  it('checks pairs with long runs of whitespace, digits and punctuation in linear time', { timeout: BOUND_MS }, () => {
    const cases = [
      `${' '.repeat(15_000)}The CEO is Alice.`,
      '1 '.repeat(20_000),
      `The minister said ${'. '.repeat(10_000)} before the war started.`,
      `${'('.repeat(10_000)}Iran denied sending any drones.`,
    ];
    for (const text of cases) {
      expect(() => runChecks({ text }, { text: 'The CEO is Bob. Iran sent 10 drones after the war started.' })).not.toThrow();
    }
  });

  it('pairs statements with 100k spaces in linear time', { timeout: BOUND_MS }, () => {
    const statements = normalizeInput([`Kyiv${' '.repeat(100_000)}Odesa drones`, 'Kyiv Odesa drones attack']);
    const result = findCandidatePairs(statements, { neighbors: 10, minSimilarity: 0.05, maxPairs: 10, maxPostings: 1000 });
    expect(result.pairs).toHaveLength(1);
  });

  const sentence = 'Iran sent 10 drones to Russia before the war started in March 2022, officials in Kyiv said on Monday. ';
  const short = 'Iran sent 20 drones to Russia after the war started.';

  it('checks 100 kB and 1 MB statements against a short one, and finds what they say', { timeout: BOUND_MS }, () => {
    for (const size of [100_000, 1_000_000]) {
      const big = sentence.repeat(Math.ceil(size / sentence.length));
      const kinds = new Set(runChecks({ text: big }, { text: short }).map((r) => r.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['numeric-mismatch', 'event-order']));
    }
  });

  it('runs a 1 MB statement, a 1 MB document and binary junk through the whole pipeline', { timeout: BOUND_MS }, async () => {
    const varied = Array.from({ length: 13_000 }, (_, i) => `Iran sent ${(i % 90) + 10} drones to ${['Russia', 'Syria', 'Yemen'][i % 3]} on day ${i} of the war, officials in region ${i % 40} said.`);
    const big = varied.join(' ');
    expect(big.length).toBeGreaterThan(1_000_000);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const junk = Array.from({ length: 100_000 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const report = await detectContradictions([big, short, junk, { document: big.slice(0, 200_000), id: 'doc' }], { model: createMockModel(), maxPairs: 200 });
    expect(report.stats.statements).toBeGreaterThan(3);
    expect(report.stats.pairsScored).toBeGreaterThan(0);
    for (const c of report.contradictions) expect(Number.isFinite(c.score)).toBe(true);
  });
});
