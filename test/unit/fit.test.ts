import { describe, expect, it } from 'vitest';
import { fitCalibration } from '../../src/index.js';
import type { Reason } from '../../src/checks/finding.js';
import type { LabelledReasons } from '../../src/scoring/fit.js';

// An NLI reason with one contradiction and entailment probability for both directions.
const nli = (contradiction: number, entailment: number): Reason =>
  ({
    kind: 'nli',
    contradiction,
    forward: { entailment, neutral: 1 - entailment - contradiction, contradiction },
    backward: { entailment, neutral: 1 - entailment - contradiction, contradiction },
    reads: 'both',
  }) as Reason;
const finding = { kind: 'comparison-reversal', first: { text: 'cheaper than', span: { start: 0, end: 12 } }, second: { text: 'cheaper than', span: { start: 0, end: 12 } } } as Reason;

describe('fitCalibration', () => {
  it('gives a strong weight to a finding that marks contradictions the NLI part scores far below zero', () => {
    const rows: LabelledReasons[] = [];
    // General rows: the NLI probability tells contradictions apart, noisily.
    for (let i = 0; i < 400; i++) {
      const contradiction = i % 3 === 0;
      const p = contradiction ? 0.55 + (i % 7) * 0.05 : 0.05 + (i % 9) * 0.05;
      rows.push({ reasons: [nli(p, 0.2)], contradiction });
    }
    // Targeted rows: the finding fires on contradictions only, which the NLI part calls entailed (the case
    // where plain Newton steps saturate and fall back to a weight near zero).
    for (let i = 0; i < 120; i++) rows.push({ reasons: [nli(0.02, 0.9), finding], contradiction: true, targeted: true });
    for (let i = 0; i < 120; i++) rows.push({ reasons: [nli(0.02, 0.9)], contradiction: false, targeted: true });
    const calibration = fitCalibration(rows, { model: 'test', fittedOn: 'synthetic rows' });
    const weight = calibration.withChecks.weights[calibration.withChecks.features.indexOf('comparison_reversal')]!;
    expect(weight).toBeGreaterThan(3);
  });
});
