import { describe, expect, it } from 'vitest';
import { AbortError, createDetector, detectContradictions, InvalidInputError, scorePairs, type Calibration } from '../../src/index.js';
import { FEATURE_NAMES } from '../../src/internal.js';
import { createMockModel } from '../../src/testing.js';

// A calibration of the tests' own (not the bundled model's fitted one): the score is the logistic of
// 2 x the mean NLI contradiction logit, plus 3 for a one-sided negation; thresholds 0.6 and 0.7.
const calibration: Calibration = {
  method: 'logistic',
  model: 'mock',
  thresholds: { checks: 0.6, noChecks: 0.7 },
  withChecks: { features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map((f) => (f === 'nli_logit_mean' ? 2 : f === 'negation' ? 3 : 0)), bias: 0 },
  withoutChecks: { features: ['nli_logit_mean', 'nli_logit_max', 'nli_entailment_max'], weights: [2, 0, 0], bias: 0 },
};
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

const statements = [
  { id: 'a', text: 'Iran sent drones to Russia in 2022.', source: 'wire' },
  { id: 'b', text: 'Iran did not send drones to Russia in 2022.' },
  { id: 'c', text: 'The bakery sells sourdough bread every morning.' },
];

describe('detectContradictions with a mock model', () => {
  it('reports the contradicting pair with both directions, reasons and stats', async () => {
    const model = createMockModel();
    const report = await detectContradictions(statements, { model, checks: true, calibration });
    expect(report.contradictions).toHaveLength(1);
    const [c] = report.contradictions;
    expect(c).toMatchObject({ kind: 'contradiction', first: { id: 'a', source: 'wire', span: { start: 0, end: 35 } }, second: { id: 'b' } });
    expect(report.threshold).toBe(0.6);
    expect(report.calibration).toEqual({ method: 'logistic', model: 'mock' });
    expect(report.warnings).toEqual([]);
    // The mock says 0.9 both ways and the checks find a one-sided negation.
    expect(c!.score).toBeCloseTo(logistic(2 * logit(0.9) + 3), 6);
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
    const report = await detectContradictions(['Iran sent drones to Russia.', 'Iran sent many drones to Russia.'], { model: createMockModel(), includeAllPairs: true, calibration });
    expect(report.contradictions).toEqual([]);
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs![0]!.score).toBeCloseTo(logistic(2 * logit(0.1)), 6);
    expect(report.pairs![0]!.score).toBeLessThan(report.threshold);
  });

  it('scores an uncalibrated model by its mean contradiction probability, and says so', async () => {
    const report = await detectContradictions(statements, { model: createMockModel() });
    expect(report.calibration).toEqual({ method: 'none' });
    expect(report.threshold).toBe(0.5);
    expect(report.contradictions.map((c) => c.score)).toEqual([expect.closeTo(0.9, 6)]);
    expect(report.warnings.map((w) => w.code)).toContain('uncalibrated-model');
  });

  it('uses the calibration threshold for checks off', async () => {
    const report = await detectContradictions(statements, { model: createMockModel(), calibration, checks: false });
    expect(report.threshold).toBe(0.7);
    expect(report.contradictions[0]!.reasons.map((r) => r.kind)).toEqual(['nli']);
    expect(report.contradictions[0]!.score).toBeCloseTo(logistic(2 * logit(0.9)), 6);
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
    expect([...stages]).toEqual(expect.arrayContaining(['pairing', 'scoring', 'checking']));
    const controller = new AbortController();
    controller.abort();
    await expect(detectContradictions(statements, { model: createMockModel(), signal: controller.signal })).rejects.toThrow(AbortError);
  });

  it('stops during scoring when aborted there', async () => {
    const many = Array.from({ length: 12 }, (_, i) => `Drones hit Kyiv ${i % 2 ? 'not' : ''} on day ${i % 3}.`);
    const model = createMockModel({ batchSize: 2, delayMs: 5 });
    const controller = new AbortController();
    let scored = 0;
    const run = detectContradictions(many, {
      model,
      signal: controller.signal,
      onProgress: ({ stage, done }) => {
        if (stage === 'scoring' && done > 0) {
          scored = done;
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toThrow(AbortError);
    // The model was called and had scored some, not all, pairs when it stopped.
    expect(model.calls).toHaveLength(1);
    expect(scored).toBeGreaterThan(0);
    expect(scored).toBeLessThan(model.calls[0]!.length / 2);
  });

  it('stops during pairing when aborted there', async () => {
    const topics = ['drones', 'missiles', 'tanks', 'ships', 'rockets', 'jets', 'trucks', 'radars'];
    const many = Array.from({ length: 20_000 }, (_, i) => `Iran sent ${i % 97} ${topics[i % 8]} to Russia on day ${i % 31} of month ${i % 12}, officials in region ${i % 53} said.`);
    const model = createMockModel();
    const controller = new AbortController();
    const stages: string[] = [];
    const run = detectContradictions(many, {
      model,
      signal: controller.signal,
      onProgress: ({ stage, done, total }) => {
        stages.push(`${stage} ${done === total ? 'done' : 'started'}`);
        // A timer, as a caller's abort would come: it can only fire if pairing gives the event loop back.
        if (stage === 'pairing' && done === 0) setTimeout(() => controller.abort(), 30);
      },
    });
    await expect(run).rejects.toThrow(AbortError);
    // It stopped inside pairing: pairing never finished and the model was never called.
    expect(stages).toContain('pairing started');
    expect(stages).not.toContain('pairing done');
    expect(model.calls).toHaveLength(0);
  });

  it('stops during the checks within a few milliseconds of an abort', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `Iran denied sending ${i} drones to Russia before the war started on day ${i % 7}.`);
    const controller = new AbortController();
    let abortedAt = 0;
    const run = detectContradictions(many, {
      model: createMockModel(),
      signal: controller.signal,
      onProgress: ({ stage, done, total }) => {
        if (stage === 'checking' && done > 0 && done < total && abortedAt === 0) {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toThrow(AbortError);
    expect(abortedAt).toBeGreaterThan(0);
    // A slice of checks is 20 ms; a second is far more than one slice on any machine, and far less than checking every pair.
    expect(performance.now() - abortedAt).toBeLessThan(1000);
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

  it('refuses what a caller-given embedding model or NLI model gets wrong, naming it', async () => {
    const texts = ['Iran sent drones to Russia.', 'Tehran did not deliver unmanned aircraft to Moscow.'];
    const withEmbed = (embed: (batch: string[]) => Promise<unknown>) => detectContradictions(texts, { model: createMockModel(), embed: embed as never });
    await expect(withEmbed(async () => [[1, 0]])).rejects.toThrow(/embed must return one vector per statement: got 1 for 2 statements: field "embed"/);
    await expect(withEmbed(async () => 'vectors')).rejects.toThrow(/got string for 2 statements/);
    await expect(withEmbed(async () => [[1, 0], [1, Number.NaN]])).rejects.toThrow(/embed returned NaN at position 1 of a vector: field "embed" item 1/);
    await expect(withEmbed(async () => [[1, 0], [1, 0, 0]])).rejects.toThrow(/vectors of different lengths \(2 and 3\)/);
    await expect(withEmbed(async () => [[1, 0], null])).rejects.toThrow(/not an array of numbers/);
    // An NLI model that returns NaN (or a number outside [0, 1]) is an error, not a score of null.
    const broken = createMockModel();
    const nanModel = { ...broken, modelId: 'nan-model', classify: async (request: Parameters<typeof broken.classify>[0]) => (await broken.classify(request)).map((r) => ({ ...r, contradiction: Number.NaN })) };
    await expect(detectContradictions(statements, { model: nanModel })).rejects.toThrow(/the NLI model returned contradiction = NaN for pair \d+ \(forward\).*nan-model/);
    const outOfRange = { ...broken, modelId: 'logits-model', classify: async (request: Parameters<typeof broken.classify>[0]) => (await broken.classify(request)).map((r) => ({ ...r, entailment: 3.2 })) };
    await expect(scorePairs([{ premise: 'a b', hypothesis: 'a c' }], { model: outOfRange })).rejects.toThrow(/entailment = 3.2/);
  });

  it('passes idfPrior to pairing: two statements that share one topic word are paired with the prior, not without it', async () => {
    const pair = ['Everyone on board survived the crash.', 'Two passengers died in the crash.'];
    expect((await detectContradictions(pair, { model: createMockModel() })).stats.candidatePairs).toBe(1);
    expect((await detectContradictions(pair, { model: createMockModel(), idfPrior: 0 })).stats.candidatePairs).toBe(0);
  });

  it('validates options with clear errors', async () => {
    await expect(detectContradictions(statements, { model: createMockModel(), threshold: 2 })).rejects.toThrow(/invalid option.*field "threshold"/);
    await expect(detectContradictions(statements, { model: createMockModel(), maxPairs: 0 })).rejects.toThrow(InvalidInputError);
    await expect(detectContradictions(statements, { model: createMockModel(), idfPrior: -1 })).rejects.toThrow(/invalid option.*field "idfPrior"/);
    await expect(detectContradictions(statements, { model: createMockModel(), bogus: 1 } as never)).rejects.toThrow(/invalid option/);
    // Backend options go with the backend: at the top level they are an error that says where they belong.
    await expect(detectContradictions(statements, { model: createMockModel(), dtype: 'fp32' } as never)).rejects.toThrow(/"dtype" belongs to the model: \{ model: \{ id, dtype \} \}/);
    await expect(detectContradictions(statements, { model: createMockModel(), threads: 1 } as never)).rejects.toThrow(/"threads" belongs to the model/);
    await expect(detectContradictions(statements, { model: { id: 'x', threads: 0 } })).rejects.toThrow(/invalid option.*threads/);
    await expect(detectContradictions(statements, { model: { id: 'x', bogus: 1 } as never })).rejects.toThrow(/invalid option/);
    await expect(detectContradictions(statements, { model: createMockModel(), calibration: { method: 'logistic' } as never })).rejects.toThrow(/invalid option/);
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
      { model: createMockModel(), checks: false, calibration },
    );
    expect(scores.map((s) => s.label)).toEqual(['contradiction', 'entailment']);
    expect(scores[0]!.contradiction).toBeCloseTo(0.9);
    expect(scores[0]!.score).toBeCloseTo(logistic(2 * logit(0.9)), 6);
    expect(scores[1]!.score).toBeCloseTo(logistic(2 * logit(0.05)), 6);
    expect(await scorePairs([], { model: createMockModel() })).toEqual([]);
    await expect(scorePairs([{ premise: 'x' } as never], { model: createMockModel() })).rejects.toThrow(/missing "hypothesis": field "hypothesis" item 0/);
  });
});
