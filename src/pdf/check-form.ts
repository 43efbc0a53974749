/**
 * Checks the bytes supplied as the official form before anything is filled: each way they can
 * be wrong is one {@link OfficialFormError} naming the problem.
 */
import {
  EncryptedPDFError,
  ParseSpeeds,
  PDFCheckBox,
  PDFDocument,
  PDFTextField,
  type PDFField,
} from '@cantoo/pdf-lib';
import { OfficialFormError } from './errors.js';
import { FORM_FIELDS, FORM_REVISION, FORM_TITLE, type FormFieldSpec } from './fields.js';

/**
 * The largest PDF accepted as the form: 10 MiB. The official form is 96,599 bytes; a copy a
 * viewer saved again (fonts embedded, an incremental update per save) stays well under a
 * megabyte. The limit keeps a wrong file (a scan, a whole publication) from being read into
 * memory and parsed: it is refused from its length alone.
 */
export const MAX_FORM_BYTES = 10 * 1024 * 1024;

/** Where a PDF header may start: PDF readers accept up to 1,024 bytes of junk before it. */
const HEADER_WINDOW = 1024;
/** Where the end-of-file marker must be: the last 1,024 bytes (trailing whitespace allowed). */
const TRAILER_WINDOW = 1024;

/** Options of the form check (and of the fill, which runs it). */
export interface CheckFormOptions {
  /** The size limit in bytes, {@link MAX_FORM_BYTES} unless given. */
  readonly maxFormBytes?: number;
}

/** The form, parsed and checked: the document and each field of the table by its full name. */
export interface CheckedForm {
  readonly doc: PDFDocument;
  readonly fields: ReadonlyMap<string, PDFField>;
}

/**
 * Checks that `pdf` is the fillable Form 8379 (Rev. November 2023) and throws an
 * {@link OfficialFormError} naming the problem when it is not: larger than the size limit (checked
 * first, from the length alone), not a PDF (no `%PDF-` header), damaged or cut short (no `%%EOF`
 * marker, or a PDF that cannot be parsed), encrypted, another revision (its Title names one), or
 * a PDF without the form's fields (another form, or fields renamed: the first missing field is
 * named).
 */
export async function checkForm8379(
  pdf: Uint8Array,
  options: CheckFormOptions = {},
): Promise<void> {
  await loadForm8379(pdf, options);
}

/** {@link checkForm8379}, returning the parsed document for the filler. */
export async function loadForm8379(
  pdf: Uint8Array,
  options: CheckFormOptions = {},
): Promise<CheckedForm> {
  if (!(pdf instanceof Uint8Array)) {
    throw new TypeError('the form must be the bytes of a PDF file (a Uint8Array or a Buffer)');
  }
  const limit = options.maxFormBytes ?? MAX_FORM_BYTES;
  if (pdf.length > limit) {
    throw new OfficialFormError(
      'too-large',
      `the form PDF is ${bytesText(pdf.length)}, more than the ${bytesText(limit)} this version reads (the official form is about 97 KB)`,
    );
  }
  checkHeader(pdf);
  checkEndMarker(pdf);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, {
      // pdf-lib would drop the XFA copy on the console when the form is read; the filler drops
      // it itself, silently.
      preserveXFA: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw encrypted();
    throw damaged(error);
  }
  if (doc.isEncrypted) throw encrypted();
  let pageCount: number;
  let title: string | undefined;
  let found: PDFField[];
  try {
    pageCount = doc.getPageCount();
    title = doc.getTitle();
    found = doc.getForm().getFields();
  } catch (error) {
    throw damaged(error);
  }
  const revision = title === undefined ? null : /Form\s*8379\s*\(Rev\.\s*([^)]*)\)/i.exec(title);
  if (revision && normalize(revision[1]!) !== normalize(FORM_REVISION)) {
    throw new OfficialFormError(
      'other-revision',
      `this PDF is ${oneLine(title!)}, another revision of the form`,
    );
  }
  const titled = title && !revision ? ` (titled "${oneLine(title)}")` : '';
  if (found.length === 0) {
    throw new OfficialFormError(
      'missing-field',
      `this PDF${titled} has no fillable fields (${pageCount} page${pageCount === 1 ? '' : 's'}): it is not the fillable ${FORM_TITLE} (a printed or flattened copy?)`,
      FORM_FIELDS[0]!.name,
    );
  }
  const byName = new Map<string, PDFField>();
  for (const field of found) byName.set(field.getName(), field);
  const fields = new Map<string, PDFField>();
  for (const spec of FORM_FIELDS) {
    const field = byName.get(spec.name);
    if (field === undefined) {
      throw new OfficialFormError(
        'missing-field',
        `this PDF${titled} is not the fillable Form 8379: it has no field ${spec.name} (${spec.label})`,
        spec.name,
      );
    }
    const wrong = fieldMismatch(spec, field);
    if (wrong !== null) {
      throw new OfficialFormError(
        'wrong-field',
        `this PDF${titled} is not the fillable Form 8379: its field ${spec.name} (${spec.label}) ${wrong}`,
        spec.name,
      );
    }
    fields.set(spec.name, field);
  }
  return { doc, fields };
}

/** How a field differs from the table, or `null` when it is what the form has. */
function fieldMismatch(spec: FormFieldSpec, field: PDFField): string | null {
  if (field.acroField.getWidgets().length === 0) return 'has no widget on a page';
  if (spec.kind === 'text') {
    return field instanceof PDFTextField ? null : `is ${kindOf(field)}, not a text field`;
  }
  if (!(field instanceof PDFCheckBox)) return `is ${kindOf(field)}, not a check box`;
  const on = field.acroField.getOnValue()?.decodeText();
  return on === spec.onValue ? null : `is checked by /${on ?? '(none)'}, not /${spec.onValue}`;
}

function kindOf(field: PDFField): string {
  if (field instanceof PDFTextField) return 'a text field';
  if (field instanceof PDFCheckBox) return 'a check box';
  const name = field.constructor.name.replace(/^PDF/, '');
  return `a ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

function checkHeader(pdf: Uint8Array): void {
  const head = latin1(pdf.subarray(0, HEADER_WINDOW));
  if (head.includes('%PDF-')) return;
  const start = head.trimStart().slice(0, 64).toLowerCase();
  const looksLike =
    start.startsWith('<!doctype html') || start.startsWith('<html')
      ? ': it is a web page (HTML), perhaps saved instead of the PDF it links to'
      : pdf.length === 0
        ? ': the file is empty'
        : '';
  throw new OfficialFormError('not-pdf', `not a PDF file (no "%PDF-" header)${looksLike}`);
}

function checkEndMarker(pdf: Uint8Array): void {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - TRAILER_WINDOW)));
  if (tail.includes('%%EOF')) return;
  throw new OfficialFormError(
    'damaged',
    'the PDF is incomplete (no "%%EOF" end marker): the file was cut short, perhaps by an interrupted download',
  );
}

function encrypted(): OfficialFormError {
  return new OfficialFormError(
    'encrypted',
    'the PDF is encrypted (password-protected or restricted), so its fields cannot be filled',
  );
}

function damaged(error: unknown): OfficialFormError {
  const reason = error instanceof Error ? oneLine(error.message).slice(0, 200) : String(error);
  return new OfficialFormError('damaged', `the PDF is damaged and cannot be read (${reason})`);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** One line of text: whitespace runs (line breaks among them) as one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normalize(revision: string): string {
  return oneLine(revision).toLowerCase();
}

function bytesText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}
