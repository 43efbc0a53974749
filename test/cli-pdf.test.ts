import { PDFDocument } from '@cantoo/pdf-lib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readForm8379Fields } from '../src/pdf/index.js';
import { fixture, runCli, tempDir } from './cli-helpers.js';
import { runCliInProcess } from './cli-in-process.js';
import { allocateUntyped as allocate } from './helpers.js';
import { expectedFields } from './support/expected-fields.js';
import { makeStandInForm, standInForm } from './support/stand-in-form.js';

const CASE = fixture('w2-child-support-2024.json');
const URL = 'https://www.irs.gov/pub/irs-pdf/f8379.pdf';

let dir: string;
let form: string;

beforeAll(async () => {
  dir = tempDir();
  form = join(dir, 'f8379.pdf');
  writeFileSync(form, await standInForm());
});

/** A case file in a fresh folder, from the fixture with `change` applied. */
function caseFile(change: (json: Record<string, unknown>) => Record<string, unknown>): string {
  const folder = tempDir();
  const path = join(folder, 'case.json');
  writeFileSync(path, JSON.stringify(change(structuredClone(CASE.json))));
  return path;
}

/** One `form8379: ...` line, no stack trace. */
function expectOneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^form8379: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

/** The folder holds exactly `names` (no temporary file left behind). */
function expectFolder(folder: string, names: readonly string[]): void {
  expect(readdirSync(folder).sort()).toEqual([...names].sort());
}

describe('form8379 allocate --format pdf', () => {
  it('fills the form into --out, readable by the owner only, and says it holds full SSNs', async () => {
    const outDir = tempDir();
    const out = join(outDir, 'filled.pdf');
    const run = await runCliInProcess([
      'allocate',
      CASE.path,
      '--format',
      'pdf',
      '--form',
      form,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `Wrote ${out} (Form 8379 (Rev. November 2023), filled) from ${CASE.path}.`,
    );
    expect(run.stderr).toContain('It holds FULL SSNs');
    expect(run.stderr).toContain('Refund to Dana Reyes (injured spouse)');
    expectFolder(outDir, ['filled.pdf']);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const fields = await readForm8379Fields(readFileSync(out));
    expect(fields).toEqual(expectedFields(allocate(CASE.json).officialForm));
    expect(fields['topmostSubform[0].Page1[0].f1_4[0]']).toBe('400-00-0001');
  });

  it('--quiet leaves out the summary, not the SSN notice', async () => {
    const out = join(tempDir(), 'filled.pdf');
    const run = await runCliInProcess([
      'allocate',
      CASE.path,
      '-f',
      'pdf',
      '--form',
      form,
      '-o',
      out,
      '-q',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('FULL SSNs');
    expect(run.stderr).not.toContain('Joint overpayment');
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const outDir = tempDir();
    const out = join(outDir, 'filled.pdf');
    writeFileSync(out, 'old');
    const run = await runCliInProcess([
      'allocate',
      CASE.path,
      '-f',
      'pdf',
      '--form',
      form,
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expectFolder(outDir, ['filled.pdf']);
  });

  it('as a real process: exit 0, nothing on standard output', async () => {
    const out = join(tempDir(), 'filled.pdf');
    const run = await runCli([
      'allocate',
      CASE.path,
      '--format',
      'pdf',
      '--form',
      form,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('FULL SSNs');
    await expect(PDFDocument.load(readFileSync(out))).resolves.toBeDefined();
  });
});

describe('form8379 allocate --format pdf refuses, in one line, exit 2, writing nothing', () => {
  async function refused(args: readonly string[], outDir = tempDir()): Promise<string> {
    const out = join(outDir, 'filled.pdf');
    const run = await runCliInProcess(['allocate', ...args, '--out', out]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expectFolder(outDir, []);
    return expectOneLine(run.stderr);
  }

  it('without --form: where to download the form', async () => {
    const line = await refused([CASE.path, '--format', 'pdf']);
    expect(line).toContain('--form f8379.pdf');
    expect(line).toContain(URL);
  });

  it('a --form that does not exist, or is a folder', async () => {
    expect(await refused([CASE.path, '-f', 'pdf', '--form', join(dir, 'none.pdf')])).toContain(
      `none.pdf: cannot read the form: no such file or directory; download Form 8379 (Rev. November 2023) from ${URL}`,
    );
    expect(await refused([CASE.path, '-f', 'pdf', '--form', dir])).toContain('is a directory');
  });

  it('without --out, or --out - (never to standard output)', async () => {
    for (const out of [[], ['--out', '-']]) {
      const run = await runCliInProcess([
        'allocate',
        CASE.path,
        '-f',
        'pdf',
        '--form',
        form,
        ...out,
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(expectOneLine(run.stderr)).toContain('--format pdf writes a file: give it with --out');
    }
  });

  it('--form with another format, worksheet flags with pdf', async () => {
    const json = await runCliInProcess(['allocate', CASE.path, '--form', form]);
    expect(json.code).toBe(2);
    expect(expectOneLine(json.stderr)).toContain('--form: only with --format pdf');
    expect(
      await refused([CASE.path, '-f', 'pdf', '--form', form, '--show-ssn', '--date', '2025-01-02']),
    ).toContain('--date, --show-ssn: only for a worksheet');
  });

  it('a blocked form: a year before 2023, a Part I stop, the line 10 order not given', async () => {
    const early = await refused([
      'test/fixtures/cases/itemized-dividends-2022.json',
      '-f',
      'pdf',
      '--form',
      form,
    ]);
    expect(early).toContain(
      'cannot fill Form 8379: Form 8379 (Rev. November 2023) is for tax years 2023 and later; this case is for tax year 2022',
    );

    const obligated = caseFile((c) => ({
      ...c,
      partI: { ...(c.partI as object), injuredLegallyObligated: true },
    }));
    expect(await refused([obligated, '-f', 'pdf', '--form', form])).toContain(
      'Part I stops at line 4',
    );

    const unordered = caseFile((c) => {
      const spouses = c.spouses as Record<string, Record<string, unknown>>;
      delete spouses.injured!.shownFirst;
      delete spouses.other!.shownFirst;
      return c;
    });
    expect(await refused([unordered, '-f', 'pdf', '--form', form])).toContain(
      'does not say whose name is shown first',
    );
  });

  it('an existing file at --out is left as it was', async () => {
    const outDir = tempDir();
    const out = join(outDir, 'filled.pdf');
    writeFileSync(out, 'previous');
    const run = await runCliInProcess([
      'allocate',
      'test/fixtures/cases/itemized-dividends-2022.json',
      '-f',
      'pdf',
      '--form',
      form,
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expectFolder(outDir, ['filled.pdf']);
  });

  it('a value the form cannot print names the field', async () => {
    const named = caseFile((c) => {
      const spouses = c.spouses as Record<string, Record<string, unknown>>;
      spouses.injured!.name = 'Zhang 张伟';
      return c;
    });
    const line = await refused([named, '-f', 'pdf', '--form', form]);
    expect(line).toContain('cannot fill Form 8379: line 10, name shown first');
    expect(line).toContain('U+5F20');
  });

  it('hostile forms: each its own message naming the form file', async () => {
    const hostile = tempDir();
    const write = (name: string, bytes: Uint8Array | string) => {
      const path = join(hostile, name);
      writeFileSync(path, bytes);
      return path;
    };
    const stand = await standInForm();
    const encrypted = await PDFDocument.load(stand, { preserveXFA: true });
    encrypted.encrypt({ userPassword: 'pw', ownerPassword: 'owner' });
    const other = await PDFDocument.create();
    other.setTitle('Form W-9');
    other
      .getForm()
      .createTextField('topmostSubform[0].Page1[0].f1_01[0]')
      .addToPage(other.addPage());
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(stand);
    const forms: [string, Uint8Array | string, string][] = [
      ['text.pdf', 'just some text\n', 'not a PDF file (no "%PDF-" header)'],
      ['truncated.pdf', stand.slice(0, stand.length / 2), 'the PDF is incomplete'],
      ['encrypted.pdf', await encrypted.save(), 'the PDF is encrypted'],
      ['w9.pdf', await other.save(), 'this PDF (titled "Form W-9") is not the fillable Form 8379'],
      [
        'renamed.pdf',
        await makeStandInForm({
          rename: { 'topmostSubform[0].Page1[0].f1_3[0]': 'topmostSubform[0].Page1[0].Name[0]' },
        }),
        'this PDF is not the fillable Form 8379: it has no field topmostSubform[0].Page1[0].f1_3[0] (line 10, name shown first)',
      ],
      [
        'f8379-2020.pdf',
        await makeStandInForm({ title: 'Form 8379 (Rev. November 2020)' }),
        'this PDF is Form 8379 (Rev. November 2020), another revision of the form',
      ],
      ['big.pdf', big, 'the form PDF is 50.0 MB, more than the 10.0 MB this version reads'],
    ];
    for (const [name, bytes, message] of forms) {
      const path = write(name, bytes);
      const line = await refused([CASE.path, '-f', 'pdf', '--form', path]);
      expect(line).toContain(`${path}: ${message}`);
      expect(line).toContain(URL);
    }
  });

  it('a folder for --out that does not exist, or a folder as --out: no temporary file left', async () => {
    const outDir = tempDir();
    const missing = join(outDir, 'no-such-folder', 'filled.pdf');
    const run = await runCliInProcess([
      'allocate',
      CASE.path,
      '-f',
      'pdf',
      '--form',
      form,
      '-o',
      missing,
    ]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toContain(
      `${missing}: cannot write the file: no such file or directory`,
    );

    const taken = join(outDir, 'taken');
    mkdirSync(join(taken, 'inside'), { recursive: true });
    const onDir = await runCliInProcess([
      'allocate',
      CASE.path,
      '-f',
      'pdf',
      '--form',
      form,
      '-o',
      taken,
    ]);
    expect(onDir.code).toBe(2);
    expect(expectOneLine(onDir.stderr)).toContain(`${taken}: cannot write the file:`);
    // The temporary file was written beside it, then removed when the rename failed.
    expectFolder(outDir, ['taken']);
    expectFolder(taken, ['inside']);
  });
});
