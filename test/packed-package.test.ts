/**
 * The package as npm publishes it: `npm pack` of the dist/ the tests' global setup built
 * (`npm run build`), listed and unpacked. It holds the library (ESM and CommonJS, with the pdf
 * subpath), the CLI and the browser app, and the unpacked `form8379 app -` prints the app: an
 * `npm run build` that left dist/app/ out would ship a package whose `form8379 app` fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './cli-helpers.js';

/** What the package must ship, as `tar -t` lists it. */
const REQUIRED = [
  'package/package.json',
  'package/dist/app/form8379.html',
  'package/dist/cli.js',
  'package/dist/batch-worker.js',
  'package/dist/index.js',
  'package/dist/index.cjs',
  'package/dist/pdf.js',
  'package/dist/pdf.cjs',
  'package/dist/schema.json',
];

describe('the packed package (npm pack)', () => {
  const packDir = tempDir();
  // Unpacked inside the repository, as node_modules/form8379 of a folder there, so the package's
  // dependencies resolve from the repository's node_modules (nothing is downloaded).
  const work = join(ROOT, 'node_modules', '.cache', 'form8379-packed-test');
  const installed = join(work, 'node_modules', 'form8379');
  let tarball = '';
  let listed: string[] = [];

  beforeAll(() => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
        cwd: ROOT,
        encoding: 'utf8',
        shell: process.platform === 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { filename: string }[];
    tarball = join(packDir, packed!.filename);
    listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  }, 120_000);

  afterAll(() => {
    rmSync(packDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('holds the library, the pdf subpath, the CLI and the browser app', () => {
    expect(REQUIRED.filter((f) => !listed.includes(f))).toEqual([]);
  });

  it('ships neither sources nor tests', () => {
    const unwanted = ['src/', 'test/', 'scripts/', 'app/', 'examples/', 'node_modules/'];
    // The README links to the examples' page and embed.ts, and that page to each example's case:
    // shipped so the packed README's links resolve (the example worksheets stay out).
    const linked = /^package\/examples\/(README\.md|embed\.ts|[a-z-]+\/case\.json)$/;
    expect(
      listed.filter((f) => unwanted.some((u) => f.startsWith(`package/${u}`)) && !linked.test(f)),
    ).toEqual([]);
  });

  it('its `form8379 app -` prints the browser app', () => {
    const run = spawnSync(process.execPath, [join(installed, 'dist', 'cli.js'), 'app', '-'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).toBe(readFileSync(join(ROOT, 'dist', 'app', 'form8379.html'), 'utf8'));
  });
});
