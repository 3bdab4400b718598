/** Character offsets `[start, end)` into a text (UTF-16 code units, as JavaScript strings index). */
export interface Span {
  readonly start: number;
  readonly end: number;
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

/** A statement given by the caller. A bare string is `{ text }`. */
export type StatementInput =
  | string
  | {
      readonly id?: string | number;
      readonly text: string;
      readonly source?: string;
      readonly speaker?: string;
      /** When the statement was made: an ISO date string or a `Date`. */
      readonly date?: string | Date;
    };

/** A whole document, split into statements with {@link extractStatements}. */
export interface DocumentInput {
  readonly document: string;
  readonly id?: string | number;
  readonly source?: string;
  readonly speaker?: string;
  readonly date?: string | Date;
}

/** What `detectContradictions` accepts: one document as a string, or a list of statements and documents. */
export type DetectionInput = string | readonly (StatementInput | DocumentInput)[];
