import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatements } from '../../src/cli/input.js';
import { InvalidInputError } from '../../src/index.js';
import { normalizeInput } from '../../src/internal.js';

// Properties over random input: the CLI's JSONL reader and normalizeInput never lose, reorder or invent a
// statement, name every line they refuse, and give spans that slice the original text exactly.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom('Iran sent drones.', 'Prices "rose" 5 %.', 'naïve café 😀 ok', 'tab\there', 'a\\b', '{"nested": 1}'),
).filter((t) => t.trim() !== '');

const invalidLine = fc.constantFrom('{not json', '[1, 2]', '"a string"', 'null', '42', '{"txt": "typo"}', '{"text": 5}', '{"text": "a", "date": "not a date"}', '{"document": 7}');

type Line = { kind: 'valid'; value: string } | { kind: 'invalid'; value: string } | { kind: 'blank'; value: string };
const line: fc.Arbitrary<Line> = fc.oneof(
  { weight: 5, arbitrary: text.map((t) => ({ kind: 'valid' as const, value: t })) },
  { weight: 2, arbitrary: invalidLine.map((value) => ({ kind: 'invalid' as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom('   ', '\t').map((value) => ({ kind: 'blank' as const, value })) },
);
const ending = fc.constantFrom('\n', '\r\n', '\r');

describe('the CLI JSONL reader (fuzzed)', () => {
  it('gives every valid line once, in order, and names every invalid line', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(ending, { minLength: 1, maxLength: 30 }), (lines, endings) => {
        const rendered = lines.map((l, i) => (l.kind === 'valid' ? JSON.stringify(i % 3 === 0 ? { text: l.value } : { id: `x${i}`, text: l.value }) : l.value));
        const content = rendered.map((l, i) => l + endings[i % endings.length]!).join('');
        if (!lines.some((l) => l.kind === 'valid') && content.trimStart().startsWith('{') === false && lines.every((l) => l.kind === 'blank')) return;
        const valid = lines.flatMap((l, i) => (l.kind === 'valid' ? [{ line: i + 1, text: l.value }] : []));
        const invalid = lines.flatMap((l, i) => (l.kind === 'invalid' ? [i + 1] : []));
        if (content.trim() === '') {
          expect(() => parseStatements(content, 'in.jsonl', 'jsonl', true)).toThrowError(/input is empty/);
          return;
        }
        const parsed = parseStatements(content, 'in.jsonl', 'jsonl', true);
        expect(parsed.items.map((item) => (item as { text: string }).text)).toEqual(valid.map((v) => v.text));
        expect(parsed.lines).toEqual(valid.map((v) => v.line));
        expect(parsed.skipped.map((s) => s.line)).toEqual(invalid);
        if (invalid.length > 0) {
          let error: unknown;
          try {
            parseStatements(content, 'in.jsonl', 'jsonl', false);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(InvalidInputError);
          expect((error as InvalidInputError).location).toMatchObject({ file: 'in.jsonl', line: invalid[0] });
        }
        // What the reader lets through, the library takes: one statement per valid line, same order.
        const statements = normalizeInput(parsed.items);
        expect(statements.map((s) => s.text)).toEqual(valid.map((v) => v.text));
      }),
      { numRuns: RUNS },
    );
  });
});

const word = fc.oneof(
  fc.constantFrom('Iran', 'drones', 'Dr.', 'U.S.', '3.5', '10', 'e.g.', '"quoted"', '(aside)', 'naïve', '😀', '—', '...', 'good.Then', 'A.B.C.'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).filter((w) => !/\s/.test(w)),
);
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r\r', '\t', '\u00a0', '\u2028');
const sentenceEnd = fc.constantFrom('.', '!', '?', '', '."', '…');

describe('normalizeInput on documents (fuzzed)', () => {
  it('gives spans that slice the document exactly, in order, and cover all of its text', () => {
    const document = fc
      .array(fc.tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 }), sentenceEnd, gap), { minLength: 1, maxLength: 8 })
      .map((sentences) => sentences.map(([words, end, after]) => words.map(([w, g]) => w + g).join('').trimEnd() + end + after).join(''));
    fc.assert(
      fc.property(document, (doc) => {
        const statements = normalizeInput([{ document: doc, id: 'd' }]);
        if (doc.trim() === '') {
          expect(statements).toEqual([]);
          return;
        }
        let covered = 0;
        let previousEnd = 0;
        for (const s of statements) {
          expect(doc.slice(s.span.start, s.span.end)).toBe(s.text);
          expect(s.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.text.trim()).not.toBe('');
          covered += s.text.replace(/\s/g, '').length;
          previousEnd = s.span.end;
        }
        // Nothing dropped: every non-whitespace character of the document is in a statement.
        expect(covered).toBe(doc.replace(/\s/g, '').length);
      }),
      { numRuns: RUNS },
    );
  });
});
