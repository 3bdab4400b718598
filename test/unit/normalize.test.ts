import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/index.js';
import { normalizeInput } from '../../src/internal.js';

describe('normalizeInput', () => {
  it('accepts strings, statement objects and documents', () => {
    const statements = normalizeInput([
      'Plain statement.',
      { id: 7, text: 'With an id.', source: 'AP', speaker: 'minister', date: '2022-10-01' },
      { document: 'Iran sent drones. Russia used them.', id: 'report' },
    ]);
    expect(statements.map((s) => s.id)).toEqual(['s0', '7', 'report#0', 'report#1']);
    expect(statements[1]).toMatchObject({ source: 'AP', speaker: 'minister', date: '2022-10-01T00:00:00.000Z' });
    expect(statements[3]).toMatchObject({ text: 'Russia used them.', documentId: 'report', span: { start: 18, end: 35 } });
    expect(statements.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('treats a bare string as one document', () => {
    expect(normalizeInput('A cat sat. A dog ran.').map((s) => s.text)).toEqual(['A cat sat.', 'A dog ran.']);
  });

  it('names the item and field of bad input', () => {
    const attempt = (input: unknown) => () => normalizeInput(input as never);
    expect(attempt(['ok', { txt: 'typo' }])).toThrowError(/invalid statement.*field "text" item 1/);
    expect(attempt(['ok', '   '])).toThrowError(/statement text is empty: field "text" item 1/);
    expect(attempt([{ text: 'a', date: 'not a date' }])).toThrowError(/not a date.*field "date" item 0/);
    expect(attempt([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrowError(/duplicate statement id "x"/);
    expect(attempt([42])).toThrowError(InvalidInputError);
    expect(attempt({ text: 'not an array' })).toThrowError(/must be a string \(a document\) or an array/);
  });

  it('gives nothing for empty input', () => {
    expect(normalizeInput([])).toEqual([]);
    expect(normalizeInput('')).toEqual([]);
  });

  it('is idempotent: normalising its own output changes nothing', () => {
    const item = fc.oneof(
      fc.string({ minLength: 1 }).filter((t) => t.trim() !== ''),
      fc.record({ text: fc.string({ minLength: 1 }).filter((t) => t.trim() !== ''), source: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['text'] }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (input) => {
        const once = normalizeInput(input);
        const twice = normalizeInput(once.map(({ id, text, source, speaker, date }) => ({ id, text, source, speaker, date })));
        expect(twice).toEqual(once);
      }),
    );
  });
});

describe('generated ids and holes', () => {
  it('never gives a generated id that a caller uses', async () => {
    const { normalizeInput } = await import('../../src/internal.js');
    const statements = normalizeInput([{ text: 'Iran sent drones.', id: 's1' }, 'Iran sent no drones.', { document: 'Iran sent drones. Russia used them.', id: 'd2#0' }, { document: 'Kyiv was hit.' }]);
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['s1', 's1~1', 'd2#0#0', 'd2#0#1', 'd3#0']);
  });

  it('names a hole in a sparse array instead of skipping it', async () => {
    const { normalizeInput } = await import('../../src/internal.js');
    // eslint-disable-next-line no-sparse-arrays
    expect(() => normalizeInput(['a', , 'b'] as unknown as string[])).toThrow(/item 1|index 1|\[1\]/);
  });
});

describe('empty documents', () => {
  it('are named in the report, not dropped without a word', async () => {
    const { detectContradictions } = await import('../../src/index.js');
    const { createMockModel } = await import('../../src/testing.js');
    const report = await detectContradictions([{ document: '   ', id: 'blank' }, 'Iran sent drones.', 'Iran sent no drones.'], { model: createMockModel() });
    expect(report.warnings).toContainEqual({ code: 'empty-document', message: 'document "blank" (item 0) is empty: it gave no statement' });
    expect(report.stats.statements).toBe(2);
  });
});
