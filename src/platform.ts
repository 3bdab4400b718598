// Node.js built-ins, reached only when a Node-only path runs (a model directory, a calibration file), never
// at import: the main entry then loads in a browser too. `process.getBuiltinModule` (Node.js 20.16+) gives
// them synchronously without a static `import 'node:...'` that a browser bundle could not resolve.
import { ContradictError } from './errors.js';

interface Builtins {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
  url: typeof import('node:url');
  module: typeof import('node:module');
  worker_threads: typeof import('node:worker_threads');
  zlib: typeof import('node:zlib');
  readline: typeof import('node:readline');
  stream: typeof import('node:stream');
}

/** Whether this runs under Node.js (and not in a browser or a worker of one). */
export const IS_NODE =
  typeof process !== 'undefined' && typeof process.versions?.node === 'string' && typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === 'function';

/** A Node.js built-in module; a `ContradictError` outside Node.js. */
export function builtin<K extends keyof Builtins>(name: K): Builtins[K] {
  if (!IS_NODE) throw new ContradictError(`node:${name} is not available outside Node.js (20.16 or newer)`);
  return process.getBuiltinModule(`node:${name}`) as Builtins[K];
}

let requireHere: ((id: string) => unknown) | undefined;

/** Node.js `require` of a package (CommonJS build, synchronous); a `ContradictError` outside Node.js. */
export function nodeRequire<T>(id: string): T {
  requireHere ??= builtin('module').createRequire(import.meta.url);
  return requireHere(id) as T;
}

/**
 * Long synchronous stages (pairing, the checks) give the event loop back after this much work, so that an
 * abort (or Ctrl-C) takes effect within a few milliseconds.
 */
export const SLICE_MS = 20;

/** Let timers and I/O run: setImmediate under Node.js, a zero timeout in a browser. */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
