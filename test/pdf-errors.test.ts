import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as source from '../src/pdf/index.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';
import { standInForm } from './support/stand-in-form.js';

type Pdf = typeof source;
type Core = typeof core;
const ROOT = join(import.meta.dirname, '..');

describe('form8379/pdf from the ESM and CJS builds', () => {
  // Built here from the sources, both formats, as package.json's exports ship form8379/pdf.
  const builtDir = join(ROOT, 'node_modules', '.cache', 'form8379-pdf-builds');
  let esm: Pdf;
  let cjs: Pdf;
  let cjsCore: Core;
  beforeAll(async () => {
    rmSync(builtDir, { recursive: true, force: true });
    const { build } = await import('tsup');
    for (const format of ['esm', 'cjs'] as const) {
      await build({
        config: false,
        silent: true,
        entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' },
        format: [format],
        target: 'node20',
        platform: 'node',
        outDir: builtDir,
        dts: false,
      });
    }
    esm = (await import(pathToFileURL(join(builtDir, 'pdf.js')).href)) as Pdf;
    const require = createRequire(import.meta.url);
    cjs = require(join(builtDir, 'pdf.cjs')) as Pdf;
    cjsCore = require(join(builtDir, 'index.cjs')) as Core;
  }, 120_000);

  const w2 = () =>
    allocate(referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!.json);

  it('fills from either build', async () => {
    const form = await standInForm();
    for (const lib of [esm, cjs]) {
      const fields = await lib.readForm8379Fields(await lib.fillForm8379(w2(), form));
      expect(fields['topmostSubform[0].Page1[0].f1_3[0]']).toBe('Dana Reyes');
    }
  });

  it('an error of either build is an instance of the other build’s classes and Form8379Error', async () => {
    const copies = [source, esm, cjs];
    const blocked = { ...w2().officialForm, blockers: [{ code: 'part-i-stop', message: 'stop' }] };
    for (const from of copies) {
      const invalid = await from.checkForm8379(new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
      const stop = await from
        .fillOfficialForm(blocked as source.OfficialForm, await standInForm())
        .catch((e: unknown) => e);
      for (const to of copies) {
        expect(invalid instanceof to.OfficialFormError).toBe(true);
        expect(invalid instanceof to.OfficialFormBlockedError).toBe(false);
        expect(stop instanceof to.OfficialFormBlockedError).toBe(true);
        expect(stop instanceof to.FieldValueError).toBe(false);
      }
      for (const base of [core, cjsCore]) {
        expect(invalid instanceof base.Form8379Error).toBe(true);
        expect(base.isForm8379Error(stop)).toBe(true);
      }
      expect((invalid as Error).name).toBe('OfficialFormError');
    }
  });
});
