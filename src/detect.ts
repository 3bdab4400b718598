import { openDetector } from './detector.js';
import type { DetectionOptions } from './options.js';
import { detectStatements } from './pipeline/run.js';
import { normalizeInputWithNotes } from './statements/normalize.js';
import type { DetectionInput } from './statements/statement.js';
import type { DetectionReport, PairScore, ScorePairInput } from './types.js';

/**
 * Find the contradictions among statements or documents: pair the statements on the same topic, score
 * the pairs with the NLI model in both directions, run the checks, and report the pairs whose calibrated
 * score reaches the threshold. Loads the model for this call; use `createDetector` for many calls.
 *
 * @example
 * const report = await detectContradictions([
 *   'Iranian officials denied sending any drones to Russia.',
 *   'The minister acknowledged that his country gave drones to Russia.',
 * ]);
 * report.contradictions.map((c) => [c.first.id, c.second.id, c.score]); // [['s0', 's1', <score>]] when they contradict
 */
export async function detectContradictions(input: DetectionInput, options?: DetectionOptions): Promise<DetectionReport> {
  const { statements, notes } = normalizeInputWithNotes(input); // bad input fails before a model is loaded
  const { detector, context, settings } = await openDetector(options);
  try {
    return await detectStatements(context, statements, settings(), notes);
  } finally {
    await detector.dispose();
  }
}

/**
 * Score pairs the caller already has (premise, hypothesis): NLI probabilities premise → hypothesis, and
 * the calibrated contradiction score over both directions and the checks.
 *
 * @example
 * await scorePairs([{ premise: 'At least 10 drones were shot down.', hypothesis: 'No drones were shot down.' }]);
 * // [{ contradiction, entailment, neutral, score, label: 'contradiction', reasons: [{ kind: 'nli', ... }, { kind: 'numeric-mismatch', ... }] }]
 */
export async function scorePairs(pairs: readonly ScorePairInput[], options?: DetectionOptions): Promise<PairScore[]> {
  const { detector } = await openDetector(options);
  try {
    return await detector.scorePairs(pairs);
  } finally {
    await detector.dispose();
  }
}
