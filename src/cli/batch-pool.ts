import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processBatch, type BatchDone, type BatchJob, type BatchSettings } from './batch-lines.js';
import { MAX_DEFAULT_JOBS } from './flags.js';

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
}

/**
 * Where the worker thread's module is, from the URL of the module asking (`import.meta.url` of
 * this file), or null when it is not there.
 * - From source (tests, `tsx src/cli/main.ts`): src/cli/batch-worker.ts, next to this file; the
 *   worker inherits the `--import tsx` of the process, so it loads TypeScript too.
 * - Built: tsup emits the worker as dist/batch-worker.js, and this module's code lands in a
 *   chunk under dist/chunks/ (or, should the bundling change, in dist/ itself): both are tried.
 */
export function batchWorkerUrl(
  moduleUrl: string = import.meta.url,
  exists: (path: string) => boolean = existsSync,
): URL | null {
  const candidates = moduleUrl.endsWith('.ts')
    ? [new URL('./batch-worker.ts', moduleUrl)]
    : [new URL('../batch-worker.js', moduleUrl), new URL('./batch-worker.js', moduleUrl)];
  return candidates.find((url) => exists(fileURLToPath(url))) ?? null;
}

/** Runs batches and reports each answer (in any order) or the first failure. */
export interface BatchRunner {
  submit(job: BatchJob): void;
  close(): Promise<void>;
}

export interface RunnerEvents {
  readonly done: (done: BatchDone) => void;
  readonly failed: (error: unknown) => void;
}

/** `--jobs 1`: every batch on the main thread, answered before submit returns. */
export function inProcessRunner(settings: BatchSettings, events: RunnerEvents): BatchRunner {
  return {
    submit: (job) => runBatchHere(job, settings, events),
    close: async () => {},
  };
}

/** Allocates a batch on this thread; a throw is reported as a failure, as a worker's would be. */
function runBatchHere(job: BatchJob, settings: BatchSettings, events: RunnerEvents): void {
  let done: BatchDone;
  try {
    done = processBatch(job, settings);
  } catch (error) {
    events.failed(error);
    return;
  }
  events.done(done);
}

/**
 * The module a Worker starts. A .ts worker (running from source) is started through a data: URL
 * module that registers tsx first: a worker thread does not inherit the `--import tsx` loader of
 * the process (privatenumber/tsx#354), so it could not load TypeScript otherwise.
 */
function workerEntry(url: URL): URL {
  if (!url.pathname.endsWith('.ts')) return url;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(url.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * Batches a worker is given before the main thread takes one: while the main thread allocates a
 * batch it neither reads nor posts, so each worker needs work queued to last until it is done.
 */
const WORKER_QUEUE = 3;

/**
 * A worker's young generation (V8's default is up to 48 MB): smaller keeps the peak RSS of
 * `batch` down (some 20 MB a worker), with no measurable cost in time; a batch's garbage is
 * short-lived strings and objects.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

interface PoolWorker {
  readonly worker: Worker;
  outstanding: number;
}

/**
 * `jobs` threads allocating batches: the main thread and `jobs - 1` worker threads, each worker
 * started when a batch arrives and every thread has one to do already (a small input starts
 * none). The main thread takes its share between reading and writing, a batch per turn of the
 * event loop: this spares the memory of one more V8 heap (some 40-60 MB), and its reading and
 * writing take little time. Workers come first: the main thread takes a batch only when every
 * worker has WORKER_QUEUE batches to do. A worker gets the bytes of a batch by transfer.
 */
export function threadPool(
  url: URL,
  jobs: number,
  settings: BatchSettings,
  events: RunnerEvents,
): BatchRunner {
  const entryUrl = workerEntry(url);
  const workerCount = jobs - 1;
  const workers: PoolWorker[] = [];
  let closing = false;
  const start = (): PoolWorker => {
    const worker = new Worker(entryUrl, {
      workerData: settings,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const entry: PoolWorker = { worker, outstanding: 0 };
    worker.on('message', (done: BatchDone) => {
      entry.outstanding--;
      events.done(done);
    });
    worker.on('error', (error) => events.failed(error));
    worker.on('exit', (code) => {
      if (!closing) events.failed(new Error(`a batch worker thread stopped (exit code ${code})`));
    });
    workers.push(entry);
    return entry;
  };

  const mainQueue: BatchJob[] = [];
  let mainTurn: NodeJS.Immediate | null = null;
  const runMain = () => {
    mainTurn = null;
    const job = mainQueue.shift();
    if (!job) return;
    if (mainQueue.length > 0) mainTurn = setImmediate(runMain);
    runBatchHere(job, settings, events);
  };

  return {
    submit(job) {
      let target = workers[0];
      for (const w of workers) if (w.outstanding < target!.outstanding) target = w;
      if (!target || target.outstanding >= WORKER_QUEUE) {
        // Every worker has its fill: the main thread takes the batch if it has none waiting,
        // else a new worker starts, else the least loaded worker queues it.
        if (mainQueue.length === 0) {
          mainQueue.push(job);
          mainTurn ??= setImmediate(runMain);
          return;
        }
        if (workers.length < workerCount) target = start();
      }
      target = target!;
      target.outstanding++;
      target.worker.postMessage(job, [
        job.data.buffer as ArrayBuffer,
        job.bounds.buffer as ArrayBuffer,
      ]);
    },
    async close() {
      closing = true;
      if (mainTurn) clearImmediate(mainTurn);
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
