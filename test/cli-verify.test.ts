/**
 * `form8379 verify case.json...`: every reference case and bundled example passes; a case with one
 * expected figure changed by a cent fails, naming the figure and its rule, with exit code 3; the
 * JSON form is the same as data; a file that cannot be verified is exit 2. And `allocate --as-of`
 * reaches the after-filing check.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, tempDir } from './cli-helpers.js';
import { runCliInProcess } from './cli-in-process.js';

const REFERENCE = readdirSync(join(ROOT, 'test', 'fixtures', 'cases'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `test/fixtures/cases/${f}`);
const EXAMPLES = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `examples/${d.name}/case.json`)
  .sort();

interface VerifyJson {
  readonly matches: boolean;
  readonly cases: readonly {
    readonly file: string;
    readonly matches?: boolean;
    readonly figures?: readonly {
      readonly figure: string;
      readonly expected: string | null;
      readonly computed: string | null;
      readonly difference: string | null;
      readonly matches: boolean;
      readonly rule: string | null;
    }[];
    readonly error?: readonly string[];
  }[];
}

/** A reference case with one expected figure a cent off, written to a temporary file. */
function oneCentOff(): string {
  const { json } = fixture('self-employed-estimated-2023.json');
  const expected = json.expected as { taxShare: { injured: string } };
  expect(expected.taxShare.injured).toBe('5561.92');
  expected.taxShare.injured = '5561.93';
  const file = join(tempDir(), 'one-cent-off.json');
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('form8379 verify', () => {
  it('every reference case and bundled example passes (exit 0)', async () => {
    expect(REFERENCE.length).toBeGreaterThanOrEqual(14);
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    const run = await runCliInProcess(['verify', ...REFERENCE, ...EXAMPLES]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of [...REFERENCE, ...EXAMPLES]) {
      expect(run.stdout).toMatch(new RegExp(`^${file}: all \\d+ expected figures match$`, 'm'));
    }
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${REFERENCE.length + EXAMPLES.length} cases verified: every expected figure matches`,
    );
  });

  it('prints the table: figure, expected, computed, difference, and the rule of a figure that differs', async () => {
    const file = oneCentOff();
    const run = await runCliInProcess(['verify', file]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${file}: 1 of 12 expected figures differs`);
    expect(lines[1]).toMatch(/^ {2}figure +expected +computed +difference +rule$/);
    const differing = lines.filter((l) => /R-[A-Z-]+/.test(l));
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(
      /^ {2}taxShare\.injured +5561\.93 +5561\.92 +-0\.01 +R-TAX-SHARE$/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}taxShare\.other +2275\.08 +2275\.08 +0\.00$/),
    );
  });

  it('--format json gives the same as data', async () => {
    const file = oneCentOff();
    const run = await runCliInProcess([
      'verify',
      '--format',
      'json',
      file,
      'examples/two-earners-child-support/case.json',
    ]);
    expect(run.code).toBe(3);
    const data = JSON.parse(run.stdout) as VerifyJson;
    expect(data.matches).toBe(false);
    expect(data.cases.map((c) => [c.file, c.matches])).toEqual([
      [file, false],
      ['examples/two-earners-child-support/case.json', true],
    ]);
    const rows = data.cases[0]?.figures ?? [];
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => !r.matches)).toEqual([
      {
        figure: 'taxShare.injured',
        expected: '5561.93',
        computed: '5561.92',
        difference: '-0.01',
        matches: false,
        rule: 'R-TAX-SHARE',
        problem: null,
      },
    ]);
    expect(rows.map((r) => r.figure)).toEqual([
      'separateTax.injured',
      'separateTax.other',
      'taxRatio',
      'taxShare.injured',
      'taxShare.other',
      'contribution.injured',
      'contribution.other',
      'jointOverpayment',
      'injuredSpouseRefund',
      'otherSpouseRefund',
      'offsets[0].type',
      'offsets[0].amount',
    ]);
  });

  it('exit code 3 from the real command, documented in its help', async () => {
    const run = await runCli(['verify', oneCentOff()]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('R-TAX-SHARE');
    const help = await runCliInProcess(['--help']);
    expect(help.stdout).toContain('3 verify found a figure that differs from "expected"');
  });

  it('a file it cannot verify (invalid, no expected, missing) is exit 2, after the others are verified', async () => {
    const dir = tempDir();
    const noExpected = join(dir, 'no-expected.json');
    const { json } = fixture('eic-children-2024.json');
    delete json.expected;
    writeFileSync(noExpected, JSON.stringify(json));
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...json, taxYear: 2017 }));
    const run = await runCliInProcess([
      'verify',
      noExpected,
      'examples/eic-family/case.json',
      invalid,
      join(dir, 'missing.json'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('examples/eic-family/case.json: all 14 expected figures match');
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors[0]).toBe(
      `form8379: ${noExpected}: the case has no "expected" figures to verify (the keys of the result's "summary": docs/case-format.md)`,
    );
    expect(errors[1]).toMatch(
      new RegExp(`^form8379: ${invalid}: taxYear: no tax parameters for tax year 2017`),
    );
    expect(errors[2]).toBe(
      `form8379: ${join(dir, 'missing.json')}: cannot read the file: no such file or directory`,
    );
  });
});

describe('allocate --as-of', () => {
  it('is "today" for the after-filing check; a date that is not real is a usage error', async () => {
    const { json } = fixture('w2-child-support-2024.json');
    const file = join(tempDir(), 'after-filing.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...json,
        form8379: { filedWith: 'originalReturn' },
        afterFiling: { form8379Filed: { date: '2025-02-10', efiled: true }, received: [] },
      }),
    );
    const pending = await runCliInProcess(['allocate', file, '--as-of', '2025-03-17']);
    expect(pending.code).toBe(0);
    const check = (
      JSON.parse(pending.stdout) as { check: { asOf: string; checks: { class: string }[] } }
    ).check;
    expect(check.asOf).toBe('2025-03-17');
    expect(check.checks[2]?.class).toBe('pending');
    const late = await runCliInProcess(['allocate', file, '--as-of', '2025-04-28']);
    expect(
      (JSON.parse(late.stdout) as { check: { checks: { class: string }[] } }).check.checks[2]
        ?.class,
    ).toBe('unexplained');
    // Without --as-of the CLI passes today's date.
    const today = await runCliInProcess(['allocate', file]);
    expect((JSON.parse(today.stdout) as { check: { asOf: string } }).check.asOf).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    const bad = await runCliInProcess(['allocate', file, '--as-of', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--as-of <YYYY-MM-DD>' argument '2025-02-30' is invalid");
  });
});
