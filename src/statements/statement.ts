import type { DocumentObject, StatementObject } from './schema.js';

/** Character offsets `[start, end)` into a text (UTF-16 code units, as JavaScript strings index). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of text with its span in a statement. */
export interface Evidence {
  readonly text: string;
  readonly span: Span;
}

/** A statement as the pipeline sees it, after normalisation. */
export interface Statement {
  /** Unique id: the caller's, or `s<index>`, or `<documentId>#<n>` for statements split from a document. */
  readonly id: string;
  readonly text: string;
  /** Position in the normalised list; stable for equal input. */
  readonly index: number;
  readonly source?: string;
  readonly speaker?: string;
  /** ISO 8601 date the statement was made, when known. */
  readonly date?: string;
  /** Id of the document this statement was split from. */
  readonly documentId?: string;
  /** Where the statement sits in its document (when split from one) or in its own text. */
  readonly span: Span;
}

/** A statement given by the caller (see `statementSchema`). A bare string is `{ text }`. */
export type StatementInput = string | Readonly<StatementObject>;

/** A whole document (see `documentSchema`), split into statements with `extractStatements`. */
export type DocumentInput = Readonly<DocumentObject>;

/** What `detectContradictions` accepts: one document as a string, or a list of statements and documents. */
export type DetectionInput = string | readonly (StatementInput | DocumentInput)[];
