import { describe, expect, it } from 'vitest';
import { labelMappingFromConfig, probabilitiesFromLogits } from '../../src/internal.js';

describe('labelMappingFromConfig', () => {
  it('reads label ids in any order and case', () => {
    expect(labelMappingFromConfig({ id2label: { 0: 'CONTRADICTION', 1: 'ENTAILMENT', 2: 'NEUTRAL' } })).toMatchObject({ contradiction: 0, entailment: 1, neutral: 2 });
    expect(labelMappingFromConfig({ id2label: { '0': 'entailment', '1': 'neutral', '2': 'contradiction' } })).toMatchObject({ contradiction: 2, entailment: 0, neutral: 1 });
    expect(labelMappingFromConfig({ label2id: { Contradiction: 1, Entailment: 0 } })).toMatchObject({ contradiction: 1, entailment: 0, neutral: undefined });
  });

  it('refuses a model without a contradiction label instead of guessing', () => {
    expect(() => labelMappingFromConfig({ id2label: { 0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2' } })).toThrowError(/no contradiction label \(labels: LABEL_0, LABEL_1, LABEL_2\)/);
    expect(() => labelMappingFromConfig({})).toThrowError(/labels: none/);
  });

  it('turns logits into probabilities that sum to one', () => {
    const mapping = labelMappingFromConfig({ id2label: { 0: 'contradiction', 1: 'entailment', 2: 'neutral' } });
    const p = probabilitiesFromLogits([2, 0, -1], mapping);
    expect(p.contradiction + p.entailment + p.neutral).toBeCloseTo(1, 10);
    expect(p.contradiction).toBeGreaterThan(p.entailment);
    expect(p.entailment).toBeGreaterThan(p.neutral);
  });
});
