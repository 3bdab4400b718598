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
