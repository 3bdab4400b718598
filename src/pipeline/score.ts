import type { NliReason, Reason } from '../checks/finding.js';
import type { Calibration } from '../scoring/calibration.js';
import { mayFloor, scorePair } from '../scoring/score.js';
import type { Directions, TextPair } from './directions.js';

/** A pair after all stages: its reasons (the NLI verdict first, then the findings) and its score. */
export interface JudgedPair {
  readonly directions: Directions;
  readonly reasons: readonly Reason[];
  readonly score: number;
}

function nliReason({ forward, backward, reads }: Directions): NliReason {
  const contradiction = reads === 'forward' ? forward.contradiction : reads === 'backward' ? backward.contradiction : (forward.contradiction + backward.contradiction) / 2;
  return { kind: 'nli', contradiction, forward, backward, reads };
}

/** Stage 5: one calibrated score per pair from both directions and the findings. */
export function judgePairs(directions: readonly Directions[], findings: readonly Reason[][], checks: boolean, calibration: Calibration | undefined, texts: readonly TextPair[]): JudgedPair[] {
  return directions.map((pair, i) => {
    const reasons: Reason[] = [nliReason(pair), ...(findings[i] ?? [])];
    const text = texts[i];
    return { directions: pair, reasons, score: scorePair(reasons, checks, calibration, { floors: !text || mayFloor(text.first.text, text.second.text) }) };
  });
}
