import { describe, expect, it } from 'vitest';
import { premiseBudget, splitIntoWindows } from '../../src/nli/windows.js';

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('splitIntoWindows', () => {
  it('keeps a text that fits', () => {
    expect(splitIntoWindows('one two three', 5, countWords)).toEqual(['one two three']);
  });

  it('splits a long text into windows within the budget, losing no word', () => {
    const text = Array.from({ length: 23 }, (_, i) => `w${i}`).join(' ');
    const windows = splitIntoWindows(text, 5, countWords);
    expect(windows.every((w) => countWords(w) <= 5)).toBe(true);
    expect(windows.join(' ')).toBe(text);
  });
});

describe('splitIntoWindows on sentences', () => {
  const text = 'Alpha beta gamma. Delta epsilon. Zeta eta theta iota. Kappa lambda mu nu xi omicron pi rho sigma tau.';

  it('packs whole sentences into a window and never cuts one that fits', () => {
    const windows = splitIntoWindows(text, 6, countWords);
    expect(windows.slice(0, 2)).toEqual(['Alpha beta gamma. Delta epsilon.', 'Zeta eta theta iota.']);
    expect(windows.every((w) => countWords(w) <= 6)).toBe(true);
    expect(windows.join(' ')).toBe(text);
  });

  it('cuts a sentence longer than the budget between words', () => {
    const windows = splitIntoWindows(text, 6, countWords);
    expect(windows.slice(2)).toEqual(['Kappa lambda mu nu xi omicron', 'pi rho sigma tau.']);
  });
});

describe('premiseBudget', () => {
  it('gives the premise what the hypothesis leaves, and at least half the room', () => {
    expect(premiseBudget(125, 20)).toBe(105);
    expect(premiseBudget(125, 62)).toBe(63);
    expect(premiseBudget(125, 74)).toBe(62);
    expect(premiseBudget(125, 200)).toBe(62);
  });
});
