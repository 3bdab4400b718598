import type { NliModel, NliPair, NliResult } from '../../src/index.js';

/**
 * A deterministic stand-in for an NLI model, for unit tests of the stages around the model: a pair is a
 * contradiction when exactly one side contains "not", an entailment when the texts are equal, neutral
 * otherwise. Records every pair it was asked about.
 */
export function createMockModel(options: { maxLength?: number } = {}): NliModel & { calls: NliPair[][]; disposed: boolean } {
  const calls: NliPair[][] = [];
  const model = {
    modelId: 'mock',
    labels: ['entailment', 'neutral', 'contradiction'],
    calls,
    disposed: false,
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    async classify({ pairs, signal, onProgress }: { pairs: readonly NliPair[]; signal?: AbortSignal; onProgress?: (done: number) => void }): Promise<NliResult[]> {
      calls.push([...pairs]);
      if (signal?.aborted) throw new Error('aborted');
      const negated = (text: string) => /\bnot\b/.test(text);
      const out = pairs.map(({ premise, hypothesis }) => {
        if (premise === hypothesis) return { entailment: 0.9, neutral: 0.05, contradiction: 0.05, windows: 1 };
        if (negated(premise) !== negated(hypothesis)) return { entailment: 0.02, neutral: 0.08, contradiction: 0.9, windows: 1 };
        return { entailment: 0.1, neutral: 0.8, contradiction: 0.1, windows: 1 };
      });
      onProgress?.(pairs.length);
      return out;
    },
    async dispose() {
      model.disposed = true;
    },
  };
  return model;
}
