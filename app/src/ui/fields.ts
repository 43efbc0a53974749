/**
 * Labelled form controls. Each is built once and kept while the person uses it: a change updates
 * the state and the page around it, never the control itself (a select rebuilt after each change
 * forgets the keys typed into it). Every control has a visible label (a `label` or a fieldset's
 * `legend`); its help and its message are its description (`aria-describedby`); the message sits
 * below the control (so a row's inputs stay in line), is announced (`aria-live`), and the control
 * is `aria-invalid` while it shows.
 */
import { terminalText } from '../../../src/core/terminal-text.js';
import { fieldId, h, type Child } from './dom.js';
import type { FieldView, FormContext } from './section.js';

export type Options = readonly (readonly [value: string, text: string])[];

function errorElement(key: string): HTMLElement {
  return h('p', {
    id: fieldId(key, 'error'),
    class: 'field-error',
    attrs: { 'aria-live': 'polite' },
  });
}

function describedBy(key: string, help: string | undefined, extra = ''): string {
  return [help ? fieldId(key, 'help') : '', fieldId(key, 'error'), extra].filter(Boolean).join(' ');
}

function helpElement(key: string, help: string | undefined): Child {
  return help ? h('p', { id: fieldId(key, 'help'), class: 'help' }, help) : null;
}

/** A field of a row is listed as "Wages 1: Amount". */
const listLabel = (label: string, row: (() => string) | undefined) => () =>
  row ? `${row()}: ${label}` : label;

/** Shows `messages` in `error`, touching the DOM (and the live region) only when they changed. */
function messenger(error: HTMLElement, controls: () => readonly HTMLElement[]) {
  let shown = '';
  return (messages: readonly string[]) => {
    const text = messages.map(terminalText).join('\n');
    if (text === shown) return;
    shown = text;
    error.replaceChildren(...messages.map((m) => h('span', {}, terminalText(m))));
    for (const control of controls()) {
      if (text !== '') control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  };
}

interface Common {
  readonly key: string;
  /** The row the field belongs to, for the list of problems ("Wages 1"). */
  readonly row?: () => string;
  readonly help?: string;
  /** Whether the field applies now (read at every refresh); it is hidden when not. */
  readonly applies?: () => boolean;
}

export interface TextFieldSpec extends Common {
  readonly label: string;
  readonly value: string;
  readonly set: (value: string) => void;
  /** `amount` for money, `year` for the tax year: a numeric keyboard and a narrow box. */
  readonly kind?: 'amount' | 'text' | 'date' | 'ssn' | 'name' | 'year';
  readonly autocomplete?: string;
  /** Ids of more descriptions (a live progress line). */
  readonly describedBy?: string;
  /** A text area of this many rows (an address, one line of it a line) instead of one line. */
  readonly rows?: number;
}

const INPUT_MODE: Partial<Record<NonNullable<TextFieldSpec['kind']>, string>> = {
  amount: 'decimal',
  ssn: 'numeric',
  year: 'numeric',
};

export function textField(ctx: FormContext, spec: TextFieldSpec): FieldView {
  const id = fieldId(spec.key);
  const kind = spec.kind ?? 'text';
  const input = h(spec.rows ? 'textarea' : 'input', {
    id,
    class: `input input-${kind}${spec.rows ? ' input-lines' : ''}`,
    attrs: {
      type: spec.rows ? undefined : 'text',
      rows: spec.rows ? String(spec.rows) : undefined,
      name: spec.key,
      'aria-describedby': describedBy(spec.key, spec.help, spec.describedBy),
      inputmode: INPUT_MODE[kind],
      autocomplete: spec.autocomplete ?? 'off',
      spellcheck: kind === 'name' || kind === 'text' ? undefined : 'false',
    },
  });
  // Control characters from a file (an escape sequence, a bidi override) are shown as the CLI
  // shows them, `\u001b`; the case keeps the value as it was until the person edits it.
  // A text area keeps its line breaks: each line is one line of the case's list.
  input.value = spec.rows
    ? spec.value.split('\n').map(terminalText).join('\n')
    : terminalText(spec.value);
  input.addEventListener('input', () => ctx.edit(spec.key, () => spec.set(input.value)));
  const error = errorElement(spec.key);
  const element = h(
    'div',
    { class: `field field-${kind}` },
    h('label', { attrs: { for: id } }, spec.label),
    helpElement(spec.key, spec.help),
    input,
    error,
  );
  return ctx.register({
    key: spec.key,
    label: listLabel(spec.label, spec.row),
    element,
    focusTarget: input,
    error,
    controls: [input],
    filled: () => input.value !== '',
    applies: spec.applies ?? (() => true),
    showMessages: messenger(error, () => [input]),
  });
}

export interface ChoiceFieldSpec extends Common {
  readonly legend: string;
  readonly value: string;
  readonly options: Options;
  readonly set: (value: string) => void;
  /** Options side by side (short ones such as Yes / No). */
  readonly inline?: boolean;
  /** Whether an option is offered now (an option that does not apply is hidden unless chosen). */
  readonly offers?: (value: string) => boolean;
}

/** A radio group in a fieldset: the legend is the question, each option its own label. */
export function choiceField(ctx: FormContext, spec: ChoiceFieldSpec): FieldView {
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
  const labels = spec.options.map(([, text], i) =>
    h('label', { class: 'option' }, radios[i] ?? null, h('span', {}, text)),
  );
  for (const radio of radios) {
    radio.checked = radio.value === spec.value;
    radio.addEventListener('change', () => {
      if (radio.checked) ctx.edit(spec.key, () => spec.set(radio.value));
    });
  }
  const element = h(
    'fieldset',
    {
      class: `field choice${spec.inline ? ' choice-inline' : ''}`,
      id: fieldId(spec.key, 'group'),
    },
    h('legend', {}, spec.legend),
    helpElement(spec.key, spec.help),
    h('div', { class: 'options' }, ...labels),
    error,
  );
  const offers = spec.offers;
  return ctx.register({
    key: spec.key,
    label: listLabel(spec.legend, spec.row),
    element,
    get focusTarget() {
      return (
        radios.find((r) => r.checked) ?? radios.find((r) => !r.closest('[hidden]')) ?? radios[0]!
      );
    },
    error,
    controls: radios,
    filled: () => radios.some((r) => r.checked && r.value !== ''),
    applies: spec.applies ?? (() => true),
    showMessages: messenger(error, () => radios),
    ...(offers
      ? {
          update: () => {
            radios.forEach((radio, i) => {
              const label = labels[i];
              if (label) label.hidden = !offers(radio.value) && !radio.checked;
            });
          },
        }
      : {}),
  });
}

export interface CheckboxFieldSpec extends Common {
  readonly label: string;
  readonly checked: boolean;
  readonly set: (checked: boolean) => void;
}

export function checkboxField(ctx: FormContext, spec: CheckboxFieldSpec): FieldView {
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
  box.addEventListener('change', () => ctx.edit(spec.key, () => spec.set(box.checked)));
  const error = errorElement(spec.key);
  const element = h(
    'div',
    { class: 'field field-checkbox' },
    h('label', { class: 'option', attrs: { for: id } }, box, h('span', {}, spec.label)),
    helpElement(spec.key, spec.help),
    error,
  );
  return ctx.register({
    key: spec.key,
    label: listLabel(spec.label, spec.row),
    element,
    focusTarget: box,
    error,
    controls: [box],
    filled: () => true,
    applies: spec.applies ?? (() => true),
    showMessages: messenger(error, () => [box]),
  });
}

/** A row's own messages (a path naming the whole row), shown at its top. */
export function rowMessages(
  ctx: FormContext,
  key: string,
  label: () => string,
  focusTarget: () => HTMLElement,
): HTMLElement {
  const error = errorElement(key);
  ctx.register({
    key,
    label,
    element: error,
    get focusTarget() {
      return focusTarget();
    },
    error,
    controls: [],
    filled: () => true,
    applies: () => true,
    showMessages: messenger(error, () => []),
  });
  return error;
}

/** A labelled control that is not a field of the case (the example list, the worksheet's date). */
export function labelledControl(
  id: string,
  label: string,
  control: HTMLElement,
  ...after: Child[]
): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control, ...after);
}
