import { createInterface } from 'node:readline';
import { createReadStream, existsSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import { createDetector } from '../detector.js';
import { createQueueDetector } from '../queue.js';
import { AbortError, ContradictError, InvalidInputError } from '../errors.js';
import { formatReport, type OutputFormat } from '../format.js';
import type { DetectionProgress } from '../options.js';
import type { Detector, ScorePairInput } from '../types.js';
import { calibrateCommand } from './calibrate.js';
import { detectorOptions, modelOptions, number, type ModelFlags } from './options.js';
import { watchCommand } from './watch.js';
import { workerCommand } from './worker.js';
import { atFileLine, parseJsonLine, parseStatements, readInput, stripByteOrderMark, type InputFormat } from './input.js';

// Set by the build (tsup.config.ts) from package.json.
declare const __CONTRADICT_VERSION__: string | undefined;
const VERSION = typeof __CONTRADICT_VERSION__ === 'string' ? __CONTRADICT_VERSION__ : 'development';

/** Exit codes: 0 ok, 1 a failure while running (model, runtime), 2 bad input or usage, 3 found (see EXIT_FOUND). */
const EXIT_FAILURE = 1;
const EXIT_BAD_INPUT = 2;
/** With `--fail-on-contradiction`: the run worked and found at least one contradiction (for CI jobs). */
const EXIT_FOUND = 3;
/** Interrupted by Ctrl-C (SIGINT), as shells report it: 128 + 2. */
const EXIT_INTERRUPTED = 130;
// Set when Ctrl-C aborted a run, so that it exits with EXIT_INTERRUPTED.
let interrupted = false;
/** Lines of `score` input scored per model call group: bounded memory on any file size. */
const SCORE_CHUNK = 256;

const STAGES: readonly DetectionProgress['stage'][] = ['loading', 'pairing', 'scoring', 'checking'];

/**
 * The checks run while the model scores, so their progress events interleave: show the first stage that is
 * not finished (scoring, then what is left of the checks), with that stage's figures.
 */
function currentStage() {
  const latest = new Map<DetectionProgress['stage'], DetectionProgress>();
  return (progress: DetectionProgress): DetectionProgress => {
    latest.set(progress.stage, progress);
    for (const stage of STAGES) {
      const p = latest.get(stage);
      if (p && p.done < p.total) return p;
    }
    return progress;
  };
}

// Without a terminal, progress is plain lines: each stage's start and end, and at most one line a second.
function progressLines() {
  let stage = '';
  let last = 0;
  const current = currentStage();
  return {
    update(event: DetectionProgress) {
      const progress = current(event);
      const now = Date.now();
      const changed = progress.stage !== stage;
      if (!changed && progress.done < progress.total && now - last < 1000) return;
      if (!changed && progress.done === progress.total && last === -1) return;
      stage = progress.stage;
      last = progress.done === progress.total ? -1 : now;
      process.stderr.write(`contradict: ${progress.stage} ${progress.done}/${progress.total}\n`);
    },
    stop: () => {},
  };
}

const STAGE_LABELS: Record<DetectionProgress['stage'], string> = {
  loading: 'loading model ',
  pairing: 'pairing       ',
  scoring: 'scoring pairs ',
  checking: 'checking pairs',
};

function progressBar(enabled: boolean) {
  if (!enabled) return { update: (_: DetectionProgress) => {}, stop: () => {} };
  if (process.stderr.isTTY !== true) return progressLines();
  const bar = new cliProgress.SingleBar(
    { format: '{stage} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stage = '';
  const current = currentStage();
  return {
    update(event: DetectionProgress) {
      const progress = current(event);
      // One bar, relabelled at each stage: loading the model, pairing, scoring, checking.
      const label = STAGE_LABELS[progress.stage];
      if (!started || label !== stage) {
        if (started) bar.stop();
        bar.start(progress.total, 0, { stage: label });
        started = true;
        stage = label;
      }
      bar.update(progress.done, { stage: label });
    },
    stop: () => started && bar.stop(),
  };
}

function detectCommand(program: Command): void {
  modelOptions(
    program
      .command('detect')
      .description('find contradicting statements in a document (plain text), JSONL statements, or one statement per line')
      .argument('[file]', 'input file, or - for standard input', '-')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'html']).default('table'))
      .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'text', 'jsonl', 'lines']).default('auto'))
      .option('--max-pairs <n>', 'most candidate pairs to score (default: 100000, or 2 per statement above 50000 statements)', number('--max-pairs', 1, Number.MAX_SAFE_INTEGER, true))
      .option('--queue <url>', 'score on `contradict worker` processes through this queue server (redis://host:port)')
      .option('--queue-name <name>', 'queue name (default: contradict)')
      .option('--skip-invalid', 'skip invalid JSONL lines (counted on stderr) instead of stopping')
      .option('--all-pairs', 'show every scored pair, not only contradictions (kind "none" below the threshold)')
      .option('--fail-on-contradiction', `exit with code ${EXIT_FOUND} when a contradiction is found (for CI jobs)`)
      .option('--progress', 'show a progress bar even when stderr is not a terminal')
      .option('--no-progress', 'never show a progress bar'),
  ).action(async (file: string, flags: ModelFlags & { format: OutputFormat; inputFormat: InputFormat; maxPairs?: number; skipInvalid?: boolean; allPairs?: boolean; failOnContradiction?: boolean; queue?: string; queueName?: string }) => {
    if (file === '-' && process.stdin.isTTY) throw new InvalidInputError('no input: give a file, or pipe text into standard input');
    const input = await readInput(file);
    for (const note of input.notes) process.stderr.write(`contradict: warning: ${note}\n`);
    const parsed = parseStatements(input.content, input.name, flags.inputFormat, flags.skipInvalid === true);
    for (const skip of parsed.skipped) process.stderr.write(`contradict: skipped: ${skip.message}\n`);
    if (parsed.skipped.length) process.stderr.write(`contradict: ${parsed.skipped.length} invalid line(s) skipped\n`);
    const bar = progressBar(flags.progress ?? process.stderr.isTTY === true);
    // Ctrl-C aborts the run through the library's AbortSignal (and the progress bar gives the cursor back).
    const interrupt = new AbortController();
    const onSigint = () => {
      interrupted = true;
      interrupt.abort(new Error('interrupted'));
    };
    process.once('SIGINT', onSigint);
    const options = { ...detectorOptions(flags), ...(flags.maxPairs ? { maxPairs: flags.maxPairs } : {}) };
    const detector = flags.queue
      ? await createQueueDetector({ ...options, queue: { url: flags.queue, ...(flags.queueName ? { name: flags.queueName } : {}) } })
      : await createDetector(options);
    try {
      const report = await detector
        .detect(parsed.items, { onProgress: (p) => bar.update(p), includeAllPairs: flags.allPairs === true, signal: interrupt.signal })
        .catch((error: unknown) => {
          throw atFileLine(error, parsed, input.name);
        });
      bar.stop();
      process.stdout.write(formatReport(report, flags.format));
      if (flags.failOnContradiction && report.contradictions.length > 0) process.exitCode = EXIT_FOUND;
    } finally {
      process.off('SIGINT', onSigint);
      bar.stop();
      await detector.dispose();
    }
  });

}

function scoreCommand(program: Command): void {
  modelOptions(
    program
      .command('score')
      .description('score given pairs: JSONL lines {"premise", "hypothesis"} (or {"a", "b"}); one JSONL line out per line in')
      .argument('[file]', 'input file, or - for standard input', '-')
      .option('--skip-invalid', 'write {"line", "error"} for an invalid line instead of stopping'),
  ).action(async (file: string, flags: ModelFlags & { skipInvalid?: boolean }) => {
    if (file === '-' && process.stdin.isTTY) throw new InvalidInputError('no input: give a file, or pipe JSONL into standard input');
    if (file !== '-' && !existsSync(file)) throw new InvalidInputError('cannot read input (no such file)', { file });
    const name = file === '-' ? 'standard input' : file;
    const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
    let detector: Detector | undefined;
    let pending: { line: number; pair?: ScorePairInput; error?: string }[] = [];
    let lineNumber = 0;
    let seen = 0;
    const flush = async () => {
      const pairs = pending.filter((p) => p.pair).map((p) => p.pair!);
      detector ??= await createDetector(detectorOptions(flags));
      const scores = pairs.length ? await detector.scorePairs(pairs) : [];
      let k = 0;
      const out = pending.map((p) => {
        if (p.error) return JSON.stringify({ line: p.line, error: p.error });
        const { contradiction, entailment, neutral, score, label } = scores[k++]!;
        return JSON.stringify({ contradiction, entailment, neutral, score, label });
      });
      process.stdout.write(out.join('\n') + '\n');
      pending = [];
    };
    try {
      for await (const raw of lines) {
        lineNumber++;
        const line = lineNumber === 1 ? stripByteOrderMark(raw) : raw;
        if (line.trim() === '') continue;
        seen++;
        try {
          const value = parseJsonLine(line, lineNumber, name);
          const premise = value.premise ?? value.a;
          const hypothesis = value.hypothesis ?? value.b;
          for (const [field, v] of [['premise', premise], ['hypothesis', hypothesis]] as const) {
            if (typeof v !== 'string' || v.trim() === '') {
              throw new InvalidInputError(v === undefined ? `missing "${field}" (or "${field === 'premise' ? 'a' : 'b'}")` : `"${field}" must be a non-empty string`, { file: name, line: lineNumber, field });
            }
          }
          pending.push({ line: lineNumber, pair: { premise: premise as string, hypothesis: hypothesis as string } });
        } catch (error) {
          if (!flags.skipInvalid || !(error instanceof InvalidInputError)) throw error;
          pending.push({ line: lineNumber, error: error.message });
        }
        if (pending.length >= SCORE_CHUNK) await flush();
      }
      if (seen === 0) throw new InvalidInputError('input is empty', { file: name });
      if (pending.length) await flush();
    } finally {
      await detector?.dispose();
    }
  });

}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('contradict')
    .description('Find contradictions between statements with a local NLI model.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  detectCommand(program);
  scoreCommand(program);
  watchCommand(program, () => {
    interrupted = true;
  });
  workerCommand(program);
  calibrateCommand(program);
  program.addHelpText(
    'after',
    `
Examples:
  contradict detect examples/drones.txt                      # a news article, as a table
  contradict detect claims.jsonl --format jsonl --threshold 0.6 --fail-on-contradiction
  echo '{"premise": "Iran sent drones.", "hypothesis": "Iran sent no drones."}' | contradict score
  tail -f claims.jsonl | contradict watch --index claims.index.jsonl.gz   # a stream, checked as it comes

Defaults: the bundled model (int8), its calibration and threshold, 20 neighbours per statement, at most
100000 pairs; "contradict <command> --help" lists each command's options and defaults.`,
  );

  try {
    await program.parseAsync(['node', 'contradict', ...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    if (error instanceof AbortError && interrupted) {
      process.stderr.write('contradict: interrupted\n');
      return EXIT_INTERRUPTED;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`contradict: ${message}\n`);
    if (error instanceof InvalidInputError) return EXIT_BAD_INPUT;
    if (!(error instanceof ContradictError) && process.env.CONTRADICT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return EXIT_FAILURE;
  }
}
