import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, packageJsonVersion, runCli, tempDir } from './cli-helpers.js';

const W2 = fixture('w2-child-support-2024.json');

/** A case with four problems, each at a different JSON path. */
const INVALID_CASE = {
  taxYear: '2024',
  spouses: { injured: { name: '' }, other: { name: 'B' } },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  items: [{ kind: 'wage', spouse: 'injured', amount: '12x' }],
};

describe('form8379 allocate', () => {
  it('prints the JSON result whose summary is the case file\'s "expected"', async () => {
    const run = await runCli(['allocate', W2.path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).slice(0, 3)).toEqual(['summary', 'warnings', 'formatVersion']);
    expect(result.formatVersion).toBe(2);
    expect(result).not.toHaveProperty('trace');
    expect(result.summary).toEqual(W2.json.expected);
  });

  it('reads the case from standard input with -', async () => {
    const run = await runCli(['allocate', '-'], JSON.stringify(W2.json));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toEqual(W2.json.expected);
  });

  it('writes --out to a file and prints the summary on stderr', async () => {
    const out = join(tempDir(), 'result.json');
    const run = await runCli(['allocate', W2.path, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toEqual(W2.json.expected);
    expect(run.stderr).toBe(
      [
        `Wrote ${out} (json) from ${W2.path}.`,
        'Form 8379 injured spouse allocation, tax year 2024 (estimate):',
        '  Joint overpayment                      $2,817.00',
        '  Applied to: Past-due child support       $998.00',
        '  Refund to Dana Reyes (injured spouse)  $1,819.00',
        '  Refund to the other spouse                 $0.00',
        '',
      ].join('\n'),
    );
  });

  it('--quiet keeps stderr empty with --out', async () => {
    const out = join(tempDir(), 'result.json');
    const run = await runCli(['allocate', W2.path, '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('passes the allocation options through (--ratio-decimals)', async () => {
    const run = await runCli(['allocate', W2.path, '--ratio-decimals', '6']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.options.ratioDecimals).toBe(6);
    expect(result.summary.taxRatio).toMatch(/^0\.\d{6}$/);
  });
});

describe('form8379 allocate: community property option', () => {
  it('--community-property-netting independent lets each debt reach on its own', async () => {
    const tx = fixture('tx-wages-mixed-debts-2024.json');
    const netted = JSON.parse((await runCli(['allocate', tx.path])).stdout);
    expect(netted.summary).toEqual(tx.json.expected);
    const run = await runCli(['allocate', tx.path, '--community-property-netting', 'independent']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.options.communityPropertyNetting).toBe('independent');
    // The child support no longer has its reach reduced by the federal tax offset before it.
    expect(result.summary.offsets).toEqual([
      { type: 'federalTax', amount: '1483.97' },
      { type: 'childSupport', amount: '600.00' },
    ]);
    expect(result.summary.injuredSpouseRefund).toBe('201.03');
  });
});

describe('form8379 allocate: user errors exit 2 with the file, the path and what was expected', () => {
  it('names every invalid field path of the case', async () => {
    const file = join(tempDir(), 'case.json');
    writeFileSync(file, JSON.stringify(INVALID_CASE, null, 2));
    const run = await runCli(['allocate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `form8379: ${file}: taxYear: expected the tax year as a number, e.g. 2024, got "2024"`,
    );
    expect(lines[1]).toBe(`form8379: ${file}: spouses.injured.name: the name must not be empty`);
    expect(lines[2]).toMatch(
      new RegExp(
        `^form8379: ${file}: items\\[0\\]\\.kind: unknown item kind "wage"; expected one of wages, `,
      ),
    );
    expect(lines[3]).toBe(
      `form8379: ${file}: items[0].amount: expected an amount such as "1234.50", got "12x"`,
    );
  });

  it('names <stdin> when the case came from standard input', async () => {
    const run = await runCli(['allocate', '-'], JSON.stringify({ ...W2.json, taxYear: 2024.5 }));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form8379: <stdin>: taxYear: expected a whole year, e.g. 2024\n');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "taxYear": 2024,\n  "spouses": {}\n  "items": []\n}\n');
    const run = await runCli(['allocate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `form8379: ${file}:4:3: invalid JSON: expected ',' or '}' after a property value, got '"'\n`,
    );
  });

  it('reports a trailing comma at its position', async () => {
    const run = await runCli(['allocate', '-'], '{"taxYear": 2024,}');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "form8379: <stdin>:1:18: invalid JSON: expected a property after ',' (JSON allows no trailing comma)\n",
    );
  });

  it('reports an empty input', async () => {
    const run = await runCli(['allocate', '-'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: <stdin>:1:1: invalid JSON: the input is empty, expected a JSON object\n',
    );
  });

  it('reports a missing file without a stack trace', async () => {
    const run = await runCli(['allocate', 'no/such/case.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: no/such/case.json: cannot read the file: no such file or directory\n',
    );
  });

  it('reports an --out file that cannot be written', async () => {
    const run = await runCli(['allocate', W2.path, '--out', 'no/such/dir/out.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: no/such/dir/out.json: cannot write the file: no such file or directory\n',
    );
  });

  it('rejects an unknown --format', async () => {
    const run = await runCli(['allocate', W2.path, '--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "form8379: option '-f, --format <format>' argument 'docx' is invalid. Allowed choices are json, html, markdown, text, pdf.\nform8379: add --help for usage\n",
    );
  });

  it('rejects a --date that is not a calendar date', async () => {
    const run = await runCli(['allocate', W2.path, '--format', 'text', '--date', '2025-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "form8379: option '--date <YYYY-MM-DD>' argument '2025-02-30' is invalid. expected a calendar date as YYYY-MM-DD, e.g. 2025-03-14.\nform8379: add --help for usage\n",
    );
  });

  it('names the flag of an out-of-range option', async () => {
    const run = await runCli(['allocate', W2.path, '--ratio-decimals', '12']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: --ratio-decimals: must be a whole number from 2 to 10, got 12\n',
    );
  });

  it('rejects worksheet flags with --format json instead of ignoring them', async () => {
    const run = await runCli(['allocate', W2.path, '--date', '2025-03-14', '--show-ssn']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'form8379: --date, --show-ssn: only for a worksheet (--format html, markdown or text), not --format json\n',
    );
  });

  it('requires the case argument', async () => {
    const run = await runCli(['allocate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "form8379: missing required argument 'case.json'\nform8379: add --help for usage\n",
    );
  });
});

describe('form8379 --help and --version', () => {
  const version = packageJsonVersion();

  it('prints the package.json version at the root and in every command', async () => {
    for (const args of [
      ['--version'],
      ['-V'],
      ['allocate', '--version'],
      ['batch', '--version'],
      ['check', '--version'],
      ['schema', '--version'],
    ]) {
      const run = await runCli(args);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({
        args,
        code: 0,
        stdout: `${version}\n`,
      });
    }
  });

  it('prints help for the root and every command, exit 0', async () => {
    for (const command of ['allocate', 'batch', 'check', 'schema']) {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: form8379 ${command} [options]`);
    }
    const root = await runCli(['--help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('Exit codes: 0 success, 2 invalid input or usage, 1 unexpected');
  });

  it('shows the usage on stderr with exit 2 when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: form8379 [options] [command]');
  });

  it('suggests the closest command for a typo', async () => {
    const run = await runCli(['alocate', W2.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "form8379: unknown command 'alocate'\nform8379: (Did you mean allocate?)\nform8379: add --help for usage\n",
    );
  });
});
