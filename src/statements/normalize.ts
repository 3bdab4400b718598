import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { extractStatements } from './extract.js';
import type { DetectionInput, Statement } from './statement.js';

const dateField = z
  .union([z.string(), z.date()])
  .optional()
  .transform((value, context) => {
    if (value === undefined) return undefined;
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      context.addIssue({ code: 'custom', message: `not a date: ${String(value)}` });
      return z.NEVER;
    }
    return date.toISOString();
  });

const common = {
  id: z.union([z.string().min(1), z.number()]).optional().transform((id) => (id === undefined ? undefined : String(id))),
  source: z.string().optional(),
  speaker: z.string().optional(),
  date: dateField,
};

const statementObject = z.object({ ...common, text: z.string() });
const documentObject = z.object({ ...common, document: z.string() });

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid' };
}

/**
 * Turn the caller's input into statements with unique ids. Strings and `{ text }` objects are one
 * statement each; `{ document }` objects (and a bare string input) are split into sentences.
 * Throws {@link InvalidInputError} naming the item and field; nothing is dropped.
 */
export function normalizeInput(input: DetectionInput): Statement[] {
  if (typeof input === 'string') return normalizeInput([{ document: input, id: 'doc' }]);
  if (!Array.isArray(input)) {
    throw new InvalidInputError('input must be a string (a document) or an array of statements and documents');
  }
  const statements: Statement[] = [];
  const seen = new Map<string, number>();
  const add = (statement: Omit<Statement, 'index'>, index: number) => {
    const previous = seen.get(statement.id);
    if (previous !== undefined) {
      throw new InvalidInputError(`duplicate statement id "${statement.id}" (also used by item ${previous})`, { index, field: 'id' });
    }
    seen.set(statement.id, index);
    statements.push({ ...statement, index: statements.length });
  };
  input.forEach((item, index) => {
    const raw = typeof item === 'string' ? { text: item } : item;
    if (raw === null || typeof raw !== 'object') {
      throw new InvalidInputError('each item must be a string, a { text } statement or a { document }', { index });
    }
    if ('document' in raw) {
      const parsed = documentObject.safeParse(raw);
      if (!parsed.success) {
        const { field, message } = firstIssue(parsed.error);
        throw new InvalidInputError(`invalid document: ${message}`, { index, field }, { issues: parsed.error.issues });
      }
      const { document, id, ...meta } = parsed.data;
      const documentId = id ?? `d${index}`;
      extractStatements(document).forEach((sentence, n) => {
        add({ id: `${documentId}#${n}`, text: sentence.text, span: sentence.span, documentId, ...definedOnly(meta) }, index);
      });
      return;
    }
    const parsed = statementObject.safeParse(raw);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      throw new InvalidInputError(`invalid statement: ${message}`, { index, field: field || 'text' }, { issues: parsed.error.issues });
    }
    const { text, id, ...meta } = parsed.data;
    if (text.trim() === '') throw new InvalidInputError('statement text is empty', { index, field: 'text' });
    add({ id: id ?? `s${index}`, text, span: { start: 0, end: text.length }, ...definedOnly(meta) }, index);
  });
  return statements;
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
