import sbd from 'sbd';
import type { Span } from './statement.js';

/** A sentence found in a text, with its offsets in that text. */
export interface ExtractedStatement {
  readonly text: string;
  readonly span: Span;
}

// sbd's options: a single line break does not end a sentence (hard-wrapped text is one paragraph; only a
// blank line ends one, see PARAGRAPH), and HTML is kept as text (this library does not parse markup).
const SEGMENTER_OPTIONS = { newline_boundaries: false, html_boundaries: false, sanitize: false, preserve_whitespace: false } as const;
/** A blank line (any line ending: LF, CRLF or CR) ends a paragraph, and so a sentence. */
const PARAGRAPH = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*/g;
// Punctuation that sbd sometimes leaves out of a sentence ("good.Then" gives "good"): kept with the sentence.
const TRAILING = /^[.!?…]+["'”’)\]]*/;

/**
 * Where a sentence sbd returned sits in the original text, from `cursor` on: its words in order with only
 * whitespace between them (sbd collapses whitespace). Linear in the sentence length; undefined if the words
 * are not found that way.
 */
function locate(text: string, words: readonly string[], cursor: number): { start: number; end: number } | undefined {
  const start = text.indexOf(words[0]!, cursor);
  if (start === -1) return undefined;
  let position = start + words[0]!.length;
  for (let k = 1; k < words.length; k++) {
    let next = position;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next === position || !text.startsWith(words[k]!, next)) return undefined;
    position = next + words[k]!.length;
  }
  return { start, end: position };
}

// Paragraphs, with their single line breaks made spaces (sbd reads a kept line break as a word, and then
// misses the sentence end before it). Sentences are then found in the original text word by word.
function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH).map((paragraph) => paragraph.replace(/\r\n|\r|\n/g, ' '));
}

// sbd throws on some texts without any sentence in them (only hyphens or punctuation).
function sentencesOf(text: string): string[] {
  try {
    return sbd.sentences(text, SEGMENTER_OPTIONS);
  } catch {
    return text.split(/\r\n|\r|\n/);
  }
}

/**
 * Sentences sbd split after a day's number before a year ("Tate was arrested on Dec. 29." / "2022, with his
 * brother"): joined again. A sentence that starts with a figure right after one that ends with one is the same
 * sentence.
 */
function joinDates(sentences: string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const last = out.at(-1);
    if (last !== undefined && /\d\.$/.test(last.trimEnd()) && /^\d/.test(sentence.trimStart())) out[out.length - 1] = `${last.trimEnd()} ${sentence.trimStart()}`;
    else out.push(sentence);
  }
  return out;
}

/**
 * Split a text into sentences (statements) with their character offsets, using the `sbd` sentence
 * boundary detector (abbreviations, decimals, quotes and initials are handled there).
 *
 * @example
 * extractStatements('Iran denied it. Later, it admitted it.')
 * // [{ text: 'Iran denied it.', span: { start: 0, end: 15 } },
 * //  { text: 'Later, it admitted it.', span: { start: 16, end: 38 } }]
 */
export function extractStatements(text: string): ExtractedStatement[] {
  if (text.trim() === '') return [];
  const sentences = joinDates(paragraphsOf(text).flatMap(sentencesOf));
  const out: ExtractedStatement[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === '') continue;
    const span = locate(text, trimmed.split(/\s+/), cursor);
    if (span) {
      // Text that sbd left out before this sentence (it returns "" for a lone "!") belongs to it.
      const skipped = text.slice(cursor, span.start).search(/\S/);
      if (skipped !== -1) span.start = cursor + skipped;
      const trailing = TRAILING.exec(text.slice(span.end, span.end + 16))?.[0].length ?? 0;
      span.end += trailing;
      out.push({ text: text.slice(span.start, span.end), span });
      cursor = span.end;
    } else {
      // Never drop text: fall back to the next non-blank stretch of the original.
      const start = text.slice(cursor).search(/\S/) + cursor;
      const end = Math.min(text.length, start + trimmed.length);
      out.push({ text: text.slice(start, end), span: { start, end } });
      cursor = end;
    }
  }
  // Text after the last sentence that sbd did not return: punctuation joins the last statement, anything
  // else is a statement of its own. Never dropped.
  const rest = text.slice(cursor).search(/\S/);
  if (rest !== -1) {
    const start = cursor + rest;
    const end = text.trimEnd().length;
    const last = out.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(start, end))) out[out.length - 1] = { text: text.slice(last.span.start, end), span: { start: last.span.start, end } };
    else out.push({ text: text.slice(start, end), span: { start, end } });
  }
  return out;
}
