import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/cli/batch-lines.js';
import { batchWorkerUrl } from '../src/cli/batch-pool.js';
import { fixture, ROOT, runCli, startCli, tempDir, type CliRun } from './cli-helpers.js';

const W2 = fixture('w2-child-support-2024.json');
const EIC = fixture('eic-children-2024.json');
const SE = fixture('self-employed-estimated-2023.json');
const line = (json: unknown) => JSON.stringify(json);

describe('form8379 batch', () => {
  it('answers every input line on the same output line, in order, and counts ok/invalid', async () => {
    const input = [
      line(W2.json),
      '{"taxYear": 2024,',
      line(EIC.json),
      '',
      line({ ...SE.json, items: [{ kind: 'wages', spouse: 'joint', amount: '10' }] }),
      line(SE.json),
    ].join('\n');
    const run = await runCli(['batch', '-'], `${input}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379 batch: 3 ok, 3 invalid (lines 2, 4, 5)\n');
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].summary).toEqual(W2.json.expected);
    expect(out[1]).toEqual({
      line: 2,
      error: {
        code: 'invalid-json',
        message:
          'invalid JSON at column 18: expected a property name in double quotes, got the end of the input',
        column: 18,
      },
    });
    expect(out[2].summary).toEqual(EIC.json.expected);
    expect(out[3]).toEqual({
      line: 4,
      error: { code: 'empty-line', message: 'empty line; expected one case as JSON' },
    });
    expect(out[4]).toEqual({
      line: 5,
      error: {
        code: 'invalid-case',
        message:
          'items[0].spouse: wages belong to the spouse who earned them: use "injured" or "other", not "joint"',
        issues: [
          {
            path: 'items[0].spouse',
            message:
              'wages belong to the spouse who earned them: use "injured" or "other", not "joint"',
          },
        ],
      },
    });
    expect(out[5].summary).toEqual(SE.json.expected);
  });

  it('--summary: one short line per case, error lines unchanged', async () => {
    const stopped = {
      ...W2.json,
      partI: { ...(W2.json.partI as Record<string, unknown>), debtOwedOnlyBySpouse: false },
      jointReturn: { overpayment: '2900.00' },
    };
    const input = [line(W2.json), '{"taxYear": 2024,', '', line(stopped)].join('\n');
    const run = await runCli(['batch', '-', '--summary'], `${input}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379 batch: 2 ok, 2 invalid (lines 2, 3)\n');
    expect(run.stdout).toBe(
      [
        '{"line":1,"summary":{"separateTax":{"injured":"4283.00","other":"1403.00"},"taxRatio":"0.7533","taxShare":{"injured":"4281.00","other":"1402.00"},"contribution":{"injured":"1819.00","other":"998.00"},"jointOverpayment":"2817.00","injuredSpouseRefund":"1819.00","otherSpouseRefund":"0.00","offsets":[{"type":"childSupport","amount":"998.00"}]},"eligibility":{"qualifies":true,"stopReason":null},"warnings":[]}',
        '{"line":2,"error":{"code":"invalid-json","message":"invalid JSON at column 18: expected a property name in double quotes, got the end of the input","column":18}}',
        '{"line":3,"error":{"code":"empty-line","message":"empty line; expected one case as JSON"}}',
        '{"line":4,"summary":{"separateTax":{"injured":"4283.00","other":"1403.00"},"taxRatio":"0.7533","taxShare":{"injured":"4281.00","other":"1402.00"},"contribution":{"injured":"1819.00","other":"998.00"},"jointOverpayment":"2817.00","injuredSpouseRefund":"0.00","otherSpouseRefund":"0.00","offsets":[{"type":"childSupport","amount":"2817.00"}]},"eligibility":{"qualifies":false,"stopReason":"no-separate-debt"},"warnings":[{"code":"overpayment-mismatch","message":"The return shows an overpayment of 2900.00 (Form 1040 line 34), but the items give 2817.00 (difference 83.00). The allocation uses the recomputed figure; check the items against the return."}]}',
        '',
      ].join('\n'),
    );
    // The summary is the full result's, and the error lines are the same with or without it.
    const full = await runCli(['batch', '-'], `${input}\n`);
    const fullLines = full.stdout.split('\n');
    const summaryLines = run.stdout.split('\n');
    expect(JSON.parse(summaryLines[0]!).summary).toEqual(W2.json.expected);
    expect(JSON.parse(summaryLines[0]!).summary).toEqual(JSON.parse(fullLines[0]!).summary);
    expect(summaryLines[1]).toBe(fullLines[1]);
    expect(summaryLines[2]).toBe(fullLines[2]);
    expect(full.stderr).toBe(run.stderr);
  });

  it('exits 0 when every line is a valid case, and writes --out', async () => {
    const dir = tempDir();
    const input = join(dir, 'cases.jsonl');
    const output = join(dir, 'results.jsonl');
    // CRLF line ends and a byte order mark, as a spreadsheet export on Windows writes them.
    writeFileSync(input, `\ufeff${[W2.json, EIC.json, SE.json].map(line).join('\r\n')}\r\n`);
    const run = await runCli(['batch', input, '--out', output]);
    expect(run.stderr).toBe('form8379 batch: 3 ok, 0 invalid\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const results = readFileSync(output, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).summary);
    expect(results).toEqual([W2.json.expected, EIC.json.expected, SE.json.expected]);
  });

  it('keeps the order over many lines', async () => {
    const cases = [W2, EIC, SE];
    const input = Array.from({ length: 150 }, (_, i) => line(cases[i % 3]!.json)).join('\n');
    const run = await runCli(['batch', '-'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('form8379 batch: 150 ok, 0 invalid\n');
    const summaries = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).summary);
    expect(summaries).toHaveLength(150);
    summaries.forEach((s, i) => expect(s).toEqual(cases[i % 3]!.json.expected));
  });

  it('runs in constant memory: more output than the heap can hold', async () => {
    const dir = tempDir();
    const input = join(dir, 'many.jsonl');
    // About 16 KB of result per case (format version 2): 6,000 cases write some 98 MB through a
    // 48 MB heap.
    const cases = [W2, EIC, SE].map((c) => line(c.json));
    writeFileSync(input, `${Array.from({ length: 6000 }, (_, i) => cases[i % 3]).join('\n')}\n`);
    const run = await runCli(['batch', input, '--out', join(dir, 'out.jsonl')], '', {
      NODE_OPTIONS: '--max-old-space-size=48',
    });
    expect(run.stderr).toBe('form8379 batch: 6000 ok, 0 invalid\n');
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'out.jsonl')).size).toBeGreaterThan(48 * 1024 * 1024);
  });

  it('streams: answers a line before the input has ended', async () => {
    const child = startCli(['batch', '-']);
    const lines = createInterface({ input: child.stdout! });
    const next = () => once(lines, 'line').then(([l]) => JSON.parse(l as string));
    child.stdin!.write(`${line(W2.json)}\n`);
    expect((await next()).summary).toEqual(W2.json.expected);
    child.stdin!.write(`${line(EIC.json)}\n`);
    expect((await next()).summary).toEqual(EIC.json.expected);
    child.stdin!.end();
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
  });

  it('lists at most ten invalid line numbers in the count', async () => {
    const run = await runCli(['batch', '-'], Array.from({ length: 12 }, () => '[]').join('\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379 batch: 0 ok, 12 invalid (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...)\n',
    );
  });

  it('accepts an empty input', async () => {
    const run = await runCli(['batch', '-'], '');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('form8379 batch: 0 ok, 0 invalid\n');
  });

  it('exits 2 naming a missing input file, before any output', async () => {
    const run = await runCli(['batch', 'no/such/cases.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'form8379: no/such/cases.jsonl: cannot read the file: no such file or directory\n',
    );
  });

  it('exits 2 for a directory given as input', async () => {
    const run = await runCli(['batch', 'test']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: test: cannot read the file: is a directory, expected a file\n',
    );
  });

  it('stops before reading when an option is out of range', async () => {
    const run = await runCli(['batch', '-', '--ratio-decimals', '1'], line(W2.json));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'form8379: --ratio-decimals: must be a whole number from 2 to 10, got 1\n',
    );
  });
});

/**
 * A mix of valid cases, invalid cases, malformed JSON, empty and whitespace lines, CRLF line ends
 * and lone CRs inside lines: `count` lines, so several batches (64 lines, 256 with --summary) and several
 * 64 KB pipe reads. Returns the input and the line numbers that are not valid cases.
 */
function mixedInput(count: number): { text: string; invalid: number[] } {
  const cases = [W2, EIC, SE].map((c) => line(c.json));
  const bad = [
    '{"taxYear": 2024,',
    '',
    '   ',
    '[]',
    line({ ...SE.json, items: [{ kind: 'wages', spouse: 'joint', amount: '10' }] }),
    'not json',
  ];
  const invalid: number[] = [];
  const lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    const isBad = n % 7 === 3 || n % 31 === 0;
    if (isBad) invalid.push(n);
    lines.push(isBad ? bad[n % bad.length]! : cases[n % cases.length]!);
  }
  // A lone \r is JSON white space, not a line end: some lines start with one.
  const text = lines
    .map((l, i) => {
      const n = i + 1;
      return `${n % 11 === 0 && l !== '' ? `\r${l}` : l}${n % 5 === 0 ? '\r\n' : '\n'}`;
    })
    .join('');
  return { text, invalid };
}

/** The count line batch writes for `ok` good lines and these invalid ones. */
function countLine(ok: number, invalid: number[]): string {
  const listed = invalid.slice(0, 10).join(', ');
  return `form8379 batch: ${ok} ok, ${invalid.length} invalid (lines ${listed}, ...)\n`;
}

describe('form8379 batch --jobs', () => {
  const { text, invalid } = mixedInput(700);
  const ok = 700 - invalid.length;

  it('writes the same bytes, in input order, with 1 and 2 threads, over many batches', async () => {
    const [one, two] = await Promise.all([
      runCli(['batch', '-', '--jobs', '1'], text),
      runCli(['batch', '-', '-j', '2'], text),
    ]);
    for (const run of [one, two]) {
      expect(run.stderr).toBe(countLine(ok, invalid));
      expect(run.code).toBe(2);
    }
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.split('\n');
    expect(out).toHaveLength(701);
    expect(out[700]).toBe('');
    // Line N answers line N: an error line names its N, a case gives its expected summary.
    const cases = [W2, EIC, SE];
    out.slice(0, 700).forEach((l, i) => {
      const json = JSON.parse(l);
      if (invalid.includes(i + 1)) expect(json.line).toBe(i + 1);
      else expect(json.summary).toEqual(cases[(i + 1) % 3]!.json.expected);
    });
  });

  it('--summary: the same bytes with 1 and 2 threads', async () => {
    const [one, two] = await Promise.all([
      runCli(['batch', '-', '--summary', '--jobs', '1'], text),
      runCli(['batch', '-', '--summary', '--jobs', '2'], text),
    ]);
    expect(one.stderr).toBe(countLine(ok, invalid));
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').map((l) => (l ? JSON.parse(l).line : null))).toEqual([
      ...Array.from({ length: 700 }, (_, i) => i + 1),
      null,
    ]);
  });

  it('reads a file in the same lines as a pipe, exit 0 when all are valid', async () => {
    const dir = tempDir();
    const input = join(dir, 'cases.jsonl');
    const cases = [W2, EIC, SE].map((c) => line(c.json));
    // A byte order mark, and no line end after the last line.
    writeFileSync(input, `\ufeff${Array.from({ length: 200 }, (_, i) => cases[i % 3]).join('\n')}`);
    const [one, two] = await Promise.all([
      runCli(['batch', input, '--jobs', '1', '--summary']),
      runCli(['batch', input, '--jobs', '3', '--summary']),
    ]);
    expect(one.stderr).toBe('form8379 batch: 200 ok, 0 invalid\n');
    expect(two.stderr).toBe(one.stderr);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(200);
  });

  for (const bad of ['0', 'abc', '65', '1.5', '-1']) {
    it(`--jobs ${bad} is a usage error`, async () => {
      const run = await runCli(['batch', '-', '--jobs', bad], line(W2.json));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `form8379: option '-j, --jobs <n>' argument '${bad}' is invalid. expected a whole number from 1 to 64.\nform8379: add --help for usage\n`,
      );
    });
  }

  it('--help documents --jobs', async () => {
    const run = await runCli(['batch', '--help']);
    expect(run.stdout).toContain('-j, --jobs <n>');
    expect(run.stdout).toContain('byte for byte');
  });

  it('finds the worker module from source and from dist/', () => {
    // From source: next to batch-pool.ts (the worker registers tsx itself, see workerEntry).
    const fromSource = batchWorkerUrl();
    expect(fromSource && fileURLToPath(fromSource)).toBe(join(ROOT, 'src/cli/batch-worker.ts'));
    // Built: the command's code is in dist/chunks/, the worker is dist/batch-worker.js.
    const built = new Set(['/pkg/dist/batch-worker.js']);
    const has = (path: string) => built.has(path);
    expect(batchWorkerUrl('file:///pkg/dist/chunks/batch-ABC123.js', has)?.href).toBe(
      'file:///pkg/dist/batch-worker.js',
    );
    expect(batchWorkerUrl('file:///pkg/dist/cli.js', has)?.href).toBe(
      'file:///pkg/dist/batch-worker.js',
    );
    // Missing: null; runBatch then allocates on the main thread, with a note on stderr.
    expect(batchWorkerUrl('file:///elsewhere/chunks/batch.js', has)).toBeNull();
  });

  // Built here, from the sources under test, into a folder inside the repository (so the build
  // resolves the dependencies in node_modules): a stale or missing dist/ cannot skip or fail it.
  const builtDir = join(ROOT, 'node_modules', '.cache', 'form8379-test-build');
  beforeAll(async () => {
    rmSync(builtDir, { recursive: true, force: true });
    const { build } = await import('tsup');
    await build({
      config: false,
      silent: true,
      entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
      format: ['esm'],
      splitting: true,
      target: 'node20',
      platform: 'node',
      outDir: builtDir,
      dts: false,
    });
  }, 120_000);
  it('the built CLI starts its batch-worker.js', async () => {
    expect(existsSync(join(builtDir, 'batch-worker.js'))).toBe(true);
    const child = spawn(process.execPath, [join(builtDir, 'cli.js'), 'batch', '-', '-j', '2'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const run = await new Promise<CliRun>((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(text);
    });
    const reference = await runCli(['batch', '-', '--jobs', '1'], text);
    expect(run.stderr).toBe(countLine(ok, invalid));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(reference.stdout);
  });
});

describe('LineSplitter', () => {
  /**
   * The lines of a whole input: cut at \n, a \r just before it dropped with it, a lone \r kept
   * (JSON white space), the text after the last \n a line when not empty.
   */
  function referenceLines(chunks: Buffer[]): string[] {
    const parts = Buffer.concat(chunks).toString('utf8').split('\n');
    const last = parts.pop()!;
    const lines = parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    if (last !== '') lines.push(last);
    return lines;
  }

  function splitterLines(chunks: Buffer[], maxLines: number, maxLineBytes?: number): string[] {
    const splitter = new LineSplitter(maxLines, maxLineBytes);
    const lines: string[] = [];
    let expectLine = 1;
    const take = (batch: ReturnType<LineSplitter['end']>) => {
      if (!batch) return;
      const { job } = batch;
      expect(job.firstLine).toBe(expectLine);
      expect(job.bounds.length / 2).toBe(batch.lines);
      expect(batch.lines).toBeLessThanOrEqual(maxLines);
      const data = Buffer.from(job.data);
      for (let i = 0; i < batch.lines; i++) {
        const start = job.bounds[2 * i]!;
        const end = job.bounds[2 * i + 1]!;
        lines.push(start < 0 ? `<too long: ${end}>` : data.toString('utf8', start, end));
      }
      expectLine += batch.lines;
    };
    for (const chunk of chunks) splitter.push(chunk).forEach(take);
    take(splitter.end());
    return lines;
  }

  it('cuts lines at \\n and \\r\\n, never at a lone \\r, across chunks, in UTF-8', async () => {
    const piece = fc.constantFrom(
      'a',
      '{"x":1}',
      ' ',
      'é',
      '€',
      '😀',
      '\ufeff',
      '\n',
      '\r',
      '\r\n',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (pieces, cuts, maxLines) => {
          const bytes = Buffer.from(pieces.join(''), 'utf8');
          const chunks: Buffer[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(splitterLines(chunks, maxLines)).toEqual(referenceLines(chunks));
          // With a limit, every line over it is a marker of its length, the others as they are.
          const limit = 6;
          expect(splitterLines(chunks, maxLines, limit)).toEqual(
            referenceLines(chunks).map((l) => {
              const size = Buffer.byteLength(l);
              return size > limit ? `<too long: ${size}>` : l;
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports where each batch ends in the input', () => {
    const splitter = new LineSplitter(2);
    const [a] = splitter.push(Buffer.from('ab\r\ncd\ne\rf'));
    expect([a!.lines, a!.endOffset]).toEqual([2, 7]);
    expect(splitter.push(Buffer.from('g\n'))[0]).toMatchObject({ lines: 1, endOffset: 12 });
    expect(splitter.end()).toBeNull();
  });
});

// util-linux `script` runs the CLI on a pseudo-terminal, the only way to get a progress bar.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript)
  console.warn('cli-batch: `script` (util-linux) not found, progress bar test skipped');

describe.skipIf(!hasScript)('form8379 batch on a terminal', () => {
  it('draws a progress bar on stderr and still answers every line, in order', () => {
    const dir = tempDir();
    const input = join(dir, 'cases.jsonl');
    const output = join(dir, 'results.jsonl');
    const cases = [W2, EIC, SE];
    writeFileSync(
      input,
      Array.from({ length: 3000 }, (_, i) => line(cases[i % 3]!.json)).join('\n'),
    );
    const command = `${process.execPath} --import tsx src/cli/main.ts batch ${input} --out ${output}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+% \| \d+ cases, 0 invalid/);
    expect(run.stdout).toContain('form8379 batch: 3000 ok, 0 invalid');
    const summaries = readFileSync(output, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).summary);
    expect(summaries).toHaveLength(3000);
    summaries.forEach((s, i) => expect(s).toEqual(cases[i % 3]!.json.expected));
  });
});
