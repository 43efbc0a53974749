import { once } from 'node:events';
import { createWriteStream, unlinkSync } from 'node:fs';
import { open, realpath, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
  let linesWritten = 0;
  let opened: BatchOutput | null = null;
  let progress: Progress | null = null;
  // SIGINT/SIGTERM: the output so far is whole lines (each write is whole lines, and standard
  // output is written synchronously); with --out to a file, the temporary file is removed and
  // the file is left as it was. Either way stderr says what was written. Listening from before
  // the output is opened, so no temporary file can be left behind.
  const interrupted = (signal: 'SIGINT' | 'SIGTERM') => {
    progress?.stop();
    opened?.abandon();
    const what =
      opened === null || opened.temporary
        ? `${flags.out ?? 'standard output'} was not written`
        : `${linesWritten} line${linesWritten === 1 ? '' : 's'} written to ${opened.name}`;
    process.stderr.write(`form8379 batch: interrupted by ${signal}; ${terminalText(what)}\n`);
    process.exit(EXIT[signal]);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const stopListening = () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  const output = await openOutput(flags.out).catch((error: unknown) => {
    stopListening();
    throw error;
  });
  opened = output;
  progress =
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
      const written = split.lines;
      const flushed = () => (linesWritten += written);
      if (!output.stream.write(done.output, flushed) && !outputBlocked) {
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

  // A write error (a full disk) ends the batch with a message rather than as an unhandled
  // 'error' event (for standard output, main.ts ends the process with the message first).
  output.stream.once('error', (error) =>
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
    if (!readError) {
      const last = splitter.end();
      if (last) await submit(last);
    }
    await waitFor(() => inFlight.size === 0);
    complete = readError === null;
  } finally {
    progress?.stop();
    await runner.close();
    if (!complete) output.abandon();
    stopListening();
  }
  if (readError) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(readError)}`);
  }
  await output.close();

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

interface BatchOutput {
  readonly stream: Writable;
  /** How stderr names it: the --out file, or standard output. */
  readonly name: string;
  /** Written to a temporary file renamed over `name` at the end. */
  readonly temporary: boolean;
  /** Ends the output: the temporary file, once complete, is renamed into place. */
  close(): Promise<void>;
  /** Gives up (an interrupted or failed batch): the temporary file is removed, synchronously. */
  abandon(): void;
}

/**
 * Where the results go. An --out that is a regular file (or does not exist yet) is written to a
 * temporary file in the same folder and renamed over it when the batch ends, so the file is
 * either the whole output or what it was before: never a batch cut off mid-line. Anything else
 * (a device, a pipe) is written directly.
 */
async function openOutput(out: string | undefined): Promise<BatchOutput> {
  if (out === undefined || out === '-') {
    return {
      stream: process.stdout,
      name: 'standard output',
      temporary: false,
      close: async () => {},
      abandon: () => {},
    };
  }
  const existing = await stat(out).catch(() => null);
  const direct = existing !== null && !existing.isFile();
  // A symbolic link to a file: the file it points to is replaced, not the link.
  const target = existing?.isFile() ? await realpath(out) : out;
  const path = direct ? out : temporaryPath(target);
  const stream = createWriteStream(path, { flags: direct ? 'w' : 'wx' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UserError(`${out}: cannot write the file: ${describeFsError(error)}`);
  }
  let removed = false;
  const abandon = () => {
    if (direct || removed) return;
    removed = true;
    stream.destroy();
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing is left behind either way.
    }
  };
  return {
    stream,
    name: out,
    temporary: !direct,
    close: async () => {
      stream.end();
      await once(stream, 'close');
      if (direct) return;
      try {
        await rename(path, target);
      } catch (error) {
        abandon();
        throw new UserError(`${out}: cannot write the file: ${describeFsError(error)}`);
      }
    },
    abandon,
  };
}

/** `.results.jsonl.form8379-1234-k3x9.tmp` beside `results.jsonl`: same file system, hidden. */
function temporaryPath(out: string): string {
  const unique = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(out), `.${basename(out)}.form8379-${unique}.tmp`);
}
