// Text as NLP datasets often store it, tokenized the Penn Treebank way ("Coster-Waldau -LRB- born 27 July
// 1970 -RRB- is a Danish actor .", "`` no ''", "does n't"), read as the prose it stands for. The model and the
// checks read the readable text; findings point back into the text as given (`toGiven`).
import type { Span } from './statement.js';

/** A text as the model and the checks read it, and the way back to the text as given. */
export interface ReadableText {
  readonly text: string;
  /** A span of `text` as the span of the text as given that it was read from. */
  readonly toGiven: (span: Span) => Span;
}

const BRACKETS: Readonly<Record<string, string>> = { LRB: '(', RRB: ')', LSB: '[', RSB: ']', LCB: '{', RCB: '}' };

// Each alternative is one edit; the groups say which. Opening brackets and quotes take the space after them,
// closing ones the space before; a space goes before punctuation that ends a word (a comma, a full stop
// followed by a space or the end) and before a clitic ("'s", and "n't" after the verb it was split from:
// "did n't", "ca n't"); "$ 5" is "$5".
const EDITS =
  /-(LRB|LSB|LCB)-[ \t]*|[ \t]*-(RRB|RSB|RCB)-|(``)[ \t]*|[ \t]*('')|[ \t]+(?=[,.;:!?%](?:\s|$))|(?<=\b(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should|must|need|might|sha|ai|dare))[ \t]+(?=n't\b)|[ \t]+(?='(?:s|re|ve|ll|d|m)\b)|(?<=\$)[ \t]+(?=\d)/gi;
// Whether a text has anything EDITS would change (cheap: most texts have none).
const TOKENIZED = /-(?:LRB|RRB|LSB|RSB|LCB|RCB)-|``|''|[ \t](?:[,.;:!?%](?:\s|$)|'(?:s|re|ve|ll|d|m)\b)|\b(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should|must|need|might|sha|ai|dare)[ \t]+n't\b|\$[ \t]+\d/i;

/**
 * The readable form of a treebank-tokenized text, or `undefined` when the text has nothing to change (the
 * common case: text written as prose is read as it is).
 *
 * @example
 * readable('He said `` no '' -LRB- twice -RRB- .')?.text // 'He said "no" (twice).'
 */
export function readable(given: string): ReadableText | undefined {
  if (!TOKENIZED.test(given)) return undefined;
  let text = '';
  // For each character of `text`: where it starts and ends in the given text.
  const starts: number[] = [];
  const ends: number[] = [];
  const keep = (from: number, to: number) => {
    text += given.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  let at = 0;
  for (const m of given.matchAll(EDITS)) {
    const start = m.index!;
    const end = start + m[0].length;
    keep(at, start);
    const bracket = m[1] ?? m[2];
    const put = bracket ? BRACKETS[bracket.toUpperCase()]! : m[3] || m[4] ? '"' : '';
    // The replacement stands for the whole token it replaces.
    for (const ch of put) {
      text += ch;
      starts.push(start);
      ends.push(end);
    }
    at = end;
  }
  keep(at, given.length);
  if (text === given) return undefined;
  return {
    text,
    toGiven: ({ start, end }) => {
      if (end <= start) {
        const at = start < starts.length ? starts[start]! : given.length;
        return { start: at, end: at };
      }
      return { start: starts[start] ?? given.length, end: ends[Math.min(end, ends.length) - 1] ?? given.length };
    },
  };
}

/** The readable text of a text (itself when nothing changes). */
export const readableText = (given: string): string => readable(given)?.text ?? given;
