import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMaxPairs, embeddingNeighbours, EXACT_SEARCH_LIMIT, featureHash, findCandidatePairs, nearCopyKeys, loadUsearch, normalizeInput, normalizeVectors, PairMap } from '../../src/internal.js';

const options = { neighbors: 5, minSimilarity: 0.05, maxPairs: 1000, maxPostings: 1000 };

describe('nearCopyKeys', () => {
  it('depends on the set of features only, and makes sets that share most features meet', () => {
    const set = (from: number, count: number) => Array.from({ length: count }, (_, k) => featureHash(`w${from + k}`));
    expect(nearCopyKeys(set(0, 8))).toEqual(nearCopyKeys(set(0, 8).reverse()));
    expect(nearCopyKeys([])).toEqual([]);
    const meet = (a: number[], b: number[]) => nearCopyKeys(a).some((key) => nearCopyKeys(b).includes(key));
    // 200 pairs of 20-feature sets sharing 19 (Jaccard 0.90) against 200 sharing 7 (Jaccard 0.21).
    const close = Array.from({ length: 200 }, (_, i) => meet(set(i * 100, 20), [...set(i * 100, 19), featureHash(`x${i}`)])).filter(Boolean).length;
    const far = Array.from({ length: 200 }, (_, i) => meet(set(i * 100, 20), set(i * 100 + 13, 20))).filter(Boolean).length;
    expect(close).toBeGreaterThan(180); // 1 - (1 - 0.9^4)^4 = 0.99 expected
    expect(far).toBeLessThan(10); // 0.008 expected
  });
});

describe('findCandidatePairs', () => {
  it('pairs statements on the same topic and not unrelated ones', () => {
    const statements = normalizeInput([
      'Iran delivered drones to Russia before the war.',
      'Iranian drones were shot down over Kyiv.',
      'Iran never delivered drones to Russia.',
      'The bakery on Main Street sells sourdough bread.',
    ]);
    const { pairs } = findCandidatePairs(statements, options);
    const keys = pairs.map((p) => `${p.first}-${p.second}`);
    expect(keys).toContain('0-2');
    expect(keys.some((k) => k.includes('3'))).toBe(false);
    expect(pairs[0]).toMatchObject({ first: 0, second: 2 });
  });

  it('pairs two statements that share one topic word: the corpus prior keeps a shared word from counting as common', () => {
    // With the input's document frequencies alone, "crash" is in every statement of two, so it weighs almost nothing.
    const statements = normalizeInput(['Everyone on board survived the crash.', 'Two passengers died in the crash.']);
    const inputOnly = findCandidatePairs(statements, { ...options, idfPrior: 0 });
    expect(inputOnly.pairs).toEqual([]);
    const { pairs } = findCandidatePairs(statements, options);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.2);
  });

  it('keeps the most similar pairs within the budget and counts the rest', () => {
    const statements = normalizeInput(Array.from({ length: 30 }, (_, i) => `Drones attacked the city of Kyiv on day ${i % 3}.`));
    const result = findCandidatePairs(statements, { ...options, maxPairs: 10 });
    expect(result.pairs).toHaveLength(10);
    expect(result.candidates).toBeGreaterThan(10);
  });

  it('keeps each statement\'s nearest neighbour before a second pair of any statement when the budget cuts', () => {
    // 12 near-copies on one subject (66 very similar pairs) and 5 pairs of statements that share less.
    const dense = Array.from({ length: 12 }, (_, i) => `Drones attacked the power station near Kyiv on Monday morning ${i % 2 ? 'again' : ''}.`);
    const sparse = [
      ['tariffs', 'Lisbon', 'shipyard'],
      ['vaccines', 'Oslo', 'clinic'],
      ['grain', 'Odesa', 'harbour'],
      ['loans', 'Nairobi', 'bank'],
      ['satellites', 'Quito', 'observatory'],
    ].flatMap(([what, where, place]) => [`Officials in ${where} discussed ${what} at the ${place}.`, `Farmers near ${where} opposed new ${what} and protested loudly outside.`]);
    const statements = normalizeInput([...dense, ...sparse]);
    // Every statement's most similar other: 5 pairs in each group of 6 identical texts, and the 5 sparse pairs.
    const { pairs, candidates } = findCandidatePairs(statements, { ...options, maxPairs: 16 });
    expect(candidates).toBeGreaterThan(30);
    const keys = new Set(pairs.map((p) => `${p.first}-${p.second}`));
    for (let k = 0; k < 5; k++) expect(keys.has(`${12 + 2 * k}-${13 + 2 * k}`)).toBe(true);
    // Still most similar first.
    expect(pairs.map((p) => p.similarity)).toEqual([...pairs.map((p) => p.similarity)].sort((a, b) => b - a));
  });

  it('grows the default pair budget with the input above 50,000 statements', () => {
    expect(defaultMaxPairs(0)).toBe(100_000);
    expect(defaultMaxPairs(50_000)).toBe(100_000);
    expect(defaultMaxPairs(100_500)).toBe(201_000);
    expect(defaultMaxPairs(1_000_000)).toBe(2_000_000);
  });

  it('proposes near copies whose shared features are all too common to search (MinHash bands), with their whole cosine', () => {
    // 40 statements of the same common words; every feature is shared by more than maxPostings 10, so topic
    // blocking searches none. A copy with one word changed still meets its original.
    const common = ['assembly', 'nations', 'calls', 'peace', 'security', 'economic', 'development', 'people', 'world'];
    const texts = Array.from({ length: 40 }, (_, i) => [...common.filter((_, k) => (i + k) % 3 !== 0), i % 2 ? 'council' : 'states'].join(' '));
    const original = 'The assembly of nations calls for peace, security and economic development of all the people of the world.';
    const copy = 'The assembly of nations calls for peace, security and economic development of none of the people of the world.';
    const statements = normalizeInput([...texts, original, copy]);
    const tight = { ...options, maxPostings: 10 };
    const without = findCandidatePairs(statements, { ...tight, nearCopies: false });
    expect(without.pairs.some((p) => p.first === 40 && p.second === 41)).toBe(false);
    const found = findCandidatePairs(statements, tight).pairs.find((p) => p.first === 40 && p.second === 41);
    // The cosine of the whole vectors: what topic blocking gives the pair where no feature is too common.
    const whole = findCandidatePairs(statements, options).pairs.find((p) => p.first === 40 && p.second === 41);
    expect(found?.similarity).toBeCloseTo(whole!.similarity, 12);
    // Unrelated statements share no bucket.
    const unrelated = normalizeInput(['Drones hit the power station near Kyiv.', 'The bakery sells sourdough bread on Sundays.']);
    expect(findCandidatePairs(unrelated, tight).pairs).toEqual([]);
  });

  it('keeps more neighbours where a topic is dense, only when asked', () => {
    // 30 statements at nearly the same similarity to the first: 5 neighbours by default, more with `dense`.
    const statements = normalizeInput(Array.from({ length: 30 }, (_, i) => `Drones attacked the power station near Kyiv, report ${i}.`));
    // TF-IDF, as the variant was measured (bench/pairing-variants.mjs); these are near copies too, left out here.
    const plain = findCandidatePairs(statements, { ...options, weighting: 'tfidf', nearCopies: false });
    const dense = findCandidatePairs(statements, { ...options, weighting: 'tfidf', nearCopies: false, dense: { share: 0.9, most: 12 } });
    expect(plain.pairs.length).toBeLessThanOrEqual(30 * 5);
    expect(dense.pairs.length).toBeGreaterThan(plain.pairs.length);
    expect(dense.pairs.length).toBeLessThanOrEqual(30 * 12);
    expect(new Set(plain.pairs.map((p) => `${p.first}-${p.second}`)).size).toBe(plain.pairs.length);
  });

  const sentence = fc
    .array(fc.constantFrom('iran', 'drones', 'russia', 'war', 'kyiv', 'minister', 'ten', 'denied', 'sent', 'Tehran', '10', '2022'), { minLength: 1, maxLength: 8 })
    .map((words) => words.join(' '));

  it('never pairs a statement with itself, repeats a pair, or exceeds n(n-1)/2 or the budget', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 25 }), fc.integer({ min: 1, max: 50 }), (texts, maxPairs) => {
        const statements = normalizeInput(texts);
        const { pairs } = findCandidatePairs(statements, { ...options, maxPairs });
        const n = statements.length;
        expect(pairs.length).toBeLessThanOrEqual(Math.min(maxPairs, (n * (n - 1)) / 2));
        const keys = new Set(pairs.map((p) => `${p.first}-${p.second}`));
        expect(keys.size).toBe(pairs.length);
        for (const pair of pairs) {
          expect(pair.first).toBeLessThan(pair.second);
          expect(pair.similarity).toBeGreaterThanOrEqual(options.minSimilarity);
          expect(pair.similarity).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('picks the same pairs of texts whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { maxLength: 15 }).chain((texts) =>
          fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts, { minLength: texts.length, maxLength: texts.length })),
        ),
        ([texts, shuffled]) => {
        const textPairs = (list: string[]) => {
          const statements = normalizeInput(list);
          return findCandidatePairs(statements, options)
            .pairs.map((p) => [statements[p.first]!.text, statements[p.second]!.text].sort().join(' | '))
            .sort();
        };
        expect(textPairs(shuffled)).toEqual(textPairs(texts));
        },
      ),
    );
  });

  it('finds every planted embedding pair above the least similarity in a small input (exact search)', () => {
    // 20 planted pairs among 40 statements, at cosines from 0.55 to 0.85, in 64 dimensions.
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
    const unit = (v: number[]) => {
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    };
    const embeddings: number[][] = [];
    const cosines = [0.55, 0.65, 0.75, 0.85];
    for (let p = 0; p < 20; p++) {
      const a = unit(Array.from({ length: 64 }, next));
      const r = unit(Array.from({ length: 64 }, next));
      const dot = a.reduce((sum, x, k) => sum + x * r[k]!, 0);
      const orthogonal = unit(r.map((x, k) => x - dot * a[k]!));
      const c = cosines[p % 4]!;
      embeddings.push(a, a.map((x, k) => c * x + Math.sqrt(1 - c * c) * orthogonal[k]!));
    }
    const statements = normalizeInput(embeddings.map((_, i) => `Statement number ${i} about something else entirely ${i * 7919}.`));
    const found = new Set(findCandidatePairs(statements, { ...options, minSimilarity: 1, embeddings, minEmbeddingSimilarity: 0.5 }).pairs.map((p) => `${p.first}-${p.second}`));
    for (let p = 0; p < 20; p++) expect(found.has(`${2 * p}-${2 * p + 1}`)).toBe(true);
  });

  it('finds planted pairs above the exact-search limit through the HNSW index (usearch)', () => {
    expect(loadUsearch()).toBeDefined();
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
    const n = EXACT_SEARCH_LIMIT + 1000;
    const vectors = Array.from({ length: n }, () => Array.from({ length: 32 }, random));
    // 20 pairs at cosine about 0.8: the second is the first plus a little noise.
    for (let p = 0; p < 20; p++) vectors[2 * p + 1] = vectors[2 * p]!.map((x) => x + 0.35 * random());
    const found = embeddingNeighbours(normalizeVectors(vectors), { neighbors: 10, minSimilarity: 0.5, maxBucket: 1000 });
    for (let p = 0; p < 20; p++) expect(found.has(2 * p * n + 2 * p + 1), `pair ${p}`).toBe(true);
    for (const similarity of found.values()) expect(similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('adds the nearest neighbours of caller-given embeddings', () => {
    const statements = normalizeInput(['The cat slept on the mat.', 'A feline dozed on a rug.', 'Stock markets fell in Tokyo.', 'Shares dropped in Japan.']);
    const embeddings = [[1, 0, 0.1], [0.95, 0.05, 0.1], [0, 1, 0], [0.05, 0.97, 0.02]];
    const lexical = findCandidatePairs(statements, options).pairs.map((p) => `${p.first}-${p.second}`);
    const withEmbeddings = findCandidatePairs(statements, { ...options, embeddings }).pairs.map((p) => `${p.first}-${p.second}`);
    expect(lexical).not.toContain('0-1');
    expect(withEmbeddings).toEqual(expect.arrayContaining(['0-1', '2-3']));
    expect(withEmbeddings).not.toContain('0-2');
    expect(() => findCandidatePairs(statements, { ...options, embeddings: embeddings.slice(1) })).toThrow(/one vector per statement: got 3 for 4/);
  });

  it('gives nothing for fewer than two statements', () => {
    expect(findCandidatePairs([], options).pairs).toEqual([]);
    expect(findCandidatePairs(normalizeInput(['alone']), options).pairs).toEqual([]);
  });
});

describe('PairMap', () => {
  it('holds more pairs than one Map may (2^24), as a million statements with 20 neighbours give', { timeout: 120_000 }, () => {
    const pairs = new PairMap();
    const n = 1_000_000; // keys i * n + j, here with one j: a common stride
    for (let i = 0; i < 2 ** 24 + 10; i++) pairs.set(i * n + 7, 0.5);
    expect(pairs.size).toBe(2 ** 24 + 10);
    expect(pairs.get((2 ** 24 + 9) * n + 7)).toBe(0.5);
  });
});
