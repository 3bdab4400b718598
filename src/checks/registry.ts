import { agentSwapCheck } from './agents.js';
import { antonymCheck } from './antonyms.js';
import { comparisonCheck } from './comparison.js';
import type { Check, Checked } from './check.js';
import { cueOnlyCheck } from './cue-only.js';
import { datesCheck } from './dates.js';
import { directionCheck } from './direction.js';
import { firstTimeCheck } from './first-time.js';
import { updateCheck } from './guards.js';
import { nameSwapCheck } from './names.js';
import { negationCheck } from './negation.js';
import { endedOngoingCheck } from './ongoing.js';
import { noneCheck } from './none.js';
import { openListCheck } from './open-list.js';
import { numbersCheck } from './numbers.js';
import { gradedQuantityAgreementCheck } from './quantity-only.js';
import { orderCheck } from './order.js';
import { rolesCheck } from './roles.js';
import { falsityAgreementCheck, stanceCheck } from './stance.js';
import { valueCheck } from './values.js';

/**
 * Every contradiction check and guard, in the order they run. Adding a check: write its file (a
 * `defineCheck({ kind, feature, role, run, describe })`) and add it here; then refit the calibration
 * (`npm run calibrate`), which fails to load until the new feature has a weight.
 *
 * Not registered: `differentSubjectCheck` (guards.ts). On the real-world dev set it marked more
 * contradictions than consistent pairs (ChatProtect: 51 of 579 against 12 of 127), and the score was better
 * without it (AUC with checks: ChatProtect 0.719 -> 0.721, SummEdits-news 0.628 -> 0.635).
 *
 * `gradedQuantityAgreementCheck` (quantity-only.ts) is the quantity-agreement guard whose feature counts 2
 * where nothing but the agreeing count differs ("32 missiles were shot down over Mariupol" / "Several
 * missiles were shot down over Mariupol"). As a second feature of its own (an earlier round) it cut the
 * `consistent` stress suite's false alarms from 31 to 2 of 240, but the refitted calibration moved the
 * agreement's weight onto it (-1.05 -> -0.08) and ChatProtect's AUC with checks fell 0.723 -> 0.713. Graded,
 * one feature keeps one weight (-1.03 -> -0.99): consistent 12.9 -> 0.8 %, ChatProtect 0.723 -> 0.722,
 * SummEdits-news 0.641 either way (no real-world pair has only its count differing).
 *
 * Not registered: `orderAgreementCheck` (order.ts: the same event on the same side of the same anchor in
 * both statements, "before" / "shortly before"). It cut false alarms on the `order` stress suite from 26.2 %
 * to 0.0 %, but on the real-world dev set it fired on one ChatProtect contradiction (the same order, another
 * date), the refitted calibration moved the other guards' weights, and ChatProtect's AUC with checks went
 * 0.723 -> 0.721 while the `consistent` suite's false alarms rose 12.9 -> 13.8 %.
 */
export const CHECKS = [
  numbersCheck,
  datesCheck,
  negationCheck,
  antonymCheck,
  endedOngoingCheck,
  directionCheck,
  valueCheck,
  nameSwapCheck,
  agentSwapCheck,
  stanceCheck,
  orderCheck,
  noneCheck,
  firstTimeCheck,
  rolesCheck,
  comparisonCheck,
  gradedQuantityAgreementCheck,
  updateCheck,
  cueOnlyCheck,
  openListCheck,
  falsityAgreementCheck,
] as const;

type Registered = (typeof CHECKS)[number];
/** The reasons the checks return, one type per registered check. */
export type CheckReason = ReturnType<Registered['run']>[number];
/** The score features of the registered checks. */
export type CheckFeature = Registered['feature'];

const BY_KIND = new Map<string, Check>(CHECKS.map((check) => [check.kind, check as unknown as Check]));

/** Run every registered check on one pair as its texts are (`runChecks` in run.ts reads tokenized text first). */
export function runRegisteredChecks(first: Checked, second: Checked): CheckReason[] {
  return CHECKS.flatMap((check) => check.run(first, second) as CheckReason[]);
}

/** The registered check that returns reasons of this kind. */
export function checkOf(kind: string): Check | undefined {
  return BY_KIND.get(kind);
}
