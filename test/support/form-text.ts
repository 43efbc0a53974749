/**
 * Checks the printed text of a filled Form 8379 (`pdftotext -layout`): each Part III figure on
 * its line, each filled text value on its page, one check mark per checked box. Used by the tests
 * on the stand-in and by scripts/check-real-form.ts on the IRS's PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficialForm } from '../../src/official-form/model.js';
import { FORM_FIELDS, type FormFieldValues } from '../../src/pdf/index.js';

/** How each Part III row reads on the form (the IRS's words; the stand-in prints the same). */
export const PART_III_ROW_TEXT: Readonly<Record<string, RegExp>> = {
  '13a': /Income reported on Form\(s\) W-2/,
  '13b': /All other income/,
  '14': /Adjustments to income/,
  '15': /Standard deduction or itemized deductions/,
  '16': /Nonrefundable credits/,
  '17': /Refundable credits \(do not include/,
  '18': /Other taxes/,
  '19': /Federal income tax withheld/,
  '20': /^\s*20\s+Payments/,
};

/** Whether poppler's pdftotext can be run. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of each page of `pdf`, as `pdftotext -layout` lays it out. */
export function pdfPagesText(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'form8379-text-'));
  try {
    const file = join(dir, 'filled.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is wrong with the printed text of a form filled from `form` whose fields read `fields`
 * (empty when nothing): a Part III line whose row does not end with its (a), (b), (c) figures in
 * order (or a blank line that prints a figure), a text value missing from its page, a count of
 * check marks that is not the count of checked boxes.
 */
export function printedTextProblems(
  pages: readonly string[],
  form: OfficialForm,
  fields: FormFieldValues,
): string[] {
  const problems: string[] = [];
  if (pages.length !== 2) return [`expected 2 pages of text, got ${pages.length}`];
  const rows = pages[1]!.split('\n');
  for (const line of form.partIII) {
    const label = PART_III_ROW_TEXT[line.line]!;
    const row = rows.find((r) => label.test(r));
    if (row === undefined) {
      problems.push(`line ${line.line}: no row of the page reads ${label}`);
      continue;
    }
    const after = row.slice(row.search(label)).replace(label, '');
    const blank = [line.total, line.injured, line.other].every((a) => a === '0');
    if (blank) {
      if (/\d/.test(after))
        problems.push(`line ${line.line}: blank on the form, but its row prints "${after.trim()}"`);
      continue;
    }
    const figures = new RegExp(
      `\\s${escape(line.total)}\\s+${escape(line.injured)}\\s+${escape(line.other)}\\s*$`,
    );
    if (!figures.test(after)) {
      problems.push(
        `line ${line.line}: expected ${line.total}, ${line.injured}, ${line.other} at the end of its row, got "${row.trim()}"`,
      );
    }
  }
  for (const spec of FORM_FIELDS) {
    const value = fields[spec.name];
    if (spec.kind !== 'text' || typeof value !== 'string' || value === '') continue;
    const text = pages[spec.page]!.replace(/\s+/g, ' ');
    if (!text.includes(value.replace(/\s+/g, ' '))) {
      problems.push(
        `${spec.label} (${spec.name}): "${value}" is not in the text of page ${spec.page + 1}`,
      );
    }
  }
  for (const page of [0, 1] as const) {
    const checked = FORM_FIELDS.filter((s) => s.page === page && fields[s.name] === true).length;
    const marks = (pages[page]!.match(/✔/g) ?? []).length;
    if (marks !== checked) {
      problems.push(
        `page ${page + 1}: ${checked} boxes are checked, but the text shows ${marks} check marks`,
      );
    }
  }
  return problems;
}
