import { extractStatements } from '../statements/extract.js';

/**
 * Split a text into consecutive windows of at most `budget` tokens each, so that a statement longer than the
 * model's window is scored piece by piece instead of being truncated. Windows hold whole sentences where they
 * fit (a sentence cut in two reads as two claims the text never made); a sentence longer than the budget is cut
 * between words. `countTokens` counts the model's tokens of a piece of text. A single word longer than the
 * budget becomes its own window (the tokenizer then has to cut it; that case is reported by the caller).
 */
export function splitIntoWindows(text: string, budget: number, countTokens: (text: string) => number): string[] {
  if (countTokens(text) <= budget) return [text];
  const windows: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  const flush = () => {
    if (current.length > 0) windows.push(current.join(' '));
    current = [];
    currentTokens = 0;
  };
  for (const { text: sentence } of extractStatements(text)) {
    const tokens = countTokens(sentence);
    if (tokens > budget) {
      flush();
      windows.push(...splitBetweenWords(sentence, budget, countTokens));
      continue;
    }
    if (currentTokens + tokens > budget) flush();
    current.push(sentence);
    currentTokens += tokens;
  }
  flush();
  return windows;
}

/** Word windows only (how long texts were split before windows held whole sentences; `bench/windows.mjs` compares). */
export function splitBetweenWords(text: string, budget: number, countTokens: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const windows: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  for (const word of words) {
    const tokens = countTokens(word);
    if (current.length > 0 && currentTokens + tokens > budget) {
      windows.push(current.join(' '));
      current = [];
      currentTokens = 0;
    }
    current.push(word);
    currentTokens += tokens;
  }
  if (current.length > 0) windows.push(current.join(' '));
  return windows;
}
