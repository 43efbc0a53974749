/**
 * The summaries of generated cases before and after a change: builds the library at a base commit
 * (default: 4277b00, main before core v2) into a cache folder, runs both on the same cases and
 * option sets, and reports every case whose summary (or error) differs. Exits 1 on a difference.
 *
 *   npx tsx bench/compare-summaries.ts [--cases 100000] [--base 4277b00] [--seed 14]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as after from '../src/index.js';
import type { AllocationOptions, CaseInput } from '../src/index.js';
import { generateCases } from './generate.js';

interface Library {
  allocate(input: CaseInput, options?: AllocationOptions): { summary: unknown };
}

const root = join(import.meta.dirname, '..');

/** The library of `commit`, bundled once into node_modules/.cache (dependencies left external). */
function buildBase(commit: string): string {
  const dir = join(root, 'node_modules', '.cache', 'form8379-compare', commit);
  const bundle = join(dir, 'index.mjs');
  if (existsSync(bundle)) return bundle;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'src'], { cwd: root });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [
    join(dir, 'src', 'index.ts'),
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--packages=external',
    `--outfile=${bundle}`,
    '--log-level=warning',
  ]);
  return bundle;
}

/** Option sets the cases cycle through, so the [A] alternatives are compared too. */
const OPTION_SETS: readonly (AllocationOptions | undefined)[] = [
  undefined,
  { creditFloor: 'per-spouse' },
  { zeroTaxRatio: 'equal', ratioDecimals: 6 },
  { creditLimit: 'none', undatedDebts: 'undated-first' },
  { communityPropertyNetting: 'independent', ratioDecimals: 2 },
];

function outcome(lib: Library, c: CaseInput, options: AllocationOptions | undefined): string {
  try {
    return JSON.stringify(lib.allocate(c, options).summary);
  } catch (e) {
    const error = e as { name?: string; code?: string; message?: string };
    return `error ${String(error.name)} ${String(error.code)}: ${String(error.message)}`;
  }
}

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    base: { type: 'string', default: '4277b00' },
    seed: { type: 'string', default: '14' },
  },
});
const count = Number(values.cases);
const bundle = buildBase(values.base);
const before = (await import(pathToFileURL(bundle).href)) as Library;
const cases = generateCases(Number(values.seed), count);
let differ = 0;
let errors = 0;
cases.forEach((c, i) => {
  const options = OPTION_SETS[i % OPTION_SETS.length];
  const a = outcome(before, c, options);
  const b = outcome(after, c, options);
  if (a.startsWith('error ')) errors++;
  if (a !== b) {
    differ++;
    if (differ <= 5) {
      process.stderr.write(
        `case ${i} (options ${JSON.stringify(options)}):\n  before ${a}\n  after  ${b}\n`,
      );
    }
  }
});
process.stdout.write(
  `${count} cases (seed ${values.seed}, ${OPTION_SETS.length} option sets in turn; ${errors} rejected by the base build): ${differ} summaries differ between ${values.base} and this tree\n`,
);
process.exitCode = differ === 0 ? 0 : 1;
