/**
 * Fills the IRS's own Form 8379 (Rev. November 2023) PDF, where it is present beside the
 * repository (`../shared/reference/irs/f8379-rev-2023-11.pdf`; it may not be committed), and
 * checks the result: every reference case of 2023 and later and every example, each field read
 * back equal to the result's officialForm, and the printed text (`pdftotext -layout`) with each
 * Part III figure on its line, each filled value on its page and one check mark per checked box;
 * `pdfinfo` says the filled form is an AcroForm (the XFA copy is gone).
 *
 *   npx tsx scripts/check-real-form.ts [--form f8379.pdf] [--render <folder>]
 *
 * --render writes each example's filled PDF and its pages as PNG images (pdftoppm -r 80) to the
 * folder, to look at. Without the form: "skipped: no official form at <path>", exit 0. Any
 * mismatch: one line each on stderr, exit 1. Needs poppler-utils (pdftotext, pdfinfo, pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { allocate, type CaseInput } from '../src/index.js';
import { fillForm8379, readForm8379Fields } from '../src/pdf/index.js';
import { expectedFields } from '../test/support/expected-fields.js';
import { pdfPagesText, printedTextProblems } from '../test/support/form-text.js';

const ROOT = join(import.meta.dirname, '..');
const DEFAULT_FORM = join(ROOT, '..', 'shared', 'reference', 'irs', 'f8379-rev-2023-11.pdf');
/** The sha256 of the IRS's file (shared/reference/irs/SOURCES.md). */
const KNOWN_SHA256 = 'a9a780781fbcf664a0140254d70d603b6f59e8619420a3bdffd015b8f71a9bd3';

const { values: args } = parseArgs({
  options: { form: { type: 'string' }, render: { type: 'string' } },
});
const formPath = args.form ?? DEFAULT_FORM;
const shown = relative(process.cwd(), formPath) || formPath;

if (!existsSync(formPath)) {
  process.stdout.write(`skipped: no official form at ${shown}\n`);
  process.exit(0);
}

const formPdf = readFileSync(formPath);
const sha = createHash('sha256').update(formPdf).digest('hex');
process.stdout.write(
  `Filling ${shown} (${formPdf.length.toLocaleString('en-US')} bytes, sha256 ${sha.slice(0, 12)}…${sha === KNOWN_SHA256 ? ', the IRS file of SOURCES.md' : ', NOT the file of SOURCES.md'})\n`,
);

/** The case as the form needs it: the line 10 order given (the injured spouse first) when it is not. */
function withOrder(json: Record<string, unknown>): Record<string, unknown> {
  const spouses = json.spouses as Record<string, Record<string, unknown>>;
  if (spouses.injured!.shownFirst !== undefined || spouses.other!.shownFirst !== undefined) {
    return json;
  }
  return { ...json, spouses: { ...spouses, injured: { ...spouses.injured, shownFirst: true } } };
}

interface Job {
  readonly name: string;
  readonly json: Record<string, unknown>;
  readonly example: boolean;
}

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const fixtures = join(ROOT, 'test', 'fixtures', 'cases');
const examples = join(ROOT, 'examples');
const jobs: Job[] = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: `test/fixtures/cases/${f}`,
      json: readJson(join(fixtures, f)),
      example: false,
    })),
  ...readdirSync(examples, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(examples, d.name, 'case.json')))
    .map((d) => d.name)
    .sort()
    .map((d) => ({
      name: `examples/${d}/case.json`,
      json: readJson(join(examples, d, 'case.json')),
      example: true,
    })),
].filter((j) => (j.json.taxYear as number) >= 2023);

if (args.render !== undefined) mkdirSync(args.render, { recursive: true });

const problems: string[] = [];
let checked = 0;
for (const job of jobs) {
  const result = allocate(withOrder(job.json) as CaseInput);
  const form = result.officialForm;
  if (form.blockers.length > 0) {
    problems.push(`${job.name}: blocked: ${form.blockers.map((b) => b.message).join('; ')}`);
    continue;
  }
  let filled: Uint8Array;
  try {
    filled = await fillForm8379(result, formPdf);
  } catch (error) {
    problems.push(`${job.name}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const fields = await readForm8379Fields(filled);
  const expected = expectedFields(form);
  for (const name of Object.keys(expected)) {
    if (fields[name] !== expected[name]) {
      problems.push(
        `${job.name}: ${name} reads ${JSON.stringify(fields[name])}, expected ${JSON.stringify(expected[name])}`,
      );
    }
  }
  for (const p of printedTextProblems(pdfPagesText(filled), form, fields)) {
    problems.push(`${job.name}: ${p}`);
  }
  const info = pdfInfo(filled);
  if (!/^Form:\s+AcroForm$/m.test(info)) {
    problems.push(
      `${job.name}: pdfinfo does not say "Form: AcroForm": ${/^Form:.*$/m.exec(info)?.[0] ?? '(no Form line)'}`,
    );
  }
  if (job.example && args.render !== undefined) {
    const base = join(args.render, job.name.split('/')[1]!);
    writeFileSync(`${base}.pdf`, filled);
    execFileSync('pdftoppm', ['-r', '80', '-png', `${base}.pdf`, base]);
  }
  checked++;
}

if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`check-real-form: ${p}\n`);
  process.stderr.write(`check-real-form: ${problems.length} problem(s) filling ${shown}\n`);
  process.exit(1);
}
process.stdout.write(
  `ok: ${checked} cases filled into ${shown}, every field read back, Part III figures on their lines${args.render === undefined ? '' : `; examples rendered to ${args.render}`}\n`,
);

function pdfInfo(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'form8379-real-'));
  try {
    const file = join(dir, 'filled.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
