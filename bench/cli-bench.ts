/**
 * Measurements of the built CLI (`dist/`): a large batch streamed through a pipe, and cold
 * start. External tools are used where they exist (`/usr/bin/time -v` for peak RSS, hyperfine
 * for cold start) and replaced by plain timing when they do not, with a note saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { median } from './measure.js';

export interface BatchRun {
  readonly cases: number;
  /** Distinct cases, repeated to make up `cases`. */
  readonly distinctCases: number;
  /** Options of the batch after `batch -`. */
  readonly args: readonly string[];
  readonly ok: number;
  readonly invalid: number;
  readonly exitCode: number | null;
  readonly wallSec: number;
  /** `null` when /usr/bin/time is missing. */
  readonly peakRssMb: number | null;
  readonly userSec: number | null;
  readonly systemSec: number | null;
  readonly casesPerSec: number;
  /** What the batch printed on stderr, for a failed run. */
  readonly stderrTail: string;
}

export interface ColdStart {
  readonly medianMs: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
  readonly tool: 'hyperfine' | 'node spawnSync';
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const TIME = '/usr/bin/time';

/** `0:18.46` or `1:02:03` (h:mm:ss or m:ss) as seconds. */
function clockSeconds(text: string): number {
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

function field(report: string, label: string): string | null {
  const line = report.split('\n').find((l) => l.trim().startsWith(label));
  return line ? line.slice(line.lastIndexOf(': ') + 2).trim() : null;
}

/** The JSON Lines fed to a batch: `count` lines cut from `distinct` generated cases. */
export interface BatchInput {
  readonly count: number;
  readonly distinct: number;
  readonly text: Buffer;
  /** Byte offset after each line of `text`. */
  readonly lineEnds: readonly number[];
}

/**
 * `count` generated cases as JSON Lines, for `runBatch`: `distinct` of them written by the
 * generator (`node <generator> --count <distinct>`), repeated to make up the count. Generating a
 * case costs about as much as allocating it, so the batch is fed from memory rather than by the
 * generator running alongside: on a 2-core machine the generator would take a core from the
 * batch's threads.
 */
export function generateBatchInput(
  generator: string[],
  count: number,
  distinct: number,
): BatchInput {
  const n = Math.max(1, Math.min(count, distinct));
  const run = spawnSync(process.execPath, [...generator, '--count', String(n)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the case generator exited with ${run.status}`);
  const text = run.stdout;
  const lineEnds: number[] = [];
  for (let at = text.indexOf(10); at >= 0; at = text.indexOf(10, at + 1)) lineEnds.push(at + 1);
  return { count, distinct: lineEnds.length, text, lineEnds };
}

/** Writes `input.count` lines into `stream`, repeating the distinct cases, then ends it. */
async function feed(stream: Writable, input: BatchInput): Promise<void> {
  // The batch exiting early (a closed pipe) is reported by its exit code and stderr: stop feeding.
  const closed = once(stream, 'close').then(
    () => false,
    () => false,
  );
  stream.on('error', () => {});
  let left = input.count;
  while (left > 0 && !stream.destroyed) {
    const lines = Math.min(left, input.lineEnds.length);
    const piece = input.text.subarray(0, input.lineEnds[lines - 1]);
    left -= lines;
    if (!stream.write(piece)) {
      const drained = await Promise.race([
        once(stream, 'drain').then(
          () => true,
          () => false,
        ),
        closed,
      ]);
      if (!drained) return;
    }
  }
  if (!stream.destroyed) stream.end();
}

/**
 * `form8379 batch - <args>` on the cases of `input`, through a pipe; the results go to
 * /dev/null. Wall time and peak RSS are the batch process's own (`/usr/bin/time -v`).
 */
export async function runBatch(
  bin: string,
  input: BatchInput,
  args: readonly string[] = [],
): Promise<BatchRun> {
  const timed = existsSync(TIME);
  const batchArgs = [bin, 'batch', '-', ...args];
  const started = process.hrtime.bigint();
  const batch = timed
    ? spawn(TIME, ['-v', process.execPath, ...batchArgs], { stdio: ['pipe', 'ignore', 'pipe'] })
    : spawn(process.execPath, batchArgs, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  batch.stderr.setEncoding('utf8');
  batch.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<number | null>((resolve) => batch.on('close', resolve));
  await feed(batch.stdin, input);
  const exitCode = await closed;
  const count = input.count;
  const ownWall = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = /form8379 batch: (\d+) ok, (\d+) invalid/.exec(stderr);
  const wallText = timed ? field(stderr, 'Elapsed (wall clock) time') : null;
  const rssText = timed ? field(stderr, 'Maximum resident set size (kbytes)') : null;
  const user = timed ? field(stderr, 'User time (seconds)') : null;
  const system = timed ? field(stderr, 'System time (seconds)') : null;
  const wallSec = wallText ? clockSeconds(wallText) : ownWall;
  return {
    cases: count,
    distinctCases: input.distinct,
    args: [...args],
    ok: counts ? Number(counts[1]) : 0,
    invalid: counts ? Number(counts[2]) : 0,
    exitCode,
    wallSec,
    peakRssMb: rssText ? Number(rssText) / 1024 : null,
    userSec: user ? Number(user) : null,
    systemSec: system ? Number(system) : null,
    casesPerSec: count / wallSec,
    stderrTail: stderr.split('\n').slice(0, 3).join('\n'),
  };
}

/** Cold start of `node <bin> <args>`: hyperfine when installed, else the median of timed spawns. */
export function coldStart(bin: string, args: readonly string[], runs: number): ColdStart {
  if (hasCommand('hyperfine')) {
    const dir = mkdtempSync(join(tmpdir(), 'form8379-bench-'));
    try {
      const out = join(dir, 'hyperfine.json');
      const command = [process.execPath, bin, ...args].map(shellQuote).join(' ');
      const run = spawnSync(
        'hyperfine',
        ['--warmup', '3', '--runs', String(runs), '--style', 'none', '--export-json', out, command],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (run.status === 0) {
        const json = JSON.parse(readFileSync(out, 'utf8')) as {
          results: { median: number; mean: number; min: number; max: number; times: number[] }[];
        };
        const r = json.results[0];
        if (r) {
          return {
            medianMs: r.median * 1000,
            meanMs: r.mean * 1000,
            minMs: r.min * 1000,
            maxMs: r.max * 1000,
            runs: r.times.length,
            tool: 'hyperfine',
          };
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${run.status}`);
    if (i >= 3) times.push(ms); // the first runs warm the disk cache, as hyperfine's --warmup
  }
  return {
    medianMs: median(times),
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    runs: times.length,
    tool: 'node spawnSync',
  };
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The bytes a batch of `input.count` lines writes to standard output: the output of one pass over
 * the distinct cases, line by line, summed as `feed` repeats them (a batch's output for a line
 * does not depend on the other lines). One pass, not the whole run, so no core is taken from the
 * timed batch to count its output.
 */
export async function batchOutputBytes(
  bin: string,
  input: BatchInput,
  args: readonly string[] = [],
): Promise<number> {
  const child = spawn(process.execPath, [bin, 'batch', '-', '--jobs', '1', ...args], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const lineBytes: number[] = [];
  let current = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
      lineBytes.push(current + i - start + 1);
      current = 0;
      start = i + 1;
    }
    current += chunk.length - start;
  });
  const closed = once(child, 'close');
  child.stdin.end(input.text);
  await closed;
  const distinct = lineBytes.length;
  if (distinct === 0) return 0;
  const all = lineBytes.reduce((a, b) => a + b, 0);
  const whole = Math.floor(input.count / distinct);
  let rest = 0;
  for (let i = 0; i < input.count % distinct; i++) rest += lineBytes[i] ?? 0;
  return whole * all + rest;
}
