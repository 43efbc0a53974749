/**
 * Reads the fields of a filled Form 8379 back: for tests, for the CI check against the real
 * form, and for a caller who wants to see what a PDF holds.
 */
import { PDFCheckBox, PDFTextField } from '@cantoo/pdf-lib';
import { loadForm8379, type CheckFormOptions } from './check-form.js';
import type { FormFieldValues } from './fill.js';
import { FORM_FIELDS } from './fields.js';

/**
 * The value of each of the form's 63 fields by full name: a text field's text (`''` when blank),
 * or whether a check box is checked. The PDF is checked as a form to fill is
 * ({@link checkForm8379}): a PDF that is not Form 8379 (Rev. November 2023) is an
 * {@link OfficialFormError}.
 */
export async function readForm8379Fields(
  pdf: Uint8Array,
  options: CheckFormOptions = {},
): Promise<FormFieldValues> {
  const { fields } = await loadForm8379(pdf, options);
  const values: Record<string, string | boolean> = {};
  for (const spec of FORM_FIELDS) {
    const field = fields.get(spec.name);
    if (field instanceof PDFTextField) values[spec.name] = field.getText() ?? '';
    else if (field instanceof PDFCheckBox) values[spec.name] = field.isChecked();
  }
  return values;
}
