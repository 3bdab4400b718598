// The checks in a worker thread (Node.js): the main thread sends the pairs in chunks, the worker answers
// each chunk with its findings. Started by `createCheckWorker` (check.ts), for one run or for a detector's life, so that the checks run on the second
// core while the model scores on the first.
import { parentPort } from 'node:worker_threads';
import type { Checked } from '../checks/check.js';
import { runChecks } from '../checks/run.js';

parentPort?.on('message', (message: { id: number; pairs: { first: Checked; second: Checked }[] }) => {
  const findings = message.pairs.map(({ first, second }) => runChecks(first, second));
  parentPort!.postMessage({ id: message.id, findings });
});
