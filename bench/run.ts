/**
 * `npm run bench`: every measurement of issue 6, written to bench/results.json and summarized in
 * bench/README.md. Not part of `npm test` or CI: the targets are reported, never asserted.
 *
 *   npm run bench                 # 10,000 cases, 1,000,000-case batch (about 20 minutes here)
 *   npm run bench -- --quick      # 2,000 cases, 20,000-case batch extrapolated to a million
 *   npm run bench -- --skip-build # use the dist/ already built
 *   npm run bench -- --readme-only # rewrite README.md from results.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { format as prettierFormat } from 'prettier';
import {
  batchOutputBytes,
  coldStart,
  generateBatchInput,
  hasCommand,
  runBatch,
  type BatchRun,
  type ColdStart,
} from './cli-bench.js';
import type { Throughput } from './measure.js';
import type { ThroughputReport } from './throughput.js';

const BENCH = import.meta.dirname;
const ROOT = dirname(BENCH);
const MILLION = 1_000_000;
/** Distinct generated cases fed to the batch, repeated up to its count (see generateBatchInput). */
const BATCH_DISTINCT = 20_000;
/** The reference case of the cold-start `allocate` (one of the committed examples). */
const REFERENCE_CASE = 'examples/two-earners-child-support/case.json';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'skip-batch': { type: 'boolean', default: false },
    'batch-count': { type: 'string' },
    'readme-only': { type: 'boolean', default: false },
  },
});

const plan = args.quick
  ? { cases: 2_000, passes: 3, renderCases: 200, batch: 20_000, coldRuns: 10 }
  : { cases: 10_000, passes: 5, renderCases: 1_000, batch: MILLION, coldRuns: 30 };
const batchCount = args['batch-count'] ? Number(args['batch-count']) : plan.batch;
const notes: string[] = [];
/** 1-minute load average at the start: other work on the machine makes the figures noisy. */
const loadAtStart = loadavg()[0] ?? 0;
const step = (text: string) => process.stderr.write(`\n== ${text}\n`);

/** The throughput child, pinned to the last core when taskset exists ("one core"). */
function measureThroughput(): { report: ThroughputReport; pinnedCore: number | null } {
  const core = cpus().length - 1;
  const pin = hasCommand('taskset');
  const node = [
    process.execPath,
    '--import',
    'tsx',
    join(BENCH, 'throughput.ts'),
    '--cases',
    String(plan.cases),
    '--passes',
    String(plan.passes),
    '--render-cases',
    String(plan.renderCases),
  ];
  const [command, ...rest] = pin ? ['taskset', '-c', String(core), ...node] : node;
  const run = spawnSync(command as string, rest, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench/throughput.ts exited with ${run.status}`);
  if (!pin) notes.push('taskset not found: the in-process figures ran unpinned.');
  const last = run.stdout.trim().split('\n').pop() ?? '{}';
  return { report: JSON.parse(last) as ThroughputReport, pinnedCore: pin ? core : null };
}

/** Builds dist/ with the package's own build script and returns the CLI's path, if any. */
function buildCli(): string | null {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>;
    scripts?: Record<string, string>;
  };
  const binPath = pkg.bin?.form8379;
  if (!binPath) {
    notes.push('package.json has no bin "form8379" yet: batch and cold start skipped.');
    return null;
  }
  if (!args['skip-build'] && pkg.scripts?.build) {
    step('npm run build');
    const run = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error('npm run build failed');
  }
  const bin = join(ROOT, binPath);
  if (!existsSync(bin)) {
    notes.push(`${binPath} not found after the build: batch and cold start skipped.`);
    return null;
  }
  return bin;
}

const round = (x: number, places = 0) => Math.round(x * 10 ** places) / 10 ** places;

interface Row {
  readonly what: string;
  readonly target: string;
  readonly measured: number | null;
  readonly unit: string;
  readonly pass: boolean | null;
  readonly note?: string;
}

/**
 * Earlier runs, kept by hand in bench/history.json (a run's figures copied from its results.json
 * with the commit measured), so the README shows what each round of fixes changed.
 */
interface HistoryEntry {
  readonly label: string;
  readonly commit: string;
  readonly date: string;
  /** The processor, where it was recorded: the sessions' machines differ. */
  readonly cpu?: string;
  readonly figures: Partial<Record<HistoryKey, number | null>>;
}

const HISTORY_KEYS = [
  ['validatePerSec', 'validateCase, cases/s'],
  ['allocatePerSec', 'allocate, validation excluded, cases/s'],
  ['allocateWithValidationPerSec', 'allocate with validation, cases/s'],
  ['decimalOverIntegerRatio', 'decimal / integer ratio'],
  ['renderHtmlPerSec', 'render HTML /s'],
  ['renderMarkdownPerSec', 'render Markdown /s'],
  ['renderTextPerSec', 'render text /s'],
  ['renderHtmlSpanishPerSec', 'render HTML in Spanish /s'],
  ['batchMillionWallSec', 'batch 1M, full results, s'],
  ['batchMillionPeakRssMb', 'batch 1M, full results, peak MB'],
  ['batchMillionOutputMbPerSec', 'batch 1M, full results, output MB/s'],
  ['batchMillionSummaryWallSec', 'batch 1M `--summary`, s'],
  ['coldStartVersionMs', 'cold start `--version`, ms'],
  ['coldStartAllocateMs', 'cold start `allocate`, ms'],
] as const;
type HistoryKey = (typeof HISTORY_KEYS)[number][0];

function readHistory(): HistoryEntry[] {
  const path = join(BENCH, 'history.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as HistoryEntry[]) : [];
}

function historyTable(results: Results): string {
  const history = readHistory();
  if (history.length === 0) return '';
  const columns = [
    ...history.map((h) => ({
      head: `${h.label} (${h.commit}, ${h.date}${h.cpu ? `, ${h.cpu}` : ''})`,
      figures: h.figures,
    })),
    {
      head: `this run (${results.date.slice(0, 10)}, ${results.machine.cpuModel})`,
      figures: results as HistoryEntry['figures'],
    },
  ];
  const show = (x: number | null | undefined) =>
    x === null || x === undefined ? '-' : x.toLocaleString('en-US');
  const lines = HISTORY_KEYS.map(
    ([key, what]) => `| ${what} | ${columns.map((c) => show(c.figures[key])).join(' | ')} |`,
  );
  return `
## Before and after

Each column is a run of this bench on a 2-core virtual machine of the workplace (earlier ones from [history.json](history.json)); the processor is named where it was recorded, and it differs between sessions, so a change smaller than the spread below, or than the difference of two processors, is no change. What changed between them, and why the remaining targets are missed, is in [PERFORMANCE.md](PERFORMANCE.md).

| measure | ${columns.map((c) => c.head).join(' | ')} |
|---|${columns.map(() => '---|').join('')}
${lines.join('\n')}
`;
}

function readme(results: Results, rows: readonly Row[]): string {
  const cell = (r: Row) =>
    r.measured === null ? 'not measured' : `${r.measured.toLocaleString('en-US')} ${r.unit}`;
  const verdict = (r: Row) => (r.pass === null ? '' : r.pass ? 'pass' : '**miss**');
  const table = rows
    .map(
      (r) =>
        `| ${r.what} | ${r.target} | ${cell(r)}${r.note ? ` (${r.note})` : ''} | ${verdict(r)} |`,
    )
    .join('\n');
  const d = results.details;
  return `# Benchmarks

Generated by \`npm run bench${results.quick ? ' -- --quick' : ''}\` on ${results.date.slice(0, 10)}: ${results.machine.cpuModel}, ${results.machine.cores} cores, Node ${results.machine.nodeVersion}. Raw figures: [results.json](results.json). Targets are from issue 14 (core v2; \`--version\` from issue 6); they are reported here, never asserted in tests.

| measure | target | measured | |
|---|---|---|---|
${table}
${historyTable(results)}
Filling the official PDF is measured apart, by \`bench/pdf-fill.ts\`: [PDF-FILL.md](PDF-FILL.md).

## What is measured

- **Cases**: ${d.cases.toLocaleString('en-US')} generated by \`generate.ts\` (seed ${d.seed}, every tax year 2018-2026, every item kind, 0-3 debts, ${d.communityPropertyCases.toLocaleString('en-US')} in community property states, a few Part I stop paths).
- **allocate**: \`allocateCase(validateCase(x))\` with the validation done beforehand, and \`allocate(x)\` validating, one pass over all cases per timing, median of ${d.passes} passes after two warm-up passes, per second of the CPU time of a child process pinned to one core${d.pinnedCore === null ? ' (unpinned: no taskset)' : ` (\`taskset -c ${d.pinnedCore}\`)`}. CPU time rather than wall time because the machine is shared: it counts only the time the core spent on this work (the wall-clock rates are in results.json). Plain loops, not tinybench: a pass over thousands of different cases is the unit, which tinybench's per-call model does not fit.
- **decimal / integer**: \`allocateCase\` against \`integer-reference.ts\`, the same core arithmetic in plain integer cents (summary only, no trace), on the ${d.integerCheckedCases.toLocaleString('en-US')} cases outside community property states; ${d.integerMismatches} summaries differ, and it gives the \`expected\` summary of ${d.referenceCasesAgreeing} of the ${d.referenceCasesChecked} reference cases outside community property states.
- **render**: \`renderWorksheet\` on ${d.renderCases.toLocaleString('en-US')} results per format, and the HTML again with \`lang: 'es'\`.
- **batch**: \`node dist/cli.js batch -\` (default \`--jobs\`: one thread per CPU), with the full result per line and with \`--summary\`, reading ${d.batch ? d.batch.cases.toLocaleString('en-US') : '-'} cases from a pipe (${d.batch?.distinctCases?.toLocaleString('en-US') ?? 'all'} distinct ones from \`gen-jsonl.ts\`, generated beforehand and repeated, so the generator does not take a core from the batch), results to /dev/null; wall time and peak RSS from \`/usr/bin/time -v\`.
- **cold start**: \`node dist/cli.js --version\` and \`node dist/cli.js allocate ${REFERENCE_CASE}\`, median of ${d.coldStart?.version.runs ?? '-'} runs (${d.coldStart?.version.tool ?? '-'}).

Spread between passes (max - min over median), CPU time / wall clock: allocate ${pct(d.allocate)}, allocate with validation ${pct(d.allocateWithValidation)}, integer ${pct(d.integerReference)}, HTML ${pct(d.render?.html)}. The 1-minute load average was ${d.loadAverage1m.start} at the start and ${d.loadAverage1m.end} at the end on ${results.machine.cores} cores. ${cpuWallNote(d.allocate)}
${results.notes.length > 0 ? `\n## Notes\n\n${results.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}

/** Whether CPU time and wall clock agreed, and so where the spread between passes comes from. */
function cpuWallNote(t: Throughput): string {
  const gap = Math.abs(t.perSec - t.wallPerSec) / t.wallPerSec;
  return gap < 0.03
    ? `CPU time and wall clock agree within ${Math.max(1, Math.round(gap * 100))}%, so the spread is not other processes taking the core but the virtual machine itself (its host's steal time and clock): read the throughput figures as ± half the spread.`
    : `CPU time is ${Math.round(gap * 100)}% away from the wall clock: other processes took the core during the passes, which the CPU-time figures leave out.`;
}

const pct = (t: Throughput | undefined) =>
  t ? `${t.spreadPct.toFixed(0)}% / ${t.wallSpreadPct.toFixed(0)}%` : '-';

interface Results {
  validatePerSec?: number;
  allocatePerSec: number;
  allocateWithValidationPerSec: number;
  decimalOverIntegerRatio: number;
  renderHtmlPerSec: number | null;
  renderMarkdownPerSec: number | null;
  renderTextPerSec: number | null;
  /** Absent before issue 22. */
  renderHtmlSpanishPerSec?: number | null;
  batchMillionWallSec: number | null;
  batchMillionPeakRssMb: number | null;
  /** MB (10^6 bytes) of JSON Lines a second the full-result batch wrote. */
  batchMillionOutputMbPerSec?: number | null;
  batchMillionSummaryWallSec?: number | null;
  batchMillionSummaryPeakRssMb?: number | null;
  coldStartVersionMs: number | null;
  coldStartAllocateMs: number | null;
  machine: { cpuModel: string; cores: number; nodeVersion: string; platform: string };
  date: string;
  quick: boolean;
  notes: string[];
  details: {
    seed: number;
    cases: number;
    communityPropertyCases: number;
    passes: number;
    pinnedCore: number | null;
    loadAverage1m: { start: number; end: number };
    validate: Throughput;
    allocate: Throughput;
    allocateWithValidation: Throughput;
    allocateNonCommunity: Throughput;
    integerReference: Throughput;
    integerCheckedCases: number;
    integerMismatches: number;
    referenceCasesChecked: number;
    referenceCasesAgreeing: number;
    renderCases: number;
    render: ThroughputReport['render'];
    batch: (BatchRun & { extrapolatedToMillion: boolean }) | null;
    batchSummary?: (BatchRun & { extrapolatedToMillion: boolean }) | null;
    /** Bytes the full-result batch wrote (from one pass over the distinct cases). */
    batchOutputBytes?: number | null;
    coldStart: { version: ColdStart; allocate: ColdStart; referenceCase: string } | null;
  };
}

function rowsOf(results: Results): Row[] {
  const atLeast = (x: number | null, t: number) => (x === null ? null : x >= t);
  const atMost = (x: number | null, t: number) => (x === null ? null : x <= t);
  const batch = results.details.batch;
  const batchNote = batch?.extrapolatedToMillion
    ? `extrapolated from ${batch.cases.toLocaleString('en-US')}`
    : undefined;
  return [
    {
      what: 'allocate with validation, one core',
      target: '≥ 25,000 cases/s',
      measured: results.allocateWithValidationPerSec,
      unit: 'cases/s',
      pass: atLeast(results.allocateWithValidationPerSec, 25_000),
    },
    {
      what: 'validateCase alone',
      target: '-',
      measured: results.validatePerSec ?? null,
      unit: 'cases/s',
      pass: null,
    },
    {
      what: 'allocate, validation excluded',
      target: '-',
      measured: results.allocatePerSec,
      unit: 'cases/s',
      pass: null,
    },
    {
      what: 'decimal / integer-cents time ratio',
      target: '≤ 5',
      measured: results.decimalOverIntegerRatio,
      unit: '×',
      pass: atMost(results.decimalOverIntegerRatio, 5),
    },
    {
      what: 'render HTML',
      target: '≥ 1,000/s',
      measured: results.renderHtmlPerSec,
      unit: '/s',
      pass: atLeast(results.renderHtmlPerSec, 1_000),
    },
    {
      what: 'render Markdown',
      target: '≥ 1,000/s',
      measured: results.renderMarkdownPerSec,
      unit: '/s',
      pass: atLeast(results.renderMarkdownPerSec, 1_000),
    },
    {
      what: 'render text',
      target: '≥ 1,000/s',
      measured: results.renderTextPerSec,
      unit: '/s',
      pass: atLeast(results.renderTextPerSec, 1_000),
    },
    {
      what: "render HTML in Spanish (`lang: 'es'`)",
      target: '≥ 1,000/s',
      measured: results.renderHtmlSpanishPerSec ?? null,
      unit: '/s',
      pass: atLeast(results.renderHtmlSpanishPerSec ?? null, 1_000),
    },
    {
      what: 'batch of 1,000,000 cases, wall',
      target: '-',
      measured: results.batchMillionWallSec,
      unit: 's',
      pass: null,
      ...(batchNote ? { note: batchNote } : {}),
    },
    {
      what: 'batch of 1,000,000 cases, output rate',
      target: 'reported',
      measured: results.batchMillionOutputMbPerSec ?? null,
      unit: 'MB/s',
      pass: null,
    },
    {
      what: 'batch of 1,000,000 cases, peak RSS',
      target: '≤ 256 MB',
      measured: results.batchMillionPeakRssMb,
      unit: 'MB',
      pass: atMost(results.batchMillionPeakRssMb, 256),
    },
    {
      what: 'batch of 1,000,000 cases `--summary`, wall',
      target: '≤ 60 s',
      measured: results.batchMillionSummaryWallSec ?? null,
      unit: 's',
      pass: atMost(results.batchMillionSummaryWallSec ?? null, 60),
      ...(batchNote ? { note: batchNote } : {}),
    },
    {
      what: 'batch of 1,000,000 cases `--summary`, peak RSS',
      target: '-',
      measured: results.batchMillionSummaryPeakRssMb ?? null,
      unit: 'MB',
      pass: null,
    },
    {
      what: 'cold start `--version`',
      target: '≤ 150 ms',
      measured: results.coldStartVersionMs,
      unit: 'ms',
      pass: atMost(results.coldStartVersionMs, 150),
    },
    {
      what: 'cold start `allocate` (reference case)',
      target: '≤ 150 ms',
      measured: results.coldStartAllocateMs,
      unit: 'ms',
      pass: atMost(results.coldStartAllocateMs, 150),
    },
  ];
}

async function measureAll(): Promise<Results> {
  step(`throughput (${plan.cases.toLocaleString('en-US')} cases, ${plan.passes} passes)`);
  const { report: tp, pinnedCore } = measureThroughput();
  if (!tp.communityPropertySupported) {
    notes.push(
      'allocate() still rejected community property cases: the figures cover the three quarters outside community property states only.',
    );
  }
  if (tp.integerMismatches > 0) {
    notes.push(
      `${tp.integerMismatches} of ${tp.integerCheckedCases} summaries of the integer reference differ from the library's: the ratio compares different computations.`,
    );
  }
  if (tp.referenceCasesAgreeing < tp.referenceCasesChecked) {
    notes.push(
      `The integer reference gives the expected summary of only ${tp.referenceCasesAgreeing} of ${tp.referenceCasesChecked} reference cases.`,
    );
  }
  if (!tp.render) notes.push('renderWorksheet is not exported yet: rendering not measured.');

  const bin = buildCli();
  let batch: Results['details']['batch'] = null;
  let batchSummary: Results['details']['batch'] = null;
  let cold: Results['details']['coldStart'] = null;
  let outputBytes: number | null = null;
  if (bin) {
    if (!args['skip-batch']) {
      const input = generateBatchInput(
        ['--import', 'tsx', join(BENCH, 'gen-jsonl.ts')],
        batchCount,
        BATCH_DISTINCT,
      );
      const measureBatch = async (flags: string[]) => {
        step(
          `form8379 batch ${flags.join(' ') || '(full results)'} on ${batchCount.toLocaleString('en-US')} cases through a pipe`,
        );
        const run = await runBatch(bin, input, flags);
        process.stderr.write(
          `  ${run.ok} ok, ${run.invalid} invalid, ${round(run.wallSec, 1)} s, ${run.peakRssMb === null ? '?' : round(run.peakRssMb)} MB peak RSS, ${round(run.casesPerSec)} cases/s\n`,
        );
        if (run.ok !== batchCount) {
          notes.push(
            `The batch ${flags.join(' ')} answered ${run.ok} of ${batchCount} cases ok (exit ${run.exitCode}): ${run.stderrTail}`,
          );
        }
        return { ...run, extrapolatedToMillion: batchCount !== MILLION };
      };
      batch = await measureBatch([]);
      step('output bytes of the full-result batch (one pass over the distinct cases)');
      outputBytes = await batchOutputBytes(bin, input);
      batchSummary = await measureBatch(['--summary']);
      if (batch.peakRssMb === null)
        notes.push('/usr/bin/time not found: batch peak RSS not measured.');
      if (batchCount !== MILLION) {
        notes.push(
          `batchMillionWallSec and batchMillionSummaryWallSec are extrapolated linearly from ${batchCount.toLocaleString('en-US')} cases; the peak RSS figures are the smaller runs' peaks.`,
        );
      }
    }
    step('cold start');
    const version = coldStart(bin, ['--version'], plan.coldRuns);
    const allocate = coldStart(bin, ['allocate', join(ROOT, REFERENCE_CASE)], plan.coldRuns);
    process.stderr.write(
      `  --version ${round(version.medianMs, 1)} ms, allocate ${round(allocate.medianMs, 1)} ms (${version.tool})\n`,
    );
    cold = { version, allocate, referenceCase: REFERENCE_CASE };
  }

  const results: Results = {
    validatePerSec: round(tp.validate.perSec),
    allocatePerSec: round(tp.allocate.perSec),
    allocateWithValidationPerSec: round(tp.allocateWithValidation.perSec),
    decimalOverIntegerRatio: round(tp.integerReference.perSec / tp.allocateNonCommunity.perSec, 1),
    renderHtmlPerSec: tp.render ? round(tp.render.html.perSec) : null,
    renderMarkdownPerSec: tp.render ? round(tp.render.markdown.perSec) : null,
    renderTextPerSec: tp.render ? round(tp.render.text.perSec) : null,
    renderHtmlSpanishPerSec: tp.render ? round(tp.render.htmlSpanish.perSec) : null,
    batchMillionWallSec: batch ? round((batch.wallSec * MILLION) / batch.cases, 1) : null,
    batchMillionPeakRssMb: batch?.peakRssMb != null ? round(batch.peakRssMb) : null,
    batchMillionOutputMbPerSec:
      batch && outputBytes !== null ? round(outputBytes / 1e6 / batch.wallSec, 1) : null,
    batchMillionSummaryWallSec: batchSummary
      ? round((batchSummary.wallSec * MILLION) / batchSummary.cases, 1)
      : null,
    batchMillionSummaryPeakRssMb:
      batchSummary?.peakRssMb != null ? round(batchSummary.peakRssMb) : null,
    coldStartVersionMs: cold ? round(cold.version.medianMs, 1) : null,
    coldStartAllocateMs: cold ? round(cold.allocate.medianMs, 1) : null,
    machine: {
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      nodeVersion: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    date: new Date().toISOString(),
    quick: args.quick,
    notes,
    details: {
      seed: tp.seed,
      cases: tp.cases,
      communityPropertyCases: tp.communityPropertyCases,
      passes: plan.passes,
      pinnedCore,
      loadAverage1m: { start: round(loadAtStart, 2), end: round(loadavg()[0] ?? 0, 2) },
      validate: tp.validate,
      allocate: tp.allocate,
      allocateWithValidation: tp.allocateWithValidation,
      allocateNonCommunity: tp.allocateNonCommunity,
      integerReference: tp.integerReference,
      integerCheckedCases: tp.integerCheckedCases,
      integerMismatches: tp.integerMismatches,
      referenceCasesChecked: tp.referenceCasesChecked,
      referenceCasesAgreeing: tp.referenceCasesAgreeing,
      renderCases: tp.renderCases,
      render: tp.render,
      batch,
      batchOutputBytes: outputBytes,
      batchSummary,
      coldStart: cold,
    },
  };

  return results;
}

const resultsPath = join(BENCH, 'results.json');
// --readme-only rewrites the README from the results.json already there (after editing its text).
const results: Results = args['readme-only']
  ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Results)
  : await measureAll();
const rows = rowsOf(results);
if (!args['readme-only']) {
  writeFileSync(
    resultsPath,
    await prettierFormat(JSON.stringify(results), { filepath: resultsPath, printWidth: 100 }),
  );
}
writeFileSync(join(BENCH, 'README.md'), readme(results, rows));
step('results');
for (const r of rows) {
  process.stderr.write(
    `  ${r.what.padEnd(40)} ${String(r.measured ?? '-').padStart(10)} ${r.unit.padEnd(8)} ${r.target.padEnd(18)} ${r.pass === null ? '' : r.pass ? 'pass' : 'MISS'}\n`,
  );
}
process.stderr.write(
  `\nwrote ${args['readme-only'] ? '' : 'bench/results.json and '}bench/README.md\n`,
);
