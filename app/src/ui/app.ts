/**
 * The page: the file bar, the form, the answer and the worksheet, and the one loop between them.
 * Every change updates the form state, which is evaluated again (src/evaluate.ts); a change that
 * alters which fields apply builds the form again, keeping the focus where it was.
 */
import { renderWorksheet, safeValidateCase } from '../../../src/index.js';
import { readCaseFile } from '../case-file.js';
import { cliProblemLines, evaluate, resultJsonText, type Evaluation } from '../evaluate.js';
import {
  caseFileText,
  emptyState,
  fieldForPath,
  newDebt,
  newItem,
  stateFromCase,
  type FormState,
} from '../form-state.js';
import { createAnswerView, type Problem } from './answer-view.js';
import { fieldId, h } from './dom.js';
import type { FieldView, FormContext } from './fields.js';
import { bundledExamples, download, forget, remember, rememberedCase } from './files.js';
import { buildForm, type FormActions, type FormViewState } from './form-view.js';
import { createWorksheetView } from './worksheet-view.js';

/**
 * A debt owed by both spouses is no injured spouse claim, but for a joint tax debt the other
 * relief exists (Form 8379 instructions, "Innocent spouse relief").
 */
const JOINT_DEBT_POINTER =
  'If the debt is a joint federal tax debt, see innocent spouse relief instead (Form 8857, Request for Innocent Spouse Relief).';

/** Today in the user's time zone, as the worksheet's date prepared (YYYY-MM-DD). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function labelled(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  if (help) control.setAttribute('aria-describedby', `${id}-help`);
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    help ? h('p', { id: `${id}-help`, class: 'help' }, help) : null,
    control,
  );
}

export function startApp(body: HTMLElement): void {
  let state: FormState = emptyState();
  let fileName = 'case.json';
  let evaluation: Evaluation = evaluate(state);
  /** Fields the user changed (their messages show at once; others once they hold something). */
  const touched = new Set<string>();
  const fields = new Map<string, FieldView>();
  const view: FormViewState = { openGroups: new Map() };
  const kept = {
    partIStop: h('div', { class: 'notice stop', attrs: { 'aria-live': 'polite' } }),
  };

  // ---- the file bar
  const status = h('div', {
    id: 'file-status',
    class: 'file-status',
    attrs: { 'aria-live': 'polite' },
  });
  const showStatus = (headline: string, lines: readonly string[] = [], problem = false) => {
    status.className = `file-status${problem ? ' file-status-problem' : ''}`;
    status.replaceChildren(h('p', {}, headline));
    if (lines.length > 0)
      status.append(h('ul', {}, ...lines.map((l) => h('li', { class: 'cli' }, l))));
  };
  const fileInput = h('input', {
    id: 'open-file',
    attrs: { type: 'file', accept: '.json,application/json' },
  });
  const saveCase = h(
    'button',
    { class: 'button', attrs: { type: 'button' } },
    'Save the case as JSON',
  );
  const examples = bundledExamples();
  const exampleSelect = h(
    'select',
    { id: 'example', class: 'input' },
    ...examples.map((e) => h('option', { attrs: { value: e.name } }, e.title)),
  );
  const loadExample = h(
    'button',
    { class: 'button', attrs: { type: 'button' } },
    'Load the example',
  );
  const newCase = h(
    'button',
    { class: 'button-quiet', attrs: { type: 'button' } },
    'Start a new case',
  );
  const rememberBox = h('input', {
    id: 'remember',
    attrs: { type: 'checkbox', 'aria-describedby': 'remember-help' },
  });

  // ---- the answer and the worksheet
  const answer = createAnswerView();
  const pageStyle = h('style', { id: 'worksheet-page' });
  document.head.append(pageStyle);
  const worksheet = createWorksheetView(pageStyle);
  const preparedDate = h('input', { id: 'prepared-date', class: 'input', attrs: { type: 'date' } });
  preparedDate.value = today();
  const preparedBy = h('input', {
    id: 'prepared-by',
    class: 'input',
    attrs: { type: 'text', autocomplete: 'organization' },
  });
  const fullSsn = h('input', { id: 'full-ssn', attrs: { type: 'checkbox' } });
  const print = h(
    'button',
    { class: 'button', attrs: { type: 'button', disabled: true } },
    'Print the worksheet',
  );
  const formColumn = h('div', { class: 'form-column' });

  const renderSheet = () => {
    const result = evaluation.result;
    print.disabled = result === null;
    if (!result) {
      worksheet.clear('The worksheet appears here once the form is complete.');
      return;
    }
    let html: string;
    try {
      html = renderWorksheet(result, {
        format: 'html',
        // The core never reads the clock; the page passes the date, as the CLI does.
        preparedDate: preparedDate.value || today(),
        showFullSsn: fullSsn.checked,
        ...(preparedBy.value.trim() === '' ? {} : { preparedBy: preparedBy.value.trim() }),
      });
    } catch (error) {
      // The answer above stands; only the worksheet is missing.
      print.disabled = true;
      worksheet.clear(`The worksheet could not be shown: ${String(error)}`);
      return;
    }
    worksheet.show(html);
  };

  const goTo = (field: FieldView) => {
    for (
      let d = field.focusTarget.closest('details');
      d;
      d = d.parentElement?.closest('details') ?? null
    ) {
      d.open = true;
    }
    touched.add(field.key);
    refresh();
    field.focusTarget.focus();
  };

  function refresh(): void {
    evaluation = evaluate(state);
    const byField = new Map<string, string[]>();
    const problems: Problem[] = [];
    for (const issue of evaluation.issues) {
      const key = fieldForPath(state, issue.path);
      const field = key === null ? undefined : fields.get(key);
      if (field) byField.set(field.key, [...(byField.get(field.key) ?? []), issue.message]);
      problems.push({
        label: field?.label ?? (issue.path || 'The case'),
        message: issue.message,
        go: field ? () => goTo(field) : null,
      });
    }
    for (const field of fields.values()) {
      const messages = byField.get(field.key) ?? [];
      const show = messages.length > 0 && (touched.has(field.key) || field.filled());
      field.error.hidden = !show;
      field.error.replaceChildren(...(show ? messages.map((m) => h('span', {}, m)) : []));
      for (const control of field.controls) {
        if (show) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
    // Beside the questions only a stop on lines 2 to 4, the user's own answers; a stop the
    // items decide (lines 6 to 9, no overpayment) is in the answer.
    const stop = evaluation.stop !== null && evaluation.stop.line <= 4 ? evaluation.stop : null;
    kept.partIStop.hidden = stop === null;
    kept.partIStop.replaceChildren(
      ...(stop
        ? [
            h('strong', {}, `This answer ends the claim (Part I line ${stop.line}). `),
            stop.advice,
            stop.reason === 'no-separate-debt' ? ` ${JOINT_DEBT_POINTER}` : '',
          ]
        : []),
    );
    answer.update(evaluation, problems);
    renderSheet();
    if (rememberBox.checked) remember(caseFileText(state));
  }

  const ctx: FormContext = {
    fields,
    edit(key, apply, structural = false) {
      apply();
      touched.add(key);
      if (structural) renderForm();
      else refresh();
    },
  };

  const focusById = (id: string) => document.getElementById(id)?.focus();

  const actions: FormActions = {
    addItem(group) {
      const item = newItem(state, group.kind);
      state.items.push(item);
      view.openGroups.set(group.kind, true);
      renderForm();
      focusById(fieldId(`items.${item.id}.spouse`));
    },
    removeItem(id) {
      const item = state.items.find((i) => i.id === id);
      state.items = state.items.filter((i) => i.id !== id);
      renderForm();
      if (item) focusById(fieldId(`add.${item.kind}`));
    },
    addDebt() {
      const debt = newDebt(state);
      state.debts.push(debt);
      renderForm();
      focusById(fieldId(`debts.${debt.id}.type`));
    },
    removeDebt(id) {
      state.debts = state.debts.filter((d) => d.id !== id);
      renderForm();
      focusById(fieldId('add.debt'));
    },
  };

  function renderForm(): void {
    const active = document.activeElement;
    const activeId = active instanceof HTMLElement && formColumn.contains(active) ? active.id : '';
    fields.clear();
    formColumn.replaceChildren(buildForm(ctx, state, view, kept, actions));
    refresh();
    if (activeId !== '') document.getElementById(activeId)?.focus({ preventScroll: true });
  }

  /** Shows a case in the form; a case from a file shows every message at once. */
  function load(next: FormState, name: string, fromFile: boolean): void {
    state = next;
    fileName = name;
    touched.clear();
    view.openGroups.clear();
    renderForm();
    if (fromFile) for (const key of fields.keys()) touched.add(key);
    refresh();
  }

  function open(bytes: Uint8Array, name: string): void {
    const read = readCaseFile(bytes, name);
    if (!read.ok) {
      showStatus(`${name} was not opened:`, read.lines, true);
      return;
    }
    const loaded = stateFromCase(read.json);
    if (loaded.unrepresented.length > 0) {
      const checked = safeValidateCase(read.json);
      showStatus(
        `${name} was not opened: the form cannot show ${loaded.unrepresented.join(', ')}. The form is unchanged.`,
        checked.ok ? [] : cliProblemLines(checked.issues, name),
        true,
      );
      return;
    }
    load(loaded.state, name, true);
    const problems = cliProblemLines(evaluation.issues, name);
    showStatus(
      problems.length === 0
        ? `Opened ${name}.`
        : `Opened ${name}; fix these, each shown at its field:`,
      problems,
      problems.length > 0,
    );
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.arrayBuffer().then((buffer) => {
      open(new Uint8Array(buffer), file.name);
      // The same file can be opened again after editing it elsewhere.
      fileInput.value = '';
    });
  });
  saveCase.addEventListener('click', () => {
    download(fileName, caseFileText(state));
    showStatus(`Saved the case as ${fileName} (in your downloads).`);
  });
  answer.saveResult.addEventListener('click', () => {
    if (!evaluation.result) return;
    const name = `${fileName.replace(/\.json$/i, '')}-result.json`;
    download(name, resultJsonText(evaluation.result));
    showStatus(`Saved the result as ${name}: the JSON of form8379 allocate ${fileName}.`);
  });
  loadExample.addEventListener('click', () => {
    const example = examples.find((e) => e.name === exampleSelect.value);
    if (!example) return;
    load(stateFromCase(example.json).state, `${example.name}.json`, true);
    showStatus(`Loaded the example “${example.title}”.`);
  });
  newCase.addEventListener('click', () => {
    load(emptyState(), 'case.json', false);
    showStatus('Started a new case.');
  });
  rememberBox.addEventListener('change', () => {
    if (!rememberBox.checked) {
      forget();
      showStatus('Forgotten: nothing of this case is stored on this computer.');
    } else if (remember(caseFileText(state))) {
      showStatus('This case is remembered in this browser until you untick the box.');
    } else {
      rememberBox.checked = false;
      showStatus('This browser does not allow the page to store anything.', [], true);
    }
  });
  for (const control of [preparedDate, preparedBy]) control.addEventListener('input', renderSheet);
  fullSsn.addEventListener('change', renderSheet);
  print.addEventListener('click', () => window.print());

  body.append(
    h('a', { class: 'skip-link', attrs: { href: '#h-answer' } }, 'Skip to the answer'),
    h(
      'header',
      { class: 'masthead' },
      h('h1', {}, 'Form 8379 injured spouse allocation'),
      h(
        'p',
        { class: 'lede' },
        'Enter the joint return; the refund that belongs to the injured spouse updates as you type. Everything stays in this browser: nothing is sent anywhere.',
      ),
      h(
        'div',
        { class: 'filebar', attrs: { role: 'group', 'aria-label': 'Case files' } },
        labelled('open-file', 'Open case file', fileInput),
        saveCase,
        h('div', { class: 'example' }, labelled('example', 'Example', exampleSelect), loadExample),
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
            'Off unless you tick it: then the case is kept in this browser’s storage, and unticking deletes it.',
          ),
        ),
      ),
      status,
    ),
    h(
      'main',
      {},
      h('div', { class: 'layout' }, formColumn, answer.element),
      h(
        'section',
        { class: 'card worksheet-section', attrs: { 'aria-labelledby': 'h-worksheet' } },
        h('h2', { id: 'h-worksheet' }, 'Worksheet'),
        h(
          'div',
          { class: 'worksheet-controls' },
          labelled('prepared-date', 'Date prepared', preparedDate),
          labelled('prepared-by', 'Prepared by (optional)', preparedBy),
          h(
            'label',
            { class: 'option', attrs: { for: 'full-ssn' } },
            fullSsn,
            h('span', {}, 'Show full SSNs'),
          ),
          print,
        ),
        worksheet.host,
      ),
    ),
  );

  const saved = rememberedCase();
  const restored =
    saved === null ? null : readCaseFile(new TextEncoder().encode(saved), 'remembered case');
  const loaded = restored?.ok ? stateFromCase(restored.json) : null;
  if (loaded && loaded.unrepresented.length === 0) {
    rememberBox.checked = true;
    load(loaded.state, 'case.json', false);
    showStatus('Restored the case remembered on this computer.');
  } else {
    load(state, fileName, false);
  }
}
