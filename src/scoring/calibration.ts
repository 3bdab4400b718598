import { z } from 'zod';
import { ContradictError } from '../errors.js';
import { FEATURE_NAMES, NLI_FEATURE_NAMES } from './features.js';
import { builtin } from '../platform.js';

/** The file beside a model that holds its calibration. */
export const CALIBRATION_FILE = 'calibration.json';
/** Threshold of an uncalibrated model: on the mean contradiction probability of the two directions. */
export const UNCALIBRATED_THRESHOLD = 0.5;

const logisticSchema = z.object({
  features: z.array(z.enum(FEATURE_NAMES)),
  weights: z.array(z.number()),
  bias: z.number(),
});

/**
 * A model's calibration: logistic models over the NLI probabilities of both directions (checks off) and
 * those plus the checks' findings (checks on), and the threshold with the best contradiction F1 for each.
 * It belongs to one model: `models/<name>/calibration.json`, written by `contradict calibrate`.
 */
export const calibrationSchema = z
  .object({
    method: z.literal('logistic'),
    /** The model it was fitted for. */
    model: z.string().optional(),
    /** What data it was fitted on. */
    fittedOn: z.string().optional(),
    thresholds: z.object({ checks: z.number().min(0).max(1), noChecks: z.number().min(0).max(1) }),
    withChecks: logisticSchema,
    withoutChecks: logisticSchema,
    /**
     * With checks on, each kind of finding's precision in the fitting data (contradictions among the pairs it
     * was found in, no guard beside it; kinds found in fewer than 10 pairs have none). A pair with findings and
     * no guard scores 1 - (1 - s)(1 - p), where s is the logistic score and p the highest precision of its findings.
     */
    floors: z.record(z.string(), z.number().min(0).max(1)).optional(),
    /** How well it fits its own data. */
    fit: z
      .object({
        rows: z.number().optional(),
        contradictions: z.number().optional(),
        withChecks: z.object({ logLoss: z.number(), f1: z.number() }),
        withoutChecks: z.object({ logLoss: z.number(), f1: z.number() }),
      })
      .optional(),
  })
  .superRefine((value, context) => {
    for (const name of Object.keys(value.floors ?? {})) {
      if (!(FEATURE_NAMES as readonly string[]).includes(name)) context.addIssue({ code: 'custom', path: ['floors', name], message: `no such feature: ${name}` });
    }
    for (const [name, model, required] of [
      ['withChecks', value.withChecks, FEATURE_NAMES],
      ['withoutChecks', value.withoutChecks, NLI_FEATURE_NAMES],
    ] as const) {
      if (model.weights.length !== model.features.length) {
        context.addIssue({ code: 'custom', path: [name, 'weights'], message: `${model.weights.length} weights for ${model.features.length} features` });
      }
      const missing = required.filter((feature) => !model.features.includes(feature));
      if (missing.length > 0) {
        context.addIssue({ code: 'custom', path: [name, 'features'], message: `no weight for ${missing.join(', ')}: refit with \`contradict calibrate\`` });
      }
    }
  });

export type Calibration = z.output<typeof calibrationSchema>;
export type LogisticModel = Calibration['withChecks'];

/** How a report's scores were made. */
export interface CalibrationInfo {
  readonly method: 'logistic' | 'none';
  readonly model?: string;
  readonly fittedOn?: string;
}

/** Validate a calibration object; errors name the field and where it came from. */
export function parseCalibration(value: unknown, from: string): Calibration {
  const parsed = calibrationSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContradictError(`invalid calibration (${issue?.path.join('.') || 'root'}: ${issue?.message}): ${from}`);
  }
  return parsed.data;
}

/** Read a calibration file. */
export function readCalibration(file: string): Calibration {
  let value: unknown;
  try {
    value = JSON.parse(builtin('fs').readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ContradictError(`cannot read calibration (${(cause as Error).message}): ${file}`, { cause });
  }
  return parseCalibration(value, file);
}

/** The calibration stored beside a model directory, if it has one. */
export function findCalibration(directory: string): Calibration | undefined {
  const file = builtin('path').join(directory, CALIBRATION_FILE);
  return builtin('fs').existsSync(file) ? readCalibration(file) : undefined;
}

export function calibrationInfo(calibration: Calibration | undefined): CalibrationInfo {
  if (!calibration) return { method: 'none' };
  return {
    method: 'logistic',
    ...(calibration.model ? { model: calibration.model } : {}),
    ...(calibration.fittedOn ? { fittedOn: calibration.fittedOn } : {}),
  };
}

/** The default threshold: the calibration's (checks on or off), else {@link UNCALIBRATED_THRESHOLD}. */
export function defaultThreshold(calibration: Calibration | undefined, checks: boolean): number {
  if (!calibration) return UNCALIBRATED_THRESHOLD;
  return checks ? calibration.thresholds.checks : calibration.thresholds.noChecks;
}
