import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../src/index.js';
import { FIXTURES } from './helpers.js';

type Library = typeof source;
const ROOT = join(import.meta.dirname, '..');
const CASE = JSON.parse(
  readFileSync(join(FIXTURES, 'w2-child-support-2024.json'), 'utf8'),
) as source.CaseInput;

/** The error `run` throws (the test fails if it throws none). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('one error identity across the ESM and CJS builds', () => {
  // Built here from the sources under test, both formats, into a folder inside the repository
  // (so the builds resolve the dependencies in node_modules), as package.json's exports ship them.
  const builtDir = join(ROOT, 'node_modules', '.cache', 'form8379-error-identity');
  let esm: Library;
  let cjs: Library;
  beforeAll(async () => {
    rmSync(builtDir, { recursive: true, force: true });
    const { build } = await import('tsup');
    for (const format of ['esm', 'cjs'] as const) {
      await build({
        config: false,
        silent: true,
        entry: { index: 'src/index.ts' },
        format: [format],
        target: 'node20',
        platform: 'node',
        outDir: builtDir,
        dts: false,
      });
    }
    esm = (await import(pathToFileURL(join(builtDir, 'index.js')).href)) as Library;
    cjs = createRequire(import.meta.url)(join(builtDir, 'index.cjs')) as Library;
  }, 120_000);

  it('the two builds are two copies of each class', () => {
    expect(esm.Form8379Error).not.toBe(cjs.Form8379Error);
    expect(esm.InvalidCaseError).not.toBe(cjs.InvalidCaseError);
  });

  it('an error of either build is an instance of the other build’s classes', () => {
    const copies = [source, esm, cjs];
    for (const from of copies) {
      const invalid = thrown(() => from.allocate({} as source.CaseInput));
      const option = thrown(() => from.allocate(CASE, { ratioDecimals: 1 }));
      for (const to of copies) {
        expect(invalid instanceof to.Form8379Error).toBe(true);
        expect(invalid instanceof to.InvalidCaseError).toBe(true);
        expect(invalid instanceof to.UnsupportedCaseError).toBe(false);
        expect(invalid instanceof to.InvalidOptionError).toBe(false);
        expect(to.isForm8379Error(invalid)).toBe(true);
        expect(option instanceof to.InvalidOptionError).toBe(true);
        expect(option instanceof to.InvalidCaseError).toBe(false);
        expect(to.isForm8379Error(option)).toBe(true);
      }
    }
  });

  it('the kind is part of the instance, not of what a caller can see or print', () => {
    const e = thrown(() => cjs.allocate({} as source.CaseInput)) as source.InvalidCaseError;
    expect(Object.keys(e)).not.toContain('kinds');
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'InvalidCaseError',
      code: 'invalid-case',
      issues: e.issues,
    });
  });

  it('anything else is not a library error', () => {
    for (const lib of [source, esm, cjs]) {
      for (const value of [new Error('x'), null, undefined, 'error', { code: 'invalid-case' }]) {
        expect(value instanceof lib.Form8379Error).toBe(false);
        expect(lib.isForm8379Error(value)).toBe(false);
      }
    }
  });

  it('a caller’s own subclass keeps plain instanceof', () => {
    class MyError extends esm.InvalidCaseError {}
    const fromCjs = thrown(() => cjs.allocate({} as source.CaseInput));
    expect(fromCjs instanceof MyError).toBe(false);
    const mine = new MyError([{ path: 'x', message: 'y' }]);
    expect(mine instanceof MyError).toBe(true);
    expect(mine instanceof cjs.InvalidCaseError).toBe(true);
    expect(mine instanceof cjs.Form8379Error).toBe(true);
  });
});
