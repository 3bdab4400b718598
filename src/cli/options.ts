import { InvalidArgumentError, Option, type Command } from 'commander';
import type { DetectionOptions } from '../options.js';
import { bundledModelLocation } from '../options.js';

// The options the model-running commands (detect, score, watch) share, and how they become library options.

/** A numeric option's parser: a clear error for a value that is not a number in [min, max]. */
export function number(name: string, min: number, max: number, integer = false) {
  return (value: string) => {
    // Number('') is 0: an empty value is an error, not a zero.
    const parsed = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
      throw new InvalidArgumentError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    }
    return parsed;
  };
}

export interface ModelFlags {
  model?: string;
  dtype?: 'fp32' | 'q8';
  threshold?: number;
  batchSize?: number;
  threads?: number;
  checks: boolean;
  progress?: boolean;
}

export function detectorOptions(flags: ModelFlags & { calibration?: string }): DetectionOptions {
  return {
    model: {
      id: flags.model ?? bundledModelLocation(),
      ...(flags.dtype ? { dtype: flags.dtype } : {}),
      ...(flags.batchSize ? { batchSize: flags.batchSize } : {}),
      ...(flags.threads ? { threads: flags.threads } : {}),
    },
    ...(flags.calibration ? { calibration: flags.calibration } : {}),
    ...(flags.threshold !== undefined ? { threshold: flags.threshold } : {}),
    checks: flags.checks,
  };
}

export function modelOptions(command: Command): Command {
  return command
    .option('--model <dir|id>', 'model directory or Hugging Face model id (default: the bundled model)')
    .addOption(new Option('--dtype <dtype>', 'ONNX weights: quantized or full precision').choices(['q8', 'fp32']))
    .option('--threshold <score>', "report pairs with a score at least this, 0-1 (default: the model calibration's, 0.5 for the bundled model)", number('--threshold', 0, 1))
    .option('--batch-size <n>', 'pairs per model call (default: 32)', number('--batch-size', 1, 4096, true))
    .option('--threads <n>', 'threads the model runs on (default: one per core; use 1 for each of several workers on one machine)', number('--threads', 1, 1024, true))
    .option('--calibration <file>', 'calibration.json to score with (default: the one beside the model)')
    .option('--no-checks', 'NLI model only: skip the number, date, negation, antonym and update checks');
}

