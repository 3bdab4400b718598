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

/** Read a file, or standard input for `-`. Errors name the file. */
export async function readInput(file: string): Promise<{ name: string; content: string }> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: 'standard input', content: stripByteOrderMark(Buffer.concat(chunks).toString('utf8')) };
  }
  try {
    return { name: file, content: stripByteOrderMark(await readFile(file, 'utf8')) };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (cause as Error).message;
    throw new InvalidInputError(`cannot read input (${why})`, { file }, { cause });
  }
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
  content.split(/\r?\n/).forEach((line, i) => {
    const lineNumber = i + 1;
    if (line.trim() === '') return;
    if (resolved === 'lines') {
      items.push({ id: `L${lineNumber}`, text: line.trim() });
      lines.push(lineNumber);
      return;
    }
    try {
      const value = parseJsonLine(line, lineNumber, name);
      // The library's own statement schema, so that an error names this line and field.
      const parsed = parseItem(value);
      if (!parsed.ok) {
        throw new InvalidInputError(`invalid ${parsed.kind}: ${parsed.message}`, { file: name, line: lineNumber, field: parsed.field }, { issues: parsed.issues });
      }
      items.push({ ...(value as object), id: (value.id as string | number | undefined) ?? `L${lineNumber}` } as StatementInput | DocumentInput);
      lines.push(lineNumber);
    } catch (error) {
      if (!skipInvalid || !(error instanceof InvalidInputError)) throw error;
      skipped.push({ line: lineNumber, message: error.message });
    }
  });
  return { items, lines, skipped, format: resolved };
}

/**
 * An error the library raised about item N of the parsed input, told as the file line it came from
 * (`field "id" line 7 of statements.jsonl`, not `item 6`).
 */
export function atFileLine(error: unknown, parsed: ParsedStatements, file: string): unknown {
  if (!(error instanceof InvalidInputError) || error.location.index === undefined) return error;
  const line = parsed.lines[error.location.index];
  if (line === undefined) return error;
  const what = error.message.slice(0, error.message.lastIndexOf(': ')).replace(/\(also used by item (\d+)\)/, (_, item: string) => `(also used on line ${parsed.lines[Number(item)] ?? '?'})`);
  const { index: _index, ...location } = error.location;
  return new InvalidInputError(what, { ...location, file, line }, { cause: error, issues: error.issues });
}
