import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import type * as Chrono from 'chrono-node';

// compromise and chrono-node take about a second to import together; they are loaded on first use (a
// check that a cheaper test rules out never loads them), through their CommonJS builds so that the
// checks stay synchronous. Importing the library stays fast.
const require = createRequire(import.meta.url);
let compromise: typeof Compromise | undefined;
let chrono: typeof Chrono | undefined;

/** compromise's `nlp`, loaded on first call. */
export function nlp(text: string): ReturnType<typeof Compromise> {
  compromise ??= require('compromise') as typeof Compromise;
  return compromise(text);
}

/** chrono-node, loaded on first call. */
export function chronoParser(): typeof Chrono {
  chrono ??= require('chrono-node') as typeof Chrono;
  return chrono;
}
