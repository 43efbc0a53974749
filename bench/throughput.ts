/**
 * In-process throughput: allocate() with and without validation, the integer-cents reference,
 * and the worksheet renderer. Run by bench/run.ts in a child process pinned to one core (so the
 * GC's helper threads share that core too); prints one JSON object on stdout, progress on stderr.
 *
 *   node --import tsx bench/throughput.ts [--cases 10000] [--passes 5] [--render-cases 1000]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as lib from '../src/index.js';
import type { AllocationResult, CaseInput, ValidatedCase } from '../src/index.js';
import { BENCH_SEED, generateCases } from './generate.js';
import { integerSummary } from './integer-reference.js';
import { sinkValue, throughput, type Throughput } from './measure.js';

export interface Mismatch {
  readonly index: number;
  readonly library: string;
  readonly integer: string;
}

export interface ThroughputReport {
  readonly cases: number;
  readonly communityPropertyCases: number;
  /** False while allocate() rejected community property cases: they were then left out. */
  readonly communityPropertySupported: boolean;
  readonly seed: number;
  readonly validate: Throughput;
  readonly allocate: Throughput;
  readonly allocateWithValidation: Throughput;
  /** allocateCase on the cases outside community property states (the reference's scope). */
  readonly allocateNonCommunity: Throughput;
  readonly integerReference: Throughput;
  readonly integerCheckedCases: number;
  readonly integerMismatches: number;
  readonly mismatchExamples: readonly Mismatch[];
  /** Reference cases outside community property states whose `expected` the integer path gives. */
  readonly referenceCasesChecked: number;
  readonly referenceCasesAgreeing: number;
  /** `null` while `renderWorksheet` is not exported by src/index.ts. */
  readonly render: {
    readonly html: Throughput;
    readonly markdown: Throughput;
    readonly text: Throughput;
    /** The HTML worksheet with page 1 and "Enter on Form 8379" in Spanish (issue 22). */
    readonly htmlSpanish: Throughput;
  } | null;
  readonly renderCases: number;
}

type Format = 'html' | 'markdown' | 'text';
type RenderFn = (
  result: AllocationResult,
  options: { readonly format: Format; readonly preparedDate?: string; readonly lang?: 'es' },
) => string;

/** The renderer, looked up at run time so the bench runs before and after it lands. */
function findRenderer(): RenderFn | null {
  const candidate: unknown = Reflect.get(lib, 'renderWorksheet');
  return typeof candidate === 'function' ? (candidate as RenderFn) : null;
}

/** Whether allocate() computes community property cases yet (it threw UnsupportedCaseError). */
function communityPropertySupported(cases: readonly CaseInput[]): boolean {
  const sample = cases.find((c) => c.communityProperty !== undefined);
  if (!sample) return true;
  try {
    lib.allocate(sample);
    return true;
  } catch (error) {
    if (error instanceof lib.UnsupportedCaseError && error.message.includes('not implemented')) {
      return false;
    }
    throw error;
  }
}

const log = (text: string) => process.stderr.write(`  ${text}\n`);
const rate = (t: Throughput) =>
  `${Math.round(t.perSec).toLocaleString('en-US')}/s CPU (spread ${t.spreadPct.toFixed(0)}%), ${Math.round(t.wallPerSec).toLocaleString('en-US')}/s wall (spread ${t.wallSpreadPct.toFixed(0)}%)`;

export function runThroughput(
  count: number,
  passes: number,
  renderCount: number,
): ThroughputReport {
  const generated = generateCases(BENCH_SEED, count);
  const cpSupported = communityPropertySupported(generated);
  const raw = cpSupported ? generated : generated.filter((c) => c.communityProperty === undefined);
  const validated: ValidatedCase[] = raw.map((c) => lib.validateCase(c));
  const nonCp = validated.filter((c) => c.communityProperty === undefined);

  const validate = throughput(raw, (c) => lib.validateCase(c), passes);
  log(`validateCase            ${rate(validate)}`);
  const allocate = throughput(validated, (c) => lib.allocateCase(c), passes);
  log(`allocateCase            ${rate(allocate)}`);
  const allocateWithValidation = throughput(raw, (c) => lib.allocate(c), passes);
  log(`allocate (validating)   ${rate(allocateWithValidation)}`);
  const allocateNonCommunity = throughput(nonCp, (c) => lib.allocateCase(c), passes);
  log(`allocateCase, non-CP    ${rate(allocateNonCommunity)}`);
  const integerReference = throughput(nonCp, (c) => integerSummary(c), passes);
  log(`integer reference       ${rate(integerReference)}`);

  // The comparison is honest only if both paths compute the same figures.
  let mismatches = 0;
  const examples: Mismatch[] = [];
  nonCp.forEach((c, index) => {
    const library = JSON.stringify(lib.allocateCase(c).summary);
    const integer = JSON.stringify(integerSummary(c));
    if (library !== integer) {
      mismatches++;
      if (examples.length < 5) examples.push({ index, library, integer });
    }
  });
  log(`integer reference mismatches: ${mismatches} of ${nonCp.length}`);
  for (const e of examples)
    log(`  case ${e.index}:\n    library ${e.library}\n    integer ${e.integer}`);

  // And against the hand-checked reference cases, so both paths are right, not only alike.
  const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'cases');
  let referenceChecked = 0;
  let referenceAgreeing = 0;
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Record<string, unknown>;
    if (json.communityProperty !== undefined) continue;
    referenceChecked++;
    const integer = JSON.stringify(integerSummary(lib.validateCase(json)));
    if (integer === JSON.stringify(json.expected)) referenceAgreeing++;
    else log(`  ${file}: integer reference ${integer} differs from expected`);
  }
  log(
    `integer reference on the reference cases: ${referenceAgreeing} of ${referenceChecked} agree`,
  );

  const renderer = findRenderer();
  let render: ThroughputReport['render'] = null;
  const results = validated.slice(0, renderCount).map((c) => lib.allocateCase(c));
  if (renderer) {
    const one = (format: Format, lang?: 'es') => {
      const t = throughput(
        results,
        (r) => renderer(r, { format, preparedDate: '2025-03-14', ...(lang ? { lang } : {}) }),
        passes,
      );
      log(`render ${`${format}${lang ? ` ${lang}` : ''}`.padEnd(16)} ${rate(t)}`);
      return t;
    };
    render = {
      html: one('html'),
      markdown: one('markdown'),
      text: one('text'),
      htmlSpanish: one('html', 'es'),
    };
  } else {
    log('render: renderWorksheet is not exported by src/index.ts yet; skipped');
  }

  return {
    cases: raw.length,
    communityPropertyCases: validated.length - nonCp.length,
    communityPropertySupported: cpSupported,
    seed: BENCH_SEED,
    validate,
    allocate,
    allocateWithValidation,
    allocateNonCommunity,
    integerReference,
    integerCheckedCases: nonCp.length,
    integerMismatches: mismatches,
    mismatchExamples: examples,
    referenceCasesChecked: referenceChecked,
    referenceCasesAgreeing: referenceAgreeing,
    render,
    renderCases: results.length,
  };
}

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '10000' },
      passes: { type: 'string', default: '5' },
      'render-cases': { type: 'string', default: '1000' },
    },
  });
  const report = runThroughput(
    Number(values.cases),
    Number(values.passes),
    Number(values['render-cases']),
  );
  process.stdout.write(`${JSON.stringify({ ...report, sink: sinkValue() })}\n`);
}
