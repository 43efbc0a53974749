/**
 * The bar of case files above the form: open, save, the bundled examples, a new case, the opt-in
 * "remember", and the status line that reports what happened (with the CLI's messages for a file
 * it could not read).
 */
import { h } from './dom.js';
import type { Example } from './files.js';

export interface FileBar {
  readonly element: HTMLElement;
  readonly status: HTMLElement;
  readonly fileInput: HTMLInputElement;
  readonly saveCase: HTMLButtonElement;
  readonly exampleSelect: HTMLSelectElement;
  readonly loadExample: HTMLButtonElement;
  readonly newCase: HTMLButtonElement;
  readonly rememberBox: HTMLInputElement;
  /** Says what happened; `lines` are messages shown as the CLI prints them. */
  showStatus(headline: string, lines?: readonly string[], problem?: boolean): void;
}

export function labelledControl(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control);
}

export function createFileBar(examples: readonly Example[]): FileBar {
  // A live region from the start, so each new status is read out.
  const status = h('div', {
    id: 'file-status',
    class: 'file-status',
    attrs: { 'aria-live': 'polite' },
  });
  const fileInput = h('input', {
    id: 'open-file',
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': 'open-file-limits file-status',
    },
  });
  const button = (text: string, quiet = false) =>
    h('button', { class: quiet ? 'button-quiet' : 'button', attrs: { type: 'button' } }, text);
  const saveCase = button('Save the case as JSON');
  const exampleSelect = h(
    'select',
    { id: 'example', class: 'input' },
    ...examples.map((e) => h('option', { attrs: { value: e.name } }, e.title)),
  );
  const loadExample = button('Load the example');
  const newCase = button('Start a new case', true);
  const rememberBox = h('input', {
    id: 'remember',
    attrs: { type: 'checkbox', 'aria-describedby': 'remember-help' },
  });
  const element = h(
    'div',
    { class: 'filebar', attrs: { role: 'group', 'aria-label': 'Case files' } },
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'open-file' } }, 'Open case file'),
      fileInput,
      h(
        'p',
        { id: 'open-file-limits', class: 'help' },
        'Case files up to 1 MB, 1,000 items and 100 debts',
      ),
    ),
    saveCase,
    h(
      'div',
      { class: 'example' },
      labelledControl('example', 'Example', exampleSelect),
      loadExample,
    ),
    newCase,
    h(
      'div',
      { class: 'field field-checkbox' },
      h(
        'label',
        { class: 'option', attrs: { for: 'remember' } },
        rememberBox,
        h('span', {}, 'Remember this case on this computer'),
      ),
      h(
        'p',
        { id: 'remember-help', class: 'help' },
        'Off unless you tick it: then the case, names and SSNs included, is kept in this browser’s storage on this computer; unticking deletes it.',
      ),
    ),
  );
  return {
    element,
    status,
    fileInput,
    saveCase,
    exampleSelect,
    loadExample,
    newCase,
    rememberBox,
    showStatus(headline, lines = [], problem = false) {
      status.className = `file-status${problem ? ' file-status-problem' : ''}`;
      status.replaceChildren(h('p', {}, headline));
      if (lines.length > 0) {
        status.append(h('ul', {}, ...lines.map((l) => h('li', { class: 'cli' }, l))));
      }
    },
  };
}
