import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorksheet } from '../src/index.js';
import { fixture, runCli, tempDir } from './cli-helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

const W2 = fixture('w2-child-support-2024.json');
const TX = fixture('tx-wages-mixed-debts-2024.json');

describe('form8379 allocate --format html|markdown|text', () => {
  for (const format of ['html', 'markdown', 'text'] as const) {
    it(`--format ${format} prints the library's worksheet for the same options`, async () => {
      const run = await runCli(['allocate', TX.path, '--format', format, '--date', '2025-03-14']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const expected = renderWorksheet(allocate(TX.json), { format, preparedDate: '2025-03-14' });
      expect(run.stdout).toBe(expected);
      expect(run.stdout).toContain('2025-03-14');
      expect(run.stdout).toContain('801.03');
    });
  }

  it('masks SSNs to the last four digits unless --show-ssn', async () => {
    const masked = await runCli(['allocate', W2.path, '--format', 'text', '--date', '2025-03-14']);
    expect(masked.code).toBe(0);
    expect(masked.stdout).not.toContain('400-00-0001');
    expect(masked.stdout).toContain('0001');
    const full = await runCli([
      'allocate',
      W2.path,
      '--format',
      'text',
      '--date',
      '2025-03-14',
      '--show-ssn',
    ]);
    expect(full.stdout).toContain('400-00-0001');
  });

  it('prints --prepared-by in the header', async () => {
    const run = await runCli([
      'allocate',
      W2.path,
      '--format',
      'markdown',
      '--date',
      '2025-03-14',
      '--prepared-by',
      'Legal Aid Clinic',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Legal Aid Clinic');
  });

  it('renders a --template of the user with the same data model', async () => {
    const dir = tempDir();
    const template = join(dir, 'letter.hbs');
    writeFileSync(template, 'LETTERHEAD {{header.taxYear}}\n{{> worksheetBody}}');
    const run = await runCli([
      'allocate',
      W2.path,
      '--format',
      'markdown',
      '--date',
      '2025-03-14',
      '--template',
      template,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('LETTERHEAD 2024\n')).toBe(true);
  });

  it('escapes user strings in HTML', async () => {
    const evil = {
      ...W2.json,
      spouses: {
        ...(W2.json.spouses as object),
        injured: { name: '<script>alert(1)</script> & "Luis"' },
      },
    };
    const run = await runCli(
      ['allocate', '-', '--format', 'html', '--date', '2025-03-14'],
      JSON.stringify(evil),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('<script>alert(1)</script>');
    expect(run.stdout).toContain('&lt;script&gt;');
  });

  it('writes the HTML worksheet with --out and prints the summary', async () => {
    const out = join(tempDir(), 'worksheet.html');
    const run = await runCli([
      'allocate',
      TX.path,
      '--format',
      'html',
      '--out',
      out,
      '--date',
      '2025-03-14',
    ]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(run.stderr).toContain(`Wrote ${out} (html) from ${TX.path}.`);
    expect(run.stderr).toContain('$801.03');
  });

  it('reports a template that does not compile against its file, exit 2', async () => {
    const template = join(tempDir(), 'broken.hbs');
    writeFileSync(template, '{{#if header}}unclosed');
    const run = await runCli(['allocate', W2.path, '--format', 'text', '--template', template]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `form8379: ${template}: the template failed: Parse error on line 1:`,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a missing --template file', async () => {
    const run = await runCli([
      'allocate',
      W2.path,
      '--format',
      'html',
      '--template',
      'no/such.hbs',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'form8379: no/such.hbs: cannot read the file: no such file or directory\n',
    );
  });
});
