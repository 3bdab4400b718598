import { describe, expect, it } from 'vitest';
import { assemble, padBatch, pairTemplate } from '../../src/nli/pair-encoding.js';

// A toy tokenizer: one id per word, and RoBERTa's pair template <s> a </s></s> b </s>.
const vocabulary = new Map<string, number>();
const encode = (text: string) => text.split(/\s+/).filter(Boolean).map((w) => {
  if (!vocabulary.has(w)) vocabulary.set(w, vocabulary.size + 10);
  return vocabulary.get(w)!;
});
const roberta = (a: string, b: string) => ({ ids: [0, ...encode(a), 2, 2, ...encode(b), 2], types: undefined });

describe('pair templates', () => {
  it('reads a template off the tokenizer and reproduces its pair encoding', () => {
    const template = pairTemplate(encode, roberta);
    expect(template).toMatchObject({ prefix: [0], middle: [2, 2], suffix: [2] });
    expect(assemble(template!, encode('x y'), encode('z')).ids).toEqual(roberta('x y', 'z').ids);
  });

  it('gives no template when the tokenizer does something else with pairs', () => {
    const reversed = (a: string, b: string) => ({ ids: [1, ...encode(b), 3, ...encode(a), 3], types: undefined });
    expect(pairTemplate(encode, reversed)).toBeUndefined();
  });

  it('pads on the requested side with attention masks', () => {
    const rows = [{ ids: [5, 6, 7], types: [0, 0, 1] }, { ids: [8], types: [0] }];
    const right = padBatch(rows, 0, 'right');
    expect(right.dims).toEqual([2, 3]);
    expect(Array.from(right.inputIds, Number)).toEqual([5, 6, 7, 8, 0, 0]);
    expect(Array.from(right.attentionMask, Number)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(Array.from(padBatch(rows, 0, 'left').inputIds, Number)).toEqual([5, 6, 7, 0, 0, 8]);
  });
});
