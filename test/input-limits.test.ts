import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocate, InvalidCaseError, type CaseInput } from '../src/index.js';
import { ROOT, fixture, tempDir } from './cli-helpers.js';

const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const PRELOAD = join(ROOT, 'test', 'fixtures', 'preload', 'max-rss.mjs');
/** tsx and the CLI take about 100 MiB; an input read whole would take far more. */
const RSS_BOUND_KIB = 300 * 1024;
const KILL_AFTER_MS = 20_000;

interface BoundedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  maxRssKiB: number;
}

/**
 * Runs the CLI with `stdin` (a file descriptor, or `'endless'` for a pipe fed zeros until the
 * process ends), killed if it runs past {@link KILL_AFTER_MS}; reports its peak memory.
 */
function runBounded(args: string[], stdin: number | 'endless' | 'ignore' = 'ignore') {
  const rssFile = join(tempDir(), 'rss');
  return new Promise<BoundedRun>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: `--import ${PRELOAD}`, FORM8379_RSS_FILE: rssFile },
      stdio: [stdin === 'endless' ? 'pipe' : stdin, 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (stdin === 'endless') {
      const zeros = Buffer.alloc(64 * 1024);
      const feed = () => {
        while (child.stdin!.writable && child.stdin!.write(zeros));
      };
      child.stdin!.on('drain', feed).on('error', () => undefined);
      feed();
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let maxRssKiB = Infinity;
      try {
        maxRssKiB = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // killed before it could write: the bound below fails
      }
      resolve({ code, stdout, stderr, maxRssKiB });
    });
  });
}

const TOO_LARGE = (name: string, what = 'case file') =>
  new RegExp(
    `^form8379: ${name}: the ${what} is larger than 1,048,576 bytes \\(1 MiB\\), the most this version reads \\(a case of 1,000 items is about 100 KB\\); stopped after [0-9,]+ bytes\\n$`,
  );

describe('endless and enormous input is refused early, in bounded memory', () => {
  it('allocate /dev/zero', async () => {
    const run = await runBounded(['allocate', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(TOO_LARGE('/dev/zero'));
    expect(run.maxRssKiB).toBeLessThan(RSS_BOUND_KIB);
  });

  it('allocate - with an endless standard input', async () => {
    const run = await runBounded(['allocate', '-'], 'endless');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(TOO_LARGE('<stdin>'));
    expect(run.maxRssKiB).toBeLessThan(RSS_BOUND_KIB);
  });

  it('check /dev/zero', async () => {
    const run = await runBounded(['check', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(TOO_LARGE('/dev/zero'));
    expect(run.maxRssKiB).toBeLessThan(RSS_BOUND_KIB);
  });

  it('batch /dev/zero: a line without an end stops the batch', async () => {
    const run = await runBounded(['batch', '/dev/zero', '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: /dev/zero: cannot read the file: line 1 has no line end after 67,371,008 bytes: a batch file holds one case per line, each at most 1,048,576 bytes (1 MiB)\n',
    );
    expect(run.maxRssKiB).toBeLessThan(RSS_BOUND_KIB);
  });

  it('a batch line over the limit is one error line, and the batch goes on', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.jsonl');
    const line = JSON.stringify(fixture('w2-child-support-2024.json').json);
    writeFileSync(file, `${line}\n{"title":"${'x'.repeat(20_000_000)}"}\r\n${line}\n`);
    const run = await runBounded(['batch', file, '--summary', '--jobs', '1']);
    const out = run.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[1]!)).toEqual({
      line: 2,
      error: {
        code: 'line-too-long',
        message:
          'the line is longer than 1,048,576 bytes (1 MiB), the most one case may be (a case of 1,000 items is about 100 KB): 20,000,012 bytes; it was skipped',
      },
    });
    expect(JSON.parse(out[0]!).line).toBe(1);
    expect(JSON.parse(out[2]!).line).toBe(3);
    expect(run.stderr).toBe('form8379 batch: 2 ok, 1 invalid (line 2)\n');
    expect(run.code).toBe(2);
    expect(run.maxRssKiB).toBeLessThan(RSS_BOUND_KIB);
  });

  it('a directory on standard input is an error, not an empty case', async () => {
    const fd = openSync(tempDir(), 'r');
    try {
      const run = await runBounded(['allocate', '-'], fd);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'form8379: <stdin>: cannot read the file: is a directory, expected a file\n',
      );
    } finally {
      closeSync(fd);
    }
  });
});

describe('a case holds at most 1,000 items and 100 debts, refused before any is read', () => {
  const base = fixture('w2-child-support-2024.json').json;

  it('a million debts: one issue at once, not a validation of each', () => {
    const input = {
      ...base,
      debts: Array.from({ length: 1_000_000 }, () => ({ type: 'childSupport', amount: '1' })),
    } as unknown as CaseInput;
    let error: unknown;
    try {
      allocate(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidCaseError);
    expect((error as InvalidCaseError).issues).toEqual([
      {
        path: 'debts',
        message:
          'at most 100 debts in one case, got 1,000,000 debts: the Treasury Offset Program lists a handful for one person; combine debts of one type',
      },
    ]);
  });

  it('1,001 items and a name of 201 characters, with what was given', () => {
    const input = {
      ...base,
      spouses: { injured: { name: 'N'.repeat(201) }, other: { name: 'B' } },
      items: Array.from({ length: 1001 }, () => ({
        kind: 'interest',
        spouse: 'joint',
        amount: '1',
      })),
    } as unknown as CaseInput;
    expect(() => allocate(input)).toThrow(
      'items: at most 1,000 items in one case, got 1,001 items: a joint return has far fewer; combine small items of one kind and spouse',
    );
    expect(() => allocate({ ...input, items: [] })).toThrow(
      'spouses.injured.name: the name must be at most 200 characters, got 201 characters',
    );
  });
});

describe('a message quotes a long value by its start and length', () => {
  it('an unknown kind of 10,000,000 characters, an amount of 5,000 digits', () => {
    const base = fixture('w2-child-support-2024.json').json;
    const input = {
      ...base,
      items: [{ kind: 'w'.repeat(10_000_000), spouse: 'injured', amount: '1'.repeat(5000) }],
    } as unknown as CaseInput;
    let message = '';
    try {
      allocate(input);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeLessThan(1000);
    expect(message).toContain(
      `items[0].kind: unknown item kind "${'w'.repeat(40)}"... (10,000,000 characters); expected one of wages,`,
    );
    expect(message).toContain(
      `items[0].amount: expected at most 999,999,999,999.99 (below one trillion dollars), got "${'1'.repeat(40)}"... (5,000 characters)`,
    );
  });
});

describe('afterFiling lists', () => {
  it('a string instead of a list is one message, quoted by its start', () => {
    const base = fixture('w2-child-support-2024.json').json;
    const input = { ...base, afterFiling: { received: 'x'.repeat(300) } } as unknown as CaseInput;
    let issues: unknown;
    try {
      allocate(input);
    } catch (e) {
      issues = (e as InvalidCaseError).issues;
    }
    expect(issues).toEqual([
      {
        path: 'afterFiling.received',
        message: `expected a list of amounts received, got "${'x'.repeat(40)}"... (300 characters)`,
      },
    ]);
  });
});
