/**
 * `form8379 batch` interrupted by SIGINT or SIGTERM at random moments (issue 19 §3), from the
 * first milliseconds of the process to after its last byte, 64 trials: the built CLI
 * (`node dist/cli.js`, which the tests' global setup builds), so that the moments are those of
 * the real command and not of a TypeScript loader.
 *
 * - Standard output a pipe, read by the test: every line the reader got is a whole line of the
 *   batch's output (byte for byte), stderr's count is the number of lines it got, and the exit
 *   code is 130 or 143 (0 when the batch ended before the signal).
 * - --out FILE: FILE is either what it was before or the whole output, and no temporary file is
 *   ever left in its folder.
 *
 * A signal before the first line of dist/cli.js runs ends the process as Node's default does
 * (killed, no message): no program can do otherwise during Node's own start-up. The first line
 * listens for both signals, before any module loads (checked on dist/cli.js), and a preload
 * (test/fixtures/preload/signal-witness.mjs) tells the test when the process listens: a silent
 * death is accepted only for a signal sent before the test heard so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, tempDir } from './cli-helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  throw new Error(`no ${CLI}: the tests' global setup (npm run build) should have built it`);
}

type Signal = 'SIGINT' | 'SIGTERM';
const EXIT: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143 };
/** 32 batches of 64 full results (about 19 KB a line, 1.2 MB a batch): 38 MB in all. */
const LINES = 2048;
const CASE_LINE = `${JSON.stringify(fixture('w2-child-support-2024.json').json)}\n`;
/** Trials run at once after the first milliseconds. */
const CONCURRENCY = 3;
const WITNESS = join(ROOT, 'test', 'fixtures', 'preload', 'signal-witness.mjs');
/** The count of a batch that ended. */
const DONE = `form8379 batch: ${LINES} ok, 0 invalid\n`;
const BEFORE = 'the results of an earlier run\n';

let dir: string;
let input: string;
/** The complete output of the batch, and how long a run took. */
let reference: Buffer;
let fullMs: number;

beforeAll(() => {
  dir = tempDir();
  input = join(dir, 'cases.jsonl');
  writeFileSync(input, CASE_LINE.repeat(LINES));
  const started = Date.now();
  const run = spawnSync(process.execPath, [CLI, 'batch', input], { maxBuffer: 1 << 28 });
  fullMs = Date.now() - started;
  expect(run.status, run.stderr.toString()).toBe(0);
  reference = run.stdout;
  expect(reference.toString().split('\n')).toHaveLength(LINES + 1);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Trial {
  readonly signal: Signal;
  /** Milliseconds after spawn. */
  readonly delay?: number;
  /** Or: once the reader holds this many bytes. */
  readonly afterBytes?: number;
  /** Or (with `out`): once a temporary file in its folder holds the whole output. */
  readonly whenTemporaryWhole?: boolean;
  /** Options after `batch <input>`. */
  readonly options?: readonly string[];
  /** Cases written to standard input, left open, instead of the file. */
  readonly stdin?: string;
  /** `--out` to this file (which holds {@link BEFORE}), in a folder of its own. */
  readonly out?: string;
}

interface Outcome {
  readonly trial: Trial;
  readonly code: number | null;
  readonly killedBy: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  /** Whether the process listened for the signals when the test sent one (the preload said so). */
  readonly listening: boolean;
}

function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
}

async function runTrial(trial: Trial): Promise<Outcome> {
  const args = [
    'batch',
    trial.stdin === undefined ? input : '-',
    ...(trial.out === undefined ? [] : ['--out', trial.out]),
    ...(trial.options ?? []),
  ];
  const child = spawn(process.execPath, ['--import', WITNESS, CLI, ...args], {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  let bytes = 0;
  let stderr = '';
  let listening = false;
  let listeningAtSend = false;
  let sent = false;
  const send = () => {
    if (sent) return;
    sent = true;
    listeningAtSend = listening;
    child.kill(trial.signal);
  };
  (child.stdio[3] as NodeJS.ReadableStream).on('data', () => (listening = true));
  child.stdout!.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    bytes += chunk.length;
    if (trial.afterBytes !== undefined && bytes >= trial.afterBytes) send();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin!.on('error', () => {});
  if (trial.stdin === undefined) child.stdin!.end();
  else child.stdin!.write(trial.stdin);
  const closed = exited(child);
  if (trial.delay !== undefined) setTimeout(send, trial.delay);
  let polling: NodeJS.Timeout | null = null;
  if (trial.whenTemporaryWhole) {
    const folder = join(trial.out!, '..');
    polling = setInterval(() => {
      for (const name of readdirSync(folder)) {
        if (name !== 'results.jsonl' && statSize(join(folder, name)) === reference.length) send();
      }
    }, 1);
  }
  const [code, killedBy] = await closed;
  if (polling) clearInterval(polling);
  return {
    trial,
    code,
    killedBy,
    stdout: Buffer.concat(chunks),
    stderr,
    listening: listeningAtSend,
  };
}

/** The size of a file, or -1 when it is gone. */
function statSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** Runs the trials `concurrency` at a time; the outcomes in the trials' order. */
async function runAll(trials: readonly Trial[], concurrency = CONCURRENCY): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < trials.length) {
      const i = next++;
      outcomes[i] = await runTrial(trials[i]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

function describeOutcome(o: Outcome): string {
  return `${JSON.stringify({ ...o.trial, stdin: o.trial.stdin && `${o.trial.stdin.length} chars` })}: exit ${o.code ?? o.killedBy}, ${o.stdout.length} bytes out, stderr ${JSON.stringify(o.stderr)}`;
}

/** The number of line ends in `out`. */
function lineEnds(out: Buffer): number {
  let n = 0;
  for (let i = out.indexOf(10); i !== -1; i = out.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * A process killed by the signal itself: either as it exited after the whole batch (its count
 * printed), or before it listened for the signals (Node's own start-up).
 */
function checkKilled(o: Outcome, what: string): 'after' | 'before' {
  expect(o.killedBy, what).toBe(o.trial.signal);
  if (o.stderr === DONE) return 'after';
  expect(o.listening, `killed with no message though it listened: ${what}`).toBe(false);
  expect(o.stderr, what).toBe('');
  expect(o.stdout.length, what).toBe(0);
  return 'before';
}

/** Every promise of an interrupted batch to a pipe, for one trial. */
function checkPipe(o: Outcome): void {
  const what = describeOutcome(o);
  if (o.code === null && checkKilled(o, what) === 'before') return;
  // Whatever the reader got ends on a whole line, each the batch's own, in order.
  expect(o.stdout.length === 0 || o.stdout[o.stdout.length - 1] === 10, what).toBe(true);
  expect(o.stdout.equals(reference.subarray(0, o.stdout.length)), what).toBe(true);
  const n = lineEnds(o.stdout);
  for (const line of o.stdout.toString().split('\n').slice(0, -1)) JSON.parse(line);
  if (o.code === 0 || o.code === null) {
    // The batch ended before the signal came.
    expect(n, what).toBe(LINES);
    expect(o.stderr, what).toBe(DONE);
    return;
  }
  expect(o.code, what).toBe(EXIT[o.trial.signal]);
  const prefix = `form8379 batch: interrupted by ${o.trial.signal}; `;
  if (o.stderr === `${prefix}nothing was written\n`) expect(n, what).toBe(0);
  else {
    expect(o.stderr, what).toBe(
      `${prefix}${n} line${n === 1 ? '' : 's'} written to standard output\n`,
    );
  }
}

/** Every promise of an interrupted batch --out, for one trial. */
function checkOut(o: Outcome): void {
  const what = describeOutcome(o);
  const out = o.trial.out!;
  const folder = join(out, '..');
  // Never a temporary file, whatever the moment.
  expect(readdirSync(folder), what).toEqual(['results.jsonl']);
  expect(o.stdout.length, what).toBe(0);
  const content = readFileSync(out);
  const whole = content.equals(reference);
  const prefix = `form8379 batch: interrupted by ${o.trial.signal}; `;
  if (o.code === null) {
    if (checkKilled(o, what) === 'after') expect(whole, what).toBe(true);
    else expect(content.toString(), what).toBe(BEFORE);
  } else if (o.code === 0) {
    expect(whole, what).toBe(true);
    expect(o.stderr, what).toBe(DONE);
  } else {
    expect(o.code, what).toBe(EXIT[o.trial.signal]);
    if (whole) {
      // Renamed into place before the signal: the message says it was written, all of it.
      expect(o.stderr, what).toBe(`${prefix}${LINES} lines written to ${out}\n`);
    } else {
      expect(content.toString(), what).toBe(BEFORE);
      expect(
        [`${prefix}nothing was written\n`, `${prefix}${out} was not written\n`],
        what,
      ).toContain(o.stderr);
    }
  }
}

/** A signal for trial i: SIGINT and SIGTERM in turn. */
const signalOf = (i: number): Signal => (i % 2 === 0 ? 'SIGINT' : 'SIGTERM');
/** `count` moments spread over [from, to), each at a random place in its slot. */
function moments(count: number, from: number, to: number): number[] {
  const slot = (to - from) / count;
  return Array.from({ length: count }, (_, i) => Math.round(from + slot * (i + Math.random())));
}
/** A --out file holding {@link BEFORE}, alone in a fresh folder. */
function outFile(): string {
  const out = join(tempDir(), 'results.jsonl');
  writeFileSync(out, BEFORE);
  return out;
}

describe('form8379 batch interrupted by SIGINT or SIGTERM', () => {
  it('listens for both signals on the first lines of dist/cli.js, before any module loads', () => {
    const code = readFileSync(CLI, 'utf8');
    // No static import (it would load and run before the first line), and the listeners before
    // the first dynamic one.
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    const firstImport = code.indexOf('await import(');
    expect(firstImport).toBeGreaterThan(0);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      const at = code.indexOf(`process.on("${signal}", `);
      expect(at, signal).toBeGreaterThan(0);
      expect(at, signal).toBeLessThan(firstImport);
    }
  });

  it('in the first 150 ms (and a few up to 300 ms), to a pipe and with --out: 22 trials, one at a time', async () => {
    const pipe = [...moments(12, 0, 150), ...moments(4, 150, 300)].map((delay, i) => ({
      signal: signalOf(i),
      delay,
    }));
    const file = moments(6, 0, 300).map((delay, i) => ({
      signal: signalOf(i),
      delay,
      out: outFile(),
    }));
    const outcomes = await runAll([...pipe, ...file], 1);
    for (const o of outcomes.slice(0, pipe.length)) checkPipe(o);
    for (const o of outcomes.slice(pipe.length)) checkOut(o);
    // Some came after Node's start-up and were answered with the message.
    expect(outcomes.filter((o) => o.listening).length).toBeGreaterThan(0);
  });

  it('at random moments of the run, to a pipe, --jobs 1 and 2: 20 trials', async () => {
    const trials = moments(20, 300, fullMs * 1.1).map((delay, i) => ({
      signal: signalOf(i),
      delay,
      options: ['--jobs', String(1 + (Math.floor(i / 2) % 2))],
    }));
    const outcomes = await runAll(trials);
    for (const o of outcomes) checkPipe(o);
    // Most were interrupted with some lines written, the case this test is about.
    const partial = outcomes.filter((o) => o.code !== 0 && o.stdout.length > 0);
    expect(partial.length).toBeGreaterThan(trials.length / 2);
  });

  it('after the last byte, to a pipe (standard input left open, and at the end of a file): 6 trials', async () => {
    const jobs = ['--jobs', '1'];
    const trials: Trial[] = [
      ...[0, 1].map((i) => ({
        signal: signalOf(i),
        afterBytes: reference.length,
        stdin: CASE_LINE.repeat(LINES),
        options: jobs,
      })),
      ...[0, 1].map((i) => ({ signal: signalOf(i), afterBytes: reference.length, options: jobs })),
      // A few milliseconds before the last byte arrives.
      ...[0, 1].map((i) => ({
        signal: signalOf(i),
        afterBytes: reference.length - 100_000,
        options: jobs,
      })),
    ];
    const outcomes = await runAll(trials);
    for (const o of outcomes) checkPipe(o);
    // The batch was waiting for more input: the signal found it with every line written.
    for (const o of outcomes.filter((o) => o.trial.stdin !== undefined)) {
      expect(o.code, describeOutcome(o)).toBe(EXIT[o.trial.signal]);
      expect(lineEnds(o.stdout)).toBe(LINES);
    }
  });

  it('at random moments of the run, with --out, to after the rename: 12 trials', async () => {
    const trials = moments(12, 300, fullMs * 1.15).map((delay, i) => ({
      signal: signalOf(i),
      delay,
      out: outFile(),
    }));
    const outcomes = await runAll(trials);
    for (const o of outcomes) checkOut(o);
    expect(outcomes.filter((o) => o.stderr.endsWith('was not written\n')).length).toBeGreaterThan(
      trials.length / 3,
    );
  });

  it('with --out, after the last byte and before the rename: 4 trials', async () => {
    const trials = [0, 1, 2, 3].map((i) => ({
      signal: signalOf(i),
      whenTemporaryWhole: true,
      out: outFile(),
      options: ['--jobs', '1'],
    }));
    for (const o of await runAll(trials, 2)) checkOut(o);
  });
});
