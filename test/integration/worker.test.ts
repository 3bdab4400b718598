import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The checks in a worker thread, as the built package runs them (the worker script is dist/check-worker.js,
// which `npm test` builds): the same findings as in this thread, progress, and abort.
const root = path.resolve(import.meta.dirname, '../..');
const internal = (await import(pathToFileURL(path.join(root, 'dist/internal.js')).href)) as typeof import('../../src/internal.js');

describe('checks in a worker thread', () => {
  const texts = Array.from({ length: 700 }, (_, i) => `Iran sent ${i % 50} drones to Russia before the war started on day ${i % 7}, officials in ${['Kyiv', 'Tehran'][i % 2]} said.`);
  const statements = internal.normalizeInput(texts);
  const pairs = statements.slice(1).map((second, i) => ({ first: statements[i]!, second }));

  it('finds what the checks find in this thread, with progress', async () => {
    expect(pairs.length).toBeGreaterThanOrEqual(internal.WORKER_MIN_PAIRS);
    const inThread = await internal.checkPairs(pairs, { checks: true, worker: false });
    const seen: number[] = [];
    const inWorker = await internal.checkPairs(pairs, { checks: true, worker: true, onChecked: (done) => seen.push(done) });
    expect(inWorker.findings).toEqual(inThread.findings);
    expect(inThread.findings.flat().length).toBeGreaterThan(100);
    expect(seen.at(-1)).toBe(pairs.length);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    const run = internal.checkPairs(pairs, { checks: true, worker: true, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(run).rejects.toThrow(/aborted/);
  });
});

describe('a checks worker that lives across runs', () => {
  const texts = Array.from({ length: 700 }, (_, i) => `Prices of ${['grain', 'oil', 'gas'][i % 3]} rose by ${i % 40} percent in ${2000 + (i % 20)}, the ministry said.`);
  const statements = internal.normalizeInput(texts);
  const pairs = statements.slice(1).map((second, i) => ({ first: statements[i]!, second }));

  it('serves several runs, the same findings as in this thread, and goes on after an aborted run', async () => {
    const worker = internal.createCheckWorker()!;
    expect(worker).toBeDefined();
    const inThread = await internal.checkPairs(pairs, { checks: true, worker: false });
    const controller = new AbortController();
    const aborted = internal.checkPairs(pairs, { checks: true, worker, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(aborted).rejects.toThrow(/aborted/);
    const [first, second] = await Promise.all([internal.checkPairs(pairs, { checks: true, worker }), internal.checkPairs(pairs.slice(0, 600), { checks: true, worker })]);
    expect(first.findings).toEqual(inThread.findings);
    expect(second.findings).toEqual(inThread.findings.slice(0, 600));
    // Running, it takes smaller runs too (a fresh worker would not be started for them); closed, it does not.
    expect(worker.running).toBe(true);
    const small = pairs.slice(0, internal.RUNNING_WORKER_MIN_PAIRS);
    const runs: number[] = [];
    const watched = { get running() { return worker.running; }, run: (p: typeof pairs, o: object) => (runs.push(p.length), worker.run(p, o)), close: () => worker.close() };
    expect((await internal.checkPairs(small, { checks: true, worker: watched })).findings).toEqual(inThread.findings.slice(0, small.length));
    expect(runs).toEqual([small.length]);
    await internal.checkPairs(small.slice(1), { checks: true, worker: watched });
    expect(runs).toEqual([small.length]); // fewer than RUNNING_WORKER_MIN_PAIRS: checked in this thread
    await worker.close();
    expect(worker.running).toBe(false);
    // Closed, it starts again when asked.
    expect((await internal.checkPairs(pairs, { checks: true, worker })).findings).toEqual(inThread.findings);
    await worker.close();
  });
});
