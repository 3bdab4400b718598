import { throwIfAborted } from '../errors.js';
import { defaultMaxPairs, type ResolvedDetectionOptions } from '../options.js';
import { findCandidatePairsInSlices, type PairingResult } from '../pairing/candidates.js';
import type { Statement } from '../statements/statement.js';

/** Stage 2: topic blocking, with the caller's embeddings when an `embed` function is given. */
export async function pairStatements(
  statements: readonly Statement[],
  run: Pick<ResolvedDetectionOptions, 'embed' | 'minEmbeddingSimilarity' | 'neighbors' | 'minSimilarity' | 'maxPairs' | 'maxPostings' | 'idf' | 'idfPrior' | 'signal'>,
): Promise<PairingResult> {
  throwIfAborted(run.signal);
  const embeddings = run.embed && statements.length > 1 ? await run.embed(statements.map((s) => s.text)) : undefined;
  throwIfAborted(run.signal);
  return findCandidatePairsInSlices(statements, {
    ...(embeddings ? { embeddings, minEmbeddingSimilarity: run.minEmbeddingSimilarity } : {}),
    neighbors: run.neighbors,
    minSimilarity: run.minSimilarity,
    maxPairs: run.maxPairs ?? defaultMaxPairs(statements.length),
    maxPostings: run.maxPostings,
    idf: run.idf,
    idfPrior: run.idfPrior,
    ...(run.signal ? { signal: run.signal } : {}),
  });
}
