import sbd from 'sbd';
import type { Span } from './statement.js';

/** A sentence found in a text, with its offsets in that text. */
export interface ExtractedStatement {
  readonly text: string;
  readonly span: Span;
}

// sbd's options: a line break ends a sentence (news paragraphs, one statement per line), and HTML is kept
// as text (this library does not parse markup).
const SEGMENTER_OPTIONS = { newline_boundaries: true, html_boundaries: false, sanitize: false, preserve_whitespace: false } as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  const sentences = sbd.sentences(text, SEGMENTER_OPTIONS);
  const out: ExtractedStatement[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === '') continue;
    // sbd may collapse whitespace, so find the sentence in the original text word by word.
    const pattern = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (match) {
      out.push({ text: match[0], span: { start: match.index, end: match.index + match[0].length } });
      cursor = match.index + match[0].length;
    } else {
      // Never drop text: fall back to the next non-blank stretch of the original.
      const start = text.slice(cursor).search(/\S/) + cursor;
      const end = Math.min(text.length, start + trimmed.length);
      out.push({ text: text.slice(start, end), span: { start, end } });
      cursor = end;
    }
  }
  return out;
}
