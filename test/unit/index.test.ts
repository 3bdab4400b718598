import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { AbortError, ContradictError, createIndex, detectContradictions, InvalidInputError, loadIndex, type Contradiction } from '../../src/index.js';
import { findCandidatePairs, IncrementalPairing, normalizeInput, type IncrementalPairingOptions, type Statement } from '../../src/internal.js';
import { createMockModel } from '../../src/testing.js';

const dir = mkdtempSync(path.join(tmpdir(), 'contradict-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A seeded generator of news-like statements on many topics: names, places, numbers and topic words, a
// word in 15 % of them (so that it passes maxPostings 1000 part-way through 10,000), and "not" in a third
// of them (the mock model's contradiction).
function statementsOnTopics(count: number, seed = 1): string[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const syllables = ['ka', 'lo', 'mi', 'ter', 'an', 'ro', 'vel', 'du', 'sen', 'har', 'ob', 'qui'];
  const name = () => pick(syllables).toUpperCase().slice(0, 1) + pick(syllables).slice(1) + pick(syllables) + pick(syllables);
  const topics = Array.from({ length: 400 }, () => ({ who: name(), where: name(), what: pick(['drones', 'grain', 'missiles', 'vaccines', 'loans', 'tariffs', 'satellites', 'refugees']) }));
  const verbs = ['sent', 'sold', 'delivered', 'bought', 'received', 'promised', 'shipped', 'approved'];
  return Array.from({ length: count }, () => {
    const topic = pick(topics);
    const negated = random() < 0.33 ? ' not' : '';
    const government = random() < 0.15 ? ' the government said' : '';
    return `${topic.who} did${negated} ${pick(verbs).replace(/ed$|t$/, '')} ${Math.floor(random() * 90) + 10} ${topic.what} to ${topic.where} in ${2000 + Math.floor(random() * 25)}${government}.`;
  });
}

const key = (c: Pick<Contradiction, 'first' | 'second'>) => [c.first.id, c.second.id].sort().join(' ~ ');
const pairingOptions: IncrementalPairingOptions = { neighbors: 20, minSimilarity: 0.05, maxPairs: 1e9, maxPostings: 1000 };

function addAll(pairing: IncrementalPairing, statements: readonly Statement[]) {
  const steps = pairing.add(statements);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('IncrementalPairing', () => {
  const statements = normalizeInput(statementsOnTopics(3000, 7));

  it('proposes in one batch exactly the pairs of findCandidatePairs with the corpus IDF, same order and similarity', () => {
    const once = findCandidatePairs(statements, { ...pairingOptions, idf: 'corpus' });
    const incremental = addAll(new IncrementalPairing(pairingOptions), statements);
    expect(incremental.pairs.length).toBeGreaterThan(10_000);
    expect(incremental.pairs).toEqual(once.pairs);
    expect(incremental.candidates).toBe(once.candidates);
  });

  it('proposes, over 30 batches, every pair that one run over all of them proposes, though a word passes maxPostings on the way', () => {
    const options = { ...pairingOptions, maxPostings: 300 };
    const once = new Set(findCandidatePairs(statements, { ...options, idf: 'corpus' }).pairs.map((p) => `${p.first}-${p.second}`));
    const pairing = new IncrementalPairing(options);
    const seen = new Set<string>();
    for (let start = 0; start < statements.length; start += 100) {
      for (const p of addAll(pairing, statements.slice(start, start + 100)).pairs) seen.add(`${p.first}-${p.second}`);
    }
    expect([...once].filter((k) => !seen.has(k))).toEqual([]);
    expect(seen.size).toBeGreaterThan(once.size); // pairs pushed out of a statement's neighbours later stay proposed
  });

  it('after removals, still proposes every pair of one run over the statements left', () => {
    const pairing = new IncrementalPairing(pairingOptions);
    const seen = new Set<string>();
    const record = (pairs: readonly { first: number; second: number }[]) => pairs.forEach((p) => seen.add(`${p.first}-${p.second}`));
    record(addAll(pairing, statements.slice(0, 2000)).pairs);
    const removed = new Set(Array.from({ length: 400 }, (_, k) => k * 5));
    pairing.remove(removed);
    record(addAll(pairing, statements.slice(2000)).pairs);
    const left = statements.filter((s) => !removed.has(s.index));
    const once = findCandidatePairs(
      left.map((s, index) => ({ ...s, index })),
      { ...pairingOptions, idf: 'corpus' },
    ).pairs.map((p) => `${left[p.first]!.index}-${left[p.second]!.index}`);
    expect(once.filter((k) => !seen.has(k))).toEqual([]);
    expect(pairing.size).toBe(2600);
  });
});

describe('IncrementalPairing near copies', () => {
  it('proposes the near copies of one run, also when a removal brings a bucket back under its limit', () => {
    // 32 copies of one statement (every band bucket over MAX_NEAR_COPY_BUCKET 30: no pairs), its words too
    // common to search (maxPostings 2). Removing two brings the buckets to 30: their 435 pairs join at the next add.
    const copies = normalizeInput(Array.from({ length: 32 }, () => 'Drones hit the power station near Kyiv again.'));
    const options = { ...pairingOptions, maxPostings: 2 };
    const pairing = new IncrementalPairing(options);
    expect(addAll(pairing, copies).pairs).toEqual([]);
    expect(findCandidatePairs(copies, { ...options, idf: 'corpus' }).pairs).toEqual([]);
    pairing.remove([0, 1]);
    const seen = new Set(addAll(pairing, normalizeInput(['The bakery sells bread.']).map((s) => ({ ...s, index: 32 }))).pairs.map((p) => `${p.first}-${p.second}`));
    const left = copies.slice(2).map((s, index) => ({ ...s, index }));
    const once = findCandidatePairs(left, { ...options, idf: 'corpus' }).pairs.map((p) => `${p.first + 2}-${p.second + 2}`);
    expect(once).toHaveLength(435);
    expect(once.filter((k) => !seen.has(k))).toEqual([]);
  });

  it('proposes a near copy added later, with the similarity one run gives it', () => {
    const common = normalizeInput(Array.from({ length: 20 }, (_, i) => `The assembly of nations calls for peace and development ${i % 2 ? 'now' : 'today'}.`));
    const options = { ...pairingOptions, maxPostings: 5 };
    const pairing = new IncrementalPairing(options);
    addAll(pairing, common.slice(0, 10));
    const later = addAll(pairing, common.slice(10));
    const once = findCandidatePairs(common, { ...options, idf: 'corpus' });
    const similarity = new Map(later.pairs.map((p) => [`${p.first}-${p.second}`, p.similarity]));
    const across = once.pairs.filter((p) => p.second >= 10);
    expect(across.length).toBeGreaterThan(0);
    for (const p of across) expect(similarity.get(`${p.first}-${p.second}`)).toBe(p.similarity);
  });
});

describe('createIndex with a mock model', () => {
  it('finds over 100 batches of 100 statements every contradiction one detect() finds over all 10,000', { timeout: 120_000 }, async () => {
    const texts = statementsOnTopics(10_000, 3);
    const model = createMockModel();
    const once = await detectContradictions(texts, { model, idf: 'corpus', checks: false });
    const index = await createIndex({ model, checks: false });
    const found = new Set<string>();
    for (let start = 0; start < texts.length; start += 100) {
      const report = await index.add(texts.slice(start, start + 100));
      expect(report.stats.statements).toBe(100);
      for (const c of report.contradictions) {
        expect(found.has(key(c))).toBe(false); // each contradiction is reported once
        found.add(key(c));
      }
    }
    expect(index.size).toBe(10_000);
    expect(once.contradictions.length).toBeGreaterThan(5000);
    expect(once.contradictions.map(key).filter((k) => !found.has(k))).toEqual([]);
    expect(new Set(index.contradictions().map(key))).toEqual(found);
    // Generated ids count on across batches, as in one run: s0 ... s9999.
    expect(index.has('s9999') && index.has('s0')).toBe(true);
    await index.dispose();
  });

  it('checks new statements against earlier batches, saves, loads and goes on as if never saved', async () => {
    const model = createMockModel();
    const index = await createIndex({ model });
    expect((await index.add([{ id: 'a', text: 'Iran sent drones to Russia in 2022.' }])).contradictions).toEqual([]);
    const second = await index.add([{ id: 'b', text: 'Iran did not send drones to Russia in 2022.' }, 'The bakery sells sourdough bread.']);
    expect(second.contradictions.map(key)).toEqual(['a ~ b']);
    expect(second.contradictions[0]!.reasons.map((r) => r.kind)).toContain('negation');
    const file = path.join(dir, 'claims.index.jsonl.gz');
    await index.save(file);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'contradict-index', version: 2, model: 'mock', statements: 3, contradictions: 1, items: 3 });

    const loaded = await loadIndex(file, { model });
    expect(loaded.size).toBe(3);
    expect(loaded.contradictions().map(key)).toEqual(['a ~ b']);
    const third = await loaded.add(['Iran sent no drones to Russia in 2022, officials said, not once.']);
    const direct = await index.add(['Iran sent no drones to Russia in 2022, officials said, not once.']);
    expect(third.contradictions.map(key)).toEqual(direct.contradictions.map(key));
    expect(third.contradictions.map(key)).toContain('a ~ s3');

    expect(await loaded.remove(['a'])).toBe(1);
    expect(loaded.has('a')).toBe(false);
    expect(loaded.contradictions().some((c) => c.first.id === 'a' || c.second.id === 'a')).toBe(false);
    await Promise.all([index.dispose(), loaded.dispose()]);
  });

  it('refuses what it cannot do, saying what and where', async () => {
    const model = createMockModel();
    const index = await createIndex({ model });
    await index.add([{ id: 'a', text: 'Iran sent drones to Russia.' }]);
    await expect(index.add([{ id: 'a', text: 'Iran sent no drones.' }])).rejects.toThrow('statement id "a" is already in the index: field "id" item 0');
    await expect(index.remove(['nope'])).rejects.toThrow(InvalidInputError);
    await expect(index.add(['x'], { threshold: 0.1 } as never)).rejects.toThrow('invalid option for add: "threshold"');
    await expect(createIndex({ model, embed: async (t) => t.map(() => [1]) })).rejects.toThrow('an index does not take embed');
    // An empty batch is an empty report.
    expect((await index.add([])).contradictions).toEqual([]);

    const file = path.join(dir, 'one.index.jsonl.gz');
    await index.save(file);
    await expect(loadIndex(file, { model, neighbors: 5 })).rejects.toThrow('the index was built with neighbors 30, not 5');
    await expect(loadIndex(file, { model: { ...createMockModel(), modelId: 'other' } })).rejects.toThrow(ContradictError);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    writeFileSync(file, gzipSync([lines[0], '{"statement": {"id": "a"}}'].join('\n')));
    await expect(loadIndex(file, { model })).rejects.toThrow(/lacks its id, text.*line 2 of/);
    writeFileSync(file, gzipSync(lines[0]!));
    await expect(loadIndex(file, { model })).rejects.toThrow('cut short');
    // A file of the previous format (TF-IDF pairing) is refused, not mixed with BM25 neighbours.
    writeFileSync(file, gzipSync([JSON.stringify({ ...JSON.parse(lines[0]!), version: 1 }), ...lines.slice(1)].join('\n')));
    await expect(loadIndex(file, { model })).rejects.toThrow(/version 1 \(this library reads version 2; build the index again/);
    await expect(loadIndex(path.join(dir, 'missing.gz'), { model })).rejects.toThrow('no such file');
    await index.dispose();
    await expect(index.add(['x'])).rejects.toThrow('the index was disposed');
  });

  it('leaves the index as it was when an add is aborted', async () => {
    const model = createMockModel({ delayMs: 20, batchSize: 1 });
    const index = await createIndex({ model });
    await index.add([{ id: 'a', text: 'Iran sent drones to Russia.' }]);
    const controller = new AbortController();
    const adding = index.add([{ id: 'b', text: 'Iran did not send drones to Russia.' }, { id: 'c', text: 'Iran sent no drones to Russia at all.' }], { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(adding).rejects.toThrow(AbortError);
    expect(index.size).toBe(1);
    expect(index.has('b')).toBe(false);
    // The same statements can be added again, and are found.
    const again = await index.add([{ id: 'b', text: 'Iran did not send drones to Russia.' }]);
    expect(again.contradictions.map(key)).toEqual(['a ~ b']);
    await index.dispose();
  });
});
