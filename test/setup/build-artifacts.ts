/**
 * Vitest global setup: builds the package once, before any test runs, with the package's own
 * `npm run build` (dist/: the library, the CLI, schema.json and the browser app,
 * dist/app/form8379.html). The tests that read dist/ (the app's, `form8379 app`'s, the packed
 * package's) then test what these sources build, on a fresh clone as after an edit, and a
 * missing file fails them instead of skipping them. About 10 seconds.
 *
 * FORM8379_TEST_BUILD=0 uses dist/ as it is (to rerun one test file quickly); a test that needs
 * a file it does not find then fails.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export default function setup(): void {
  if (process.env.FORM8379_TEST_BUILD === '0') {
    console.warn('FORM8379_TEST_BUILD=0: testing dist/ as it is, without npm run build');
    return;
  }
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    // npm is npm.cmd on Windows, which only a shell starts.
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) {
    throw new Error(
      `npm run build failed (${run.error?.message ?? `exit code ${run.status}`}); the tests need dist/:\n${run.stdout}${run.stderr}`,
    );
  }
  console.log(`built dist/ with npm run build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
