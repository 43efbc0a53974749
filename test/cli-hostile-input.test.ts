/**
 * Hostile and broken input through the CLI: deep nesting, internal errors, a full stdout, an
 * interrupted batch, duplicate keys, invalid UTF-8, terminal escapes and unbounded error lists.
 * Each test checks the exit code, the exact first line of stderr and that no stack is printed.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeValidateCase } from '../src/input/validate.js';
import { fixture, ROOT, runCli, startCli, tempDir, type CliRun } from './cli-helpers.js';
import { runCliInProcess } from './cli-in-process.js';

const W2 = fixture('w2-child-support-2024.json');
const STACK = /^\s+at /m;
// C0 and C1 controls, DEL and the bidi controls: none may reach a terminal raw.
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const firstLine = (text: string) => text.split('\n')[0];

function write(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** The CLI with its standard output sent to `path` (e.g. /dev/full). */
async function runCliToFile(args: readonly string[], path: string): Promise<CliRun> {
  const fd = openSync(path, 'w');
  try {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', fd, 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const [code] = (await once(child, 'close')) as [number | null];
    return { code, stdout: '', stderr };
  } finally {
    closeSync(fd);
  }
}

const W2_LINE = JSON.stringify(W2.json);

describe('item 1: deep nesting', () => {
  it('allocate: 10,000 open brackets give exit 2 and one line, no stack', async () => {
    const file = write('deep.json', `${'['.repeat(10000)}\n`);
    const run = await runCli(['allocate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `form8379: ${file}:2:1: invalid JSON: expected a value (an object, array, string, number, true, false or null), got the end of the input\n`,
    );
  });

  it('allocate and check: a 20,000-deep valid value is an invalid case, exit 2', async () => {
    const file = write('deep.json', `{"taxYear": ${'['.repeat(20000)}${']'.repeat(20000)}}`);
    for (const command of ['allocate', 'check']) {
      const run = await runCliInProcess([command, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK);
      expect(firstLine(run.stderr)).toMatch(new RegExp(`^form8379: ${file}: taxYear: `));
    }
  });

  it('batch: a 5,000-deep line between two good lines is an error line, the batch goes on', async () => {
    const input = `${W2_LINE}\n${'['.repeat(5000)}\n${W2_LINE}\n`;
    const runs = await Promise.all(
      ['1', '2'].map((jobs) => runCli(['batch', '-', '--jobs', jobs, '--summary'], input)),
    );
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('form8379 batch: 2 ok, 1 invalid (line 2)\n');
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      expect(JSON.parse(lines[1]!)).toEqual({
        line: 2,
        error: {
          code: 'invalid-json',
          message:
            'invalid JSON at column 5001: expected a value (an object, array, string, number, true, false or null), got the end of the input',
          column: 5001,
        },
      });
    }
  });
});

describe('item 2: an internal error is one line, the stack only with --debug', () => {
  const preload = join(ROOT, 'test/fixtures/preload/internal-error.mjs');
  const env = { NODE_OPTIONS: `--import=${preload}` };
  const message =
    'form8379: internal error: boom from the test preload; please report it with the input (run with --debug for the stack)';

  it('prints one line and exits 1', async () => {
    const run = await runCli(['allocate', W2.path, '--format', 'text'], '', env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('prints the stack after that line with --debug or FORM8379_DEBUG=1', async () => {
    const runs = await Promise.all(
      (
        [
          [['allocate', W2.path, '--format', 'text', '--debug'], {}],
          [['--debug', 'allocate', W2.path, '--format', 'text'], {}],
          [['allocate', W2.path, '--format', 'text'], { FORM8379_DEBUG: '1' }],
        ] as const
      ).map(([args, extra]) => runCli(args, '', { ...env, ...extra })),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(firstLine(run.stderr)).toBe(message);
      expect(run.stderr).toMatch(STACK);
      expect(run.stderr).toContain('TypeError: boom from the test preload');
    }
  });
});

describe('item 3: a full standard output', () => {
  it('allocate > /dev/full: exit 2 and one line', async () => {
    const run = await runCliToFile(['allocate', W2.path], '/dev/full');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379: cannot write the output: no space left on device\n');
  });

  it('batch > /dev/full: exit 2 and one line, on one thread or two', async () => {
    const file = write('cases.jsonl', `${W2_LINE}\n${W2_LINE}\n`);
    const runs = await Promise.all(
      ['1', '2'].map((jobs) => runCliToFile(['batch', file, '--jobs', jobs], '/dev/full')),
    );
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('form8379: cannot write the output: no space left on device\n');
    }
  });

  it('check and schema > /dev/full: exit 2 and one line', async () => {
    const runs = await Promise.all(
      [['check', W2.path], ['schema']].map((args) => runCliToFile(args, '/dev/full')),
    );
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('form8379: cannot write the output: no space left on device\n');
    }
  });
});

describe('item 4: an interrupted batch', () => {
  /** Starts `batch -` with `lines` on stdin, stdin left open, and waits until `ready()`. */
  async function interrupt(
    args: readonly string[],
    ready: (stdout: string) => boolean,
    signal: 'SIGTERM' | 'SIGINT',
  ): Promise<CliRun> {
    const child = startCli(['batch', '-', '--summary', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = once(child, 'close');
    child.stdin!.write(`${`${W2_LINE}\n`.repeat(300)}${W2_LINE.slice(0, 100)}`);
    const deadline = Date.now() + 30_000;
    while (!ready(stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    const [code] = (await closed) as [number | null];
    return { code, stdout, stderr };
  }

  it('--out: SIGTERM leaves no file and no temporary file, says so, exit 143', async () => {
    const dir = tempDir();
    const out = join(dir, 's.out');
    const tempWritten = () => readdirSync(dir).some((f) => readFileSync(join(dir, f)).length > 0);
    const run = await interrupt(['--out', out, '--jobs', '2'], tempWritten, 'SIGTERM');
    expect(run.code).toBe(143);
    expect(run.stderr).toBe(`form8379 batch: interrupted by SIGTERM; ${out} was not written\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--out: an existing file is kept as it was when the batch is interrupted (SIGINT, exit 130)', async () => {
    const dir = tempDir();
    const out = join(dir, 's.out');
    writeFileSync(out, 'before\n');
    const tempWritten = () =>
      readdirSync(dir).some((f) => f !== 's.out' && readFileSync(join(dir, f)).length > 0);
    const run = await interrupt(['--out', out, '--jobs', '1'], tempWritten, 'SIGINT');
    expect(run.code).toBe(130);
    expect(run.stderr).toBe(`form8379 batch: interrupted by SIGINT; ${out} was not written\n`);
    expect(readFileSync(out, 'utf8')).toBe('before\n');
    expect(readdirSync(dir)).toEqual(['s.out']);
  });

  it('standard output: whole lines only, their count on stderr, exit 130', async () => {
    const run = await interrupt(['--jobs', '2'], (stdout) => stdout.length > 0, 'SIGINT');
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.split('\n').slice(0, -1);
    for (const l of lines) expect(JSON.parse(l).line).toBeGreaterThan(0);
    expect(run.stderr).toBe(
      `form8379 batch: interrupted by SIGINT; ${lines.length} lines written to standard output\n`,
    );
  });

  it('--out: a batch that ends renames the temporary file into place and leaves nothing else', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.jsonl');
    const run = await runCli(['batch', '-', '--summary', '--out', out], `${W2_LINE}\n[\n`);
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['r.jsonl']);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(3);
  });
});

describe('item 5: duplicate keys', () => {
  const text =
    '{"taxYear": 2024, "spouses": {"injured": {"name": "A"}, "other": {"name": "B"}}, ' +
    '"partI": {"jointReturn": true, "debtOwedOnlyBySpouse": true, "injuredLegallyObligated": false}, ' +
    '"items": [{"kind": "wages", "spouse": "injured", "amount": "52000", "withholding": "100.00", "withholding": "6100.00"}]}';
  const first = text.indexOf('"withholding"') + 1;
  const second = text.lastIndexOf('"withholding"') + 1;

  it('allocate and check reject it with its path, line and column', async () => {
    const file = write('dup.json', text);
    for (const command of ['allocate', 'check']) {
      // One real process, and the entry in process for the other command (faster).
      const run = await (command === 'allocate' ? runCli : runCliInProcess)([command, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `form8379: ${file}:1:${second}: items[0].withholding: duplicate key "withholding" (first at 1:${first})\n`,
      );
    }
  });

  it('finds keys that differ only in their escapes, on any line', async () => {
    const file = write('dup.json', '{\n  "taxYear": 2024,\n  "tax\\u0059ear": 2025\n}\n');
    const run = await runCliInProcess(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `form8379: ${file}:3:3: taxYear: duplicate key "taxYear" (first at 2:3)\n`,
    );
  });

  it('batch writes an error line for it', async () => {
    const run = await runCli(['batch', '-', '--summary'], `${W2_LINE}\n${text}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379 batch: 1 ok, 1 invalid (line 2)\n');
    expect(JSON.parse(run.stdout.split('\n')[1]!)).toEqual({
      line: 2,
      error: {
        code: 'duplicate-key',
        message: `items[0].withholding: duplicate key "withholding" at column ${second} (first at column ${first})`,
        issues: [{ path: 'items[0].withholding', message: 'duplicate key "withholding"' }],
        column: second,
      },
    });
  });
});

describe('item 6: invalid UTF-8', () => {
  const good = Buffer.from('{\n  "title": "Dana ', 'utf8');
  const bytes = Buffer.concat([
    good,
    Buffer.from([0xff]),
    Buffer.from('",\n  "taxYear": 2024\n}\n'),
  ]);

  it('allocate and check reject it with the line, column and byte offset', async () => {
    const file = write('bad.json', bytes);
    for (const command of ['allocate', 'check']) {
      // One real process, and the entry in process for the other command (faster).
      const run = await (command === 'allocate' ? runCli : runCliInProcess)([command, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `form8379: ${file}:2:${good.length - good.lastIndexOf(0x0a)}: invalid UTF-8: byte 0xff at byte offset ${good.length} is not UTF-8 text; save the file as UTF-8\n`,
      );
    }
  });

  it('rejects a truncated sequence and an encoded surrogate', async () => {
    for (const [bad, at] of [
      [Buffer.from([0x22, 0xe2, 0x82, 0x22]), 1],
      [Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), 1],
      [Buffer.from([0x22, 0x61, 0xc0, 0xaf, 0x22]), 2],
    ] as const) {
      const file = write('bad.json', bad);
      const run = await runCliInProcess(['check', file]);
      expect(run.code).toBe(2);
      expect(firstLine(run.stderr)).toBe(
        `form8379: ${file}:1:${at + 1}: invalid UTF-8: byte 0x${bad[at]!.toString(16)} at byte offset ${at} is not UTF-8 text; save the file as UTF-8`,
      );
    }
  });

  it('batch writes an error line for it and goes on', async () => {
    const input = Buffer.concat([
      Buffer.from(`${W2_LINE}\n{"title": "ab`),
      Buffer.from([0xc3]),
      Buffer.from(`"}\n${W2_LINE}\n`),
    ]);
    const file = write('bad.jsonl', input);
    const run = await runCli(['batch', file, '--summary']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379 batch: 2 ok, 1 invalid (line 2)\n');
    expect(JSON.parse(run.stdout.split('\n')[1]!)).toEqual({
      line: 2,
      error: {
        code: 'invalid-utf8',
        message: 'invalid UTF-8 at column 14: byte 0xc3 is not UTF-8 text',
        column: 14,
      },
    });
  });
});

describe('item 7: no raw control characters on a terminal', () => {
  const hostile =
    'Dana \u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u0007 \u202eevil\u009b2J';
  const shown =
    'Dana \\u001b]0;pwned\\u0007\\u001b[2J\\u001b]8;;https://evil.example\\u0007 \\u202eevil\\u009b2J';
  const hostileCase = (): Record<string, unknown> => {
    const c = structuredClone(W2.json) as { spouses: { injured: { name: string } } };
    c.spouses.injured.name = hostile;
    return c;
  };

  it('allocate --out: the stderr summary shows the name with visible escapes', async () => {
    const file = write('case.json', JSON.stringify(hostileCase()));
    const out = join(tempDir(), 'w.html');
    const run = await runCli(['allocate', file, '--format', 'html', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain(`  Refund to ${shown} (injured spouse)`);
  });

  it('error messages show control characters in file names and keys as escapes', async () => {
    const missing = join(tempDir(), '\u001b[2Jx\u202e.json');
    const run = await runCliInProcess(['allocate', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `form8379: ${missing.replace('\u001b', '\\u001b').replace('\u202e', '\\u202e')}: cannot read the file: no such file or directory\n`,
    );
    const file = write('key.json', JSON.stringify({ ...W2.json, '\u009b31m\u200f': 1 }));
    const check = await runCliInProcess(['check', file]);
    expect(check.code).toBe(2);
    expect(firstLine(check.stderr)).toBe(
      `form8379: ${file}: (root): unknown field "\\u009b31m\\u200f"`,
    );
    expect(check.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a command-line error echoing an argument shows it escaped', async () => {
    const run = await runCliInProcess(['allocate', W2.path, '--format', '\u001b[2J']);
    expect(run.code).toBe(2);
    expect(firstLine(run.stderr)).toBe(
      "form8379: option '-f, --format <format>' argument '\\u001b[2J' is invalid. Allowed choices are json, html, markdown, text, pdf.",
    );
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a worksheet printed on standard output has no raw control character, whatever its format', async () => {
    const c = hostileCase() as { spouses: { other: { name: string } } };
    c.spouses.other.name = 'Chris\rOverwritten \u009b2J';
    const file = write('case.json', JSON.stringify(c));
    for (const format of ['html', 'markdown', 'text']) {
      const run = await runCliInProcess([
        'allocate',
        file,
        '--format',
        format,
        '--date',
        '2025-03-14',
      ]);
      expect(run.code).toBe(0);
      // Line breaks and tabs are the layout's own; nothing else may reach the terminal raw.
      expect(run.stdout, format).not.toMatch(RAW_CONTROL);
      expect(run.stdout, format).not.toContain('\r');
      // Shown (in Markdown with its backslash escaped in turn: it renders as \u001b).
      expect(run.stdout, format).toMatch(/\\{1,2}u001b\\?\]0;pwned\\{1,2}u0007/);
      // A carriage return: a visible escape in HTML, a space where text is made one line.
      expect(run.stdout, format).toMatch(
        format === 'html' ? /Chris\\u000dOverwritten/ : /Chris Overwritten/,
      );
    }
  });

  it('the text worksheet shows the name with visible escapes', async () => {
    const file = write('case.json', JSON.stringify(hostileCase()));
    const run = await runCliInProcess([
      'allocate',
      file,
      '--format',
      'text',
      '--date',
      '2025-03-14',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
  });

  it('JSON output escapes C1 and bidi controls too, and still parses to the same text', async () => {
    const c = hostileCase() as { items: { description?: string }[] };
    c.items[0]!.description = hostile;
    const run = await runCliInProcess(['allocate', write('case.json', JSON.stringify(c))]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain(`${shown}"`);
    expect(run.stdout).toContain('\\u202eevil\\u009b2J');
    // The escapes are JSON's own spelling: the output parses to the text of the input.
    expect(JSON.parse(`"${shown}"`)).toBe(hostile);
    const batch = await runCli(['batch', '-', '--jobs', '1'], `${JSON.stringify(c)}\n`);
    expect(batch.code).toBe(0);
    expect(batch.stdout).not.toMatch(RAW_CONTROL);
    expect(batch.stdout).toContain(`${shown}"`);
  });
});

describe('item 9: a bounded list of problems', () => {
  const many = {
    ...W2.json,
    // The most items a case may hold (src/input/limits.ts), each with a problem.
    items: Array.from({ length: 1_000 }, () => ({
      kind: 'wage',
      spouse: 'injured',
      amount: '1',
    })),
  };
  const outcome = safeValidateCase(many);
  const total = outcome.ok ? 0 : outcome.issues.length;

  it('allocate and check list the first 50 problems and say how many more there are', async () => {
    expect(total).toBeGreaterThan(1_000 - 1);
    const file = write('many.json', JSON.stringify(many));
    for (const command of ['allocate', 'check']) {
      // One real process, and the entry in process for the other command (faster).
      const run = await (command === 'allocate' ? runCli : runCliInProcess)([command, file]);
      expect(run.code).toBe(2);
      const lines = run.stderr.split('\n');
      expect(lines).toHaveLength(52);
      expect(lines[50]).toBe(`form8379: ... and ${total - 50} more problems`);
      expect(lines[51]).toBe('');
      expect(lines[0]).toMatch(new RegExp(`^form8379: ${file}: items\\[0\\]`));
    }
  });

  it('the batch error object keeps every issue', async () => {
    const run = await runCli(['batch', '-'], `${JSON.stringify(many)}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379 batch: 0 ok, 1 invalid (line 1)\n');
    expect(JSON.parse(run.stdout).error.issues).toHaveLength(total);
  });
});
