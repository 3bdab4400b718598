import type { Reason } from '../checks/finding.js';
import type { Check } from '../checks/check.js';
import { CHECKS, type CheckFeature } from '../checks/registry.js';

/** Features of the NLI probabilities (both directions): the whole score when the checks are off. */
export const NLI_FEATURE_NAMES = ['nli_logit_mean', 'nli_logit_max', 'nli_entailment_max'] as const;

export type FeatureName = (typeof NLI_FEATURE_NAMES)[number] | CheckFeature;

/** The features of the registered checks that are guards (they speak against a contradiction), and of those that are findings. */
export const GUARD_FEATURES: readonly CheckFeature[] = (CHECKS as readonly Check[]).filter((check) => check.role === 'guard').map((check) => check.feature as CheckFeature);
export const FINDING_FEATURES: readonly CheckFeature[] = (CHECKS as readonly Check[]).filter((check) => check.role === 'finding').map((check) => check.feature as CheckFeature);

/** The inputs of the pair score: the NLI features, then one 0/1 feature per registered check. */
export const FEATURE_NAMES = [...NLI_FEATURE_NAMES, ...CHECKS.map((check) => check.feature)] as readonly FeatureName[] as readonly [FeatureName, ...FeatureName[]];

// Keeps logits finite for probabilities of exactly 0 or 1.
const EPSILON = 1e-6;

function logit(p: number): number {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
}

/** Feature vector of one pair, by name. */
export function pairFeatures(reasons: readonly Reason[]): Record<FeatureName, number> {
  const nli = reasons.find((reason) => reason.kind === 'nli');
  // Evidence against a claim (one text much longer) is read in the evidence → claim direction only.
  const read = nli?.reads === 'forward' ? [nli.forward] : nli?.reads === 'backward' ? [nli.backward] : nli ? [nli.forward, nli.backward] : [];
  const contradictions = read.map((p) => p.contradiction);
  const mean = contradictions.length ? contradictions.reduce((a, b) => a + b, 0) / contradictions.length : 0;
  const features = {
    nli_logit_mean: logit(mean),
    nli_logit_max: logit(Math.max(0, ...contradictions)),
    // A window of the evidence that entails the claim speaks against a contradiction found in another.
    nli_entailment_max: Math.max(0, ...read.map((p) => p.entailmentMax ?? p.entailment)),
  } as Record<FeatureName, number>;
  for (const check of CHECKS as readonly Check[]) {
    const feature = check.feature as CheckFeature;
    // Only a graded check gets its reasons gathered: this runs for every pair and every check.
    if (check.value) {
      const found = reasons.filter((reason) => reason.kind === check.kind);
      features[feature] = found.length === 0 ? 0 : check.value(found);
    } else features[feature] = reasons.some((reason) => reason.kind === check.kind) ? 1 : 0;
  }
  return features;
}
