import type { Command } from 'commander';
import { startQueueWorker } from '../queue.js';
import { detectorOptions, modelOptions, number, type ModelFlags } from './options.js';

/**
 * `contradict worker`: score jobs from a queue (src/queue.ts) until Ctrl-C or SIGTERM, then finish the job
 * under way and exit. One line on stderr per job with --verbose.
 */
export function workerCommand(program: Command): void {
  modelOptions(
    program
      .command('worker')
      .description('score pairs for `detect --queue` runs: jobs from a BullMQ queue on Redis/Valkey, until Ctrl-C or SIGTERM')
      .requiredOption('--queue <url>', 'the queue server: redis://host:port')
      .option('--queue-name <name>', 'queue name (default: contradict)')
      .option('--lock-ms <ms>', "how long a job stays this worker's before others may take it over (default: 30000)", number('--lock-ms', 1000, 3_600_000, true))
      .option('--verbose', 'one line on stderr per job'),
  ).action(async (flags: ModelFlags & { queue: string; queueName?: string; lockMs?: number; verbose?: boolean }) => {
    const worker = await startQueueWorker({
      ...detectorOptions(flags),
      queue: {
        url: flags.queue,
        ...(flags.queueName ? { name: flags.queueName } : {}),
        ...(flags.lockMs ? { lockMs: flags.lockMs } : {}),
        onError: (error) => process.stderr.write(`contradict worker: queue connection: ${error.message}\n`),
      },
      ...(flags.verbose ? { onJob: (job) => process.stderr.write(`contradict worker: run ${job.run} chunk ${job.chunk}: ${job.done ? 'done' : 'taken'}, ${job.pairs} pairs\n`) } : {}),
    });
    process.stderr.write(`contradict worker ${worker.id}: waiting for jobs on ${flags.queue}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await worker.close();
    process.stderr.write(`contradict worker ${worker.id}: stopped after ${worker.stats.jobs} jobs, ${worker.stats.pairs} pairs\n`);
  });
}
