import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector, type Contradiction } from '../../src/index.js';
import { createQueueDetector } from '../../src/queue.js';

// Scoring spread over worker processes through a real queue: a Redis server (Debian's redis-server, which
// .ci/run installs), two `contradict worker` processes of the built CLI, and a producer in this process.
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/contradict.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'contradict-queue-'));
let redis: ChildProcess;
let url: string;
const workers: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  expect(spawnSync('redis-server', ['--version']).status, 'redis-server is needed (apt-get install redis-server)').toBe(0);
  const port = await freePort();
  url = `redis://127.0.0.1:${port}`;
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', scratch], { stdio: 'ignore' });
  // Ready when it answers.
  for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(() => {
  for (const worker of workers) worker.kill('SIGKILL');
  redis?.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

function startWorker(): { child: ChildProcess; jobs: () => number; taken: () => string[]; done: () => string[]; ready: Promise<void> } {
  const child = spawn(process.execPath, [bin, 'worker', '--queue', url, '--lock-ms', '3000', '--verbose'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  workers.push(child);
  let stderr = '';
  let signalReady: () => void;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes('waiting for jobs')) signalReady();
  });
  const chunks = (what: string) => [...stderr.matchAll(new RegExp(`: run \\S+ chunk (\\d+): ${what}`, 'g'))].map((m) => m[1]!);
  return { child, jobs: () => chunks('done').length, taken: () => chunks('taken'), done: () => chunks('done'), ready };
}

// 20,000 short statements on 2,000 topics, a third negated.
const statements = Array.from({ length: 20_000 }, (_, i) => {
  const topic = i % 2000;
  return `Country ${topic} ${i % 3 === 0 ? 'did not send' : 'sent'} ${(i * 7) % 90} shipments of grain to port ${topic} in ${2000 + (i % 20)}.`;
});
const view = (c: Contradiction) => ({ first: c.first.id, second: c.second.id, kind: c.kind, score: c.score, reasons: c.reasons });

describe('scoring on queue workers', () => {
  it('gives the report of one process, though one of two workers is killed mid-run', async () => {
    const options = { maxPairs: 20_000, includeAllPairs: true };
    const local = await createDetector(options);
    const expected = await local.detect(statements);
    await local.dispose();
    expect(expected.stats.pairsScored).toBe(20_000);
    expect(expected.contradictions.length).toBeGreaterThan(100);

    const [a, b] = [startWorker(), startWorker()];
    await Promise.all([a.ready, b.ready]);
    const producer = await createQueueDetector({ ...options, queue: { url } });
    const running = producer.detect(statements);
    // Kill worker a while it holds its second job: that job goes back to the queue when its lock ends.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (a.taken().length >= 2) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    a.child.kill('SIGKILL');
    const report = await running;
    await producer.dispose();

    expect(report.contradictions.map(view)).toEqual(expected.contradictions.map(view));
    expect(report.pairs!.map(view)).toEqual(expected.pairs!.map(view)); // every pair once, none lost
    expect(report.stats.pairsScored).toBe(expected.stats.pairsScored);
    const chunks = Math.ceil(20_000 / 1024);
    // a took a job it never finished; b did it, and every chunk was done exactly once.
    const lost = a.taken().filter((chunk) => !a.done().includes(chunk));
    expect(lost).toHaveLength(1);
    expect(b.done()).toContain(lost[0]);
    expect([...a.done(), ...b.done()].sort()).toEqual(Array.from({ length: chunks }, (_, k) => String(k)).sort());
  }, 600_000);

  it('says where the queue is when it cannot be reached', async () => {
    const port = await freePort();
    await expect(createQueueDetector({ queue: { url: `redis://127.0.0.1:${port}` } })).rejects.toThrow(`cannot reach the queue at redis://127.0.0.1:${port}`);
  }, 60_000);
});
