/**
 * A stand-in for the official Form 8379 (Rev. November 2023) PDF, which may not be committed:
 * two US Letter pages whose AcroForm has the form's 63 fields (the same full names, kinds, on
 * values, rectangles, maximum lengths and alignments, from src/pdf/fields.ts), its Title, an XFA
 * entry, a usage-rights dictionary and signature flags as the IRS's file has, and printed labels
 * ("13a", "16", ...) at the rows so `pdftotext -layout` can find the lines.
 */
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  showText,
  type PDFRef,
  StandardFonts,
  TextAlignment,
  rgb,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import {
  FORM_FIELDS,
  FORM_TITLE,
  LINE_11,
  LINE_12,
  PAGE_SIZE,
  PART_III,
  PART_III_LINES,
  PART_I,
  PART_IV,
  TAX_YEAR,
  FIELD_BY_NAME,
  type FormFieldSpec,
} from '../../src/pdf/fields.js';

export interface StandInOptions {
  /** The PDF Title (default `Form 8379 (Rev. November 2023)`); `null` for none. */
  readonly title?: string | null;
  /** Fields to give another name (full name to full name), as a form with renamed fields. */
  readonly rename?: Readonly<Record<string, string>>;
  /** Fields to leave out. */
  readonly omit?: readonly string[];
  /** Make a field of this name a check box where the form has a text field, or the other way. */
  readonly swapKind?: readonly string[];
  /** Without the XFA entry and the usage-rights dictionary. */
  readonly plain?: boolean;
}

const ALIGN = {
  left: TextAlignment.Left,
  center: TextAlignment.Center,
  right: TextAlignment.Right,
} as const;

/** The XFA packet of the stand-in: enough for a viewer to see the form is an XFA hybrid. */
const XFA =
  '<?xml version="1.0" encoding="UTF-8"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/2.5/"><subform name="topmostSubform"/></template></xdp:xdp>';

/** Builds the stand-in form (a few milliseconds). */
export async function makeStandInForm(options: StandInOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const title = options.title === undefined ? FORM_TITLE : options.title;
  if (title !== null) doc.setTitle(title);
  doc.setSubject('Injured Spouse Allocation');
  doc.setKeywords(['Fillable']);
  doc.setProducer('form8379 tests: a stand-in for the IRS form, not the form');
  const pages = [doc.addPage([...PAGE_SIZE]), doc.addPage([...PAGE_SIZE])];
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const zapf = await doc.embedFont(StandardFonts.ZapfDingbats);
  drawLabels(pages as [PDFPage, PDFPage], regular, bold);

  const form = doc.getForm();
  const omit = new Set(options.omit ?? []);
  const swap = new Set(options.swapKind ?? []);
  for (const spec of FORM_FIELDS) {
    if (omit.has(spec.name)) continue;
    const name = options.rename?.[spec.name] ?? spec.name;
    const kind = swap.has(spec.name) ? (spec.kind === 'text' ? 'checkbox' : 'text') : spec.kind;
    const [x, y, width, height] = spec.rect;
    const page = pages[spec.page]!;
    if (kind === 'text') {
      const field = form.createTextField(name);
      if (spec.maxLength !== undefined) field.setMaxLength(spec.maxLength);
      field.setAlignment(ALIGN[spec.alignment ?? 'left']);
      field.addToPage(page, { x, y, width, height, borderWidth: 0, font: bold });
      // The IRS form's own default appearance: 8 pt bold, navy.
      field.acroField.setDefaultAppearance(`/${bold.name} 8 Tf 0 0 0.502 rg`);
      for (const widget of field.acroField.getWidgets()) {
        widget.setDefaultAppearance(`/${bold.name} 8 Tf 0 0 0.502 rg`);
      }
    } else {
      const field = form.createCheckBox(name);
      field.addToPage(page, { x, y, width, height, borderWidth: 0 });
      // The box is printed on the page, as on the form (a widget border would move its rectangle).
      page.drawRectangle({ x, y, width, height, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
      // As the IRS's boxes: an on appearance only, a ZapfDingbats check mark (caption "4").
      const widget = field.acroField.getWidgets()[0]!;
      widget.dict.set(
        PDFName.of('AP'),
        doc.context.obj({ N: { [spec.onValue ?? 'Yes']: checkMark(doc, zapf, width, height) } }),
      );
      widget.dict.set(PDFName.of('MK'), doc.context.obj({ CA: PDFString.of('4') }));
      widget.setAppearanceState(PDFName.of('Off'));
    }
  }
  const acroForm = form.acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [bold.name]: bold.ref } }));
  if (options.plain !== true) {
    // As the IRS's file: an XFA copy, Reader usage rights (a UR3 signature) and SigFlags 2.
    acroForm.set(PDFName.of('XFA'), doc.context.register(doc.context.stream(XFA)));
    acroForm.set(PDFName.of('SigFlags'), doc.context.obj(2));
    doc.catalog.set(
      PDFName.of('Perms'),
      doc.context.obj({
        UR3: { Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: 'adbe.pkcs7.detached' },
      }),
    );
  }
  return doc.save({ updateFieldAppearances: false });
}

/** A check box's on appearance: the ZapfDingbats check mark in the box. */
function checkMark(doc: PDFDocument, zapf: PDFFont, width: number, height: number): PDFRef {
  const size = 5.6;
  const mark = zapf.encodeText('✔');
  const x = (width - zapf.widthOfTextAtSize('✔', size)) / 2;
  const stream = doc.context.formXObject(
    [
      pushGraphicsState(),
      beginText(),
      setFillingGrayscaleColor(0),
      setFontAndSize(zapf.name, size),
      moveText(x, (height - size * 0.7) / 2),
      showText(mark),
      endText(),
      popGraphicsState(),
    ],
    {
      BBox: [0, 0, width, height],
      Resources: { Font: { [zapf.name]: zapf.ref } },
    },
  );
  return doc.context.register(stream);
}

let cached: Promise<Uint8Array> | undefined;

/** The stand-in form, built once per process; callers get their own copy of the bytes. */
export async function standInForm(): Promise<Uint8Array> {
  cached ??= makeStandInForm();
  return (await cached).slice();
}

/** The printed labels: the line numbers at the rows, so the text of a filled page reads as the form. */
function drawLabels(pages: readonly [PDFPage, PDFPage], regular: PDFFont, bold: PDFFont): void {
  const [one, two] = pages;
  const label = (page: PDFPage, text: string, x: number, y: number, font = regular, size = 8) =>
    page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
  const at = (spec: FormFieldSpec) => spec.rect[1] + 2;

  label(
    one,
    `${FORM_TITLE}: STAND-IN made by the form8379 tests, not the IRS form`,
    36,
    760,
    bold,
    10,
  );
  label(one, 'Injured Spouse Allocation', 36, 746);
  label(one, 'Part I', 36, 700, bold);
  label(one, '1  Enter the tax year for which you are filing this form', 36, at(TAX_YEAR));
  const partI: Record<number, string> = {
    2: 'Did you (or will you) file a joint return?',
    3: 'Did (or will) the IRS use the joint overpayment to pay a past-due debt of your spouse?',
    4: 'Are you legally obligated to pay this past-due amount?',
    5: 'Were you a resident of a community property state?',
    6: 'Did you make and report payments, such as federal income tax withholding?',
    7: 'Did you have earned income, such as wages, salaries, or self-employment income?',
    8: 'Did (or will) you claim the earned income credit or additional child tax credit?',
    9: 'Did (or will) you claim a refundable tax credit?',
  };
  for (const line of [2, 3, 4, 5, 6, 7, 8, 9] as const) {
    const yes = FIELD_BY_NAME.get(PART_I[line].yes)!;
    const no = FIELD_BY_NAME.get(PART_I[line].no)!;
    label(one, String(line), 36, at(yes));
    label(one, 'Yes', 70, at(yes));
    label(one, 'No', 70, at(no));
    label(one, partI[line]!, 90, at(yes));
  }
  label(one, 'Part II', 36, 230, bold);
  label(one, '10  Name shown first / second on the return, SSN, injured spouse box', 36, 220);
  label(one, '11  Refund issued in both names', 36, at(LINE_11));
  label(one, '12  Refund mailed to a different address?   Yes / No', 36, at(LINE_12.yes) + 10);
  label(one, 'address:', 20, at(LINE_12.address));

  label(two, 'Part III', 36, 720, bold);
  label(two, '(a) joint return', PART_III['13a'][0].rect[0], 700);
  label(two, '(b) injured spouse', PART_III['13a'][1].rect[0], 700);
  label(two, '(c) other spouse', PART_III['13a'][2].rect[0], 700);
  const lines: Record<string, string> = {
    '13a': 'Income reported on Form(s) W-2',
    '13b': 'All other income',
    '14': 'Adjustments to income',
    '15': 'Standard deduction or itemized deductions',
    '16': 'Nonrefundable credits',
    '17': 'Refundable credits (do not include any earned income credit)',
    '18': 'Other taxes',
    '19': 'Federal income tax withheld',
    '20': 'Payments',
  };
  for (const line of PART_III_LINES) {
    label(two, `${line}  ${lines[line]!}`, 36, at(PART_III[line][0]));
  }
  label(two, 'Part IV', 36, 440, bold);
  label(two, 'phone:', 440, at(PART_IV.phone));
  label(two, 'Paid preparer:', 20, at(PART_IV.preparerName));
}
