/**
 * A disk that fills while the CLI writes a file (issue 19 §4): exit 2 and one line naming the
 * file, no temporary file left, and the file given with --out either untouched (an old file kept
 * byte for byte) or absent: never a partial file under the final name. The disk is a tmpfs of
 * 16 KiB mounted in a temporary folder where mount works (root, as CI runs); elsewhere the same
 * tests run with ENOSPC injected at the write by a preload (test/fixtures/preload/full-disk.mjs).
 * FORM8379_TEST_NO_MOUNT=1 forces the preload.
 *
 * Then the other promises of an atomic --out: a FIFO is written, never replaced; a symbolic link
 * replaces the file it points to; a new text file gets 0o666 less the umask, a replaced one keeps
 * its mode, the filled PDF is 0o600.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, tempDir, type CliRun } from './cli-helpers.js';
import { standInForm } from './support/stand-in-form.js';

const CASE = fixture('w2-child-support-2024.json');
const LINE = JSON.stringify(CASE.json);
const OLD = 'the results of an earlier run\n';
const PRELOAD = join(ROOT, 'test', 'fixtures', 'preload', 'full-disk.mjs');
/** Room on the small disk: 4 pages, one of them taken by the old file. */
const DISK_BYTES = 16 * 1024;

let base: string;
let disk: string;
let mounted = false;
let form: string;

beforeAll(async () => {
  base = tempDir();
  disk = join(base, 'disk');
  mkdirSync(disk);
  if (process.env.FORM8379_TEST_NO_MOUNT !== '1') {
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', disk], {
      encoding: 'utf8',
    });
    mounted = mount.status === 0;
  }
  form = join(base, 'f8379.pdf');
  writeFileSync(form, await standInForm());
});

afterAll(() => {
  if (mounted) spawnSync('umount', [disk]);
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  for (const name of readdirSync(disk)) rmSync(join(disk, name), { force: true });
});

/** The CLI writing into the small disk: on the tmpfs, or with the preload filling it. */
function runOnDisk(args: readonly string[], stdin = ''): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = mounted
    ? {}
    : {
        NODE_OPTIONS: `--import=${PRELOAD}`,
        FORM8379_FULL_DIR: disk,
        // The old file's page is taken, as on the tmpfs.
        FORM8379_FULL_BYTES: String(DISK_BYTES - 4096),
      };
  return runCli(args, stdin, env);
}

/** Exit 2, the one line, only the old file left in the folder, unchanged. */
function expectFullDisk(run: CliRun, out: string, old: string | null): void {
  expect(run.stderr).toBe(`form8379: ${out}: cannot write the file: no space left on device\n`);
  expect(run.code).toBe(2);
  if (old === null) expect(readdirSync(disk)).toEqual([]);
  else {
    expect(readdirSync(disk)).toEqual(['old.out']);
    expect(readFileSync(out, 'utf8')).toBe(old);
  }
}

describe('a full disk (a 16 KiB tmpfs, or ENOSPC injected where mount is refused)', () => {
  it('batch --out: full results, the disk full at the first write of many', async () => {
    const out = join(disk, 'old.out');
    writeFileSync(out, OLD);
    const run = await runOnDisk(['batch', '-', '--out', out], `${LINE}\n`.repeat(200));
    expectFullDisk(run, out, OLD);
  });

  it('batch --out --summary: the disk full at the last write, as the batch ends', async () => {
    const out = join(disk, 'old.out');
    writeFileSync(out, OLD);
    // 40 summary lines (about 24 KB): one batch, so its one write is the last.
    const run = await runOnDisk(['batch', '-', '--summary', '--out', out], `${LINE}\n`.repeat(40));
    expectFullDisk(run, out, OLD);
  });

  it('batch --out to a new file: no file at all', async () => {
    const out = join(disk, 'new.out');
    const run = await runOnDisk(['batch', '-', '--out', out], `${LINE}\n`.repeat(40));
    expectFullDisk(run, out, null);
  });

  it.each([['json'], ['html'], ['markdown']])(
    'allocate --format %s --out: the old file kept',
    async (format) => {
      const out = join(disk, 'old.out');
      writeFileSync(out, OLD);
      const run = await runOnDisk(['allocate', CASE.path, '--format', format, '--out', out]);
      expectFullDisk(run, out, OLD);
    },
  );

  it('allocate --out to a new file: no file at all', async () => {
    const out = join(disk, 'new.json');
    const run = await runOnDisk(['allocate', CASE.path, '--out', out]);
    expectFullDisk(run, out, null);
  });

  it('allocate --format pdf --out: the old file kept', async () => {
    const out = join(disk, 'old.out');
    writeFileSync(out, OLD);
    const run = await runOnDisk(['allocate', CASE.path, '-f', 'pdf', '--form', form, '-o', out]);
    expectFullDisk(run, out, OLD);
  });

  it('schema --out and app FILE: the old file kept', async () => {
    const out = join(disk, 'old.out');
    writeFileSync(out, OLD);
    expectFullDisk(await runOnDisk(['schema', '--out', out]), out, OLD);
    expectFullDisk(await runOnDisk(['app', out]), out, OLD);
  });
});

describe('--out is atomic, and only for a regular file', () => {
  it('a FIFO is written, not replaced (allocate, schema, batch)', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const args of [
      ['allocate', CASE.path, '--out', fifo, '--quiet'],
      ['schema', '--out', fifo],
      ['batch', '-', '--summary', '--out', fifo],
    ]) {
      const reader = createReadStream(fifo);
      const chunks: Buffer[] = [];
      reader.on('data', (c) => chunks.push(c as Buffer));
      const [run] = await Promise.all([runCli(args, `${LINE}\n`), once(reader, 'close')]);
      expect(run.code, run.stderr).toBe(0);
      expect(Buffer.concat(chunks).length).toBeGreaterThan(100);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['pipe']);
    }
  });

  it('a symbolic link replaces the file it points to; modes: new 0o666 less the umask, kept when replaced, 0o600 for the PDF', async () => {
    const dir = tempDir();
    const target = join(dir, 'results.json');
    writeFileSync(target, OLD);
    chmodSync(target, 0o640);
    symlinkSync('results.json', join(dir, 'link.json'));
    const replaced = await runCli(['allocate', CASE.path, '--out', join(dir, 'link.json'), '-q']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).summary).toBeDefined();
    expect(statSync(target).mode & 0o777).toBe(0o640);

    const created = await runCli(['schema', '--out', join(dir, 'schema.json')]);
    expect(created.code).toBe(0);
    // What any program's new file gets here: 0o666 less the umask.
    writeFileSync(join(dir, 'probe'), '');
    const newMode = statSync(join(dir, 'probe')).mode & 0o777;
    rmSync(join(dir, 'probe'));
    expect(statSync(join(dir, 'schema.json')).mode & 0o777).toBe(newMode);

    const batch = await runCli(['batch', '-', '--out', join(dir, 'schema.json')], `${LINE}\n`);
    expect(batch.code).toBe(0);
    expect(statSync(join(dir, 'schema.json')).mode & 0o777).toBe(newMode);

    const pdf = await runCli(['allocate', CASE.path, '-f', 'pdf', '--form', form, '-o', target]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'results.json', 'schema.json']);
  });
});
