/**
 * A worker thread of `form8379 batch --jobs <n>`: allocates the batches of lines the main thread
 * posts, one at a time, and posts back each batch's output bytes (transferred, not copied).
 * Built as dist/batch-worker.js; the main thread starts it from there (see batch-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type BatchJob, type BatchSettings } from './batch-lines.js';

const port = parentPort;
if (!port) throw new Error('batch-worker.js runs as a worker thread of form8379 batch');
const settings = workerData as BatchSettings;
port.on('message', (job: BatchJob) => {
  const done = processBatch(job, settings);
  port.postMessage(done, [done.output.buffer as ArrayBuffer]);
});
