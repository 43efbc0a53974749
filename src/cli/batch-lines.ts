/**
 * The work of `form8379 batch` on a run of input lines, shared by the worker threads
 * (batch-worker.ts) and the in-process path of `--jobs 1`, and the byte-level line splitter
 * that cuts the input into such runs. Kept free of any I/O: the caller reads and writes.
 */
// Modules, not the package index, which would load the worksheet renderer and Handlebars too.
import { allocateCase } from '../pipeline/allocate.js';
import { resultToJson } from '../pipeline/json.js';
import type { AllocationOptions } from '../pipeline/options.js';
import type { AllocationResult } from '../pipeline/result.js';
import { validateCase } from '../input/validate.js';
import { escapeJsonControls } from '../core/terminal-text.js';
import { toBatchError, type BatchErrorJson } from './case-errors.js';
import { MAX_INPUT_BYTES, bytesText } from '../input/limits.js';
import {
  findDuplicateKey,
  findInexactNumber,
  findJsonSyntaxProblem,
  inexactNumberMessage,
  mayHaveDuplicateKey,
} from '../input/json-text.js';
import { stripBom } from './input.js';
import { byteName, invalidUtf8Offset } from './utf8.js';

/**
 * A line of `batch --summary`: the answer without the trace. `line` comes first, as on an error
 * line, so a filtered subset of the output still says which case each line answers.
 */
export interface SummaryLine {
  readonly line: number;
  readonly summary: AllocationResult['summary'];
  readonly eligibility: {
    readonly qualifies: boolean;
    readonly stopReason: AllocationResult['eligibility']['stopReason'];
  };
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}

/** The `--summary` line of an allocated case. Its fields are strings already: no conversion. */
export function summaryLine(result: AllocationResult, lineNo: number): SummaryLine {
  return {
    line: lineNo,
    summary: result.summary,
    eligibility: {
      qualifies: result.eligibility.qualifies,
      stopReason: result.eligibility.stopReason,
    },
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

type LineOutcome = { readonly status: 'ok' | 'invalid' | 'failed'; readonly text: string };

/** Invalid line numbers listed in the final count; beyond this many only the count grows. */
export const LISTED_INVALID_LINES = 10;

/** What a batch needs besides its lines: the same for every batch of a run. */
export interface BatchSettings {
  readonly options: AllocationOptions;
  readonly summaryOnly: boolean;
}

/**
 * A run of consecutive input lines: their bytes, and for line i its bytes
 * `data[bounds[2i], bounds[2i + 1])` (without the line end). `firstLine` numbers the first, from 1.
 */
export interface BatchJob {
  readonly seq: number;
  readonly firstLine: number;
  readonly data: Uint8Array;
  readonly bounds: Int32Array;
}

/** The answer to a BatchJob: one output line per input line (UTF-8, each ending in \n). */
export interface BatchDone {
  readonly seq: number;
  readonly output: Uint8Array;
  readonly ok: number;
  readonly invalid: number;
  readonly failed: number;
  /** The first LISTED_INVALID_LINES line numbers that were not ok. */
  readonly notOkLines: readonly number[];
}

/**
 * Output bytes per line expected, to size a batch's output buffer: the last batch's average, so
 * the buffer is seldom copied to grow (a full result is about 30 KB, a summary about 0.6 KB).
 */
let expectedLineBytes = 1024;

/**
 * Allocates the lines of a batch. Each output line is encoded straight into the batch's output
 * buffer, with no joined string in between; the buffer has an ArrayBuffer of its own, so a worker
 * can transfer it to the main thread without a copy.
 */
export function processBatch(job: BatchJob, settings: BatchSettings): BatchDone {
  const bytes = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const counts = { ok: 0, invalid: 0, failed: 0 };
  const notOkLines: number[] = [];
  const lines = job.bounds.length / 2;
  let out = Buffer.allocUnsafeSlow(Math.max(4096, Math.ceil(lines * expectedLineBytes * 1.25)));
  let used = 0;
  for (let i = 0; i < lines; i++) {
    const lineNo = job.firstLine + i;
    const start = job.bounds[2 * i]!;
    const end = job.bounds[2 * i + 1]!;
    const bad = start < 0 ? -1 : invalidUtf8Offset(bytes, start, end);
    let outcome: LineOutcome;
    if (start < 0) outcome = lineTooLong(lineNo, end);
    else if (bad >= 0) outcome = invalidUtf8Line(lineNo, bad + 1, bytes[start + bad]!);
    else {
      const raw = bytes.toString('utf8', start, end);
      outcome = processLine(
        lineNo === 1 ? stripBom(raw) : raw,
        lineNo,
        settings.options,
        settings.summaryOnly,
      );
    }
    counts[outcome.status]++;
    if (outcome.status !== 'ok' && notOkLines.length < LISTED_INVALID_LINES) {
      notOkLines.push(lineNo);
    }
    // At most 3 bytes per UTF-16 unit, and the \n.
    const room = used + outcome.text.length * 3 + 1;
    if (room > out.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(out.length * 2, room));
      out.copy(grown, 0, 0, used);
      out = grown;
    }
    used += out.write(outcome.text, used);
    out[used++] = 0x0a;
  }
  if (lines > 0) expectedLineBytes = Math.ceil(used / lines);
  return { seq: job.seq, output: out.subarray(0, used), ...counts, notOkLines };
}

/** Anything but printable ASCII and tabs. */
// eslint-disable-next-line no-control-regex
const NOT_PLAIN_ASCII = /[^\x09\x20-\x7e]/;

/**
 * Whether a line's strings hold no control character: printable ASCII and no `\u` escape (an
 * escaped backslash before a `u` counts too: a false alarm only costs the search). Two plain
 * scans, no pattern that could backtrack on a line of megabytes.
 */
function isPlainAscii(line: string): boolean {
  return !NOT_PLAIN_ASCII.test(line) && !line.includes('\\u');
}

/** The error line of an input line over the limit, which was counted, not kept. */
function lineTooLong(lineNo: number, size: number): LineOutcome {
  const error = {
    code: 'line-too-long',
    message: `the line is longer than ${bytesText(MAX_INPUT_BYTES)}, the most one case may be (a case of 1,000 items is about 100 KB): ${size >= MAX_BOUND ? 'more than 2 GiB' : bytesText(size)}; it was skipped`,
  };
  return { status: 'invalid', text: JSON.stringify({ line: lineNo, error }) };
}

/** The error line of an input line that is not UTF-8 (`column` in bytes, from 1). */
function invalidUtf8Line(lineNo: number, column: number, byte: number): LineOutcome {
  const error = {
    code: 'invalid-utf8',
    message: `invalid UTF-8 at column ${column}: ${byteName(byte)} is not UTF-8 text`,
    column,
  };
  return { status: 'invalid', text: JSON.stringify({ line: lineNo, error }) };
}

/**
 * One input line's output line (without the line end). Never throws: whatever a line holds, or
 * whatever goes wrong with it, the batch gets one line for it and goes on.
 */
export function processLine(
  line: string,
  lineNo: number,
  options: AllocationOptions,
  summaryOnly: boolean,
): LineOutcome {
  try {
    return allocateLine(line, lineNo, options, summaryOnly);
  } catch (error) {
    // A bug, not the input's fault: reported on its line so the rest of the batch still runs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      text: escapeJsonControls(
        JSON.stringify({ line: lineNo, error: { code: 'internal-error', message } }),
      ),
    };
  }
}

function allocateLine(
  line: string,
  lineNo: number,
  options: AllocationOptions,
  summaryOnly: boolean,
): LineOutcome {
  // Escaped as the output of allocate is: a batch's output may be read on a terminal too.
  const invalid = (error: BatchErrorJson): LineOutcome => ({
    status: 'invalid',
    text: escapeJsonControls(JSON.stringify({ line: lineNo, error })),
  });
  if (line.trim() === '') {
    return invalid({ code: 'empty-line', message: 'empty line; expected one case as JSON' });
  }
  let json: unknown;
  try {
    json = JSON.parse(line) as unknown;
  } catch (error) {
    const problem = findJsonSyntaxProblem(line);
    return invalid({
      code: 'invalid-json',
      message: problem
        ? `invalid JSON at column ${problem.column}: ${problem.message}`
        : `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ...(problem ? { column: problem.column } : {}),
    });
  }
  const duplicate = mayHaveDuplicateKey(line, json) ? findDuplicateKey(line) : null;
  if (duplicate) {
    const { path, key, column, first } = duplicate;
    const what = `duplicate key ${JSON.stringify(key)}`;
    return invalid({
      code: 'duplicate-key',
      message: `${path}: ${what} at column ${column} (first at column ${first.column})`,
      issues: [{ path, message: what }],
      column,
    });
  }
  const inexact = findInexactNumber(line);
  if (inexact) {
    const { path, column } = inexact;
    const what = inexactNumberMessage(inexact);
    return invalid({
      code: 'inexact-number',
      message: `${path || '(root)'}: ${what} (column ${column})`,
      issues: [{ path, message: what }],
      column,
    });
  }
  try {
    const result = allocateCase(validateCase(json), options);
    const out = summaryOnly ? summaryLine(result, lineNo) : resultToJson(result);
    const text = JSON.stringify(out);
    // Control characters in a result can only come from the case's strings: a line of printable
    // ASCII without \u escapes has none, and its result (some 30 KB) need not be searched.
    return { status: 'ok', text: isPlainAscii(line) ? text : escapeJsonControls(text) };
  } catch (error) {
    const known = toBatchError(error);
    if (known) return invalid(known);
    throw error;
  }
}

const LF = 0x0a;
const CR = 0x0d;
/** The largest length a `BatchJob` bound can hold. */
const MAX_BOUND = 0x7fffffff;
/**
 * A line this long without a line end is not a file of cases (/dev/zero, a binary file): the
 * batch stops instead of counting bytes forever.
 */
export const MAX_UNENDED_LINE_BYTES = 64 * MAX_INPUT_BYTES;

/**
 * Cuts a byte stream into lines: a line ends at \n, and a \r just before it belongs to the line
 * end (a lone \r is JSON white space, not a line end); the text after the last line end is a
 * line of its own when the input ends. It works on bytes (the line ends are ASCII, never part of
 * a UTF-8 sequence), so the main thread never decodes the input, and hands out runs of at most
 * `maxLines` whole lines, each as one copy of its bytes.
 *
 * A line longer than `maxLineBytes` is not kept: its bytes are counted and dropped as they come,
 * so memory stays bounded whatever the input, and the line is handed out as a marker (bounds
 * `-1`, its length) that {@link processBatch} answers with an error line.
 */
export class LineSplitter {
  /** Bytes of an unfinished line, from earlier chunks. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** Bytes of an over-long line being skipped; 0 when none is. */
  private skipping = 0;
  /** Input bytes before the current chunk. */
  private consumed = 0;
  /** The previous chunk ended with \r: a \n first in this one makes it part of a line end. */
  private endedWithCr = false;
  private nextLine = 1;
  private seq = 0;

  constructor(
    private readonly maxLines: number,
    private readonly maxLineBytes: number = MAX_INPUT_BYTES,
  ) {}

  /** The runs of whole lines that `chunk` completes (possibly none). */
  push(chunk: Buffer): SplitBatch[] {
    const crBefore = this.endedWithCr;
    this.endedWithCr = chunk.length > 0 && chunk[chunk.length - 1] === CR;
    const batches: SplitBatch[] = [];
    let buf = chunk;
    let base = this.consumed;
    let pos = 0;
    if (this.skipping > 0 || this.carry.length > 0) {
      const lf = chunk.indexOf(LF);
      const pending = this.skipping + this.carryBytes;
      // One byte more than the limit may be the \r of a \r\n: the exact test is below.
      if (this.skipping > 0 || pending + (lf < 0 ? chunk.length : lf) > this.maxLineBytes + 1) {
        this.carry = [];
        this.carryBytes = 0;
        if (lf < 0) {
          this.skipping = pending + chunk.length;
          this.consumed += chunk.length;
          this.checkUnended();
          return [];
        }
        this.skipping = 0;
        const cr = (lf > 0 ? chunk[lf - 1] === CR : crBefore) ? 1 : 0;
        batches.push(this.tooLong(pending + lf - cr, this.consumed + lf + 1));
        pos = lf + 1;
      } else if (lf < 0) {
        this.carry.push(chunk);
        this.carryBytes += chunk.length;
        this.consumed += chunk.length;
        return [];
      } else {
        this.carry.push(chunk);
        buf = Buffer.concat(this.carry, this.carryBytes + chunk.length);
        base = this.consumed - this.carryBytes;
        this.carry = [];
        this.carryBytes = 0;
      }
    }
    let bounds: number[] = [];
    let batchStart = pos;
    let dataEnd = 0;
    let lineStart = pos;
    for (let lf = buf.indexOf(LF, pos); lf >= 0; lf = buf.indexOf(LF, lineStart)) {
      const end = lf > lineStart && buf[lf - 1] === CR ? lf - 1 : lf;
      if (end - lineStart > this.maxLineBytes) bounds.push(-1, end - lineStart);
      else {
        bounds.push(lineStart - batchStart, end - batchStart);
        dataEnd = end - batchStart;
      }
      lineStart = lf + 1;
      if (bounds.length / 2 >= this.maxLines) {
        batches.push(
          this.cut(buf.subarray(batchStart, batchStart + dataEnd), bounds, base + lineStart),
        );
        bounds = [];
        batchStart = lineStart;
        dataEnd = 0;
      }
    }
    if (bounds.length > 0) {
      batches.push(
        this.cut(buf.subarray(batchStart, batchStart + dataEnd), bounds, base + lineStart),
      );
    }
    const rest = buf.length - lineStart;
    if (rest > this.maxLineBytes + 1) {
      this.skipping = rest;
      this.checkUnended();
    } else if (rest > 0) {
      this.carry.push(buf.subarray(lineStart));
      this.carryBytes = rest;
    }
    this.consumed += chunk.length;
    return batches;
  }

  /** At the end of the input: the unfinished last line, if any, as a run of its own. */
  end(): SplitBatch | null {
    if (this.skipping > 0) {
      const size = this.skipping;
      this.skipping = 0;
      return this.tooLong(size, this.consumed);
    }
    if (this.carry.length === 0) return null;
    const buf = Buffer.concat(this.carry, this.carryBytes);
    this.carry = [];
    this.carryBytes = 0;
    if (buf.length > this.maxLineBytes) return this.tooLong(buf.length, this.consumed);
    return this.cut(buf, [0, buf.length], this.consumed);
  }

  private checkUnended(): void {
    if (this.skipping > MAX_UNENDED_LINE_BYTES) {
      throw new Error(
        `line ${this.nextLine} has no line end after ${bytesText(this.skipping)}: a batch file holds one case per line, each at most ${bytesText(MAX_INPUT_BYTES)}`,
      );
    }
  }

  /** A run of one over-long line: no bytes, its length in the bounds. */
  private tooLong(size: number, endOffset: number): SplitBatch {
    return this.cut(Buffer.alloc(0), [-1, Math.min(size, MAX_BOUND)], endOffset);
  }

  private cut(bytes: Buffer, bounds: number[], endOffset: number): SplitBatch {
    // A copy of just these bytes, in an ArrayBuffer of its own: a worker gets it by transfer.
    const data = new Uint8Array(bytes.length);
    data.set(bytes);
    const lines = bounds.length / 2;
    const job: BatchJob = {
      seq: this.seq++,
      firstLine: this.nextLine,
      data,
      bounds: Int32Array.from(bounds),
    };
    this.nextLine += lines;
    return { job, lines, endOffset };
  }
}

/** A run of lines and where it ends in the input, for the progress bar. */
export interface SplitBatch {
  readonly job: BatchJob;
  readonly lines: number;
  /** Input bytes up to the end of the run's last line end. */
  readonly endOffset: number;
}
