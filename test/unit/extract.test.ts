import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index.js';

describe('extractStatements', () => {
  it('splits sentences and keeps offsets into the original text', () => {
    const text = "Iran's foreign minister said the deliveries happened before the war. Dr. Smith disagreed.\n\nUkrainian forces shoot down at least 10.5 drones per day!";
    const statements = extractStatements(text);
    expect(statements.map((s) => s.text)).toEqual([
      "Iran's foreign minister said the deliveries happened before the war.",
      'Dr. Smith disagreed.',
      'Ukrainian forces shoot down at least 10.5 drones per day!',
    ]);
    for (const statement of statements) expect(text.slice(statement.span.start, statement.span.end)).toBe(statement.text);
  });

  it('keeps every non-blank character in some statement', () => {
    const text = 'First line without a full stop\nSecond one.   Third   one with  spaces. ';
    const statements = extractStatements(text);
    const covered = statements.map((s) => s.text).join(' ').replace(/\s+/g, '');
    expect(covered).toBe(text.replace(/\s+/g, ''));
  });

  it('does not split a date after its day number ("Dec. 29. 2022")', () => {
    const text = 'Tate was arrested on Dec. 29. 2022, with his brother. He was held for 24 hours.';
    expect(extractStatements(text).map((s) => s.text)).toEqual(['Tate was arrested on Dec. 29. 2022, with his brother.', 'He was held for 24 hours.']);
    // A sentence that starts with a word after a figure is still its own.
    expect(extractStatements('Prices rose sharply across the country in 2022. They fell in 2023.').map((s) => s.text)).toEqual(['Prices rose sharply across the country in 2022.', 'They fell in 2023.']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(extractStatements('')).toEqual([]);
    expect(extractStatements(' \n\t ')).toEqual([]);
  });
});
