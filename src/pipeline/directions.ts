import { ContradictError } from '../errors.js';
import { readableText } from '../statements/readable.js';
import { readDirections } from '../statements/words.js';
import type { NliModel, NliProbabilities, NliResult } from '../nli/model.js';

/** One direction's probabilities; `entailmentMax` when the pair was scored in windows. */
export type DirectionProbabilities = NliProbabilities & { readonly entailmentMax?: number };

/** A pair of texts to score both ways. */
export interface TextPair {
  readonly first: { readonly text: string };
  readonly second: { readonly text: string };
}

/** The NLI verdict on a pair in both directions. */
export interface Directions {
  /** `first` as premise, `second` as hypothesis. */
  readonly forward: DirectionProbabilities;
  /** `second` as premise, `first` as hypothesis. */
  readonly backward: DirectionProbabilities;
  /** Whether either direction was longer than the model's window (and was scored in windows). */
  readonly windowed: boolean;
  /**
   * Which direction the score reads: `both` for statements of similar length; for a pair where one text is
   * at least `EVIDENCE_LENGTH_RATIO` times as long as the other, only the one with the longer text as
   * premise (evidence against a claim: a claim cannot entail, or be judged against, a whole article).
   */
  readonly reads: 'both' | 'forward' | 'backward';
}

export { EVIDENCE_LENGTH_RATIO, readDirections } from '../statements/words.js';

// The three probabilities of the reported window, and the highest entailment of any window when it was windowed.
const probabilities = ({ entailment, neutral, contradiction, windows, entailmentMax }: NliResult): DirectionProbabilities => ({
  entailment,
  neutral,
  contradiction,
  ...(windows > 1 && entailmentMax !== undefined ? { entailmentMax } : {}),
});

/**
 * Pairs scored per model call. A run's pairs go to the model in chunks of this many (each chunk in both
 * directions, batched by length within it), so that a chunk's scores do not depend on the rest of the run:
 * the int8 model quantizes its activations per batch. Scoring spread over queue workers uses the same chunks
 * (src/queue.ts), and so gives the same scores as one process. It also bounds the memory of a run's windows.
 */
export const SCORE_CHUNK = 1024;

/** Stage 3: score each pair with the NLI model in both directions, chunk by chunk (see `SCORE_CHUNK`). */
export async function scoreBothDirections(
  model: NliModel,
  pairs: readonly TextPair[],
  options: { signal?: AbortSignal; onScored?: (pairsDone: number) => void } = {},
): Promise<Directions[]> {
  const out: Directions[] = [];
  for (let start = 0; start < pairs.length; start += SCORE_CHUNK) {
    const chunk = await scoreChunk(model, pairs.slice(start, start + SCORE_CHUNK), {
      ...(options.signal ? { signal: options.signal } : {}),
      onScored: (done) => options.onScored?.(start + done),
    });
    for (const directions of chunk) out.push(directions);
  }
  return out;
}

/** One chunk of pairs, both directions in one model call (the model batches by length). */
async function scoreChunk(
  model: NliModel,
  pairs: readonly TextPair[],
  options: { signal?: AbortSignal; onScored?: (pairsDone: number) => void } = {},
): Promise<Directions[]> {
  if (pairs.length === 0) return [];
  // A treebank-tokenized or scraped text, or a headline, goes to the model as the prose it stands for (readable.ts).
  const texts = pairs.map(({ first, second }) => [readableText(first.text), readableText(second.text)] as const);
  const forward = texts.map(([first, second]) => ({ premise: first, hypothesis: second }));
  const backward = texts.map(([first, second]) => ({ premise: second, hypothesis: first }));
  const results = await model.classify({
    pairs: [...forward, ...backward],
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done) => options.onScored?.(Math.floor(done / 2)),
  });
  if (results.length !== 2 * pairs.length) {
    throw new ContradictError(`the NLI model returned ${results.length} results for ${2 * pairs.length} pairs: ${model.modelId}`);
  }
  results.forEach((result, i) => {
    for (const label of ['entailment', 'neutral', 'contradiction'] as const) {
      const p = (result as unknown as Record<string, unknown> | null)?.[label];
      if (typeof p !== 'number' || !Number.isFinite(p) || p < -1e-6 || p > 1 + 1e-6) {
        throw new ContradictError(
          `the NLI model returned ${label} = ${String(p)} for pair ${i % pairs.length} (${i < pairs.length ? 'forward' : 'backward'}): probabilities must be numbers in [0, 1]: ${model.modelId}`,
        );
      }
    }
  });
  const forwardResults = results.slice(0, pairs.length);
  const backwardResults = results.slice(pairs.length);
  return forwardResults.map((f, i) => {
    const b = backwardResults[i]!;
    const [first, second] = texts[i]!;
    return { forward: probabilities(f), backward: probabilities(b), windowed: f.windows > 1 || b.windows > 1, reads: readDirections(first, second) };
  });
}
