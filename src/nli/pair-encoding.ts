/**
 * Pair encodings built from statements tokenized once. In a detection run each statement is in many
 * pairs, in both directions; the tokenizer would encode it again for every pair. Instead each text is
 * encoded once (no special tokens) and pairs are assembled with the model's own pair template, read off
 * the tokenizer by encoding a probe pair (`[CLS] a [SEP] b [SEP]` for BERT, `<s> a </s></s> b </s>` for
 * RoBERTa). The template is checked on a second probe; where it does not reproduce the tokenizer, the
 * caller falls back to the tokenizer's own pair encoding.
 */
export interface PairTemplate {
  readonly prefix: readonly number[];
  readonly middle: readonly number[];
  readonly suffix: readonly number[];
  /** token_type_ids of prefix, first text, middle, second text, suffix. */
  readonly types: readonly [number, number, number, number, number];
}

export interface EncodedPairs {
  readonly inputIds: BigInt64Array;
  readonly attentionMask: BigInt64Array;
  readonly tokenTypeIds: BigInt64Array;
  readonly dims: [number, number];
}

type Encode = (text: string) => readonly number[];
type EncodePair = (a: string, b: string) => { ids: readonly number[]; types: readonly number[] | undefined };

function indexOfRun(haystack: readonly number[], needle: readonly number[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

export function pairTemplate(encode: Encode, encodePair: EncodePair): PairTemplate | undefined {
  const probe = (a: string, b: string) => {
    const first = encode(a);
    const second = encode(b);
    const { ids, types } = encodePair(a, b);
    const i = indexOfRun(ids, first, 0);
    const j = i < 0 ? -1 : indexOfRun(ids, second, i + first.length);
    if (i < 0 || j < 0 || first.length === 0 || second.length === 0) return undefined;
    const typeAt = (k: number) => types?.[k] ?? 0;
    return {
      prefix: ids.slice(0, i),
      middle: ids.slice(i + first.length, j),
      suffix: ids.slice(j + second.length),
      types: [typeAt(0), typeAt(i), typeAt(i + first.length), typeAt(j), typeAt(ids.length - 1)] as [number, number, number, number, number],
    };
  };
  const template = probe('hello', 'world');
  if (!template) return undefined;
  // The template must reproduce the tokenizer on a different pair, types included.
  const check = encodePair('The cat sat on the mat.', 'A dog barked twice!');
  const built = assemble(template, encode('The cat sat on the mat.'), encode('A dog barked twice!'));
  const same = built.ids.length === check.ids.length && built.ids.every((id, k) => id === check.ids[k]) && (check.types === undefined || built.types.every((t, k) => t === check.types![k]));
  return same ? template : undefined;
}

export function assemble(template: PairTemplate, first: readonly number[], second: readonly number[]): { ids: number[]; types: number[] } {
  const [tPrefix, tFirst, tMiddle, tSecond, tSuffix] = template.types;
  const ids = [...template.prefix, ...first, ...template.middle, ...second, ...template.suffix];
  const types = [
    ...template.prefix.map(() => tPrefix),
    ...first.map(() => tFirst),
    ...template.middle.map(() => tMiddle),
    ...second.map(() => tSecond),
    ...template.suffix.map(() => tSuffix),
  ];
  return { ids, types };
}

/** Number of special tokens the template adds to a pair. */
export function templateLength(template: PairTemplate): number {
  return template.prefix.length + template.middle.length + template.suffix.length;
}

/** Pad assembled pairs into batch tensors (int64), on the tokenizer's padding side. */
export function padBatch(rows: readonly { ids: readonly number[]; types: readonly number[] }[], padId: number, side: 'left' | 'right'): EncodedPairs {
  const width = Math.max(...rows.map((r) => r.ids.length));
  const inputIds = new BigInt64Array(rows.length * width).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(rows.length * width);
  const tokenTypeIds = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) => {
    const offset = r * width + (side === 'left' ? width - row.ids.length : 0);
    for (let k = 0; k < row.ids.length; k++) {
      inputIds[offset + k] = BigInt(row.ids[k]!);
      attentionMask[offset + k] = 1n;
      tokenTypeIds[offset + k] = BigInt(row.types[k]!);
    }
  });
  return { inputIds, attentionMask, tokenTypeIds, dims: [rows.length, width] };
}
