// npm run build && node bench/queue.mjs [--statements 5000] [--pairs 20000]
// Scoring on queue workers (contradict/queue) against one process, in one run: the same statements and pair
// budget through createDetector, then through createQueueDetector with 1 and then 2 `contradict worker`
// processes on this machine, fed by a Redis server this script starts (Debian's redis-server). Figures, not
// assertions; the queue's reports are checked equal to the one process's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDetector, extractStatements } from '../dist/index.js';
import { createQueueDetector } from '../dist/queue.js';
import { machine, markdownTable, parseArgs, plantedStatements, ROOT } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { statements: 5000, pairs: 20000 });
const scratch = mkdtempSync(path.join(tmpdir(), 'contradict-queue-bench-'));
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = /** @type {import('node:net').AddressInfo} */ (server.address());
    server.close(() => resolve(free));
  });
});
const url = `redis://127.0.0.1:${port}`;
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', scratch], { stdio: 'ignore' });
while (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG') await new Promise((resolve) => setTimeout(resolve, 100));

const { statements } = await plantedStatements({ statements: args.statements, planted: Math.round(args.statements / 100), seed: 5, extractStatements });
const options = { maxPairs: args.pairs };
const key = (report) => JSON.stringify(report.contradictions.map((c) => [c.first.id, c.second.id, c.score]));

const rows = [];
const local = await createDetector(options);
let started = performance.now();
const expected = await local.detect(statements);
const localMs = performance.now() - started;
await local.dispose();
rows.push(['one process (createDetector)', '', (localMs / 1000).toFixed(1), Math.round(expected.stats.pairsScored / (localMs / 1000)), '1.00', 'yes']);

// Each worker's model on the cores onnxruntime picks (all of them), or on one thread (`--threads 1`).
for (const [count, threads] of [[1, undefined], [2, undefined], [2, 1]]) {
  const workers = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/contradict.js'), 'worker', '--queue', url, ...(threads ? ['--threads', String(threads)] : [])], { stdio: ['ignore', 'ignore', 'pipe'] });
    const ready = new Promise((resolve) => child.stderr.on('data', (chunk) => String(chunk).includes('waiting for jobs') && resolve()));
    return { child, ready };
  });
  await Promise.all(workers.map((w) => w.ready));
  const producer = await createQueueDetector({ ...options, queue: { url } });
  started = performance.now();
  const report = await producer.detect(statements);
  const ms = performance.now() - started;
  await producer.dispose();
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((resolve) => w.child.on('close', resolve))));
  rows.push([`queue, ${count} worker${count > 1 ? 's' : ''}${threads ? `, --threads ${threads}` : ''}`, count, (ms / 1000).toFixed(1), Math.round(report.stats.pairsScored / (ms / 1000)), (localMs / ms).toFixed(2), key(report) === key(expected) ? 'yes' : 'NO']);
}
redis.kill('SIGKILL');
rmSync(scratch, { recursive: true, force: true });

const m = machine();
console.log(`## Queue workers\n\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}; command: \`node bench/queue.mjs --statements ${args.statements} --pairs ${args.pairs}\`. ${statements.length} statements, ${expected.stats.pairsScored} pairs scored (both directions and the checks), producer and workers on this machine.\n`);
console.log(markdownTable(['run', 'workers', 'detect, s', 'pairs/s', 'speed against one process', 'same contradictions and scores'], rows));
