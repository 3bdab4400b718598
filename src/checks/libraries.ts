import type Compromise from 'compromise';
import type * as Chrono from 'chrono-node';
import { ContradictError } from '../errors.js';
import { IS_NODE, nodeRequire } from '../platform.js';

// compromise and chrono-node take about a second to import together. Under Node.js they are loaded on first
// use (a check that a cheaper test rules out never loads them), through their CommonJS builds so that the
// checks stay synchronous; importing the library stays fast. Elsewhere (a browser) the checks stage loads
// them first, with `loadCheckLibraries()`.
let compromise: typeof Compromise | undefined;
let chrono: typeof Chrono | undefined;
function load<T>(id: string): T {
  if (!IS_NODE) throw new ContradictError(`${id} is not loaded: await loadCheckLibraries() before running the checks outside Node.js`);
  return nodeRequire<T>(id);
}

/** Load compromise and chrono-node ahead of the checks where they cannot be required on first use (browsers). */
export async function loadCheckLibraries(): Promise<void> {
  if (IS_NODE || (compromise && chrono)) return;
  const [compromiseModule, chronoModule] = await Promise.all([import('compromise'), import('chrono-node')]);
  compromise ??= (compromiseModule as unknown as { default: typeof Compromise }).default ?? (compromiseModule as unknown as typeof Compromise);
  chrono ??= chronoModule as typeof Chrono;
}

/** compromise's `nlp`, loaded on first call. */
export function nlp(text: string): ReturnType<typeof Compromise> {
  compromise ??= load<typeof Compromise>('compromise');
  return compromise(text);
}

/** chrono-node, loaded on first call. */
export function chronoParser(): typeof Chrono {
  chrono ??= load<typeof Chrono>('chrono-node');
  return chrono;
}

/**
 * Texts longer than this (a whole article given as one statement) skip compromise: numbers are read from
 * digits only and lemmas from WordNet's rules, so a pair costs well under a second even at 1 MB (compromise
 * takes about 30 ms per 1,000 characters). The real-world dev set's longest text is 7,239 characters.
 */
export const LONG_TEXT = 20_000;

/** Longest stretch of text given to compromise at once: its cost grows faster than linearly on long runs. */
export const NLP_CHUNK = 1000;

/**
 * A text cut into stretches of at most `size` characters, at whitespace where there is some (sentence
 * ends first), with each stretch's offset: the language analysis then costs linear time in the text.
 */
export function chunksOf(text: string, size = NLP_CHUNK): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start, start + size);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.search(/\s\S*$/);
    const cut = sentenceEnd > size / 2 ? sentenceEnd + 1 : space > 0 ? space : size;
    out.push({ start, text: text.slice(start, start + cut) });
    start += cut;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}
