import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { AbortError, InvalidInputError } from '../errors.js';
import { createIndex, loadIndex, type ContradictionIndex } from '../incremental-index.js';
import type { DocumentInput, StatementInput } from '../statements/statement.js';
import { atFileLine, parseStatementLine, stripByteOrderMark } from './input.js';
import { detectorOptions, modelOptions, number, type ModelFlags } from './options.js';

interface WatchFlags extends ModelFlags {
  index?: string;
  inputFormat: 'jsonl' | 'lines';
  batch: number;
  waitMs: number;
  saveEvery?: number;
  skipInvalid?: boolean;
}

/**
 * `contradict watch`: statements arrive on standard input as JSONL (or plain lines) for as long as it stays
 * open; each batch (up to --batch lines, or what came within --wait-ms) is added to an index and checked
 * against everything before, and each contradiction is written as one JSONL line as soon as it is found. With
 * --index, the index is loaded from that file when it exists and saved there at the end (and every
 * --save-every batches, and on Ctrl-C), so a pipeline restarts where it stopped.
 */
export function watchCommand(program: Command, onInterrupt: () => void): void {
  modelOptions(
      program
        .command('watch')
        .description('read statements from standard input as they come (JSONL), check each batch against everything before, write each contradiction as a JSONL line')
        .option('--index <file>', 'index file (.jsonl.gz): loaded when it exists, saved at the end')
        .addOption(new Option('--input-format <format>', 'how to read each line').choices(['jsonl', 'lines']).default('jsonl'))
        .option('--batch <n>', 'most statements per batch (default: 256)', number('--batch', 1, 100_000, true), 256)
        .option('--wait-ms <ms>', 'how long a batch waits for more lines before it runs (default: 200)', number('--wait-ms', 0, 3_600_000, true), 200)
        .option('--save-every <batches>', 'also save the index every this many batches', number('--save-every', 1, Number.MAX_SAFE_INTEGER, true))
        .option('--skip-invalid', 'skip invalid lines (told on stderr) instead of stopping'),
    )
    .action(async (flags: WatchFlags) => {
      const options = detectorOptions(flags);
      const index: ContradictionIndex = flags.index && existsSync(flags.index) ? await loadIndex(flags.index, options) : await createIndex(options);
      if (flags.index && existsSync(flags.index)) process.stderr.write(`contradict: loaded ${index.size} statements from ${flags.index}\n`);
      const name = 'standard input';
      const interrupt = new AbortController();
      const onSigint = () => {
        onInterrupt();
        interrupt.abort(new Error('interrupted'));
        stop();
      };
      process.once('SIGINT', onSigint);
      let added = 0;
      let found = 0;
      let batches = 0;
      let failure: unknown;
      let batchFailed = false;
      const save = async () => {
        if (flags.index) await index.save(flags.index);
      };
      // The batch waiting to run, with the input line of each item (for errors), and the batches queued.
      let pending: { item: StatementInput | DocumentInput; line: number }[] = [];
      let timer: NodeJS.Timeout | undefined;
      let queue: Promise<void> = Promise.resolve();
      const run = async (batch: typeof pending) => {
        // After a failed batch nothing more is added; after a bad line, what came before it still is.
        if (batchFailed || interrupt.signal.aborted) return;
        try {
          const report = await index.add(
            batch.map((b) => b.item),
            { signal: interrupt.signal },
          );
          for (const contradiction of report.contradictions) process.stdout.write(`${JSON.stringify(contradiction)}\n`);
          added += batch.length;
          found += report.contradictions.length;
          batches++;
          if (flags.saveEvery && batches % flags.saveEvery === 0) await save();
        } catch (error) {
          batchFailed = true;
          failure ??= atFileLine(error, { lines: batch.map((b) => b.line) }, name);
          stop();
        }
      };
      const flush = () => {
        clearTimeout(timer);
        timer = undefined;
        if (pending.length === 0) return;
        const batch = pending;
        pending = [];
        queue = queue.then(() => run(batch));
      };
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      const closed = new Promise<void>((resolve) => lines.once('close', resolve));
      // Stop reading (a bad line, a failed batch, Ctrl-C): what was read is still added and saved.
      function stop() {
        lines.close();
        process.stdin.destroy();
      }
      let lineNumber = 0;
      lines.on('line', (raw) => {
        lineNumber++;
        const line = lineNumber === 1 ? stripByteOrderMark(raw) : raw;
        if (line.trim() === '' || failure !== undefined) return;
        try {
          pending.push({ item: parseStatementLine(line, lineNumber, name, flags.inputFormat), line: lineNumber });
        } catch (error) {
          if (!flags.skipInvalid || !(error instanceof InvalidInputError)) {
            failure = error;
            stop();
            return;
          }
          process.stderr.write(`contradict: skipped: ${error.message}\n`);
          return;
        }
        if (pending.length >= flags.batch) flush();
        else timer ??= setTimeout(flush, flags.waitMs);
      });
      await closed;
      // What was read before the end (or before a bad line) is still added, then the index is saved.
      flush();
      await queue;
      process.off('SIGINT', onSigint);
      try {
        await save();
        process.stderr.write(`contradict: ${added} statements added in ${batches} batches, ${found} contradictions; ${index.size} statements in the index${flags.index ? `, saved to ${flags.index}` : ''}\n`);
      } finally {
        await index.dispose();
      }
      if (failure !== undefined) throw failure;
      if (interrupt.signal.aborted) throw new AbortError(interrupt.signal.reason);
    });
}
