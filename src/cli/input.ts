import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '../errors.js';
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
  if (resolved === 'text') return { items: [{ document: content, id: 'doc' }], skipped: [], format: resolved };
  const items: (StatementInput | DocumentInput)[] = [];
  const skipped: { line: number; message: string }[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    const lineNumber = i + 1;
    if (line.trim() === '') return;
    if (resolved === 'lines') {
      items.push({ id: `L${lineNumber}`, text: line.trim() });
      return;
    }
    try {
      const value = parseJsonLine(line, lineNumber, name);
      const hasText = typeof value.text === 'string' && value.text.trim() !== '';
      const hasDocument = typeof value.document === 'string';
      if (!hasText && !hasDocument) {
        throw new InvalidInputError(
          'text' in value ? 'statement text is empty or not a string' : 'missing "text" (or "document")',
          { file: name, line: lineNumber, field: 'text' },
        );
      }
      for (const field of ['id', 'source', 'speaker', 'date'] as const) {
        const v = value[field];
        if (v !== undefined && typeof v !== 'string' && !(field === 'id' && typeof v === 'number')) {
          throw new InvalidInputError(`"${field}" must be a string`, { file: name, line: lineNumber, field });
        }
        if (field === 'date' && typeof v === 'string' && Number.isNaN(Date.parse(v))) {
          throw new InvalidInputError(`"date" is not a date: ${v}`, { file: name, line: lineNumber, field });
        }
      }
      items.push({ ...(value as object), id: (value.id as string | number | undefined) ?? `L${lineNumber}` } as StatementInput | DocumentInput);
    } catch (error) {
      if (!skipInvalid || !(error instanceof InvalidInputError)) throw error;
      skipped.push({ line: lineNumber, message: error.message });
    }
  });
  return { items, skipped, format: resolved };
}
