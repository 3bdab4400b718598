import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { createDetector } from '../detector.js';
import { InvalidInputError } from '../errors.js';
import { bundledModelLocation } from '../options.js';
import { CALIBRATION_FILE } from '../scoring/calibration.js';
import { collectLabelledReasons, fitCalibration, type LabelledReasons } from '../scoring/fit.js';
import { parseJsonLine, stripByteOrderMark } from './input.js';

interface LabelledPair {
  readonly premise: string;
  readonly hypothesis: string;
  readonly contradiction: boolean;
}

/** Labelled pairs: `{"premise", "hypothesis", "label"}` (or `first` / `second`) per line; `label` "contradiction" or anything else. */
export async function readLabelledPairs(file: string): Promise<LabelledPair[]> {
  if (!existsSync(file)) throw new InvalidInputError('cannot read input (no such file)', { file });
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const pairs: LabelledPair[] = [];
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? stripByteOrderMark(raw) : raw;
    if (line.trim() === '') continue;
    const value = parseJsonLine(line, lineNumber, file);
    const premise = value.premise ?? value.first;
    const hypothesis = value.hypothesis ?? value.second;
    for (const [field, v] of [['premise', premise], ['hypothesis', hypothesis], ['label', value.label]] as const) {
      if (typeof v !== 'string' || v.trim() === '') {
        throw new InvalidInputError(v === undefined ? `missing "${field}"` : `"${field}" must be a non-empty string`, { file, line: lineNumber, field });
      }
    }
    pairs.push({ premise: premise as string, hypothesis: hypothesis as string, contradiction: value.label === 'contradiction' });
  }
  if (pairs.length === 0) throw new InvalidInputError('input is empty', { file });
  return pairs;
}

function outputDirectory(model: string, out: string | undefined): string {
  if (out) return out;
  if (existsSync(model) && statSync(model).isDirectory()) return model;
  throw new InvalidInputError('--out is required when --model is a Hugging Face id (where should calibration.json go?)', { field: 'out' });
}

/** `contradict calibrate labelled.jsonl --model <dir|id> [--out <dir>]`: fit a model's score calibration. */
export function calibrateCommand(program: Command): void {
  program
    .command('calibrate')
    .description('fit the score calibration of a model on your labelled pairs; writes <out>/calibration.json')
    .argument('<file>', 'JSONL: {"premise", "hypothesis", "label"} per line; label "contradiction" or another label')
    .option('--model <dir|id>', 'model directory or Hugging Face model id (default: the bundled model)')
    .addOption(new Option('--dtype <dtype>', 'ONNX weights').choices(['q8', 'fp32']))
    .option('--out <dir>', 'where to write calibration.json (default: the model directory)')
    .action(async (file: string, flags: { model?: string; dtype?: 'q8' | 'fp32'; out?: string }) => {
      const model = flags.model ?? bundledModelLocation();
      const out = outputDirectory(model, flags.out);
      const pairs = await readLabelledPairs(file);
      const detector = await createDetector({ model: { id: model, ignoreCalibration: true, ...(flags.dtype ? { dtype: flags.dtype } : {}) }, checks: true });
      let rows: LabelledReasons[];
      try {
        rows = await collectLabelledReasons(detector, pairs);
      } finally {
        await detector.dispose();
      }
      const calibration = fitCalibration(rows, { model: path.basename(path.resolve(model)), fittedOn: `${path.basename(file)} (${rows.length} pairs, ${rows.filter((r) => r.contradiction).length} contradictions)` });
      mkdirSync(out, { recursive: true });
      const target = path.join(out, CALIBRATION_FILE);
      writeFileSync(target, JSON.stringify(calibration, null, 2) + '\n');
      process.stdout.write(`wrote ${target}: threshold ${calibration.thresholds.checks} with checks, ${calibration.thresholds.noChecks} without\n`);
    });
}
