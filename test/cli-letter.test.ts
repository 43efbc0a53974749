/**
 * Issue 21, item 4: `form8379 allocate case.json --letter request|reconsider|advocate|agency`
 * prints the library's letter (text unless --format says html or markdown), writes it with --out,
 * dates it with --date (default today), masks SSNs unless --show-ssn; a case that lacks what the
 * letter needs is a message naming the file and the field (exit 2), and so are flags a letter
 * does not take.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocate, renderLetter, type CaseInput } from '../src/index.js';
import { today } from '../src/cli/flags.js';
import { ROOT, runCli, tempDir } from './cli-helpers.js';
import { withAfterFiling } from './support/letter-cases.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXAMPLE = join(ROOT, 'examples', 'two-earners-child-support', 'case.json');

/** The bundled example with its afterFiling, written to a file: the path and the JSON. */
function caseFile(edit: (c: Json) => void = () => {}): { path: string; json: Json } {
  const json = withAfterFiling(JSON.parse(readFileSync(EXAMPLE, 'utf8'))) as Json;
  json.afterFiling.received = [{ amount: '1300.00', date: '2025-05-02' }];
  edit(json);
  const path = join(tempDir(), 'case.json');
  writeFileSync(path, JSON.stringify(json));
  return { path, json };
}

const AS_OF = '2025-06-02';

describe('form8379 allocate --letter', () => {
  const { path, json } = caseFile();
  const result = allocate(json as CaseInput, { asOf: AS_OF });

  for (const letter of ['request', 'reconsider', 'advocate', 'agency'] as const) {
    it(`--letter ${letter} prints the library's letter, as text by default`, async () => {
      const run = await runCli([
        'allocate',
        path,
        '--letter',
        letter,
        '--date',
        AS_OF,
        '--as-of',
        AS_OF,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(renderLetter(result, { letter, format: 'text', date: AS_OF }));
      expect(run.stdout).toContain('***-**-0001');
    });
  }

  for (const format of ['html', 'markdown'] as const) {
    it(`--format ${format} --out FILE writes it, with a line on stderr`, async () => {
      const out = join(tempDir(), `letter.${format}`);
      const run = await runCli([
        'allocate',
        path,
        '--letter',
        'request',
        '--format',
        format,
        '--date',
        AS_OF,
        '--as-of',
        AS_OF,
        '--out',
        out,
      ]);
      expect(run.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(
        renderLetter(result, { letter: 'request', format, date: AS_OF }),
      );
      expect(run.stderr).toContain(`Wrote ${out} (letter "request", ${format})`);
      expect(run.stdout).toBe('');
    });
  }

  it('is dated today without --date, and prints full SSNs with --show-ssn', async () => {
    const run = await runCli(['allocate', path, '--letter', 'request', '--show-ssn']);
    expect(run.code).toBe(0);
    const [y, m, d] = today().split('-').map(Number);
    const words = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(run.stdout).toContain(`\n${words}\n`);
    expect(run.stdout).toContain('Dana Reyes, SSN 400-00-0001 (injured spouse)');
  });

  it('--offset chooses the offset of letter agency', async () => {
    const two = caseFile((c) => {
      c.afterFiling.offsetNotice.offsets = [
        {
          amount: '500.00',
          debtType: 'childSupport',
          agency: 'First Agency',
          address: ['1 First St'],
        },
        {
          amount: '498.00',
          debtType: 'childSupport',
          agency: 'Second Agency',
          address: ['2 Second St'],
        },
      ];
    });
    const run = await runCli(['allocate', two.path, '--letter', 'agency', '--offset', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nSecond Agency\n2 Second St\n');
    const bad = await runCli(['allocate', two.path, '--letter', 'agency', '--offset', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'form8379: --offset: the offset notice lists 2 offsets: give 0 to 1, got 2\n',
    );
  });
});

describe('form8379 allocate --letter: what is missing or does not apply is named', () => {
  it('a case without afterFiling', async () => {
    const run = await runCli(['allocate', EXAMPLE, '--letter', 'request']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^form8379: .*two-earners-child-support\/case\.json: afterFiling: letter A \("request"\) is drafted from what happened after Form 8379 was filed/,
    );
    expect(run.stdout).toBe('');
  });

  it("the IRS's address, the sender's, the agency's", async () => {
    const cases: [(c: Json) => void, string, string][] = [
      [(c) => delete c.afterFiling.irsNotice.address, 'request', 'afterFiling.irsNotice.address'],
      [(c) => delete c.afterFiling.senderAddress, 'advocate', 'afterFiling.senderAddress'],
      [
        (c) => delete c.afterFiling.offsetNotice.offsets[0].address,
        'agency',
        'afterFiling.offsetNotice.offsets[0].address',
      ],
    ];
    for (const [edit, letter, field] of cases) {
      const { path } = caseFile(edit);
      const run = await runCli(['allocate', path, '--letter', letter]);
      expect(run.code, field).toBe(2);
      expect(run.stderr, field).toContain(`${path}: ${field}: letter `);
      expect(run.stderr.split('\n').filter(Boolean), field).toHaveLength(1);
    }
  });

  it('flags a letter does not take', async () => {
    const { path } = caseFile();
    const runs: [string[], string][] = [
      [
        ['--format', 'json'],
        '--letter: a letter is written as html, markdown or text, not --format json',
      ],
      [
        ['--format', 'pdf'],
        '--letter: a letter is written as html, markdown or text, not --format pdf',
      ],
      [['--template', 'x.hbs'], '--template: not with --letter (a letter has its own layout)'],
      [
        ['--prepared-by', 'Clinic'],
        '--prepared-by: not with --letter (a letter has its own layout)',
      ],
      [['--offset', '0'], '--offset: only with --letter agency, not --letter request'],
    ];
    for (const [flags, message] of runs) {
      const run = await runCli(['allocate', path, '--letter', 'request', ...flags]);
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.stderr, flags.join(' ')).toBe(`form8379: ${message}\n`);
    }
    const offset = await runCli(['allocate', path, '--offset', '0']);
    expect(offset.stderr).toBe('form8379: --offset: only with --letter agency\n');
    const unknown = await runCli(['allocate', path, '--letter', 'complain']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("argument 'complain' is invalid");
  });
});
