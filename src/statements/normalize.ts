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
  return normalizeInputWithNotes(input).statements;
}

/** A document that gave no statement (empty or blank): reported, never dropped without a word. */
export interface EmptyDocumentNote {
  readonly code: 'empty-document';
  readonly message: string;
  readonly index: number;
}

/** Where a batch goes on: after the items and statements of earlier batches, beside the ids they took. */
export interface BatchPlace {
  /** Items given before: generated ids count on from here ("s<item>", "d<item>"). */
  readonly firstItem: number;
  /** Statements numbered before: the first statement of the batch gets this index. */
  readonly firstIndex: number;
  /** Whether an earlier batch holds the id. */
  readonly taken: (id: string) => boolean;
}

/** `normalizeInput`, and the notes on what gave no statement (for the report's warnings). */
export function normalizeInputWithNotes(input: DetectionInput, place?: BatchPlace): { statements: Statement[]; notes: EmptyDocumentNote[] } {
  if (typeof input === 'string') return normalizeInputWithNotes([{ document: input, id: place ? `doc${place.firstItem}` : 'doc' }], place);
  if (!Array.isArray(input)) {
    throw new InvalidInputError('input must be a string (a document) or an array of statements and documents');
  }
  const items = input as readonly unknown[];
  // Ids the caller gave; a generated id ("s3", "d2#0") never takes one of them.
  const given = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') given.add((item as { id: string }).id);
  }
  const taken = place?.taken ?? (() => false);
  const firstItem = place?.firstItem ?? 0;
  const firstIndex = place?.firstIndex ?? 0;
  const generated = (id: string) => {
    let unique = id;
    for (let k = 1; given.has(unique) || taken(unique); k++) unique = `${id}~${k}`;
    return unique;
  };
  const statements: Statement[] = [];
  const notes: EmptyDocumentNote[] = [];
  const seen = new Map<string, number>();
  const add = (statement: Omit<Statement, 'index'>, index: number) => {
    const previous = seen.get(statement.id);
    if (previous !== undefined) {
      throw new InvalidInputError(`duplicate statement id "${statement.id}" (also used by item ${previous})`, { index, field: 'id' });
    }
    if (taken(statement.id)) throw new InvalidInputError(`statement id "${statement.id}" is already in the index`, { index, field: 'id' });
    seen.set(statement.id, index);
    statements.push({ ...statement, index: firstIndex + statements.length });
  };
  // A plain loop, not forEach: a hole in a sparse array is an error, not an item skipped without a word.
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
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
      const documentId = id ?? generated(`d${firstItem + index}`);
      const sentences = extractStatements(document);
      if (sentences.length === 0) notes.push({ code: 'empty-document', index, message: `document ${id === undefined ? `item ${index}` : `"${id}" (item ${index})`} is empty: it gave no statement` });
      sentences.forEach((sentence, n) => {
        add({ id: generated(`${documentId}#${n}`), text: sentence.text, span: sentence.span, documentId, ...definedOnly(meta) }, index);
      });
      continue;
    }
    const { text, id, ...meta } = parsed.value;
    add({ id: id ?? generated(`s${firstItem + index}`), text, span: { start: 0, end: text.length }, ...definedOnly(meta) }, index);
  }
  return { statements, notes };
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
