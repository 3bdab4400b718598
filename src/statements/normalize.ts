import { InvalidInputError } from '../errors.js';
import { extractStatements } from './extract.js';
import { parseItem } from './schema.js';
import type { DetectionInput, Statement } from './statement.js';

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
  (input as readonly unknown[]).forEach((item, index) => {
    const raw = typeof item === 'string' ? { text: item } : item;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new InvalidInputError('each item must be a string, a { text } statement or a { document }', { index });
    }
    const parsed = parseItem(raw);
    if (!parsed.ok) {
      throw new InvalidInputError(`invalid ${parsed.kind}: ${parsed.message}`, { index, field: parsed.field }, { issues: parsed.issues });
    }
    if (parsed.kind === 'document') {
      const { document, id, ...meta } = parsed.value;
      const documentId = id ?? `d${index}`;
      extractStatements(document).forEach((sentence, n) => {
        add({ id: `${documentId}#${n}`, text: sentence.text, span: sentence.span, documentId, ...definedOnly(meta) }, index);
      });
      return;
    }
    const { text, id, ...meta } = parsed.value;
    add({ id: id ?? `s${index}`, text, span: { start: 0, end: text.length }, ...definedOnly(meta) }, index);
  });
  return statements;
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
