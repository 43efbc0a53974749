/**
 * Fills per second of the official Form 8379 PDF (`fillForm8379`: the form's check, the fill, the
 * appearances and the save), on the results of the reference cases of 2023 and later and the
 * examples, in turn. Floor: 10 fills per second.
 *
 *   npx tsx bench/pdf-fill.ts [--form f8379.pdf] [--fills 200] [--passes 5] [--json]
 *
 * The form is the IRS's PDF beside the repository (../shared/reference/irs/) when present, else
 * the tests' stand-in (generated; about half the IRS file's size, so a little faster). Timed by
 * the process's CPU time (as bench/measure.ts does: the machine is shared) and by the wall clock;
 * the median of the passes after 20 untimed fills.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allocate, type AllocationResult, type CaseInput } from '../src/index.js';
import { fillForm8379 } from '../src/pdf/index.js';
import { makeStandInForm } from '../test/support/stand-in-form.js';

/** The fills per second the filler must reach (the CLI and the browser app fill one at a time). */
export const FLOOR_FILLS_PER_SEC = 10;

const ROOT = join(import.meta.dirname, '..');
const REAL_FORM = join(ROOT, '..', 'shared', 'reference', 'irs', 'f8379-rev-2023-11.pdf');

const { values: args } = parseArgs({
  options: {
    form: { type: 'string' },
    fills: { type: 'string', default: '200' },
    passes: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});

const formPath = args.form ?? (existsSync(REAL_FORM) ? REAL_FORM : null);
const formPdf = formPath === null ? await makeStandInForm() : readFileSync(formPath);
const formName =
  formPath === null ? 'the tests’ stand-in' : formPath === REAL_FORM ? 'the IRS’s PDF' : formPath;

/** The line 10 order given (the injured spouse first) where a case does not say. */
function withOrder(json: Record<string, unknown>): Record<string, unknown> {
  const spouses = json.spouses as Record<string, Record<string, unknown>>;
  if (spouses.injured!.shownFirst !== undefined || spouses.other!.shownFirst !== undefined) {
    return json;
  }
  return { ...json, spouses: { ...spouses, injured: { ...spouses.injured, shownFirst: true } } };
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const fixtures = join(ROOT, 'test', 'fixtures', 'cases');
const examples = join(ROOT, 'examples');
const results: AllocationResult[] = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .map((f) => read(join(fixtures, f))),
  ...readdirSync(examples, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(examples, d.name, 'case.json')))
    .map((d) => read(join(examples, d.name, 'case.json'))),
]
  .filter((c) => (c.taxYear as number) >= 2023)
  .map((c) => allocate(withOrder(c) as CaseInput))
  .filter((r) => r.officialForm.blockers.length === 0);

const fills = Number(args.fills);
const passes = Number(args.passes);
let bytes = 0;
let next = 0;
const fillOne = async () => {
  const out = await fillForm8379(results[next++ % results.length]!, formPdf);
  bytes = out.length;
};

for (let i = 0; i < 20; i++) await fillOne();
const cpuRates: number[] = [];
const wallRates: number[] = [];
const load = loadavg()[0] ?? 0;
for (let p = 0; p < passes; p++) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < fills; i++) await fillOne();
  const ns = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  cpuRates.push((fills * 1e6) / Math.max(used.user + used.system, 1));
  wallRates.push((fills * 1e9) / ns);
}

const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const report = {
  form: formName,
  formBytes: formPdf.length,
  filledBytes: bytes,
  cases: results.length,
  fills,
  passes,
  fillsPerSec: Math.round(median(cpuRates) * 10) / 10,
  minFillsPerSec: Math.round(Math.min(...cpuRates) * 10) / 10,
  maxFillsPerSec: Math.round(Math.max(...cpuRates) * 10) / 10,
  wallFillsPerSec: Math.round(median(wallRates) * 10) / 10,
  msPerFill: Math.round((1000 / median(cpuRates)) * 10) / 10,
  floor: FLOOR_FILLS_PER_SEC,
  pass: median(cpuRates) >= FLOOR_FILLS_PER_SEC,
  loadAverage: Math.round(load * 100) / 100,
  node: process.version,
};
if (args.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  process.stdout.write(
    `fillForm8379 into ${formName} (${report.formBytes.toLocaleString('en-US')} bytes, filled ${report.filledBytes.toLocaleString('en-US')}): ${report.fillsPerSec} fills/s of CPU time (${report.msPerFill} ms each; passes ${report.minFillsPerSec}-${report.maxFillsPerSec}), ${report.wallFillsPerSec} fills/s of wall clock; ${report.cases} cases in turn, ${passes} passes of ${fills}; floor ${FLOOR_FILLS_PER_SEC}/s: ${report.pass ? 'pass' : 'MISS'} (load average ${report.loadAverage})\n`,
  );
}
if (!report.pass) process.exitCode = 1;
