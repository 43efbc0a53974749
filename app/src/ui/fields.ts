/**
 * Labelled form controls, each registered under its field key so the schema's messages find it.
 * Every control has a visible label (a `label` or a fieldset's `legend`), its help text and its
 * message as its description (`aria-describedby`), and `aria-invalid` while a message shows.
 */
import { terminalText } from '../../../src/core/terminal-text.js';
import { fieldId, h, type Child } from './dom.js';

export interface FieldView {
  readonly key: string;
  /** What the problem list calls it. */
  readonly label: string;
  /** Focused to take the user to the field. */
  readonly focusTarget: HTMLElement;
  readonly error: HTMLElement;
  /** Marked `aria-invalid` while the field has a message. */
  readonly controls: readonly HTMLElement[];
  /** Whether the field holds something: its message shows even before it is touched. */
  readonly filled: () => boolean;
}

export interface FormContext {
  readonly fields: Map<string, FieldView>;
  /**
   * Applies a change the user made to `key`. A `structural` change alters which fields the form
   * shows (a joint item gains its agreed split), so the form is built again.
   */
  edit(key: string, apply: () => void, structural?: boolean): void;
}

export type Options = readonly (readonly [value: string, text: string])[];

export const YES_NO: Options = [
  ['yes', 'Yes'],
  ['no', 'No'],
];

function errorElement(key: string): HTMLElement {
  return h('p', { id: fieldId(key, 'error'), class: 'field-error', attrs: { hidden: true } });
}

function describedBy(key: string, help: string | undefined): string {
  return [help ? fieldId(key, 'help') : '', fieldId(key, 'error')].filter(Boolean).join(' ');
}

function helpElement(key: string, help: string | undefined): Child {
  return help ? h('p', { id: fieldId(key, 'help'), class: 'help' }, help) : null;
}

/** A field of a row is listed as "Wages 1: Amount". */
const listLabel = (label: string, row: string | undefined) => (row ? `${row}: ${label}` : label);

export interface TextFieldSpec {
  readonly key: string;
  readonly label: string;
  /** The row the field belongs to, for the problem list. */
  readonly row?: string;
  readonly value: string;
  readonly set: (value: string) => void;
  readonly help?: string;
  /** `amount` for money: a decimal keyboard and a width for a dollar figure. */
  readonly kind?: 'amount' | 'text' | 'date' | 'ssn' | 'name';
  readonly autocomplete?: string;
}

export function textField(ctx: FormContext, spec: TextFieldSpec): HTMLElement {
  const id = fieldId(spec.key);
  const kind = spec.kind ?? 'text';
  const input = h('input', {
    id,
    class: `input input-${kind}`,
    attrs: {
      type: 'text',
      name: spec.key,
      'aria-describedby': describedBy(spec.key, spec.help),
      inputmode: kind === 'amount' ? 'decimal' : kind === 'ssn' ? 'numeric' : undefined,
      autocomplete: spec.autocomplete ?? 'off',
      spellcheck: kind === 'name' || kind === 'text' ? undefined : 'false',
      placeholder: kind === 'date' ? 'YYYY-MM-DD' : undefined,
    },
  });
  // Control characters from a file (an escape sequence, a bidi override) are shown as the CLI
  // shows them, `\u001b`; the case keeps the value as it was until the person edits it.
  input.value = terminalText(spec.value);
  input.addEventListener('input', () => ctx.edit(spec.key, () => spec.set(input.value)));
  const error = errorElement(spec.key);
  ctx.fields.set(spec.key, {
    key: spec.key,
    label: listLabel(spec.label, spec.row),
    focusTarget: input,
    error,
    controls: [input],
    filled: () => input.value !== '',
  });
  return h(
    'div',
    { class: `field field-${kind}` },
    h('label', { attrs: { for: id } }, spec.label),
    helpElement(spec.key, spec.help),
    error,
    input,
  );
}

export interface SelectFieldSpec {
  readonly key: string;
  readonly label: string;
  readonly row?: string;
  readonly value: string;
  readonly options: Options;
  readonly set: (value: string) => void;
  readonly help?: string;
  readonly structural?: boolean;
}

export function selectField(ctx: FormContext, spec: SelectFieldSpec): HTMLElement {
  const id = fieldId(spec.key);
  const select = h(
    'select',
    {
      id,
      class: 'input',
      attrs: { name: spec.key, 'aria-describedby': describedBy(spec.key, spec.help) },
    },
    ...spec.options.map(([value, text]) => {
      const option = h('option', { attrs: { value } }, text);
      option.selected = value === spec.value;
      return option;
    }),
  );
  select.addEventListener('change', () =>
    ctx.edit(spec.key, () => spec.set(select.value), spec.structural),
  );
  const error = errorElement(spec.key);
  ctx.fields.set(spec.key, {
    key: spec.key,
    label: listLabel(spec.label, spec.row),
    focusTarget: select,
    error,
    controls: [select],
    filled: () => select.value !== '',
  });
  return h(
    'div',
    { class: 'field field-select' },
    h('label', { attrs: { for: id } }, spec.label),
    helpElement(spec.key, spec.help),
    error,
    select,
  );
}

export interface ChoiceFieldSpec {
  readonly key: string;
  readonly legend: string;
  readonly value: string;
  readonly options: Options;
  readonly set: (value: string) => void;
  readonly help?: string;
  readonly structural?: boolean;
  /** Options side by side (short ones such as Yes / No). */
  readonly inline?: boolean;
}

/** A radio group in a fieldset: the legend is the question, each option its own label. */
export function choiceField(ctx: FormContext, spec: ChoiceFieldSpec): HTMLElement {
  const error = errorElement(spec.key);
  const radios = spec.options.map(([value]) =>
    h('input', {
      id: fieldId(spec.key, value === '' ? 'none' : value),
      attrs: {
        type: 'radio',
        name: fieldId(spec.key),
        value,
        'aria-describedby': describedBy(spec.key, spec.help),
      },
    }),
  );
  for (const radio of radios) {
    radio.checked = radio.value === spec.value;
    radio.addEventListener('change', () => {
      if (radio.checked) ctx.edit(spec.key, () => spec.set(radio.value), spec.structural);
    });
  }
  const first = radios.find((r) => r.checked) ?? radios[0];
  if (!first) throw new Error(`the choice ${spec.key} has no options`);
  ctx.fields.set(spec.key, {
    key: spec.key,
    label: spec.legend,
    focusTarget: first,
    error,
    controls: radios,
    filled: () => radios.some((r) => r.checked && r.value !== ''),
  });
  return h(
    'fieldset',
    { class: `field choice${spec.inline ? ' choice-inline' : ''}`, id: fieldId(spec.key, 'group') },
    h('legend', {}, spec.legend),
    helpElement(spec.key, spec.help),
    error,
    h(
      'div',
      { class: 'options' },
      ...spec.options.map(([, text], i) =>
        h('label', { class: 'option' }, radios[i] ?? null, h('span', {}, text)),
      ),
    ),
  );
}

export interface CheckboxFieldSpec {
  readonly key: string;
  readonly label: string;
  readonly checked: boolean;
  readonly set: (checked: boolean) => void;
  readonly help?: string;
  readonly structural?: boolean;
}

export function checkboxField(ctx: FormContext, spec: CheckboxFieldSpec): HTMLElement {
  const id = fieldId(spec.key);
  const box = h('input', {
    id,
    attrs: {
      type: 'checkbox',
      name: spec.key,
      'aria-describedby': describedBy(spec.key, spec.help),
    },
  });
  box.checked = spec.checked;
  box.addEventListener('change', () =>
    ctx.edit(spec.key, () => spec.set(box.checked), spec.structural),
  );
  const error = errorElement(spec.key);
  ctx.fields.set(spec.key, {
    key: spec.key,
    label: spec.label,
    focusTarget: box,
    error,
    controls: [box],
    filled: () => true,
  });
  return h(
    'div',
    { class: 'field field-checkbox' },
    error,
    h('label', { class: 'option', attrs: { for: id } }, box, h('span', {}, spec.label)),
    helpElement(spec.key, spec.help),
  );
}

/** A group of rows' own messages (a path naming the whole row) and its focus target. */
export function registerRow(
  ctx: FormContext,
  key: string,
  label: string,
  focusTarget: HTMLElement,
): HTMLElement {
  const error = errorElement(key);
  ctx.fields.set(key, {
    key,
    label,
    focusTarget,
    error,
    controls: [],
    filled: () => true,
  });
  return error;
}
