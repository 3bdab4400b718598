// `contradict/queue`: the scoring (both NLI directions and the checks, almost all of a run's time) spread
// over worker processes on any number of machines, fed through a BullMQ job queue on Redis or Valkey.
// Pairing and the report stay with the caller. Node.js only; needs the optional peer dependencies `bullmq`
// and `ioredis` (`npm install bullmq ioredis`) and a Redis-compatible server.
import { randomUUID } from 'node:crypto';
import type { Reason } from './checks/finding.js';
import { openDetector } from './detector.js';
import { abortable, ContradictError, InvalidInputError } from './errors.js';
import type { DetectionOptions } from './options.js';
import { checkedOf } from './checks/check.js';
import { scoreAndCheck, type RemoteJudge } from './pipeline/run.js';
import { SCORE_CHUNK, type Directions } from './pipeline/directions.js';
import { nodeRequire } from './platform.js';
import type { Detector } from './types.js';

/** Where the queue is. */
export interface QueueConnection {
  /** `redis://host:port` (or `rediss://`, with user and password when the server wants them). */
  readonly url: string;
  /** Queue name: producers and workers of one deployment share it. @default 'contradict' */
  readonly name?: string;
  /**
   * How long a worker holds a job before others may take it over, in ms (BullMQ's lock; a worker renews
   * it while it runs). A killed worker's job goes back to the queue after about this long. @default 30000
   */
  readonly lockMs?: number;
  /** Errors of the queue's connection (BullMQ reconnects by itself); not printed by the library. */
  readonly onError?: (error: Error) => void;
}

/** One job: a chunk of a run's pairs (the texts and dates the model and the checks read). */
interface JobData {
  readonly run: string;
  readonly chunk: number;
  readonly model: string;
  readonly checks: boolean;
  readonly pairs: { first: { text: string; date?: string }; second: { text: string; date?: string } }[];
}

/** What a worker returns for a job. */
interface JobResult {
  readonly worker: string;
  readonly directions: Directions[];
  readonly findings: Reason[][];
}

type BullMQ = typeof import('bullmq');

/** bullmq or ioredis, the optional peer dependencies; a clear error when they are not installed. */
function peer<T>(id: 'bullmq' | 'ioredis'): T {
  try {
    return nodeRequire<T>(id);
  } catch (cause) {
    throw new ContradictError('contradict/queue needs the packages bullmq and ioredis: npm install bullmq ioredis', { cause });
  }
}

const bullmq = () => peer<BullMQ>('bullmq');

function connectionOf(queue: QueueConnection): { maxRetriesPerRequest: null } & Record<string, unknown> {
  if (typeof queue?.url !== 'string' || !/^rediss?:\/\//.test(queue.url)) {
    throw new InvalidInputError('queue.url must be a redis:// or rediss:// URL', { field: 'queue.url' });
  }
  const url = new URL(queue.url);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    // BullMQ's workers block on the connection; ioredis must not give up on a command.
    maxRetriesPerRequest: null,
  };
}

const queueName = (queue: QueueConnection) => queue.name ?? 'contradict';

/** Fail fast, with a clear error, when the server does not answer (BullMQ would retry for ever). */
async function checkReachable(queue: QueueConnection, connection: Record<string, unknown>): Promise<void> {
  type Redis = typeof import('ioredis').default;
  const module = peer<{ default?: Redis } & Redis>('ioredis');
  const RedisClient = module.default ?? module;
  const client = new RedisClient({ ...connection, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  client.on('error', () => {}); // the rejection below says it
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new ContradictError(`cannot reach the queue at ${queue.url}: ${(error as Error).message}`, { cause: error });
  } finally {
    client.disconnect();
  }
}

/**
 * A detector whose scoring runs on queue workers ({@link startQueueWorker}, `contradict worker`): it pairs
 * the statements, sends the pairs as jobs of `SCORE_CHUNK` pairs, waits for the workers' results and builds
 * the report. The workers score a chunk exactly as one process does (same chunks, same model), so the
 * report is the one `createDetector` gives. A job whose worker dies goes back to the queue when its lock
 * expires (`lockMs`) and another worker does it; results are kept by chunk, so none is lost or counted
 * twice. The model is loaded here too, for its calibration and id; it scores nothing.
 */
export async function createQueueDetector(options: DetectionOptions & { readonly queue: QueueConnection }): Promise<Detector> {
  const { queue: where, ...detection } = options;
  const connection = connectionOf(where);
  const { Queue, QueueEvents } = bullmq();
  await checkReachable(where, connection);
  const queue = new Queue<JobData, JobResult>(queueName(where), { connection });
  const events = new QueueEvents(queueName(where), { connection });
  // A lost connection: BullMQ reconnects on its own; the error goes to onError, never to the console.
  queue.on('error', (error: Error) => where.onError?.(error));
  events.on('error', (error: Error) => where.onError?.(error));
  const { detector, context } = await openDetector(detection, { remote: (pairs, run) => scoreOnWorkers(pairs, run) });
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  } catch (error) {
    await Promise.allSettled([queue.close(), events.close(), detector.dispose()]);
    throw new ContradictError(`cannot reach the queue at ${where.url}: ${(error as Error).message}`, { cause: error });
  }
  // The pipeline's scoring and checks, as jobs.
  async function scoreOnWorkers(pairs: Parameters<RemoteJudge>[0], run: Parameters<RemoteJudge>[1]): ReturnType<RemoteJudge> {
    const id = randomUUID();
    const jobs: { name: string; data: JobData; opts: { jobId: string; attempts: number; removeOnFail: boolean } }[] = [];
    for (let start = 0, chunk = 0; start < pairs.length; start += SCORE_CHUNK, chunk++) {
      const data: JobData = {
        run: id,
        chunk,
        model: context.modelId,
        checks: run.checks,
        pairs: pairs.slice(start, start + SCORE_CHUNK).map(({ first, second }) => ({ first: checkedOf(first), second: checkedOf(second) })),
      };
      jobs.push({ name: 'score', data, opts: { jobId: `${id}-${chunk}`, attempts: 3, removeOnFail: false } });
    }
    const directions: Directions[] = new Array(pairs.length);
    const findings: Reason[][] = new Array(pairs.length);
    let done = 0;
    try {
      const added = await queue.addBulk(jobs);
      // One wait per job on the events stream (not one listener per job on the abort signal).
      for (const emitter of [events, queue] as { setMaxListeners(n: number): unknown }[]) emitter.setMaxListeners(Math.max(10, added.length + 10));
      const all = Promise.all(
        added.map(async (job) => {
          const result = await job.waitUntilFinished(events);
          const offset = job.data.chunk * SCORE_CHUNK;
          result.directions.forEach((d, k) => (directions[offset + k] = d));
          result.findings.forEach((f, k) => (findings[offset + k] = f));
          done += result.directions.length;
          run.onProgress?.({ stage: 'scoring', done, total: pairs.length });
        }),
      );
      all.catch(() => {}); // awaited below (or abandoned on abort)
      await abortable(all, run.signal);
    } finally {
      // The run's jobs leave the queue (done, failed, or still waiting after an abort).
      await Promise.allSettled(jobs.map((job) => queue.remove(job.opts.jobId)));
    }
    return { directions, findings };
  }
  return {
    ...detector,
    async dispose() {
      await detector.dispose();
      await Promise.allSettled([queue.close(), events.close()]);
    },
  };
}

/** A running queue worker. */
export interface QueueWorker {
  /** Worker name in results and logs. */
  readonly id: string;
  /** Jobs (chunks of pairs) done, and pairs scored. */
  readonly stats: { readonly jobs: number; readonly pairs: number };
  /** Finish the job under way, then stop and release the model. */
  close(): Promise<void>;
}

/**
 * A worker process's loop: load the model once, then score jobs from the queue until `close`. Run as many
 * as the machines have cores to spare (`contradict worker --queue redis://...`); each scores one job at a
 * time, the model on one core and the checks in a worker thread on another. A job for another model fails
 * with an error naming both (the producer's `detect` then rejects).
 */
export async function startQueueWorker(
  options: DetectionOptions & {
    readonly queue: QueueConnection;
    /** A job taken (`done: false`) and finished (`done: true`). */
    readonly onJob?: (job: { run: string; chunk: number; pairs: number; done: boolean }) => void;
  },
): Promise<QueueWorker> {
  const { queue: where, onJob, ...detection } = options;
  const connection = connectionOf(where);
  const { Worker } = bullmq();
  await checkReachable(where, connection);
  const { detector, context } = await openDetector(detection);
  const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const stats = { jobs: 0, pairs: 0 };
  const worker = new Worker<JobData, JobResult>(
    queueName(where),
    async (job) => {
      const { data } = job;
      if (data.model !== context.modelId) throw new ContradictError(`the job is for the model ${data.model}; this worker has ${context.modelId}`);
      onJob?.({ run: data.run, chunk: data.chunk, pairs: data.pairs.length, done: false });
      // One job is at most SCORE_CHUNK pairs: one model call, as in one process; the checks beside it.
      const { directions, findings } = await scoreAndCheck(context, data.pairs, { checks: data.checks });
      stats.jobs++;
      stats.pairs += data.pairs.length;
      onJob?.({ run: data.run, chunk: data.chunk, pairs: data.pairs.length, done: true });
      return { worker: id, directions, findings };
    },
    { connection, concurrency: 1, ...(where.lockMs ? { lockDuration: where.lockMs, stalledInterval: Math.max(1000, Math.floor(where.lockMs / 2)) } : {}) },
  );
  worker.on('error', (error: Error) => where.onError?.(error));
  try {
    await worker.waitUntilReady();
  } catch (error) {
    await Promise.allSettled([worker.close(), detector.dispose()]);
    throw new ContradictError(`cannot reach the queue at ${where.url}: ${(error as Error).message}`, { cause: error });
  }
  return {
    id,
    stats,
    async close() {
      await worker.close();
      await detector.dispose();
    },
  };
}
