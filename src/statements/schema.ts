import { z } from 'zod';

// The one description of what a caller may give as a statement or a document. The input types
// (statement.ts), the library's validation (normalize.ts) and the CLI's JSONL validation (cli/input.ts)
// all derive from these schemas.

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

const metadata = {
  /** The caller's id; numbers become strings. */
  id: z.union([z.string().min(1), z.number()]).optional().transform((id) => (id === undefined ? undefined : String(id))),
  /** Who published the statement (a newspaper, a ministry). */
  source: z.string().optional(),
  /** Who made the statement. */
  speaker: z.string().optional(),
  /** When the statement was made: an ISO date string or a `Date`. */
  date: dateField,
};

/** A statement object: `{ text, id?, source?, speaker?, date? }`. */
export const statementSchema = z.object({
  ...metadata,
  text: z.string().refine((text) => text.trim() !== '', { message: 'statement text is empty' }),
});

/** A whole document, split into statements: `{ document, id?, source?, speaker?, date? }`. */
export const documentSchema = z.object({ ...metadata, document: z.string() });

export type StatementObject = z.input<typeof statementSchema>;
export type DocumentObject = z.input<typeof documentSchema>;
export type ParsedStatement = z.output<typeof statementSchema>;
export type ParsedDocument = z.output<typeof documentSchema>;

/** Which schema an object is meant for: a document when it has a `document` key. */
export function isDocumentLike(value: object): boolean {
  return 'document' in value;
}

/** Validate one item; the first issue names its field (`text`, `date`, ...). */
export function parseItem(
  value: object,
): { ok: true; kind: 'statement'; value: ParsedStatement } | { ok: true; kind: 'document'; value: ParsedDocument } | { ok: false; kind: 'statement' | 'document'; field: string; message: string; issues: z.core.$ZodIssue[] } {
  if (isDocumentLike(value)) {
    const parsed = documentSchema.safeParse(value);
    if (parsed.success) return { ok: true, kind: 'document', value: parsed.data };
    return { ok: false, kind: 'document', ...firstIssue(parsed.error, 'document') };
  }
  const parsed = statementSchema.safeParse(value);
  if (parsed.success) return { ok: true, kind: 'statement', value: parsed.data };
  return { ok: false, kind: 'statement', ...firstIssue(parsed.error, 'text') };
}

function firstIssue(error: z.ZodError, fallback: string): { field: string; message: string; issues: z.core.$ZodIssue[] } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || fallback;
  const message = issue?.code === 'invalid_type' && issue.path.length > 0 && issue.input === undefined ? `missing "${field}"` : (issue?.message ?? 'invalid');
  return { field, message, issues: error.issues };
}
