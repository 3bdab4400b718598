import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index.js';
import { findCandidatePairs, normalizeInput, runChecks } from '../../src/internal.js';

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
});
