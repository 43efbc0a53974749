import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { terminalText } from '../../core/terminal-text.js';
import { resolveOptions } from '../../pipeline/options.js';
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
import { outputFailed, takeOverInterrupts, type InterruptSignal } from '../messages.js';
import { openFileOutput, type FileOutput } from '../output.js';
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
 * How long an interrupted batch waits for standard output (or a device) to take what was handed
 * to it, a few MB at most, since it last took some: a live reader takes it in milliseconds; one
 * that stopped reading (a paused pager) is not waited for.
 */
export const DRAIN_WAIT_MS = 5000;

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
  /** Lines handed to the output, and those it reported written (or failed to write). */
  const lines = { handed: 0, written: 0, settled: 0 };
  let input: Readable | null = null;
  let output: BatchOutput | null = null;
  let progress: Progress | null = null;
  /** The signal that interrupted the batch: nothing more is read, submitted or written. */
  let stopping: InterruptSignal | null = null;
  /** Called as each write settles, once interrupted. */
  let onSettled: (() => void) | null = null;

  /** Says what was written and ends the process, as a shell reports a process the signal ended. */
  const endInterrupted = (signal: InterruptSignal, unfinished?: string) => {
    const target = flags.out === undefined || flags.out === '-' ? 'standard output' : flags.out;
    let what: string;
    if (output === null ? target !== 'standard output' : output.temporary && !output.renamed) {
      what = `${target} was not written`;
    } else {
      what = `${lines.written} line${lines.written === 1 ? '' : 's'} written to ${target}`;
      if (unfinished) what += `, maybe followed by part of a line (${unfinished})`;
    }
    process.stderr.write(`form8379 batch: interrupted by ${signal}; ${terminalText(what)}\n`);
    process.exit(EXIT[signal]);
  };
  /**
   * SIGINT or SIGTERM, at any moment of the batch (main.ts's listener covers the time before):
   * nothing more is read, submitted or written. Written to a temporary file, the file is removed
   * and FILE left as it was (or, once renamed, is the whole output). To standard output or a
   * device, what was handed to it is let through first, so the output ends on a whole line and
   * the count is what was written; a second signal, or {@link DRAIN_WAIT_MS} without progress
   * (a reader that stopped reading), ends the wait.
   */
  const interrupted = (signal: InterruptSignal) => {
    if (stopping !== null) {
      endInterrupted(stopping, `a second ${signal}`);
      return;
    }
    stopping = signal;
    progress?.stop();
    // Nothing more is read: a file is closed now (left to the garbage collector, it would be
    // closed with a warning on stderr).
    if (input !== process.stdin) input?.destroy();
    notify();
    if (output === null || (output.temporary && !output.renamed)) {
      output?.abandon();
      endInterrupted(signal);
      return;
    }
    if (lines.settled === lines.handed) {
      endInterrupted(signal);
      return;
    }
    // A reader gone (EPIPE) or a write failed: what was written is what was written.
    if (output.stream === process.stdout) process.stdout.off('error', outputFailed);
    output.stream.on('error', () => endInterrupted(signal));
    const timer = setTimeout(
      () => endInterrupted(signal, `the rest was not taken within ${DRAIN_WAIT_MS / 1000} s`),
      DRAIN_WAIT_MS,
    );
    onSettled = () => {
      if (lines.settled === lines.handed) endInterrupted(signal);
      timer.refresh();
    };
  };
  takeOverInterrupts(interrupted);

  const opened = await openInput(file);
  input = opened.input;
  if (stopping) return forever();
  output = await openOutput(flags.out);
  if (stopping) return forever();
  progress =
    process.stderr.isTTY && !(flags.out === undefined && process.stdout.isTTY)
      ? await startProgress(opened.size)
      : null;

  const waitFor = async (ready: () => boolean) => {
    while (!ready() && failure === null && stopping === null) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (stopping) await forever();
    if (failure) throw failure.error;
  };

  const stream = output.stream;
  /** Writes the answered batches that come next in input order. */
  const writeReady = () => {
    for (let entry = inFlight.get(nextToWrite); entry?.done; entry = inFlight.get(nextToWrite)) {
      if (stopping) return;
      const { split, done } = entry;
      inFlight.delete(nextToWrite++);
      counts.ok += done.ok;
      counts.invalid += done.invalid;
      counts.failed += done.failed;
      for (const n of done.notOkLines) {
        if (invalidLines.length < LISTED_INVALID_LINES) invalidLines.push(n);
      }
      const written = split.lines;
      lines.handed += written;
      const settled = (error?: Error | null) => {
        if (!error) lines.written += written;
        lines.settled += written;
        onSettled?.();
      };
      if (!stream.write(done.output, settled) && !outputBlocked) {
        outputBlocked = true;
        stream.once('drain', () => {
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

  // A write error (a full disk) ends the batch with a message rather than as an unhandled
  // 'error' event (for standard output, main.ts ends the process with the message first).
  stream.once('error', (error) =>
    events.failed(
      flags.out === undefined || flags.out === '-'
        ? new UserError(`cannot write the output: ${describeFsError(error)}`)
        : new UserError(`${flags.out}: cannot write the file: ${describeFsError(error)}`),
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
  let complete = false;
  try {
    try {
      for await (const chunk of input) {
        for (const split of splitter.push(chunk as Buffer)) await submit(split);
      }
    } catch (error) {
      if (failure) throw error;
      readError = error;
    }
    if (stopping) await forever();
    if (!readError) {
      const last = splitter.end();
      if (last) await submit(last);
    }
    await waitFor(() => inFlight.size === 0);
    complete = readError === null;
  } finally {
    if (!stopping) {
      progress?.stop();
      await runner.close();
      if (!complete) output.abandon();
    }
  }
  if (stopping) return forever();
  if (readError) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(readError)}`);
  }
  await output.close();
  if (stopping) return forever();

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

/**
 * What an interrupted batch awaits: the signal handler ends the process once the output is
 * settled, and until then nothing of the batch may go on (no final count, no exit code).
 */
function forever(): Promise<never> {
  return new Promise<never>(() => {});
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

type BatchOutput = Omit<FileOutput, 'stream'> & { readonly stream: Writable };

/**
 * Where the results go: standard output, or the --out file, written atomically when it is a
 * regular file (src/cli/output.ts): either the whole output or what it was before, never a batch
 * cut off mid-line.
 */
async function openOutput(out: string | undefined): Promise<BatchOutput> {
  if (out === undefined || out === '-') {
    return {
      stream: process.stdout,
      temporary: false,
      renamed: false,
      close: async () => {},
      abandon: () => {},
    };
  }
  return openFileOutput(out);
}
