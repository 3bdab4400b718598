import type { Statement } from '../statements/statement.js';

/** What a check sees of each statement of a pair. */
export type Checked = Pick<Statement, 'text' | 'date'>;

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
  /** One line of English for one of its findings. */
  readonly describe: (reason: R) => string;
}

/** Declare a check (keeps its literal kind and feature types for the registry). */
export function defineCheck<const K extends string, R extends { readonly kind: K }, const F extends string>(check: Check<K, R, F>): Check<K, R, F> {
  return check;
}
