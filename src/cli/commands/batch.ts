import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { resolveOptions } from '../../allocation/options.js';
import {
  LineSplitter,
  LISTED_INVALID_LINES,
  type BatchDone,
  type BatchSettings,
  type SplitBatch,
} from '../batch-lines.js';
import {
  batchWorkerUrl,
  defaultJobs,
  inProcessRunner,
  threadPool,
  type BatchRunner,
  type RunnerEvents,
} from '../batch-pool.js';
import { toUserError } from '../case-errors.js';
import { describeFsError, EXIT, UserError } from '../errors.js';
import { allocationOptions, type AllocationFlags } from '../flags.js';
import { startProgress, type Progress } from '../progress.js';

/** Options of `form8379 batch`. */
export interface BatchFlags extends AllocationFlags {
  readonly out?: string;
  readonly summary?: boolean;
  /** Worker threads; 1 allocates on the main thread. Default: defaultJobs(). */
  readonly jobs?: number;
}

/**
 * Lines per batch, the unit of work sent to a worker thread and written out at once. A full
 * result is about 30 KB, a --summary line about 0.6 KB: the batches hold about 2 MB and 150 KB
 * of output, and take some 10-30 ms to allocate, against some 0.1 ms to post.
 */
const BATCH_LINES = { full: 64, summary: 256 } as const;
/** Batches posted or answered but not yet written, per thread: bounds the memory in use. */
const IN_FLIGHT_PER_JOB = 4;
/** Read size for a file (a pipe gives what it has, usually 64 KB). */
const READ_CHUNK = 256 * 1024;

/**
 * `form8379 batch <cases.jsonl|->`: one case per line in, one JSON line out per input line, in
 * the same order. The input is cut into batches of whole lines, allocated by `--jobs` worker
 * threads (or on the main thread with `--jobs 1`) and written back in input order. At most a few
 * batches per thread are in flight, and reading waits for the output to drain, so memory stays
 * constant whatever the input size. Returns the exit code: 0 when every line was allocated, 2
 * when some were invalid, 1 when some failed unexpectedly.
 */
export async function runBatch(file: string, flags: BatchFlags): Promise<number> {
  const options = allocationOptions(flags);
  try {
    resolveOptions(options);
  } catch (error) {
    throw toUserError(error, file);
  }
  const settings: BatchSettings = { options, summaryOnly: flags.summary === true };
  const jobs = flags.jobs ?? defaultJobs();
  const { input, size } = await openInput(file);
  const output = await openOutput(flags.out);
  const progress: Progress | null =
    process.stderr.isTTY && !(flags.out === undefined && process.stdout.isTTY)
      ? await startProgress(size)
      : null;

  const counts = { ok: 0, invalid: 0, failed: 0 };
  const invalidLines: number[] = [];
  /** Batches submitted and not yet written, by sequence number; `done` once answered. */
  const inFlight = new Map<number, { split: SplitBatch; done: BatchDone | null }>();
  let nextToWrite = 0;
  let outputBlocked = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const waitFor = async (ready: () => boolean) => {
    while (!ready() && failure === null) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure.error;
  };

  /** Writes the answered batches that come next in input order. */
  const writeReady = () => {
    for (let entry = inFlight.get(nextToWrite); entry?.done; entry = inFlight.get(nextToWrite)) {
      const { split, done } = entry;
      inFlight.delete(nextToWrite++);
      counts.ok += done.ok;
      counts.invalid += done.invalid;
      counts.failed += done.failed;
      for (const n of done.notOkLines) {
        if (invalidLines.length < LISTED_INVALID_LINES) invalidLines.push(n);
      }
      if (!output.stream.write(done.output) && !outputBlocked) {
        outputBlocked = true;
        output.stream.once('drain', () => {
          outputBlocked = false;
          notify();
        });
      }
      const lastLine = split.job.firstLine + split.lines - 1;
      progress?.update(split.endOffset, lastLine, counts.invalid + counts.failed);
    }
    notify();
  };
  const events: RunnerEvents = {
    done: (done) => {
      inFlight.get(done.seq)!.done = done;
      writeReady();
    },
    failed: (error) => {
      failure ??= { error };
      notify();
    },
  };

  // A write error (a full disk; a closed stdout is handled in main.ts) ends the batch with a
  // message rather than as an unhandled 'error' event.
  output.stream.once('error', (error) =>
    events.failed(
      new UserError(`${flags.out ?? '-'}: cannot write the file: ${describeFsError(error)}`),
    ),
  );

  let runner: BatchRunner;
  if (jobs === 1) runner = inProcessRunner(settings, events);
  else {
    const url = batchWorkerUrl();
    if (url) runner = threadPool(url, jobs, settings, events);
    else {
      process.stderr.write(
        'form8379: batch: the worker thread module (batch-worker.js) is missing; running on one thread\n',
      );
      runner = inProcessRunner(settings, events);
    }
  }
  const maxInFlight = IN_FLIGHT_PER_JOB * jobs;
  const submit = async (split: SplitBatch) => {
    await waitFor(() => inFlight.size < maxInFlight && !outputBlocked);
    inFlight.set(split.job.seq, { split, done: null });
    runner.submit(split.job);
  };

  const splitter = new LineSplitter(settings.summaryOnly ? BATCH_LINES.summary : BATCH_LINES.full);
  let readError: unknown = null;
  try {
    try {
      for await (const chunk of input) {
        for (const split of splitter.push(chunk as Buffer)) await submit(split);
      }
    } catch (error) {
      if (failure) throw error;
      readError = error;
    }
    if (!readError) {
      const last = splitter.end();
      if (last) await submit(last);
    }
    await waitFor(() => inFlight.size === 0);
  } finally {
    progress?.stop();
    await runner.close();
  }
  await output.close();
  if (readError) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(readError)}`);
  }

  const notOk = counts.invalid + counts.failed;
  let report = `form8379 batch: ${counts.ok} ok, ${counts.invalid} invalid`;
  if (counts.failed > 0) report += `, ${counts.failed} failed with an unexpected error`;
  if (notOk > 0) {
    const more = notOk > invalidLines.length ? ', ...' : '';
    report += ` (line${notOk === 1 ? '' : 's'} ${invalidLines.join(', ')}${more})`;
  }
  process.stderr.write(`${report}\n`);
  if (counts.failed > 0) return EXIT.unexpected;
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

async function openInput(file: string): Promise<{ input: Readable; size: number | null }> {
  if (file === '-') return { input: process.stdin, size: null };
  try {
    const handle = await open(file, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    // A pipe or process substitution has no size: the progress bar then counts cases only.
    return {
      input: handle.createReadStream({ highWaterMark: READ_CHUNK }),
      size: stat.isFile() ? stat.size : null,
    };
  } catch (error) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(error)}`);
  }
}

async function openOutput(
  out: string | undefined,
): Promise<{ stream: Writable; close: () => Promise<void> }> {
  if (out === undefined || out === '-') {
    return { stream: process.stdout, close: async () => {} };
  }
  const stream = createWriteStream(out);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UserError(`${out}: cannot write the file: ${describeFsError(error)}`);
  }
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'close');
    },
  };
}
