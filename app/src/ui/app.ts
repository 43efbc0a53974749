/**
 * The page: the file bar, the form, the answer and the worksheet, and the one loop between them.
 * Every change updates the form state, which is evaluated again (src/evaluate.ts); a change that
 * alters which fields apply builds the form again, keeping the focus where it was.
 */
import { safeValidateCase } from '../../../src/index.js';
import { terminalText } from '../../../src/core/terminal-text.js';
import { limitMessage, readCaseFile } from '../case-file.js';
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
import { createFileBar } from './file-bar.js';
import { bundledExamples, download, forget, remember, rememberedCase } from './files.js';
import { fileSizeProblem } from '../limits.js';
import { buildForm, type FormActions, type FormViewState } from './form-view.js';
import { createOfficialFormSection, type FieldLink } from './official-form-section.js';
import { createWorksheetSection } from './worksheet-section.js';

/**
 * A debt owed by both spouses is no injured spouse claim, but for a joint tax debt the other
 * relief exists (Form 8379 instructions, "Innocent spouse relief").
 */
const JOINT_DEBT_POINTER =
  'If the debt is a joint federal tax debt, see innocent spouse relief instead (Form 8857, Request for Innocent Spouse Relief).';

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

  const examples = bundledExamples();
  const bar = createFileBar(examples);
  const answer = createAnswerView();
  const sheet = createWorksheetSection();
  const officialForm = createOfficialFormSection();
  const formColumn = h('div', { class: 'form-column' });

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

  /** The field a case path names, as a way to get there (for the official form's blockers). */
  const fieldLink = (path: string): FieldLink | null => {
    const key = fieldForPath(state, path);
    const field = key === null ? undefined : fields.get(key);
    return field ? { label: field.label, go: () => goTo(field) } : null;
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
      field.error.replaceChildren(
        ...(show ? messages.map((m) => h('span', {}, terminalText(m))) : []),
      );
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
    officialForm.render(evaluation.result, fieldLink);
    sheet.render(evaluation.result);
    if (bar.rememberBox.checked) remember(caseFileText(state));
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
      bar.showStatus(`${name} was not opened:`, read.lines, true);
      return;
    }
    const loaded = stateFromCase(read.json);
    if (loaded.unrepresented.length > 0) {
      const checked = safeValidateCase(read.json);
      bar.showStatus(
        `${name} was not opened: the form cannot show ${terminalText(loaded.unrepresented.join(', '))}. The form is unchanged.`,
        checked.ok ? [] : cliProblemLines(checked.issues, name),
        true,
      );
      return;
    }
    load(loaded.state, name, true);
    const problems = cliProblemLines(evaluation.issues, name);
    bar.showStatus(
      problems.length === 0
        ? `Opened ${name}.`
        : `Opened ${name}; fix these, each shown at its field:`,
      problems,
      problems.length > 0,
    );
  }

  bar.fileInput.addEventListener('change', () => {
    const file = bar.fileInput.files?.[0];
    // The same file can be opened again after editing it elsewhere.
    bar.fileInput.value = '';
    if (!file) return;
    const name = terminalText(file.name);
    // The size first: a file over the limit is not read at all.
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) {
      bar.showStatus(`${name} was not opened:`, [limitMessage(tooBig)], true);
      return;
    }
    void file.arrayBuffer().then(
      (buffer) => open(new Uint8Array(buffer), name),
      () => bar.showStatus(`${name} could not be read.`, [], true),
    );
  });
  bar.saveCase.addEventListener('click', () => {
    download(fileName, caseFileText(state));
    bar.showStatus(`Saved the case as ${fileName} (in your downloads).`);
  });
  answer.saveResult.addEventListener('click', () => {
    if (!evaluation.result) return;
    const name = `${fileName.replace(/\.json$/i, '')}-result.json`;
    download(name, resultJsonText(evaluation.result));
    bar.showStatus(`Saved the result as ${name}: the JSON of form8379 allocate ${fileName}.`);
  });
  bar.loadExample.addEventListener('click', () => {
    const example = examples.find((e) => e.name === bar.exampleSelect.value);
    if (!example) return;
    load(stateFromCase(example.json).state, `${example.name}.json`, true);
    bar.showStatus(`Loaded the example “${example.title}”.`);
  });
  bar.newCase.addEventListener('click', () => {
    load(emptyState(), 'case.json', false);
    bar.showStatus('Started a new case.');
  });
  bar.rememberBox.addEventListener('change', () => {
    if (!bar.rememberBox.checked) {
      forget();
      bar.showStatus('Forgotten: nothing of this case is stored on this computer.');
    } else if (remember(caseFileText(state))) {
      bar.showStatus('This case is remembered in this browser until you untick the box.');
    } else {
      bar.rememberBox.checked = false;
      bar.showStatus('This browser does not allow the page to store anything.', [], true);
    }
  });

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
      bar.element,
      bar.status,
    ),
    h(
      'main',
      {},
      h('div', { class: 'layout' }, formColumn, answer.element),
      officialForm.element,
      sheet.element,
    ),
  );

  const saved = rememberedCase();
  const restored =
    saved === null ? null : readCaseFile(new TextEncoder().encode(saved), 'remembered case');
  const loaded = restored?.ok ? stateFromCase(restored.json) : null;
  if (loaded && loaded.unrepresented.length === 0) {
    bar.rememberBox.checked = true;
    load(loaded.state, 'case.json', false);
    bar.showStatus('Restored the case remembered on this computer.');
  } else {
    load(state, fileName, false);
  }
}
