/**
 * The errors of the PDF filler. Each is a {@link Form8379Error}, recognised by `instanceof`
 * across the ESM and CJS builds like the core's errors (the same kind key of the global symbol
 * registry, `core/errors.ts`).
 */
import { Form8379Error } from '../core/errors.js';
import type { OfficialFormBlocker } from '../official-form/model.js';
import { FORM_TITLE, FORM_URL } from './fields.js';

/** The key `core/errors.ts` stores each error class's kind under (the global symbol registry). */
const KIND: unique symbol = Symbol.for('form8379.errorKind') as never;

/** What is wrong with the PDF supplied as the form. */
export type OfficialFormProblem =
  | 'too-large'
  | 'not-pdf'
  | 'damaged'
  | 'encrypted'
  | 'other-revision'
  | 'missing-field'
  | 'wrong-field';

/** The sentence every form error ends with: which revision this version fills and where it is. */
export const WHERE_TO_GET_THE_FORM = `this version fills ${FORM_TITLE}; download it from ${FORM_URL}`;

/**
 * The PDF supplied as the official form cannot be filled: not a PDF, damaged, encrypted, too
 * large, another form, or another revision. The message names the problem, the revision this
 * version fills and where to download it, on one line.
 */
export class OfficialFormError extends Form8379Error {
  static readonly [KIND]: string = 'OfficialFormError';
  override readonly name = 'OfficialFormError';
  readonly problem: OfficialFormProblem;
  /** The field the problem is about (`missing-field`, `wrong-field`). */
  readonly field?: string;
  constructor(problem: OfficialFormProblem, what: string, field?: string) {
    super('official-form-invalid', `${what}; ${WHERE_TO_GET_THE_FORM}`);
    this.problem = problem;
    if (field !== undefined) this.field = field;
  }
}

/**
 * The case cannot be put on Form 8379 (Rev. November 2023): Part I stops, the tax year is
 * before 2023, or the order of the names on line 10 is not given. The message is the
 * blockers' messages, one per line.
 */
export class OfficialFormBlockedError extends Form8379Error {
  static readonly [KIND]: string = 'OfficialFormBlockedError';
  override readonly name = 'OfficialFormBlockedError';
  readonly blockers: readonly OfficialFormBlocker[];
  constructor(blockers: readonly OfficialFormBlocker[]) {
    super('official-form-blocked', blockers.map((b) => b.message).join('\n'));
    this.blockers = blockers;
  }
}

/** Why a value cannot go in its field. */
export type FieldValueProblem = 'too-long' | 'too-wide' | 'control-character' | 'unprintable';

/**
 * A value cannot be put in its field as it is: longer than the field's maximum length, too wide
 * to print in its box, or holding a character the form's font cannot print. Nothing is cut or
 * replaced silently; the message names the field.
 */
export class FieldValueError extends Form8379Error {
  static readonly [KIND]: string = 'FieldValueError';
  override readonly name = 'FieldValueError';
  /** The field's full name. */
  readonly field: string;
  /** The field in the form's words ("line 10, name shown first"). */
  readonly label: string;
  readonly problem: FieldValueProblem;
  constructor(field: string, label: string, problem: FieldValueProblem, message: string) {
    super('official-form-value', `${label} (${field}): ${message}`);
    this.field = field;
    this.label = label;
    this.problem = problem;
  }
}
