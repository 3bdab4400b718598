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
  let run: Piece[] = [];
  for (const { text: sentence } of extractStatements(text)) {
    const tokens = countTokens(sentence);
    if (tokens <= budget) {
      run.push({ text: sentence, tokens });
      continue;
    }
    windows.push(...pack(run, budget), ...splitBetweenWords(sentence, budget, countTokens));
    run = [];
  }
  windows.push(...pack(run, budget));
  return windows;
}

/**
 * Tokens the premise of a pair may take of `room` beside a hypothesis of `hypothesisTokens`: what the hypothesis
 * leaves, and at least half the room (a longer hypothesis is then split as well).
 */
export function premiseBudget(room: number, hypothesisTokens: number): number {
  return Math.max(Math.floor(room / 2), room - hypothesisTokens);
}

/** Word windows only (how long texts were split before windows held whole sentences; `bench/windows.mjs` compares). */
export function splitBetweenWords(text: string, budget: number, countTokens: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return pack(words.map((word) => ({ text: word, tokens: countTokens(word) })), budget);
}

interface Piece {
  readonly text: string;
  readonly tokens: number;
}

/** Consecutive pieces joined by spaces, as many to a window as fit the budget (a piece over it stands alone). */
function pack(pieces: readonly Piece[], budget: number): string[] {
  const windows: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  for (const piece of pieces) {
    if (current.length > 0 && currentTokens + piece.tokens > budget) {
      windows.push(current.join(' '));
      current = [];
      currentTokens = 0;
    }
    current.push(piece.text);
    currentTokens += piece.tokens;
  }
  if (current.length > 0) windows.push(current.join(' '));
  return windows;
}
