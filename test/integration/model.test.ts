import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector, detectContradictions, ModelLoadError, type NliModel } from '../../src/index.js';
import { BUNDLED_MODEL_DIRECTORY, createTransformersNliModel } from '../../src/internal.js';
import { assemble, pairTemplate } from '../../src/nli/pair-encoding.js';

// These tests run the real bundled model through the real transformers.js backend.
const pairs = [
  { premise: 'A man is playing a guitar on stage.', hypothesis: 'A man is playing an instrument.' },
  { premise: 'A man is playing a guitar on stage.', hypothesis: 'Nobody is playing anything.' },
  { premise: 'Iran sent drones to Russia.', hypothesis: 'Ukrainian forces shoot down at least 10 Iranian drones per day, according to officials in Kyiv.' },
];

describe('transformers.js backend on the bundled model', () => {
  let fp32: NliModel;
  let q8: NliModel;
  beforeAll(async () => {
    fp32 = await createTransformersNliModel({ model: BUNDLED_MODEL_DIRECTORY, dtype: 'fp32' });
    q8 = await createTransformersNliModel({ model: BUNDLED_MODEL_DIRECTORY, dtype: 'q8' });
  });
  afterAll(async () => {
    await fp32?.dispose?.();
    await q8?.dispose?.();
  });

  it('reads its labels from config.json and returns probabilities', async () => {
    expect(fp32.labels).toEqual(['entailment', 'neutral', 'contradiction']);
    expect(fp32.maxLength).toBe(128);
    const results = await fp32.classify({ pairs });
    expect(results).toHaveLength(pairs.length);
    for (const r of results) {
      expect(r.contradiction + r.entailment + r.neutral).toBeCloseTo(1, 5);
      expect(r.windows).toBe(1);
    }
  });

  it('gives contradictions a higher contradiction probability than other pairs (labels not inverted)', async () => {
    const rows = ['negation', 'numbers', 'antonyms'].flatMap((suite) =>
      readFileSync(path.join(import.meta.dirname, `../fixtures/stress/${suite}.eval.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l)),
    );
    const results = await q8.classify({ pairs: rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })) });
    const mean = (want: boolean) => {
      const values = results.filter((_, i) => (rows[i].label === 'contradiction') === want).map((r) => r.contradiction);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false) + 0.1);
  });

  it('gives a pair the same fp32 result alone or in a padded batch', async () => {
    const batch = await fp32.classify({ pairs });
    for (const [i, pair] of pairs.entries()) {
      const [alone] = await fp32.classify({ pairs: [pair] });
      expect(alone!.contradiction).toBeCloseTo(batch[i]!.contradiction, 5);
    }
  });

  it('keeps the quantized model close to fp32', async () => {
    const a = await fp32.classify({ pairs });
    const b = await q8.classify({ pairs });
    a.forEach((r, i) => expect(Math.abs(r.contradiction - b[i]!.contradiction)).toBeLessThan(0.05));
  });

  it('splits a statement longer than the window instead of truncating it', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Officials in region ${i} reported that drones were shot down overnight.`).join(' ');
    const [result] = await fp32.classify({ pairs: [{ premise: long, hypothesis: 'No drones were shot down.' }] });
    expect(result!.windows).toBeGreaterThan(1);
    expect(result!.contradiction + result!.entailment + result!.neutral).toBeCloseTo(1, 5);
  });

  it('assembles pairs from texts tokenized once exactly as the tokenizer encodes the pair', async () => {
    const { AutoTokenizer } = await import('@huggingface/transformers');
    const tokenizer = await AutoTokenizer.from_pretrained(BUNDLED_MODEL_DIRECTORY, { local_files_only: true });
    const encode = (text: string) => tokenizer.encode(text, { add_special_tokens: false });
    const encodePair = (a: string, b: string) => {
      const encoded = tokenizer(a, { text_pair: b });
      return { ids: Array.from(encoded.input_ids.data as BigInt64Array, Number), types: Array.from(encoded.token_type_ids!.data as BigInt64Array, Number) };
    };
    const template = pairTemplate(encode, encodePair);
    expect(template).toBeDefined();
    const rows = readFileSync(path.join(import.meta.dirname, '../fixtures/tokenizer-agreement.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const row of rows) {
      const built = assemble(template!, encode(row.premise), encode(row.hypothesis));
      expect(built.ids).toEqual(row.input_ids);
      expect(built.types).toEqual(row.token_type_ids);
    }
  });

  it('tokenizes exactly as the Python tokenizer the model was trained with', async () => {
    const { AutoTokenizer } = await import('@huggingface/transformers');
    const tokenizer = await AutoTokenizer.from_pretrained(BUNDLED_MODEL_DIRECTORY, { local_files_only: true });
    const rows = readFileSync(path.join(import.meta.dirname, '../fixtures/tokenizer-agreement.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const encoded = tokenizer(row.premise, { text_pair: row.hypothesis });
      expect(Array.from(encoded.input_ids.data as BigInt64Array, Number)).toEqual(row.input_ids);
      expect(Array.from(encoded.token_type_ids!.data as BigInt64Array, Number)).toEqual(row.token_type_ids);
    }
  });
});

describe('the bundled calibration on the stress suites', () => {
  it('holds down list-example false alarms with the open-list guard, and still finds the lists that contradict', async () => {
    const rows = readFileSync(path.join(import.meta.dirname, '../fixtures/stress/lists.eval.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const detector = await createDetector();
    try {
      const results = await detector.scorePairs(rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })));
      const guarded = results.filter((r) => r.reasons.some((x) => x.kind === 'open-list'));
      expect(guarded.length).toBeGreaterThan(100);
      // The model alone flags most of these; the guard's weight brings every one below the default threshold.
      expect(guarded.filter((r) => r.contradiction >= 0.5).length).toBeGreaterThan(guarded.length / 2);
      expect(guarded.filter((r) => r.label === 'contradiction')).toEqual([]);
      const contradictions = results.filter((_, i) => rows[i].label === 'contradiction');
      expect(contradictions.every((r) => !r.reasons.some((x) => x.kind === 'open-list'))).toBe(true);
      expect(contradictions.filter((r) => r.label === 'contradiction').length).toBeGreaterThan(contradictions.length * 0.9);
    } finally {
      await detector.dispose();
    }
  });
});

describe('the bundled calibration on claims called false', () => {
  it('finds a claim called false against the claim, and holds down the pairs that agree in calling it false', async () => {
    const rows = readFileSync(path.join(import.meta.dirname, '../fixtures/stress/falsity.eval.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const detector = await createDetector();
    try {
      const results = await detector.scorePairs(rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })));
      const contradictions = results.filter((_, i) => rows[i].label === 'contradiction');
      // The model alone finds few of these ("Reports that ... are false" / "..."); the stance check finds them.
      expect(contradictions.filter((r) => r.contradiction >= 0.5).length).toBeLessThan(contradictions.length / 2);
      expect(contradictions.filter((r) => r.label === 'contradiction').length).toBeGreaterThan(contradictions.length * 0.9);
      const guarded = results.filter((r) => r.reasons.some((x) => x.kind === 'falsity-agreement'));
      expect(guarded.length).toBeGreaterThan(40);
      expect(guarded.every((r) => rows[results.indexOf(r)].label !== 'contradiction')).toBe(true);
      expect(guarded.filter((r) => r.contradiction >= 0.5).length).toBeGreaterThan(5);
      expect(guarded.filter((r) => r.label === 'contradiction')).toEqual([]);
    } finally {
      await detector.dispose();
    }
  });
});

describe('loading models', () => {
  let scratch: string;
  /** A copy of the bundled model whose config.json names its labels `id2label` (same weights). */
  const copyWithLabels = (name: string, id2label: Record<number, string>) => {
    const directory = path.join(scratch, name);
    cpSync(BUNDLED_MODEL_DIRECTORY, directory, { recursive: true });
    const config = JSON.parse(readFileSync(path.join(directory, 'config.json'), 'utf8'));
    config.id2label = id2label;
    delete config.label2id;
    writeFileSync(path.join(directory, 'config.json'), JSON.stringify(config));
    return directory;
  };
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'contradict-models-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('loads a Hugging Face model id through the same code path (from the cache, no network)', async () => {
    // The cache layout transformers.js writes after a download: <cacheDir>/<org>/<name>/<file>.
    cpSync(BUNDLED_MODEL_DIRECTORY, path.join(scratch, 'cache', 'example-org', 'tiny-nli'), { recursive: true });
    const model = await createTransformersNliModel({ model: 'example-org/tiny-nli', cacheDir: path.join(scratch, 'cache'), localFilesOnly: true, dtype: 'fp32' });
    expect(model.modelId).toBe('example-org/tiny-nli');
    const [result] = await model.classify({ pairs: [pairs[0]!] });
    const reference = await createTransformersNliModel({ model: BUNDLED_MODEL_DIRECTORY, dtype: 'fp32' });
    const [expected] = await reference.classify({ pairs: [pairs[0]!] });
    await reference.dispose?.();
    // The same weights as the bundled model: the same probabilities, and its calibration came along.
    expect(result!.contradiction).toBeCloseTo(expected!.contradiction, 6);
    expect(result!.contradiction + result!.entailment + result!.neutral).toBeCloseTo(1, 5);
    expect(model.calibration?.method).toBe('logistic');
    await model.dispose?.();
  });

  it('scores a model without calibration.json by its mean contradiction probability, with a warning', async () => {
    const directory = path.join(scratch, 'uncalibrated');
    cpSync(BUNDLED_MODEL_DIRECTORY, directory, { recursive: true });
    rmSync(path.join(directory, 'calibration.json'));
    const report = await detectContradictions(['Iran sent drones to Russia.', 'Iran did not send drones to Russia.'], { model: { id: directory, dtype: 'fp32' }, threshold: 0, includeAllPairs: true });
    expect(report.calibration).toEqual({ method: 'none' });
    expect(report.warnings.map((w) => w.code)).toContain('uncalibrated-model');
    const pair = report.pairs![0]!;
    expect(pair.score).toBeCloseTo((pair.nli.forward.contradiction + pair.nli.backward.contradiction) / 2, 9);
    const calibrated = await detectContradictions(['Iran sent drones to Russia.', 'Iran did not send drones to Russia.'], { model: { id: BUNDLED_MODEL_DIRECTORY, dtype: 'fp32' }, threshold: 0 });
    expect(calibrated.calibration.method).toBe('logistic');
    expect(calibrated.warnings.map((w) => w.code)).not.toContain('uncalibrated-model');
  });

  it('reads label names from id2label in any case', async () => {
    // Same weights, labels in capitals: contradiction must still be found at id 2.
    const directory = copyWithLabels('reordered', { 0: 'ENTAILMENT', 1: 'NEUTRAL', 2: 'CONTRADICTION' });
    const original = await createTransformersNliModel({ model: BUNDLED_MODEL_DIRECTORY, dtype: 'fp32' });
    const renamed = await createTransformersNliModel({ model: directory, dtype: 'fp32' });
    const [a] = await original.classify({ pairs: [pairs[1]!] });
    const [b] = await renamed.classify({ pairs: [pairs[1]!] });
    expect(b!.contradiction).toBeCloseTo(a!.contradiction, 6);
    await original.dispose?.();
    await renamed.dispose?.();
  });

  it('fails clearly for a missing directory and for a model without a contradiction label', async () => {
    await expect(createTransformersNliModel({ model: path.join(scratch, 'nope') })).rejects.toThrow(/model directory not found: .*nope/);
    const directory = copyWithLabels('unlabelled', { 0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2' });
    const attempt = createTransformersNliModel({ model: directory });
    await expect(attempt).rejects.toThrow(ModelLoadError);
    await expect(attempt).rejects.toThrow(/no contradiction label \(labels: LABEL_0, LABEL_1, LABEL_2\)/);
  });

  it('names the folder it loaded when a hub-like id matches a folder in the working directory', async () => {
    const folder = path.join(scratch, 'cwd', 'example-org', 'look-alike');
    cpSync(BUNDLED_MODEL_DIRECTORY, folder, { recursive: true });
    const previous = process.cwd();
    process.chdir(path.join(scratch, 'cwd'));
    try {
      const report = await detectContradictions(['Iran sent drones to Russia.', 'Iran did not send drones to Russia.'], { model: 'example-org/look-alike' });
      expect(report.model).toBe(path.resolve('example-org/look-alike'));
    } finally {
      process.chdir(previous);
    }
  });

  it('stops a run when the detector is disposed during it, before the model goes away', async () => {
    const detector = await createDetector();
    const many = Array.from({ length: 600 }, (_, i) => `Iran sent ${i} drones to Russia on day ${i % 30} of the war.`);
    let disposing: Promise<void> | undefined;
    const run = detector.detect(many, {
      onProgress: ({ stage, done }) => {
        if (stage === 'scoring' && done > 0 && !disposing) disposing = detector.dispose();
      },
    });
    await expect(run).rejects.toThrow(/the detector was disposed during the run/);
    await disposing;
    await expect(detector.detect(many.slice(0, 2))).rejects.toThrow(/the detector was disposed/);
  });

  it('refuses hostile configs at load: a huge label id (was 26 s and 2.2 GB), a window of 0 tokens', async () => {
    const huge = copyWithLabels('huge-label', { 0: 'entailment', 1: 'neutral', 200000000: 'contradiction' });
    await expect(createTransformersNliModel({ model: huge })).rejects.toThrow(/id2label has a label id that is not an output index from 0 to 999: "200000000"/);
    const windowless = copyWithLabels('no-window', { 0: 'entailment', 1: 'neutral', 2: 'contradiction' });
    const config = JSON.parse(readFileSync(path.join(windowless, 'config.json'), 'utf8'));
    writeFileSync(path.join(windowless, 'config.json'), JSON.stringify({ ...config, max_position_embeddings: 0 }));
    const attempt = createTransformersNliModel({ model: windowless });
    await expect(attempt).rejects.toThrow(ModelLoadError);
    await expect(attempt).rejects.toThrow(/max_position_embeddings is 0: a model needs a window of at least 16 tokens/);
  });
});
