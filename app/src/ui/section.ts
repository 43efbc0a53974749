/**
 * What the page gives its sections, and what a section gives back. A section (start, Part I,
 * Part II, Part III, debts, totals, the answer, files, the official form, the worksheet) is built
 * by the page and updated by it: it never imports the page, and sections do not import each other
 * (test/app-structure.test.ts walks the imports). Types only.
 */
import type { Evaluation } from '../evaluate.js';
import type { FormState } from '../form-state.js';
import type { Progress } from '../progress.js';

/** A field of the case as the form shows it, found by its key (`items.7.amount`). */
export interface FieldView {
  readonly key: string;
  /** What the list of problems calls it ("Wages 1: Amount"); rows are renumbered. */
  readonly label: () => string;
  /** The field's element: hidden while the field does not apply. */
  readonly element: HTMLElement;
  /** Focused to take the person to the field. */
  readonly focusTarget: HTMLElement;
  readonly error: HTMLElement;
  /** Marked `aria-invalid` while the field has a message. */
  readonly controls: readonly HTMLElement[];
  /** Whether the field holds something: its message shows even before it is touched. */
  readonly filled: () => boolean;
  /** Whether the field applies to the case as it is now (a joint item's agreed part). */
  readonly applies: () => boolean;
  /** Shows these messages at the field (none: no message). */
  readonly showMessages: (messages: readonly string[]) => void;
  /** Brings what the field shows up to date with the case (which options it offers). */
  readonly update?: () => void;
}

export interface FormContext {
  readonly state: FormState;
  /** Registers a field under its key, and returns it. */
  register(field: FieldView): FieldView;
  /** Forgets the fields of a removed row (`items.7` and `items.7.*`). */
  unregister(prefix: string): void;
  /** Applies a change the person made to `key`, then brings the page up to date. */
  edit(key: string, apply: () => void): void;
  /** Takes the person to a field (or a control, `#id`): opens what hides it, moves the focus. */
  goTo(target: string): void;
}

/** What a section reads to bring itself up to date. */
export interface PageView {
  readonly state: FormState;
  readonly evaluation: Evaluation;
  readonly progress: Progress;
}

export interface Section {
  readonly element: HTMLElement;
  update(view: PageView): void;
}
