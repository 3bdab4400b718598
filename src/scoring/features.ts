import type { Reason } from '../checks/finding.js';

/** Features of the NLI probabilities (both directions): the whole score when the checks are off. */
export const NLI_FEATURE_NAMES = ['nli_logit_mean', 'nli_logit_max', 'nli_entailment_max'] as const;

/** The inputs of the pair score, derived from the NLI probabilities and the findings of the checks. */
export const FEATURE_NAMES = [
  ...NLI_FEATURE_NAMES,
  'numeric_mismatch',
  'date_mismatch',
  'negation',
  'antonym',
  'value_mismatch',
  'different_subject',
  'update',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

// Keeps logits finite for probabilities of exactly 0 or 1.
const EPSILON = 1e-6;

function logit(p: number): number {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
}

/** Feature vector of one pair, by name. */
export function pairFeatures(reasons: readonly Reason[]): Record<FeatureName, number> {
  const nli = reasons.find((reason) => reason.kind === 'nli');
  const forward = nli?.forward.contradiction ?? 0;
  const backward = nli?.backward.contradiction ?? 0;
  const has = (kind: Reason['kind']) => (reasons.some((reason) => reason.kind === kind) ? 1 : 0);
  return {
    nli_logit_mean: logit((forward + backward) / 2),
    nli_logit_max: logit(Math.max(forward, backward)),
    nli_entailment_max: Math.max(nli?.forward.entailment ?? 0, nli?.backward.entailment ?? 0),
    numeric_mismatch: has('numeric-mismatch'),
    date_mismatch: has('date-mismatch'),
    negation: has('negation'),
    antonym: has('antonym'),
    value_mismatch: has('value-mismatch'),
    different_subject: has('different-subject'),
    update: has('update'),
  };
}
