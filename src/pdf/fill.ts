/**
 * Fills the official Form 8379 (Rev. November 2023) from an allocation's `officialForm`.
 */
import {
  PDFCheckBox,
  PDFDict,
  PDFName,
  PDFTextField,
  StandardFonts,
  type PDFDocument,
  type PDFField,
  type PDFFont,
} from '@cantoo/pdf-lib';
import type { OfficialForm } from '../official-form/model.js';
import type { AllocationResult } from '../pipeline/result.js';
import { loadForm8379, type CheckFormOptions } from './check-form.js';
import { FieldValueError, OfficialFormBlockedError } from './errors.js';
import {
  COMMUNITY_PROPERTY_STATES,
  FORM_FIELDS,
  LINE_10,
  LINE_11,
  LINE_12,
  PART_I,
  PART_III,
  PART_IV,
  TAX_YEAR,
  type FormFieldSpec,
} from './fields.js';

/** Options of {@link fillForm8379}. */
export type FillOptions = CheckFormOptions;

/** Every field of the form by its full name: the text of a text field (`''` blank), or whether a box is checked. */
export type FormFieldValues = Readonly<Record<string, string | boolean>>;

/** The form's own type size for filled values (`8.00 Tf` in every field's default appearance). */
export const FONT_SIZE = 8;
/** The smallest size a value too wide for its box at {@link FONT_SIZE} is printed at. */
export const MIN_FONT_SIZE = 6;
/** The text inset pdf-lib leaves on each side of a field without a border. */
const PADDING = 1;

/**
 * Fills Form 8379 (Rev. November 2023) from an allocation result and returns the filled PDF.
 *
 * `formPdf` is the IRS's fillable PDF (https://www.irs.gov/pub/irs-pdf/f8379.pdf); it is
 * checked first ({@link checkForm8379}). The filled PDF keeps the form fillable (nothing is
 * flattened) and holds the values in its AcroForm fields, each with a generated appearance so
 * every viewer shows it; the form's XFA copy, which would show the blank form in viewers that
 * prefer XFA, and its Reader usage-rights signature, which any change invalidates, are removed.
 *
 * Every field is set, so a PDF that was filled before comes out the same as a blank one: Part I
 * boxes only on the lines the form's flow reaches, line 5's states when line 5 is Yes, line 10 in
 * the return's order with full SSNs, lines 11 and 12, Part III in whole dollars (a line whose
 * three columns are all 0 is left blank; on any other line a 0 column is printed as `0`), and
 * Part IV only when `officialForm.partIV` is given. The output holds full SSNs.
 *
 * @param result An allocation result (`allocate()`); only its `officialForm` is read.
 * @param formPdf The bytes of the blank (or filled) official form.
 * @param options `maxFormBytes`: the size limit of `formPdf` (default 10 MiB).
 * @returns The bytes of the filled PDF.
 * @throws {@link OfficialFormBlockedError} when `officialForm.blockers` is not empty (its message
 *   is theirs), {@link OfficialFormError} when `formPdf` is not the form, {@link FieldValueError}
 *   when a value does not fit its field or holds a character the form's font cannot print.
 */
export function fillForm8379(
  result: Pick<AllocationResult, 'officialForm'>,
  formPdf: Uint8Array,
  options: FillOptions = {},
): Promise<Uint8Array> {
  return fillOfficialForm(result.officialForm, formPdf, options);
}

/**
 * {@link fillForm8379} from the `OfficialForm` itself (an allocation's `officialForm`, or one
 * built by the caller).
 */
export async function fillOfficialForm(
  officialForm: OfficialForm,
  formPdf: Uint8Array,
  options: FillOptions = {},
): Promise<Uint8Array> {
  if (officialForm.blockers.length > 0) throw new OfficialFormBlockedError(officialForm.blockers);
  const values = officialFormFieldValues(officialForm);
  const { doc, fields } = await loadForm8379(formPdf, options);
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  // Every value is checked before the first is set: a value that cannot go in stops the fill.
  const sizes = new Map<string, number>();
  for (const spec of FORM_FIELDS) {
    const value = values[spec.name];
    if (spec.kind === 'text') sizes.set(spec.name, fitText(spec, value as string, font));
  }
  prepareForm(doc, font);
  for (const spec of FORM_FIELDS) {
    const field = fields.get(spec.name)!;
    const value = values[spec.name]!;
    if (field instanceof PDFTextField) {
      setFontSize(field, sizes.get(spec.name)!);
      field.setText(value === '' ? undefined : (value as string));
    } else if (field instanceof PDFCheckBox) {
      if (value === true) field.check();
      else field.uncheck();
    }
  }
  doc.getForm().updateFieldAppearances(font);
  // One pass without yielding to the event loop between objects (pdf-lib's default yields every
  // 50, a timer per batch), and a classic cross-reference table rather than object streams: a
  // fifth faster, read by every viewer, for a file of about 210 KB instead of 130 KB.
  return doc.save({
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
    useObjectStreams: false,
  });
}

/**
 * What {@link fillOfficialForm} puts in each of the form's 63 fields, by full name: the text of
 * a text field (`''` for blank) or whether a check box is checked. Does not check the values fit.
 */
export function officialFormFieldValues(form: OfficialForm): FormFieldValues {
  const values: Record<string, string | boolean> = {};
  for (const spec of FORM_FIELDS) values[spec.name] = spec.kind === 'text' ? '' : false;
  values[TAX_YEAR.name] = String(form.taxYear);
  for (const line of [2, 3, 4, 5, 6, 7, 8, 9] as const) {
    const answer = form.partI[line];
    values[PART_I[line].yes] = answer === 'yes';
    values[PART_I[line].no] = answer === 'no';
  }
  if (form.partI[5] === 'yes')
    values[COMMUNITY_PROPERTY_STATES.name] = form.communityPropertyStates;
  form.partII?.forEach((row, i) => {
    const fields = LINE_10[i]!;
    values[fields.name.name] = row.name;
    values[fields.ssn.name] = row.ssn ?? '';
    values[fields.injured.name] = row.injured;
  });
  values[LINE_11.name] = form.refundInBothNames;
  values[LINE_12.yes.name] = form.mailingAddress !== null;
  values[LINE_12.no.name] = form.mailingAddress === null;
  values[LINE_12.address.name] = form.mailingAddress ?? '';
  for (const line of form.partIII) {
    const columns = [line.total, line.injured, line.other];
    // A line with nothing on it stays blank, as on a form filled by hand; a 0 beside a figure
    // is printed, so (a) = (b) + (c) reads on the line.
    if (columns.every(isZero)) continue;
    PART_III[line.line].forEach((spec, i) => (values[spec.name] = columns[i]!));
  }
  const partIV = form.partIV;
  if (partIV !== null) {
    values[PART_IV.phone.name] = partIV.phone ?? '';
    const preparer = partIV.preparer;
    if (preparer !== null) {
      values[PART_IV.preparerName.name] = preparer.name;
      values[PART_IV.selfEmployed.name] = preparer.selfEmployed;
      values[PART_IV.ptin.name] = preparer.ptin ?? '';
      values[PART_IV.firmName.name] = preparer.firmName ?? '';
      values[PART_IV.firmAddress.name] = preparer.firmAddress ?? '';
      values[PART_IV.firmEin.name] = preparer.firmEin ?? '';
      values[PART_IV.firmPhone.name] = preparer.phone ?? '';
    }
  }
  return values;
}

function isZero(amount: string): boolean {
  return /^-?0+$/.test(amount);
}

/**
 * The type size `value` is printed at in its field: the form's 8 pt, or down to 6 pt for a value
 * too wide at 8 pt. Throws a {@link FieldValueError} for a value longer than the field's maximum
 * length, holding a control character or a character the font cannot print, or too wide even at
 * 6 pt: nothing is cut.
 */
function fitText(spec: FormFieldSpec, value: string, font: PDFFont): number {
  if (value === '') return FONT_SIZE;
  const fail = (problem: FieldValueError['problem'], message: string) =>
    new FieldValueError(spec.name, spec.label, problem, message);
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    throw fail(
      'too-long',
      `the value has ${value.length} characters; the form's field holds at most ${spec.maxLength}`,
    );
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(value);
  if (control) {
    throw fail(
      'control-character',
      `the value holds a control character (${codePoint(control[0])}), which a one-line field cannot print`,
    );
  }
  const bad = unprintable(font, value);
  if (bad !== null) {
    throw fail(
      'unprintable',
      `the character "${bad}" (${codePoint(bad)}) cannot be printed in the form's font (Helvetica, Latin characters only); write the value in Latin letters, as on the return`,
    );
  }
  const width = font.widthOfTextAtSize(value, FONT_SIZE);
  const room = spec.rect[2] - 2 * PADDING;
  if (width <= room) return FONT_SIZE;
  for (let size = FONT_SIZE - 0.5; size >= MIN_FONT_SIZE; size -= 0.5) {
    if ((width * size) / FONT_SIZE <= room) return size;
  }
  throw fail(
    'too-wide',
    `the value (${value.length} characters) is too wide to print in its box (${Math.ceil((width * MIN_FONT_SIZE) / FONT_SIZE)} pt at ${MIN_FONT_SIZE} pt type; the box is ${Math.floor(room)} pt wide); shorten it`,
  );
}

/**
 * The first character of `value` the font's encoding (WinAnsi, for the standard fonts) has no
 * code for, or `null`. pdf-lib prints such a character as "?" without a word: it is looked for
 * here, so a name is never printed with a question mark in it.
 */
function unprintable(font: PDFFont, value: string): string | null {
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) continue;
    if (font.encodeText(ch).asString() === '3F') return ch;
  }
  return null;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes the AcroForm the form viewers show and keeps it consistent once changed: drops the XFA
 * copy (viewers that read XFA would show it, blank, instead of the filled fields), the Reader
 * usage-rights signature (`/Perms /UR3`, which any change invalidates: Adobe Reader would
 * complain the document was changed) and the signature flag that went with it, and adds the
 * appearance font to the form's resources so a viewer editing a field finds it.
 */
function prepareForm(doc: PDFDocument, font: PDFFont): void {
  const form = doc.getForm();
  form.deleteXFA();
  const acroForm = form.acroForm.dict;
  acroForm.delete(PDFName.of('SigFlags'));
  acroForm.delete(PDFName.of('NeedAppearances'));
  const catalog = doc.catalog;
  const perms = catalog.lookupMaybe(PDFName.of('Perms'), PDFDict);
  if (perms !== undefined) {
    perms.delete(PDFName.of('UR3'));
    perms.delete(PDFName.of('UR'));
    if (perms.keys().length === 0) catalog.delete(PDFName.of('Perms'));
  }
  catalog.delete(PDFName.of('NeedsRendering'));
  let resources = acroForm.lookupMaybe(PDFName.of('DR'), PDFDict);
  if (resources === undefined) {
    resources = doc.context.obj({});
    acroForm.set(PDFName.of('DR'), resources);
  }
  let fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (fonts === undefined) {
    fonts = doc.context.obj({});
    resources.set(PDFName.of('Font'), fonts);
  }
  fonts.set(PDFName.of(font.name), font.ref);
}

/** Sets a text field's type size in its default appearance, keeping the form's font and color. */
function setFontSize(field: PDFField, size: number): void {
  const resize = (da: string | undefined) =>
    da !== undefined && TF.test(da) ? da.replace(TF, `$1 ${size} Tf`) : `/Helv ${size} Tf 0 g`;
  const acroField = field.acroField;
  acroField.setDefaultAppearance(resize(acroField.getDefaultAppearance()));
  for (const widget of acroField.getWidgets()) {
    // A widget merged with its field is the same dictionary; a separate one may have its own.
    if (widget.dict === acroField.dict) continue;
    const own = widget.getDefaultAppearance();
    if (own !== undefined) widget.setDefaultAppearance(resize(own));
  }
}

/** The font and size operator of a default appearance (`/Helv 8.00 Tf`). */
const TF = /(\/[^\s/]+)\s+\d*\.?\d+\s+Tf/;
