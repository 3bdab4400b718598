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
