/**
 * The case files, behind one line at the top of the page ("Open a saved case, save this one, or
 * try an example"): open a case file (with the limits said at the control, and what happened
 * right below it), save the case, the bundled examples, a new case, and the opt-in "remember".
 */
import { t } from '../i18n/index.js';
import { h } from './dom.js';
import { labelledControl } from './fields.js';
import type { Example } from './files.js';

export interface FileSection {
  readonly element: HTMLDetailsElement;
  readonly fileInput: HTMLInputElement;
  readonly saveCase: HTMLButtonElement;
  readonly exampleSelect: HTMLSelectElement;
  readonly loadExample: HTMLButtonElement;
  readonly newCase: HTMLButtonElement;
  readonly rememberBox: HTMLInputElement;
  /** Says what happened, with a list of messages under it. */
  showStatus(headline: string, lines?: readonly string[], problem?: boolean): void;
}

export function createFileSection(examples: readonly Example[]): FileSection {
  const f = t.files;
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
  const saveCase = button(f.save, true);
  const exampleSelect = h(
    'select',
    { id: 'example', class: 'input' },
    ...examples.map((e) => h('option', { attrs: { value: e.name } }, e.title)),
  );
  const loadExample = button(f.loadExample, true);
  const newCase = button(f.newCase, true);
  const rememberBox = h('input', {
    id: 'remember',
    attrs: { type: 'checkbox', 'aria-describedby': 'remember-help' },
  });
  const element = h(
    'details',
    { class: 'files', id: 'files' },
    h('summary', {}, f.summary),
    h(
      'div',
      { class: 'filebar' },
      labelledControl(
        'open-file',
        f.open,
        fileInput,
        h('p', { id: 'open-file-limits', class: 'help' }, f.limits),
        status,
      ),
      saveCase,
      h(
        'div',
        { class: 'example' },
        labelledControl('example', f.example, exampleSelect),
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
          h('span', {}, f.remember),
        ),
        h('p', { id: 'remember-help', class: 'help' }, f.rememberHelp),
      ),
    ),
  );
  return {
    element,
    fileInput,
    saveCase,
    exampleSelect,
    loadExample,
    newCase,
    rememberBox,
    showStatus(headline, lines = [], problem = false) {
      status.className = `file-status${problem ? ' file-status-problem' : ''}`;
      status.replaceChildren(h('p', {}, headline));
      if (lines.length > 0) status.append(h('ul', {}, ...lines.map((l) => h('li', {}, l))));
      // What happened is shown where the person looks: the files open.
      element.open = true;
    },
  };
}
