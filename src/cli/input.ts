import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '../errors.js';
import { parseItem } from '../statements/schema.js';
import type { DocumentInput, StatementInput } from '../statements/statement.js';

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'lines';

// A UTF-8 byte-order mark, which some editors write at the start of a file; it is not text.
const BYTE_ORDER_MARK = /^\uFEFF/;

/** Remove a byte-order mark from the start of a text (or of a file's first line). */
export function stripByteOrderMark(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '');
}

/** Where bytes of a file are not text: a NUL byte means binary input (as ripgrep and git decide). */
const BINARY_PROBE = 64 * 1024;
const REPLACEMENT = /\uFFFD/g;

/**
 * Bytes as UTF-8 text. Binary input (a NUL byte in its first 64 kB) is refused; invalid UTF-8 sequences are
 * replaced with U+FFFD and counted in a note, never silently.
 */
export function decodeInput(bytes: Uint8Array, name: string): { content: string; notes: string[] } {
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul !== -1) throw new InvalidInputError(`input looks binary (a NUL byte at byte ${nul}); contradict reads UTF-8 text`, { file: name });
  const content = stripByteOrderMark(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  let genuine = 0; // U+FFFD written in the file itself (EF BF BD)
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine += 1;
  }
  const replaced = (content.match(REPLACEMENT)?.length ?? 0) - genuine;
  const notes = replaced > 0 ? [`${name}: ${replaced} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`] : [];
  return { content, notes };
}

/** Read a file, or standard input for `-`, as UTF-8 text (see `decodeInput`). Errors name the file. */
export async function readInput(file: string): Promise<{ name: string; content: string; notes: string[] }> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: 'standard input', ...decodeInput(Buffer.concat(chunks), 'standard input') };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (cause as Error).message;
    throw new InvalidInputError(`cannot read input (${why})`, { file }, { cause });
  }
  return { name: file, ...decodeInput(bytes, file) };
}

/** Parse one JSONL line into an object, or throw an error naming the line. */
export function parseJsonLine(line: string, lineNumber: number, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new InvalidInputError(`invalid JSON (${(cause as Error).message})`, { file, line: lineNumber }, { cause });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError('expected a JSON object', { file, line: lineNumber });
  }
  return value as Record<string, unknown>;
}

export interface ParsedStatements {
  readonly items: (StatementInput | DocumentInput)[];
  /** The input line of each item (1 for a plain-text document). */
  readonly lines: number[];
  /** Lines skipped with --skip-invalid, with why. */
  readonly skipped: { line: number; message: string }[];
  readonly format: Exclude<InputFormat, 'auto'>;
}

/**
 * Turn a `detect` input into statements: a plain-text document, JSONL (`{"text": ...}` or
 * `{"document": ...}` per line, with optional id, source, speaker, date), or one statement per line.
 */
export function parseStatements(content: string, name: string, format: InputFormat, skipInvalid: boolean): ParsedStatements {
  if (content.trim() === '') throw new InvalidInputError('input is empty', { file: name });
  const resolved: Exclude<InputFormat, 'auto'> =
    format !== 'auto' ? format : /\.(jsonl|ndjson)$/i.test(name) || content.trimStart().startsWith('{') ? 'jsonl' : 'text';
  if (resolved === 'text') return { items: [{ document: content, id: 'doc' }], lines: [1], skipped: [], format: resolved };
  const items: (StatementInput | DocumentInput)[] = [];
  const lines: number[] = [];
  const skipped: { line: number; message: string }[] = [];
  // Any line ending: LF, CRLF, or CR alone (a raw CR cannot be inside a JSON string).
  content.split(/\r\n|\r|\n/).forEach((line, i) => {
    const lineNumber = i + 1;
    if (line.trim() === '') return;
    try {
      items.push(parseStatementLine(line, lineNumber, name, resolved, `L${lineNumber}`));
      lines.push(lineNumber);
    } catch (error) {
      if (!skipInvalid || !(error instanceof InvalidInputError)) throw error;
      skipped.push({ line: lineNumber, message: error.message });
    }
  });
  return { items, lines, skipped, format: resolved };
}

/**
 * One non-blank line of JSONL statements (`{"text": ...}` or `{"document": ...}`, validated by the library's
 * schema so that an error names the line and field) or of plain statements (`lines`). `id` is given to an
 * item without one (none: the library generates it).
 */
export function parseStatementLine(line: string, lineNumber: number, name: string, format: 'jsonl' | 'lines', id?: string): StatementInput | DocumentInput {
  if (format === 'lines') return { ...(id !== undefined ? { id } : {}), text: line.trim() };
  const value = parseJsonLine(line, lineNumber, name);
  const parsed = parseItem(value);
  if (!parsed.ok) {
    throw new InvalidInputError(`invalid ${parsed.kind}: ${parsed.message}`, { file: name, line: lineNumber, field: parsed.field }, { issues: parsed.issues });
  }
  const given = value.id as string | number | undefined;
  return { ...(value as object), ...(given !== undefined ? { id: given } : id !== undefined ? { id } : {}) } as StatementInput | DocumentInput;
}

/**
 * An error the library raised about item N of the parsed input, told as the file line it came from
 * (`field "id" line 7 of statements.jsonl`, not `item 6`).
 */
export function atFileLine(error: unknown, parsed: Pick<ParsedStatements, 'lines'>, file: string): unknown {
  if (!(error instanceof InvalidInputError) || error.location.index === undefined) return error;
  const line = parsed.lines[error.location.index];
  if (line === undefined) return error;
  const what = error.message.slice(0, error.message.lastIndexOf(': ')).replace(/\(also used by item (\d+)\)/, (_, item: string) => `(also used on line ${parsed.lines[Number(item)] ?? '?'})`);
  const { index: _index, ...location } = error.location;
  return new InvalidInputError(what, { ...location, file, line }, { cause: error, issues: error.issues });
}
