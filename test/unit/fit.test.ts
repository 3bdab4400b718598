import { describe, expect, it } from 'vitest';
import { fitCalibration } from '../../src/index.js';
import { mayFloor, scorePair } from '../../src/scoring/score.js';
import { parseCalibration } from '../../src/scoring/calibration.js';
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

describe('finding floors (twenty-sixth round)', () => {
  const guard = { kind: 'quantity-agreement', first: { text: '3', span: { start: 0, end: 1 } }, second: { text: 'three', span: { start: 0, end: 5 } } } as Reason;
  const rowsWith = (found: number, contradictions: number): LabelledReasons[] => {
    const rows: LabelledReasons[] = [];
    for (let i = 0; i < 300; i++) rows.push({ reasons: [nli(i % 2 ? 0.8 : 0.1, 0.1)], contradiction: i % 2 === 1 });
    for (let i = 0; i < found; i++) rows.push({ reasons: [nli(0.1, 0.6), finding], contradiction: i < contradictions });
    return rows;
  };

  it("gives each kind of finding its Laplace-smoothed precision, and scores a pair with it at least that", () => {
    const calibration = fitCalibration(rowsWith(18, 15), { model: 'test', fittedOn: 'synthetic rows' });
    expect(calibration.floors?.comparison_reversal).toBeCloseTo(16 / 20, 6);
    const lrOnly = { ...calibration, floors: undefined };
    const reasons = [nli(0.05, 0.8), finding];
    const plain = scorePair(reasons, true, lrOnly);
    const floored = scorePair(reasons, true, calibration);
    expect(floored).toBeCloseTo(1 - (1 - plain) * (1 - 16 / 20), 9);
    // Not with checks off, not beside a guard, and not without a finding.
    expect(scorePair(reasons, false, calibration)).toBe(scorePair(reasons, false, lrOnly));
    expect(scorePair([...reasons, guard], true, calibration)).toBe(scorePair([...reasons, guard], true, lrOnly));
    expect(scorePair([nli(0.05, 0.8)], true, calibration)).toBe(scorePair([nli(0.05, 0.8)], true, lrOnly));
  });

  it('gives no floor to a kind found in fewer than 10 pairs', () => {
    const calibration = fitCalibration(rowsWith(9, 9), { model: 'test', fittedOn: 'synthetic rows' });
    expect(calibration.floors?.comparison_reversal).toBeUndefined();
  });

  it('rejects a floor for a feature that does not exist', () => {
    const calibration = fitCalibration(rowsWith(18, 15), { model: 'test', fittedOn: 'synthetic rows' });
    expect(() => parseCalibration({ ...calibration, floors: { no_such_check: 0.5 } }, 'test')).toThrow(/floors\.no_such_check/);
  });
});

describe('mayFloor', () => {
  it('keeps the floor from pairs of two texts of several sentences each and of similar length', () => {
    expect(mayFloor('Nobody was injured.', 'Several people were hurt.')).toBe(true);
    expect(mayFloor('The roof fell in. Nobody was injured.', 'Several people were hurt.')).toBe(true);
    expect(mayFloor('The roof fell in. Nobody was injured.', 'Several people were hurt. The station is closed.')).toBe(false);
    // An article against its summary (twice as long or more) keeps it.
    expect(mayFloor('The roof of the station fell in early on Sunday. Nobody was injured, the fire service said. Trains were stopped for the day.', 'Several people were hurt. It fell.')).toBe(true);
  });
});
