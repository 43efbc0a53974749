import {
  PDFCheckBox,
  PDFDocument,
  PDFName,
  PDFTextField,
  StandardFonts,
  TextAlignment,
} from '@cantoo/pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkForm8379,
  fillOfficialForm,
  FORM_FIELDS,
  MAX_FORM_BYTES,
  OfficialFormError,
  readForm8379Fields,
} from '../src/pdf/index.js';
import { Form8379Error } from '../src/index.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';
import { blankFields } from './support/expected-fields.js';
import { makeStandInForm, standInForm } from './support/stand-in-form.js';

const WHERE =
  'this version fills Form 8379 (Rev. November 2023); download it from https://www.irs.gov/pub/irs-pdf/f8379.pdf';

async function refusal(pdf: Uint8Array): Promise<OfficialFormError> {
  const error = await checkForm8379(pdf).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficialFormError);
  expect(error).toBeInstanceOf(Form8379Error);
  const e = error as OfficialFormError;
  expect(e.code).toBe('official-form-invalid');
  expect(e.message.endsWith(WHERE)).toBe(true);
  expect(e.message).not.toContain('\n');
  // Filling refuses it the same way.
  const form = allocate(
    referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!.json,
  ).officialForm;
  const fill = await fillOfficialForm(form, pdf).catch((x: unknown) => x);
  expect((fill as Error).message).toBe(e.message);
  return e;
}

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A PDF made with pdf-lib with the given fields (another form). */
async function otherForm(title: string | null, fields: readonly [string, 'text' | 'box'][]) {
  const doc = await PDFDocument.create();
  if (title !== null) doc.setTitle(title);
  const page = doc.addPage([612, 792]);
  const form = doc.getForm();
  fields.forEach(([name, kind], i) => {
    const options = { x: 50, y: 700 - i * 20, width: 100, height: 14 };
    if (kind === 'text') form.createTextField(name).addToPage(page, options);
    else form.createCheckBox(name).addToPage(page, { ...options, width: 10, height: 10 });
  });
  return doc.save();
}

describe('the stand-in form', () => {
  it('has the 63 fields of the table: names, kinds, on values, rectangles, lengths, alignments', async () => {
    const doc = await PDFDocument.load(await standInForm(), { preserveXFA: true });
    expect(doc.getTitle()).toBe('Form 8379 (Rev. November 2023)');
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 611.976, height: 791.968 });
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(FORM_FIELDS.map((f) => f.name));
    // 41 text fields and 22 check boxes, as the IRS's PDF has (SOURCES.md says 28 and 35, which
    // do not add up to the 63 of form-8379-fields.md's tables).
    expect(FORM_FIELDS.filter((f) => f.kind === 'text')).toHaveLength(41);
    expect(FORM_FIELDS.filter((f) => f.kind === 'checkbox')).toHaveLength(22);
    for (const spec of FORM_FIELDS) {
      const field = doc.getForm().getField(spec.name);
      const widget = field.acroField.getWidgets()[0]!;
      const r = widget.getRectangle();
      expect([r.x, r.y, r.width, r.height].map((n) => Math.round(n * 1000) / 1000)).toEqual(
        spec.rect,
      );
      expect(doc.getPages().findIndex((p) => p.ref === widget.P())).toBe(spec.page);
      if (spec.kind === 'text') {
        expect(field).toBeInstanceOf(PDFTextField);
        const text = field as PDFTextField;
        expect(text.getMaxLength()).toBe(spec.maxLength);
        const align = {
          left: TextAlignment.Left,
          center: TextAlignment.Center,
          right: TextAlignment.Right,
        };
        expect(text.getAlignment()).toBe(align[spec.alignment!]);
      } else {
        expect(field).toBeInstanceOf(PDFCheckBox);
        expect(widget.getOnValue()?.decodeText()).toBe(spec.onValue);
      }
    }
  });

  it('checks as the form, and reads back blank', async () => {
    await expect(checkForm8379(await standInForm())).resolves.toBeUndefined();
    expect(await readForm8379Fields(await standInForm())).toEqual(blankFields());
  });

  it('field numbers match form-8379-fields.md (spot checks)', () => {
    const byName = new Map(FORM_FIELDS.map((f) => [f.name, f]));
    const p1 = 'topmostSubform[0].Page1[0].';
    expect(byName.get(`${p1}f1_1[0]`)).toMatchObject({ maxLength: 4, alignment: 'center' });
    expect(byName.get(`${p1}c1_3[1]`)).toMatchObject({
      onValue: 'No',
      rect: [57.6, 469.968, 8, 8],
    });
    expect(byName.get(`${p1}c1_9[0]`)).toMatchObject({ onValue: '1' });
    expect(byName.get(`${p1}c1_12[0]`)).toMatchObject({
      onValue: 'Yes',
      rect: [496.8, 133.469, 8, 8],
    });
    expect(byName.get('topmostSubform[0].Page2[0].f2_34[0]')).toMatchObject({ maxLength: 10 });
    expect(
      byName.get('topmostSubform[0].Page2[0].Pg2Table[0].BodyRowLn16[0].f2_15[0]'),
    ).toMatchObject({ alignment: 'right', page: 1 });
  });
});

describe('a PDF that is not the form is refused, each way with its own message', () => {
  const warn = vi.spyOn(console, 'warn');
  const log = vi.spyOn(console, 'log');
  const error = vi.spyOn(console, 'error');
  afterEach(() => {
    // pdf-lib says nothing on the console: neither about the XFA nor about a damaged file.
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('a text file renamed .pdf', async () => {
    const e = await refusal(latin1('Dana Reyes\n400-00-0001\nnot a form\n'));
    expect(e.problem).toBe('not-pdf');
    expect(e.message).toMatch(/^not a PDF file \(no "%PDF-" header\); /);
  });

  it('a web page saved instead of the PDF', async () => {
    const e = await refusal(latin1('<!DOCTYPE html><html><body>Access denied</body></html>'));
    expect(e.problem).toBe('not-pdf');
    expect(e.message).toContain('web page (HTML)');
  });

  it('an empty file', async () => {
    const e = await refusal(new Uint8Array(0));
    expect(e.problem).toBe('not-pdf');
    expect(e.message).toContain('empty');
  });

  it('a truncated copy (a download cut short)', async () => {
    const whole = await standInForm();
    for (const part of [0.25, 0.5, 0.9]) {
      const e = await refusal(whole.slice(0, Math.floor(whole.length * part)));
      expect(e.problem).toBe('damaged');
      expect(e.message).toContain('cut short');
    }
  });

  it('a damaged PDF: a header and an end marker around garbage', async () => {
    const e = await refusal(latin1('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage ((( \n%%EOF\n'));
    expect(e.problem).toBe('damaged');
    expect(e.message).toMatch(/^the PDF is damaged and cannot be read \(/);
  });

  it('an encrypted copy (a password to open it)', async () => {
    const doc = await PDFDocument.load(await standInForm(), { preserveXFA: true });
    doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
    const e = await refusal(await doc.save());
    expect(e.problem).toBe('encrypted');
    expect(e.message).toContain('encrypted');
  });

  it('an encrypted copy that opens without a password (restrictions only)', async () => {
    const doc = await PDFDocument.load(await standInForm(), { preserveXFA: true });
    doc.encrypt({ userPassword: '', ownerPassword: 'owner', permissions: { fillingForms: false } });
    const e = await refusal(await doc.save());
    expect(e.problem).toBe('encrypted');
  });

  it('another form: a PDF with other fields, named by its title', async () => {
    const pdf = await otherForm('Form W-4 (2025)', [
      ['topmostSubform[0].Page1[0].Step1a[0].f1_01[0]', 'text'],
      ['topmostSubform[0].Page1[0].c1_1[0]', 'box'],
    ]);
    const e = await refusal(pdf);
    expect(e.problem).toBe('missing-field');
    expect(e.message).toContain('titled "Form W-4 (2025)"');
    expect(e.message).toContain('no field topmostSubform[0].Page1[0].f1_1[0] (line 1, tax year)');
    expect(e.field).toBe('topmostSubform[0].Page1[0].f1_1[0]');
  });

  it('a PDF without fields (a printed or flattened copy)', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Form 8379 (Rev. November 2023)');
    doc.addPage().drawText('Form 8379', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const e = await refusal(await doc.save());
    expect(e.problem).toBe('missing-field');
    expect(e.message).toContain('no fillable fields');
  });

  it('the form with fields renamed: the first missing field is named', async () => {
    const renamed = 'topmostSubform[0].Page1[0].c1_5[0]';
    const pdf = await makeStandInForm({
      rename: {
        [renamed]: 'topmostSubform[0].Page1[0].Line6Yes[0]',
        'topmostSubform[0].Page2[0].f2_28[0]': 'topmostSubform[0].Page2[0].Phone[0]',
      },
    });
    const e = await refusal(pdf);
    expect(e.problem).toBe('missing-field');
    expect(e.field).toBe(renamed);
    expect(e.message).toContain(`no field ${renamed} (line 6, Yes)`);
    expect(e.message).not.toContain('titled');
  });

  it('a field of another kind, or a box with another on value', async () => {
    const field = 'topmostSubform[0].Page1[0].f1_4[0]';
    const e = await refusal(await makeStandInForm({ swapKind: [field] }));
    expect(e.problem).toBe('wrong-field');
    expect(e.message).toContain(
      `${field} (line 10, SSN shown first) is a check box, not a text field`,
    );

    const doc = await PDFDocument.load(await standInForm(), { preserveXFA: true });
    const box = doc.getForm().getCheckBox('topmostSubform[0].Page1[0].c1_1[1]');
    const ap = box.acroField.getWidgets()[0]!.getAppearances()!;
    const normal = ap.normal as unknown as {
      get(k: PDFName): unknown;
      set(k: PDFName, v: unknown): void;
      delete(k: PDFName): void;
    };
    normal.set(PDFName.of('Yes'), normal.get(PDFName.of('No')));
    normal.delete(PDFName.of('No'));
    const other = await refusal(await doc.save());
    expect(other.problem).toBe('wrong-field');
    expect(other.message).toContain('is checked by /Yes, not /No');
  });

  it('another revision, named by the PDF Title', async () => {
    const e = await refusal(await makeStandInForm({ title: 'Form 8379 (Rev. November 2020)' }));
    expect(e.problem).toBe('other-revision');
    expect(e.message).toMatch(/^this PDF is Form 8379 \(Rev\. November 2020\), another revision/);
  });

  it('the form without a Title is accepted when its fields are all there', async () => {
    await expect(checkForm8379(await makeStandInForm({ title: null }))).resolves.toBeUndefined();
  });

  it('a 50 MB PDF, refused from its size before it is read', async () => {
    const form = await standInForm();
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(form.subarray(0, form.length - 6));
    big.fill(0x20, form.length - 6, big.length - 6);
    big.set(latin1('%%EOF\n'), big.length - 6);
    const start = performance.now();
    const e = await refusal(big);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(e.problem).toBe('too-large');
    expect(e.message).toMatch(
      /^the form PDF is 50\.0 MB, more than the 10\.0 MB this version reads/,
    );
    expect(MAX_FORM_BYTES).toBe(10 * 1024 * 1024);
  });

  it('the size limit can be set', async () => {
    const form = await standInForm();
    const error = await checkForm8379(form, { maxFormBytes: 1000 }).catch((x: unknown) => x);
    expect((error as OfficialFormError).problem).toBe('too-large');
  });

  it('not bytes at all', async () => {
    await expect(checkForm8379('f8379.pdf' as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});
