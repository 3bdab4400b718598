// What the text formats share: input shown, never obeyed, and where a statement came from.
import type { StatementRef } from './types.js';

// Control characters from the input (terminal escape sequences among them) are shown, not obeyed.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Control characters as `\uXXXX`. */
export const visible = (text: string): string => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A statement's source, speaker and day, as one line ("AP, minister, 2022-10-01"); empty when it has none. */
export const statementWhere = (statement: StatementRef): string => [statement.source, statement.speaker, statement.date?.slice(0, 10)].filter(Boolean).join(', ');
