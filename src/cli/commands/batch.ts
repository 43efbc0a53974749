import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
// Modules, not the package index, which would load the worksheet renderer and Handlebars too.
import { allocateCase } from '../../allocation/allocate.js';
import { resultToJson } from '../../allocation/json.js';
import type { AllocationOptions } from '../../allocation/options.js';
import type { AllocationResult } from '../../allocation/result.js';
import { validateCase } from '../../input/validate.js';
import { resolveOptions } from '../../allocation/options.js';
import { toBatchError, toUserError, type BatchErrorJson } from '../case-errors.js';
import { describeFsError, EXIT, UserError } from '../errors.js';
import { allocationOptions, type AllocationFlags } from '../flags.js';
import { findJsonSyntaxProblem } from '../json-syntax.js';
import { stripBom } from '../input.js';
import { startProgress, type Progress } from '../progress.js';

/** Options of `form8379 batch`. */
export interface BatchFlags extends AllocationFlags {
  readonly out?: string;
  readonly summary?: boolean;
}

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
const LISTED_INVALID_LINES = 10;

/**
 * `form8379 batch <cases.jsonl|->`: one case per line in, one JSON line out per input line, in
 * the same order. Lines are read, allocated and written one at a time, waiting for the output to
 * drain, so memory stays constant whatever the input size. Returns the exit code: 0 when every
 * line was allocated, 2 when some were invalid, 1 when some failed unexpectedly.
 */
export async function runBatch(file: string, flags: BatchFlags): Promise<number> {
  const options = allocationOptions(flags);
  try {
    resolveOptions(options);
  } catch (error) {
    throw toUserError(error, file);
  }
  const summaryOnly = flags.summary === true;
  const { input, size } = await openInput(file);
  const output = await openOutput(flags.out);
  // The bar is set up before reading starts: readline emits lines as soon as the input flows,
  // and lines emitted before the loop below asks for them would be lost.
  const progress: Progress | null =
    process.stderr.isTTY && !(flags.out === undefined && process.stdout.isTTY)
      ? await startProgress(size)
      : null;
  let readError: unknown = null;
  const lines = createInterface({ input, crlfDelay: Infinity });
  input.on('error', (error) => {
    readError = error;
    lines.close();
  });

  let lineNo = 0;
  let bytes = 0;
  const counts = { ok: 0, invalid: 0, failed: 0 };
  const invalidLines: number[] = [];
  for await (const raw of lines) {
    lineNo++;
    bytes += Buffer.byteLength(raw, 'utf8') + 1;
    const outcome = processLine(lineNo === 1 ? stripBom(raw) : raw, lineNo, options, summaryOnly);
    counts[outcome.status]++;
    if (outcome.status !== 'ok' && invalidLines.length < LISTED_INVALID_LINES) {
      invalidLines.push(lineNo);
    }
    if (!output.stream.write(`${outcome.text}\n`)) await once(output.stream, 'drain');
    progress?.update(bytes, lineNo, counts.invalid + counts.failed);
  }
  progress?.stop();
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

function processLine(
  line: string,
  lineNo: number,
  options: AllocationOptions,
  summaryOnly: boolean,
): LineOutcome {
  const invalid = (error: BatchErrorJson): LineOutcome => ({
    status: 'invalid',
    text: JSON.stringify({ line: lineNo, error }),
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
  try {
    const result = allocateCase(validateCase(json), options);
    const out = summaryOnly ? summaryLine(result, lineNo) : resultToJson(result);
    return { status: 'ok', text: JSON.stringify(out) };
  } catch (error) {
    const known = toBatchError(error);
    if (known) return invalid(known);
    // A bug, not the input's fault: reported on its line so the rest of the batch still runs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      text: JSON.stringify({ line: lineNo, error: { code: 'internal-error', message } }),
    };
  }
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
    return { input: handle.createReadStream(), size: stat.isFile() ? stat.size : null };
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
