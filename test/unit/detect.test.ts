import { describe, expect, it } from 'vitest';
import { AbortError, createDetector, detectContradictions, InvalidInputError, scorePairs } from '../../src/index.js';
import { createMockModel } from '../helpers/mock-model.js';

const statements = [
  { id: 'a', text: 'Iran sent drones to Russia in 2022.', source: 'wire' },
  { id: 'b', text: 'Iran did not send drones to Russia in 2022.' },
  { id: 'c', text: 'The bakery sells sourdough bread every morning.' },
];

describe('detectContradictions with a mock model', () => {
  it('reports the contradicting pair with both directions, reasons and stats', async () => {
    const model = createMockModel();
    const report = await detectContradictions(statements, { model, checks: true });
    expect(report.contradictions).toHaveLength(1);
    const [c] = report.contradictions;
    expect(c).toMatchObject({ kind: 'contradiction', first: { id: 'a', source: 'wire', span: { start: 0, end: 35 } }, second: { id: 'b' } });
    expect(c!.score).toBeGreaterThanOrEqual(report.threshold);
    expect(c!.nli.forward.contradiction).toBeCloseTo(0.9);
    expect(c!.nli.backward.contradiction).toBeCloseTo(0.9);
    expect(c!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['nli', 'negation']));
    expect(report.stats).toMatchObject({ statements: 3, candidatePairs: 1, pairsScored: 1, contradictions: 1 });
    // Both directions were asked: a -> b and b -> a.
    expect(model.calls.flat()).toEqual([
      { premise: statements[0]!.text, hypothesis: statements[1]!.text },
      { premise: statements[1]!.text, hypothesis: statements[0]!.text },
    ]);
    expect(model.disposed).toBe(false);
  });

  it('does not report pairs below the threshold, but shows them on request', async () => {
    const report = await detectContradictions(['Iran sent drones to Russia.', 'Iran sent many drones to Russia.'], { model: createMockModel(), includeAllPairs: true });
    expect(report.contradictions).toEqual([]);
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs![0]!.score).toBeLessThan(report.threshold);
  });

  it('returns an empty report for empty input and for a lone statement', async () => {
    const empty = await detectContradictions([], { model: createMockModel() });
    expect(empty.contradictions).toEqual([]);
    expect(empty.stats.statements).toBe(0);
    const lone = await detectContradictions(['Only one.'], { model: createMockModel() });
    expect(lone.contradictions).toEqual([]);
    expect(lone.warnings.map((w) => w.code)).toContain('too-few-statements');
  });

  it('warns when the pair budget cuts candidates', async () => {
    const many = Array.from({ length: 8 }, (_, i) => `Drones hit Kyiv ${i % 2 ? 'not' : ''} on day ${i}.`);
    const report = await detectContradictions(many, { model: createMockModel(), maxPairs: 3 });
    expect(report.stats.pairsScored).toBe(3);
    expect(report.warnings.map((w) => w.code)).toContain('pair-budget');
  });

  it('reports progress and stops on abort', async () => {
    const stages = new Set<string>();
    await detectContradictions(statements, { model: createMockModel(), onProgress: (p) => stages.add(p.stage) });
    expect([...stages]).toEqual(expect.arrayContaining(['pairing', 'scoring']));
    const controller = new AbortController();
    controller.abort();
    await expect(detectContradictions(statements, { model: createMockModel(), signal: controller.signal })).rejects.toThrow(AbortError);
  });

  it('pairs by a caller-given embedding model', async () => {
    const texts = ['Iran sent drones to Russia.', 'Tehran did not deliver unmanned aircraft to Moscow.'];
    const lexical = await detectContradictions(texts, { model: createMockModel() });
    expect(lexical.stats.candidatePairs).toBe(0);
    const embed = async (batch: string[]) => batch.map(() => [1, 0.5, 0.25]);
    const embedded = await detectContradictions(texts, { model: createMockModel(), embed });
    expect(embedded.stats.candidatePairs).toBe(1);
    expect(embedded.contradictions).toHaveLength(1);
  });

  it('validates options with clear errors', async () => {
    await expect(detectContradictions(statements, { model: createMockModel(), threshold: 2 })).rejects.toThrow(/invalid option.*field "threshold"/);
    await expect(detectContradictions(statements, { model: createMockModel(), maxPairs: 0 })).rejects.toThrow(InvalidInputError);
    await expect(detectContradictions(statements, { model: createMockModel(), bogus: 1 } as never)).rejects.toThrow(/invalid option/);
  });
});

describe('detector and scorePairs', () => {
  it('reuses one model for many calls and does not dispose a caller-owned model', async () => {
    const model = createMockModel();
    const detector = await createDetector({ model });
    await detector.detect(statements);
    await detector.detect(statements.slice(0, 2));
    expect(model.calls).toHaveLength(2);
    await detector.dispose();
    expect(model.disposed).toBe(false);
    await expect(detector.detect(statements)).rejects.toThrow(/disposed/);
  });

  it('scores given pairs in order, with labels that follow the threshold', async () => {
    const scores = await scorePairs(
      [
        { premise: 'It rained.', hypothesis: 'It did not rain.' },
        { premise: 'It rained.', hypothesis: 'It rained.' },
      ],
      { model: createMockModel(), checks: false },
    );
    expect(scores.map((s) => s.label)).toEqual(['contradiction', 'entailment']);
    expect(scores[0]!.contradiction).toBeCloseTo(0.9);
    expect(await scorePairs([], { model: createMockModel() })).toEqual([]);
    await expect(scorePairs([{ premise: 'x' } as never], { model: createMockModel() })).rejects.toThrow(/missing "hypothesis": field "hypothesis" item 0/);
  });
});
