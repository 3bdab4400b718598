import type { Evidence, Statement } from '../statements/statement.js';

/** What a check sees of each statement of a pair. */
export type Checked = Pick<Statement, 'text' | 'date'>;

/** Only what the checks read of a statement (to send it to a worker thread or a queue worker). */
export const checkedOf = ({ text, date }: Checked): Checked => ({ text, ...(date === undefined ? {} : { date }) });

/**
 * One contradiction check (or guard), declared in its own file and listed once in `registry.ts`:
 * `runChecks`, the score's feature list, calibration's required weights and `describeReason` are built
 * from the registry.
 */
export interface Check<K extends string = string, R extends { readonly kind: K } = { readonly kind: K }, F extends string = string> {
  /** The `kind` of the reasons it returns. */
  readonly kind: K;
  /** The name of its 0/1 feature in the pair score (a calibration needs a weight for it). */
  readonly feature: F;
  /** `finding`: speaks for a contradiction; `guard`: speaks against one. For documentation and reports. */
  readonly role: 'finding' | 'guard';
  /** Its findings on one pair, in the order first, second. Must not throw on any text. */
  readonly run: (first: Checked, second: Checked) => R[];
  /**
   * The feature's value where the check found something (its reasons on the pair): 1 unless a check grades
   * its findings (a stronger case counts 2).
   * @default 1
   */
  readonly value?: (reasons: readonly R[]) => number;
  /** One line of English for one of its findings. */
  readonly describe: (reason: R) => string;
  /**
   * The spans of a finding in each statement, for highlighting (`formatReport(report, 'html')`).
   * @default the finding's `first` and `second` fields, where they are evidence (text and span)
   */
  readonly evidence?: (reason: R) => EvidenceBySide;
}

/** The pieces of text a finding points at, in the first and in the second statement. */
export interface EvidenceBySide {
  readonly first: readonly Evidence[];
  readonly second: readonly Evidence[];
}

/** Evidence on a finding's `side`, and on the other side. */
export function bySide(side: 'first' | 'second', own: readonly (Evidence | undefined)[], other: readonly (Evidence | undefined)[] = []): EvidenceBySide {
  const mine = own.filter((e): e is Evidence => e !== undefined);
  const theirs = other.filter((e): e is Evidence => e !== undefined);
  return side === 'first' ? { first: mine, second: theirs } : { first: theirs, second: mine };
}

/** Declare a check (keeps its literal kind and feature types for the registry). */
export function defineCheck<const K extends string, R extends { readonly kind: K }, const F extends string>(check: Check<K, R, F>): Check<K, R, F> {
  return check;
}
