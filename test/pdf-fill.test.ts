import { PDFDict, PDFDocument, PDFName, PDFStream, PDFTextField } from '@cantoo/pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { renderWorksheet, type AllocationResult } from '../src/index.js';
import type { OfficialForm } from '../src/official-form/model.js';
import {
  FieldValueError,
  fillForm8379,
  fillOfficialForm,
  FORM_FIELDS,
  OfficialFormBlockedError,
  readForm8379Fields,
} from '../src/pdf/index.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';
import { blankFields, expectedFields, partIIIFieldNames } from './support/expected-fields.js';
import { standInForm } from './support/stand-in-form.js';

/** A case with the line 10 order given: the injured spouse first unless the case says. */
function withOrder(json: Record<string, unknown>): Record<string, unknown> {
  const spouses = json.spouses as Record<string, Record<string, unknown>>;
  if (spouses.injured!.shownFirst !== undefined || spouses.other!.shownFirst !== undefined) {
    return json;
  }
  return { ...json, spouses: { ...spouses, injured: { ...spouses.injured, shownFirst: true } } };
}

const cases = referenceCases().map(({ file, json }) => ({
  file,
  json: withOrder(json),
  year: json.taxYear as number,
}));

/** Part III as the text worksheet's "Enter on Form 8379" prints it: line to (a), (b), (c). */
function worksheetPartIII(result: AllocationResult): Map<string, [string, string, string]> {
  const text = renderWorksheet(result, { format: 'text', preparedDate: '2025-03-01' });
  const start = text.indexOf('Part III, whole dollars:');
  expect(start).toBeGreaterThan(0);
  const rows = new Map<string, [string, string, string]>();
  const amount = '(\\(?-?[\\d,]+\\)?)';
  const row = new RegExp(
    `^(13a|13b|14|15|16|17|18|19|20)\\s.*?\\s${amount}\\s+${amount}\\s+${amount}$`,
  );
  for (const line of text.slice(start).split('\n').slice(2, 40)) {
    const m = row.exec(line);
    if (m) {
      const plain = (s: string) => s.replace(/,/g, '').replace(/^\((.*)\)$/, '-$1');
      rows.set(m[1]!, [plain(m[2]!), plain(m[3]!), plain(m[4]!)]);
    }
  }
  return rows;
}

describe('the reference cases on the stand-in form', () => {
  it('has reference cases of 2023 and later, and of earlier years', () => {
    expect(cases.filter((c) => c.year >= 2023).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.year < 2023).length).toBeGreaterThanOrEqual(1);
  });

  for (const { file, json, year } of cases.filter((c) => c.year >= 2023)) {
    it(`${file}: every field reads back as officialForm says`, async () => {
      const result = allocate(json);
      expect(result.officialForm.blockers).toEqual([]);
      const filled = await fillForm8379(result, await standInForm());
      const fields = await readForm8379Fields(filled);
      expect(fields).toEqual(expectedFields(result.officialForm));
      expect(fields['topmostSubform[0].Page1[0].f1_1[0]']).toBe(String(year));
      // Part III as the worksheet's "Enter on Form 8379" prints it (an all-zero line blank).
      const printed = worksheetPartIII(result);
      expect([...printed.keys()]).toEqual(['13a', '13b', '14', '15', '16', '17', '18', '19', '20']);
      for (const [line, columns] of printed) {
        const names = partIIIFieldNames(line);
        const onForm = names.map((n) => fields[n]);
        const blank = columns.every((c) => c === '0');
        expect(onForm, `line ${line}`).toEqual(blank ? ['', '', ''] : columns);
      }
    });
  }

  for (const { file, json, year } of cases.filter((c) => c.year < 2023)) {
    it(`${file}: refused, naming the year ${year}`, async () => {
      const result = allocate(json);
      const error = await fillForm8379(result, await standInForm()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficialFormBlockedError);
      expect((error as OfficialFormBlockedError).code).toBe('official-form-blocked');
      expect((error as Error).message).toContain(String(year));
      expect((error as Error).message).toContain('2023');
    });
  }
});

/** A filled-in OfficialForm to start from (the stand-in's figures are made up). */
function sampleForm(overrides: Partial<OfficialForm> = {}): OfficialForm {
  const line = (l: OfficialForm['partIII'][number]['line'], a: string, b: string, c: string) => ({
    line: l,
    total: a,
    injured: b,
    other: c,
    adjusted: false,
  });
  return {
    revision: 'Nov 2023',
    taxYear: 2024,
    filedWith: 'alone',
    partI: { 2: 'yes', 3: 'yes', 4: 'no', 5: 'yes', 6: null, 7: null, 8: null, 9: null },
    communityPropertyStates: 'Arizona, Texas',
    partII: [
      { name: 'Chris Reyes', ssn: '400-00-0002', injured: false },
      { name: 'Dana Reyes', ssn: '400-00-0001', injured: true },
    ],
    refundInBothNames: true,
    mailingAddress: '12 Elm St Apt 4, Austin, TX 78701-1234',
    partIII: [
      line('13a', '80000', '52000', '28000'),
      line('13b', '-3000', '-1500', '-1500'),
      line('14', '0', '0', '0'),
      line('15', '29200', '14600', '14600'),
      line('16', '500', '0', '500'),
      line('17', '0', '0', '0'),
      line('18', '0', '0', '0'),
      line('19', '8500', '6100', '2400'),
      line('20', '0', '0', '0'),
    ],
    partIV: {
      phone: '(512) 555-0100',
      preparer: {
        name: 'Pat Preparer',
        ptin: 'P01234567',
        selfEmployed: true,
        firmName: 'Reyes & Co. Tax',
        firmAddress: '1 Main St, Austin, TX 78701',
        firmEin: '12-3456789',
        phone: '512-555-0199',
      },
    },
    blockers: [],
    ...overrides,
  };
}

describe('fillOfficialForm', () => {
  it('fills every field of a hand-written form, Part IV included', async () => {
    const form = sampleForm();
    const fields = await readForm8379Fields(await fillOfficialForm(form, await standInForm()));
    expect(fields).toEqual(expectedFields(form));
    // Spot checks against form-8379-fields.md, field by field.
    expect(fields['topmostSubform[0].Page1[0].c1_4[0]']).toBe(true); // line 5 Yes
    expect(fields['topmostSubform[0].Page1[0].f1_2[0]']).toBe('Arizona, Texas');
    expect(fields['topmostSubform[0].Page1[0].c1_5[0]']).toBe(false); // line 6 skipped
    expect(fields['topmostSubform[0].Page1[0].c1_5[1]']).toBe(false);
    expect(fields['topmostSubform[0].Page1[0].f1_3[0]']).toBe('Chris Reyes');
    expect(fields['topmostSubform[0].Page1[0].c1_10[0]']).toBe(true);
    expect(fields['topmostSubform[0].Page1[0].c1_9[0]']).toBe(false);
    expect(fields['topmostSubform[0].Page1[0].f1_6[0]']).toBe('400-00-0001');
    expect(fields['topmostSubform[0].Page1[0].c1_12[0]']).toBe(true);
    expect(fields['topmostSubform[0].Page2[0].Pg2Table[0].BodyRowLn13b[0].f2_4[0]']).toBe('-3000');
    expect(fields['topmostSubform[0].Page2[0].Pg2Table[0].BodyRowLn16[0].f2_14[0]']).toBe('0');
    expect(fields['topmostSubform[0].Page2[0].Pg2Table[0].BodyRowLn14[0].f2_7[0]']).toBe('');
    expect(fields['topmostSubform[0].Page2[0].f2_30[0]']).toBe('P01234567');
    expect(fields['topmostSubform[0].Page2[0].f2_34[0]']).toBe('12-3456789');
    expect(fields['topmostSubform[0].Page2[0].c2_1[0]']).toBe(true);
  });

  it('leaves Part IV blank when partIV is null, and line 12 No with no address', async () => {
    const form = sampleForm({ partIV: null, filedWith: 'originalReturn', mailingAddress: null });
    const fields = await readForm8379Fields(await fillOfficialForm(form, await standInForm()));
    expect(fields).toEqual(expectedFields(form));
    for (const n of [28, 29, 30, 31, 32, 33, 34]) {
      expect(fields[`topmostSubform[0].Page2[0].f2_${n}[0]`]).toBe('');
    }
    expect(fields['topmostSubform[0].Page1[0].c1_12[1]']).toBe(true);
    expect(fields['topmostSubform[0].Page1[0].f1_7[0]']).toBe('');
  });

  it('refills a filled form: nothing of the first fill survives', async () => {
    const first = await fillOfficialForm(sampleForm(), await standInForm());
    const second = sampleForm({
      partI: { 2: 'yes', 3: 'yes', 4: 'no', 5: 'no', 6: 'no', 7: 'yes', 8: 'no', 9: 'yes' },
      communityPropertyStates: '',
      partIV: null,
      mailingAddress: null,
      refundInBothNames: false,
      partIII: sampleForm().partIII.map((l) => ({ ...l, total: '0', injured: '0', other: '0' })),
    });
    const fields = await readForm8379Fields(await fillOfficialForm(second, first));
    expect(fields).toEqual(expectedFields(second));
    const blank = blankFields();
    for (const name of Object.keys(blank).filter((n) => n.includes('Page2'))) {
      expect(fields[name], name).toBe(blank[name]);
    }
  });

  it('keeps the form fillable, drops XFA and usage rights, and gives every field an appearance', async () => {
    const warn = vi.spyOn(console, 'warn');
    const filled = await fillOfficialForm(sampleForm(), await standInForm());
    // pdf-lib's "Removing XFA form data" warning is not printed: the filler drops the XFA itself.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const doc = await PDFDocument.load(filled, { preserveXFA: true });
    const form = doc.getForm();
    expect(form.hasXFA()).toBe(false);
    expect(doc.catalog.has(PDFName.of('Perms'))).toBe(false);
    expect(form.acroForm.dict.has(PDFName.of('SigFlags'))).toBe(false);
    expect(form.getFields().length).toBe(FORM_FIELDS.length);
    for (const field of form.getFields()) {
      expect(field.isReadOnly(), field.getName()).toBe(false);
      for (const widget of field.acroField.getWidgets()) {
        const normal = widget.getAppearances()?.normal;
        expect(normal instanceof PDFStream || normal instanceof PDFDict, field.getName()).toBe(
          true,
        );
      }
    }
    // The font the appearances use is in the form's resources, for a viewer that edits a field.
    const name = form.getTextField('topmostSubform[0].Page1[0].f1_3[0]');
    const da = name.acroField.getDefaultAppearance() ?? '';
    const font = /\/(\S+) [\d.]+ Tf/.exec(da)?.[1];
    const dr = form.acroForm.dict.lookup(PDFName.of('DR'), PDFDict);
    expect(dr.lookup(PDFName.of('Font'), PDFDict).has(PDFName.of(font!))).toBe(true);
  });

  it('prints the values in the page text (pdf-lib appearances, not just field values)', async () => {
    const filled = await fillOfficialForm(sampleForm(), await standInForm());
    const doc = await PDFDocument.load(filled);
    const field = doc.getForm().getField('topmostSubform[0].Page1[0].f1_4[0]');
    expect(field).toBeInstanceOf(PDFTextField);
    const stream = field.acroField.getWidgets()[0]!.getAppearances()!.normal as PDFStream;
    expect(stream).toBeInstanceOf(PDFStream);
  });

  it('refuses a blocked form with the blockers’ messages, filling nothing', async () => {
    const form = sampleForm({
      blockers: [
        { code: 'part-i-stop', message: 'Part I stops at line 4' },
        { code: 'line-10-order', path: 'spouses.injured.shownFirst', message: 'line 10 order' },
      ],
    });
    const error = await fillOfficialForm(form, await standInForm()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficialFormBlockedError);
    expect((error as Error).message).toBe('Part I stops at line 4\nline 10 order');
    expect((error as OfficialFormBlockedError).blockers).toHaveLength(2);
  });
});

describe('values that cannot go in as they are', () => {
  const ssnRow = (ssn: string) =>
    sampleForm({
      partII: [
        { name: 'Chris Reyes', ssn, injured: false },
        { name: 'Dana Reyes', ssn: '400-00-0001', injured: true },
      ],
    });
  const named = (name: string) =>
    sampleForm({
      partII: [
        { name, ssn: '400-00-0002', injured: false },
        { name: 'Dana Reyes', ssn: '400-00-0001', injured: true },
      ],
    });
  const failure = async (form: OfficialForm) => {
    const error = await fillOfficialForm(form, await standInForm()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldValueError);
    return error as FieldValueError;
  };

  it('a value longer than the field’s maximum length names the field and is not cut', async () => {
    const error = await failure(ssnRow('400-00-00021'));
    expect(error.problem).toBe('too-long');
    expect(error.field).toBe('topmostSubform[0].Page1[0].f1_4[0]');
    expect(error.message).toContain('line 10, SSN shown first');
    expect(error.message).toContain('at most 11');
    expect(error.message).not.toContain('400-00-00021');
  });

  it('a tax year of five digits is too long for line 1', async () => {
    const error = await failure(sampleForm({ taxYear: 20245 }));
    expect(error.field).toBe('topmostSubform[0].Page1[0].f1_1[0]');
  });

  it('a value too wide for its box, even in 6 pt type, names the field', async () => {
    const error = await failure(named('W'.repeat(80)));
    expect(error.problem).toBe('too-wide');
    expect(error.message).toContain('line 10, name shown first');
  });

  it('a long value that fits in smaller type is printed whole', async () => {
    const long = 'Maximiliana Alexandra Montgomery-Featherstonehaugh Villanueva';
    const form = named(long);
    const fields = await readForm8379Fields(await fillOfficialForm(form, await standInForm()));
    expect(fields['topmostSubform[0].Page1[0].f1_3[0]']).toBe(long);
  });

  it('characters the standard font cannot print are an error naming the character', async () => {
    for (const [name, bad] of [
      ['Zhang 张伟', '张'],
      ['Олена Коваль', 'О'],
      ['Dana 🙂 Reyes', '🙂'],
    ] as const) {
      const error = await failure(named(name));
      expect(error.problem).toBe('unprintable');
      expect(error.message).toContain(`"${bad}"`);
      expect(error.message).toMatch(/U\+[0-9A-F]{4,}/);
    }
  });

  it('control characters are an error, not a line break in a one-line field', async () => {
    const error = await failure(named('Dana\nReyes'));
    expect(error.problem).toBe('control-character');
    expect(error.message).toContain('U+000A');
  });

  it('PDF syntax in a value is text: parentheses, backslashes, brackets, Latin accents', async () => {
    const tricky = [
      'O) Tj ET (x\\) Reyes',
      'Dana \\\\ (Reyes) /Name <<>> [1 0 R]',
      'Zoë Núñez-Ångström',
      '%%EOF endstream',
    ];
    for (const name of tricky) {
      const form = named(name);
      const filled = await fillOfficialForm(form, await standInForm());
      const fields = await readForm8379Fields(filled);
      expect(fields['topmostSubform[0].Page1[0].f1_3[0]']).toBe(name);
      expect(fields).toEqual(expectedFields(form));
    }
  });
});
