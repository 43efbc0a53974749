/**
 * Issue 11, "done when": 10,000 random byte strings and 10,000 random JSON trees (depth up to
 * 20,000, sizes up to 1 MB) through `allocate`, `check` and `batch`. Exit codes are only 0 or 2,
 * no stack trace is ever printed, nothing raw reaches the terminal, and `batch` writes one line
 * per input line, the same on one thread or two.
 *
 * 60,000 processes would take most of an hour: `allocate` and `check` run in process through the
 * CLI's entry (src/cli/entry.ts, what the bin runs, with stdout and stderr captured), `batch`
 * gets every input as a line of one file, and a sample of inputs goes through real processes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from './cli-helpers.js';
import { runCliInProcess as inProcess } from './cli-in-process.js';
import { asBatchLine, byteStrings, jsonTrees } from './hostile-inputs.js';

const SEED = 11;
const COUNT = 10_000;
const STACK = /^\s+at /m;
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const dir = tempDir();
const trees = jsonTrees(SEED, COUNT);
const bytes = byteStrings(SEED + 1, COUNT);
const files = [
  ...trees.map((text, i) => {
    const path = join(dir, `tree-${i}.json`);
    writeFileSync(path, text);
    return path;
  }),
  ...bytes.map((b, i) => {
    const path = join(dir, `bytes-${i}.bin`);
    writeFileSync(path, b);
    return path;
  }),
];

function expectTidy(
  run: { code: number | null; stdout: string; stderr: string },
  what: string,
): void {
  expect([0, 2], `${what}: exit ${run.code}\n${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.stderr, what).not.toMatch(STACK);
  expect(run.stderr, what).not.toMatch(RAW_CONTROL);
  if (run.code === 2) expect(run.stderr.startsWith('form8379'), what).toBe(true);
}

afterEach(() => vi.restoreAllMocks());

describe('random hostile input: exit 0 or 2, no stack, one batch line per input line', () => {
  it('allocate and check, in process, on every input', async () => {
    const codes = { 0: 0, 2: 0 };
    for (const [i, file] of files.entries()) {
      const what = `input ${i} (seed ${SEED}): ${file}`;
      const allocated = await inProcess(['allocate', file]);
      expectTidy(allocated, `allocate ${what}`);
      codes[allocated.code as 0 | 2]++;
      if (allocated.code === 0) expect(JSON.parse(allocated.stdout).summary).toBeDefined();
    }
    // Both outcomes occur: the inputs are not all trivially broken.
    expect(codes[0]).toBeGreaterThan(100);
    expect(codes[2]).toBeGreaterThan(10_000);
    // check takes many files at once (and lists the problems of all): 100 a run.
    for (let start = 0; start < files.length; start += 100) {
      const checked = await inProcess(['check', ...files.slice(start, start + 100)]);
      expectTidy(checked, `check of inputs ${start} to ${start + 99} (seed ${SEED})`);
      const listed = checked.stdout === '' ? 0 : checked.stdout.trimEnd().split('\n').length;
      expect(listed).toBeLessThanOrEqual(100);
    }
  }, 120_000);

  it('batch: every input as a line of one file, on one thread and on two', async () => {
    const lines = [...trees.map((t) => Buffer.from(t)), ...bytes.map(asBatchLine)];
    const input = join(dir, 'all.jsonl');
    writeFileSync(input, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    // Both at once: the machine has two cores, and each run is mostly one thread's work.
    const runs = await Promise.all(
      ['1', '2'].map((jobs) => runCli(['batch', input, '--summary', '--jobs', jobs])),
    );
    const outputs: string[] = [];
    for (const [k, run] of runs.entries()) {
      expectTidy(run, `batch --jobs ${k + 1}`);
      expect(run.stderr).toMatch(/^form8379 batch: \d+ ok, \d+ invalid \(lines [\d, .]+\)\n$/);
      const out = run.stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(lines.length);
      out.forEach((l, i) => expect((JSON.parse(l) as { line: number }).line).toBe(i + 1));
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      outputs.push(run.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
  }, 120_000);

  it('a sample through real processes: the deepest, the largest and two byte strings', async () => {
    const largest = trees.reduce((best, t, i) => (t.length > trees[best]!.length ? i : best), 0);
    const runs = await Promise.all([
      runCli(['allocate', files[0]!]),
      runCli(['check', files[largest]!]),
      runCli(['allocate', files[COUNT]!]),
      runCli(['check', files[COUNT + 1]!]),
    ]);
    runs.forEach((run, k) => expectTidy(run, `process ${k}`));
  }, 120_000);
});
