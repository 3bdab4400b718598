import dns from 'node:dns';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector, ModelLoadError } from '../../src/index.js';
import { BUNDLED_MODEL_DIRECTORY } from '../../src/internal.js';

// Every way out of the process that a model load could take: DNS, sockets, fetch.
const attempts: string[] = [];
const original = { lookup: dns.lookup, connect: net.connect, createConnection: net.createConnection, fetch: globalThis.fetch };
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'contradict-net-'));
  (dns as { lookup: unknown }).lookup = (host: string, ...rest: unknown[]) => {
    attempts.push(`dns ${host}`);
    return (original.lookup as (...a: unknown[]) => unknown)(host, ...rest);
  };
  (net as { connect: unknown }).connect = (...args: unknown[]) => {
    attempts.push(`connect ${JSON.stringify(args[0])}`);
    return (original.connect as (...a: unknown[]) => unknown)(...args);
  };
  (net as { createConnection: unknown }).createConnection = (...args: unknown[]) => {
    attempts.push(`connect ${JSON.stringify(args[0])}`);
    return (original.createConnection as (...a: unknown[]) => unknown)(...args);
  };
  globalThis.fetch = ((input: unknown) => {
    attempts.push(`fetch ${String(input)}`);
    return Promise.reject(new TypeError('fetch failed (blocked by the test)'));
  }) as typeof fetch;
});

afterAll(() => {
  (dns as { lookup: unknown }).lookup = original.lookup;
  (net as { connect: unknown }).connect = original.connect;
  (net as { createConnection: unknown }).createConnection = original.createConnection;
  globalThis.fetch = original.fetch;
  rmSync(scratch, { recursive: true, force: true });
});

describe('no network unless a hub model is asked for', () => {
  it('opens no connection with the bundled model, a local directory, or a cached id with localFilesOnly', async () => {
    attempts.length = 0;
    const bundled = await createDetector();
    expect((await bundled.detect(['Iran sent drones to Russia.', 'Iran did not send drones to Russia.'])).stats.pairsScored).toBe(1);
    await bundled.dispose();
    const directory = await createDetector({ model: BUNDLED_MODEL_DIRECTORY });
    await directory.dispose();
    cpSync(BUNDLED_MODEL_DIRECTORY, path.join(scratch, 'cache', 'example-org', 'tiny-nli'), { recursive: true });
    const cached = await createDetector({ model: { id: 'example-org/tiny-nli', cacheDir: path.join(scratch, 'cache'), localFilesOnly: true } });
    await cached.dispose();
    expect(attempts).toEqual([]);
  });

  it('refuses an id that is not cached under localFilesOnly, without a connection', async () => {
    attempts.length = 0;
    const load = createDetector({ model: { id: 'example-org/not-cached', cacheDir: path.join(scratch, 'empty'), localFilesOnly: true } });
    await expect(load).rejects.toThrow(ModelLoadError);
    await expect(load).rejects.toThrow(/not in the cache/);
    expect(attempts).toEqual([]);
  });
});
