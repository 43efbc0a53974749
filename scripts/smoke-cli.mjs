#!/usr/bin/env node
/**
 * Smoke test of the package as a user installs it: packs it with `npm pack`, unpacks the tarball
 * as node_modules/form8379 under test-output/ (its dependencies resolve from the repository's
 * node_modules), then runs the packed `form8379` bin on every reference case and compares the
 * JSON `summary` with the case's `expected`, runs `batch` on all of them, and loads the package
 * through `import`, `require` and `form8379/schema.json`. Needs `npm run build` first.
 *
 *   node scripts/smoke-cli.mjs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { deepStrictEqual, strictEqual, ok } from 'node:assert';
import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const casesDir = join(root, 'test', 'fixtures', 'cases');
const work = join(root, 'test-output', 'smoke');
const installed = join(work, 'node_modules', 'form8379');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
const files = packed.files.map((f) => f.path);
// The README links to the examples' page, embed.ts and each example's case: those are shipped.
const linkedExample = /^examples\/(README\.md|embed\.ts|[a-z-]+\/case\.json)$/;
for (const unwanted of ['src/', 'test/', 'scripts/', 'examples/', 'node_modules/']) {
  ok(
    !files.some((f) => f.startsWith(unwanted) && !linkedExample.test(f)),
    `the package must not contain ${unwanted} (but the examples the README links to)`,
  );
}
console.log(`packed ${packed.filename}: ${files.length} files, ${packed.size} bytes`);

const bin = join(installed, pkg.bin.form8379);
accessSync(bin, constants.X_OK);
/** Runs the packed bin directly (through its shebang), as npm's bin link would. */
function cli(args, input) {
  const run = spawnSync(bin, args, { cwd: work, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const version = cli(['--version']);
strictEqual(version.stdout, `${pkg.version}\n`, 'form8379 --version');

const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
let failures = 0;
for (const file of cases) {
  const path = join(casesDir, file);
  const expected = JSON.parse(readFileSync(path, 'utf8')).expected;
  const run = cli(['allocate', path]);
  try {
    strictEqual(run.code, 0, `exit code (stderr: ${run.stderr.trim()})`);
    deepStrictEqual(JSON.parse(run.stdout).summary, expected);
    console.log(`ok    ${file}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${file}: ${error.message}`);
  }
}

const lines = cases.map((f) => JSON.stringify(JSON.parse(readFileSync(join(casesDir, f), 'utf8'))));
const batch = cli(['batch', '-'], `${lines.join('\n')}\n`);
strictEqual(batch.code, 0, `batch exit code (stderr: ${batch.stderr.trim()})`);
strictEqual(batch.stderr, `form8379 batch: ${cases.length} ok, 0 invalid\n`);
const summaries = batch.stdout
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l).summary);
deepStrictEqual(
  summaries,
  lines.map((l) => JSON.parse(l).expected),
);
console.log(`ok    batch of ${cases.length} cases`);

// Enough lines for several batches, so `--jobs 2` starts a worker thread from the packed
// dist/batch-worker.js (a missing worker file would add a note on stderr): same bytes as one thread.
const many = `${Array.from({ length: 40 }, () => lines.join('\n')).join('\n')}\n`;
const oneThread = cli(['batch', '-', '--jobs', '1'], many);
const twoThreads = cli(['batch', '-', '--jobs', '2'], many);
strictEqual(twoThreads.code, 0, `batch --jobs 2 exit code (stderr: ${twoThreads.stderr.trim()})`);
strictEqual(twoThreads.stderr, `form8379 batch: ${cases.length * 40} ok, 0 invalid\n`);
strictEqual(twoThreads.stdout, oneThread.stdout, 'batch --jobs 2 output differs from --jobs 1');
console.log(`ok    batch --jobs 2 of ${cases.length * 40} cases, same output as --jobs 1`);

// The library entry points, from a project that depends on the package.
const first = join(casesDir, cases[0]);
writeFileSync(
  join(work, 'esm.mjs'),
  `import { allocate } from 'form8379';
import { readFileSync } from 'node:fs';
import schema from 'form8379/schema.json' with { type: 'json' };
const c = JSON.parse(readFileSync(${JSON.stringify(first)}, 'utf8'));
if (JSON.stringify(allocate(c).summary) !== JSON.stringify(c.expected)) throw new Error('ESM summary');
if (schema.title !== 'form8379 case') throw new Error('schema.json');
console.log('ok    import form8379 (ESM) and form8379/schema.json');
`,
);
writeFileSync(
  join(work, 'cjs.cjs'),
  `const { allocate } = require('form8379');
const c = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(first)}, 'utf8'));
if (JSON.stringify(allocate(c).summary) !== JSON.stringify(c.expected)) throw new Error('CJS summary');
console.log('ok    require form8379 (CommonJS)');
`,
);
for (const script of ['esm.mjs', 'cjs.cjs']) {
  execFileSync(process.execPath, ['--no-warnings', script], { cwd: work, stdio: 'inherit' });
}

if (failures > 0) {
  console.error(`smoke test: ${failures} of ${cases.length} reference cases failed`);
  process.exit(1);
}
console.log(`smoke test: all ${cases.length} reference cases match "expected"`);
