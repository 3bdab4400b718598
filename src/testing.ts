// `contradict/testing`: a stand-in NLI model for the tests of code that uses this library.
import { AbortError } from './errors.js';
import type { NliModel, NliPair, NliResult } from './nli/model.js';

export interface MockModel extends NliModel {
  /** Every `classify` call's pairs, in order. */
  readonly calls: NliPair[][];
  readonly disposed: boolean;
}

/**
 * A deterministic NLI model for unit tests, fast and with no files: a pair is a contradiction when exactly
 * one side contains "not", an entailment when the texts are equal, neutral otherwise. It records every
 * pair it was asked about, reports progress per batch of `batchSize`, and throws `AbortError` when the
 * signal is aborted before or between batches (`delayMs` gives a test time to abort mid-run).
 *
 * @example
 * const model = createMockModel();
 * const report = await detectContradictions(['It rained.', 'It did not rain.'], { model });
 */
export function createMockModel(options: { maxLength?: number; batchSize?: number; delayMs?: number } = {}): MockModel {
  const calls: NliPair[][] = [];
  const batchSize = options.batchSize ?? 32;
  const state = { disposed: false };
  const judge = ({ premise, hypothesis }: NliPair): NliResult => {
    const negated = (text: string) => /\bnot\b/.test(text);
    if (premise === hypothesis) return { entailment: 0.9, neutral: 0.05, contradiction: 0.05, windows: 1 };
    if (negated(premise) !== negated(hypothesis)) return { entailment: 0.02, neutral: 0.08, contradiction: 0.9, windows: 1 };
    return { entailment: 0.1, neutral: 0.8, contradiction: 0.1, windows: 1 };
  };
  return {
    modelId: 'mock',
    labels: ['entailment', 'neutral', 'contradiction'],
    calls,
    get disposed() {
      return state.disposed;
    },
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    async classify({ pairs, signal, onProgress }) {
      calls.push([...pairs]);
      const out: NliResult[] = [];
      for (let start = 0; start < pairs.length; start += batchSize) {
        if (signal?.aborted) throw new AbortError(signal.reason);
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        out.push(...pairs.slice(start, start + batchSize).map(judge));
        onProgress?.(out.length);
      }
      if (signal?.aborted) throw new AbortError(signal.reason);
      return out;
    },
    async dispose() {
      state.disposed = true;
    },
  };
}
