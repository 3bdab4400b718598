import type { CandidatePair, PairingResult } from '../pairing/candidates.js';
import type { CalibrationInfo } from '../scoring/calibration.js';
import type { Statement } from '../statements/statement.js';
import type { Contradiction, DetectionReport, DetectionWarning, StatementRef } from '../types.js';
import type { JudgedPair } from './score.js';

/** Everything a report is built from; an empty run has no pairs and no judged pairs. */
export interface ReportParts {
  readonly statements: readonly Statement[];
  /** Statements the run added, when not all of `statements` (a batch added to an index). */
  readonly statementCount?: number;
  /** Warnings about the input (documents that gave no statement). */
  readonly inputWarnings?: readonly DetectionWarning[];
  readonly pairing: PairingResult;
  readonly judged: readonly JudgedPair[];
  readonly threshold: number;
  readonly includeAllPairs: boolean;
  readonly model: { readonly id: string; readonly maxLength?: number };
  readonly calibration: CalibrationInfo;
  readonly maxPairs: number;
  readonly timings: { readonly pairingMs: number; readonly scoringMs: number; readonly checksMs: number };
  readonly durationMs: number;
}

function ref(statement: Statement): StatementRef {
  const { index: _index, ...rest } = statement;
  return rest;
}

function warningsOf(parts: ReportParts): DetectionWarning[] {
  const warnings: DetectionWarning[] = (parts.inputWarnings ?? []).map(({ code, message }) => ({ code, message }));
  const { pairing, judged, statements } = parts;
  if (pairing.candidates > pairing.pairs.length) {
    warnings.push({
      code: 'pair-budget',
      message: `the pair budget (maxPairs ${parts.maxPairs}) was reached: ${pairing.pairs.length} of ${pairing.candidates} candidate pairs were scored, the most similar first`,
    });
  }
  if (statements.length === 1) warnings.push({ code: 'too-few-statements', message: 'only one statement: there is nothing to compare it with' });
  const windowed = judged.filter((pair) => pair.directions.windowed).length;
  if (windowed > 0) {
    warnings.push({
      code: 'statement-windowed',
      message: `${windowed} pairs were longer than the model's window (${parts.model.maxLength ?? '?'} tokens) and were scored in windows`,
    });
  }
  if (parts.calibration.method === 'none') {
    warnings.push({
      code: 'uncalibrated-model',
      message: `the model ${parts.model.id} has no calibration.json: scores are its mean contradiction probability and the threshold is ${parts.threshold}; fit one with \`contradict calibrate\``,
    });
  }
  return warnings;
}

function contradictionOf(statements: readonly Statement[], pair: CandidatePair, judged: JudgedPair, threshold: number): Contradiction {
  return {
    kind: judged.score < threshold ? 'none' : judged.reasons.some((r) => r.kind === 'update') ? 'update' : 'contradiction',
    first: ref(statements[pair.first]!),
    second: ref(statements[pair.second]!),
    score: judged.score,
    nli: { forward: judged.directions.forward, backward: judged.directions.backward },
    similarity: pair.similarity,
    reasons: judged.reasons,
  };
}

/** Stage 6: the report (also the empty one): contradictions at or above the threshold, highest score first. */
export function buildReport(parts: ReportParts): DetectionReport {
  const all = parts.pairing.pairs.map((pair, i) => contradictionOf(parts.statements, pair, parts.judged[i]!, parts.threshold));
  const contradictions = all.filter((pair) => pair.score >= parts.threshold).sort((a, b) => b.score - a.score);
  return {
    contradictions,
    ...(parts.includeAllPairs ? { pairs: all } : {}),
    stats: {
      statements: parts.statementCount ?? parts.statements.length,
      candidatePairs: parts.pairing.candidates,
      pairsScored: parts.pairing.pairs.length,
      contradictions: contradictions.length,
      durationMs: parts.durationMs,
      timings: parts.timings,
    },
    warnings: warningsOf(parts),
    model: parts.model.id,
    threshold: parts.threshold,
    calibration: parts.calibration,
  };
}
