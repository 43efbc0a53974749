/**
 * form8379/pdf: fills the official Form 8379 (Rev. November 2023) from an allocation result.
 * A subpath of its own so that the core never loads the PDF library.
 *
 * ```ts
 * import { allocate } from 'form8379';
 * import { fillForm8379 } from 'form8379/pdf';
 *
 * const filled = await fillForm8379(allocate(caseJson), await readFile('f8379.pdf'));
 * ```
 *
 * @packageDocumentation
 */
export {
  fillForm8379,
  fillOfficialForm,
  officialFormFieldValues,
  FONT_SIZE,
  MIN_FONT_SIZE,
} from './fill.js';
export type { FillOptions, FormFieldValues } from './fill.js';
export { readForm8379Fields } from './read.js';
export { checkForm8379, MAX_FORM_BYTES } from './check-form.js';
export type { CheckFormOptions } from './check-form.js';
export {
  FieldValueError,
  OfficialFormBlockedError,
  OfficialFormError,
  WHERE_TO_GET_THE_FORM,
} from './errors.js';
export type { FieldValueProblem, OfficialFormProblem } from './errors.js';
export {
  FORM_FIELDS,
  FORM_REVISION,
  FORM_TITLE,
  FORM_URL,
  PAGE_SIZE,
  PRIOR_REVISIONS_URL,
} from './fields.js';
export type { CheckBoxOnValue, FieldAlignment, FieldKind, FormFieldSpec } from './fields.js';
export type {
  OfficialForm,
  OfficialFormBlocker,
  OfficialFormLine,
  OfficialFormPartIV,
  OfficialFormPreparer,
  OfficialFormSpouseRow,
  YesNo,
} from '../official-form/model.js';
