/**
 * `form8379 app`: writes the built browser app (dist/app/form8379.html) where the user says, or
 * opens it in the browser ($BROWSER here, a script that records what it was asked to open).
 * The tests' global setup (test/setup/build-artifacts.ts) builds the app; a missing app fails.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedAppPath } from '../src/cli/commands/app.js';
import { ROOT, tempDir } from './cli-helpers.js';
import { runCliInProcess } from './cli-in-process.js';

const APP = join(ROOT, 'dist', 'app', 'form8379.html');
if (!existsSync(APP)) {
  throw new Error(`no ${APP}: the tests' global setup (npm run build) should have built it`);
}

describe('form8379 app', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the package’s own copy from the source tree', () => {
    expect(shippedAppPath()).toBe(APP);
  });

  it('writes the app to the file given, byte for byte, and says how to open it', async () => {
    const out = join(dir, 'calculator.html');
    const run = await runCliInProcess(['app', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Wrote ${out}: the calculator as one page, ${pathToFileURL(out).href}. It works offline; nothing entered in it leaves the browser.\n`,
    );
    expect(readFileSync(out)).toEqual(readFileSync(APP));
  });

  it('shows the control characters of the file name as escapes (ESC, BEL, bidi)', async () => {
    const name = 'calc\u001b]0;pwned\u0007\u202e\u0085lmth.html';
    const out = join(dir, name);
    const run = await runCliInProcess(['app', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(APP));
    const shown = join(dir, 'calc\\u001b]0;pwned\\u0007\\u202e\\u0085lmth.html');
    expect(run.stderr).toBe(
      `Wrote ${shown}: the calculator as one page, ${pathToFileURL(out).href}. It works offline; nothing entered in it leaves the browser.\n`,
    );
    // eslint-disable-next-line no-control-regex
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('writes it to standard output for -', async () => {
    const run = await runCliInProcess(['app', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(APP, 'utf8'));
    expect(run.stderr).toBe('');
  });

  it('--open opens the package’s copy in $BROWSER, writing nothing', async () => {
    const seen = join(dir, 'opened.txt');
    const browser = join(dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${seen}'\n`);
    chmodSync(browser, 0o755);
    const before = process.env.BROWSER;
    process.env.BROWSER = browser;
    try {
      const run = await runCliInProcess(['app', '--open']);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`Opened ${pathToFileURL(APP).href} in the browser.\n`);
      await expect.poll(() => existsSync(seen) && readFileSync(seen, 'utf8')).toBe(APP);
    } finally {
      if (before === undefined) delete process.env.BROWSER;
      else process.env.BROWSER = before;
    }
  });

  it('a browser that cannot start is a message naming the file to open by hand', async () => {
    const before = process.env.BROWSER;
    process.env.BROWSER = join(dir, 'no-such-browser');
    try {
      const run = await runCliInProcess(['app', '--open']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `form8379: cannot start ${join(dir, 'no-such-browser')} to open the app: no such file or directory; open ${pathToFileURL(APP).href} in a browser yourself\n`,
      );
    } finally {
      if (before === undefined) delete process.env.BROWSER;
      else process.env.BROWSER = before;
    }
  });
});
