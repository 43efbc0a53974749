/**
 * The page, in the order of a person's path: the start question, Part I in the form's words,
 * the two of you, the return line by line with the refund it claimed, the debts, the other
 * totals; then the official form and the worksheet; beside them (on a phone, below them as a
 * bar) the answer. The page composes the sections and runs the one loop between them: a change
 * updates the state, which is evaluated again (evaluate.ts) and shown by each section in place.
 * Sections never import the page (test/app-structure.test.ts).
 */
import { terminalText } from '../../../src/core/terminal-text.js';
import { limitMessage, partWords, readCaseFile } from '../case-file.js';
import { evaluate, resultJsonText, type Evaluation } from '../evaluate.js';
import {
  caseFileText,
  emptyState,
  fieldForPath,
  stateFromCase,
  type FormState,
} from '../form-state.js';
import { browserLanguage, setLanguage, t } from '../i18n/index.js';
import { fileSizeProblem } from '../limits.js';
import { explainIssue } from '../messages.js';
import { progressOf, type Progress } from '../progress.js';
import { createAnswerCard, type Problem } from './answer-card.js';
import { debtsSection } from './debts-section.js';
import { h } from './dom.js';
import { textField } from './fields.js';
import { createFileSection, type FileSection } from './file-section.js';
import { afterFilingSection } from './after-filing-section.js';
import { formFactsSection } from './form-facts-section.js';
import {
  bundledExamples,
  download,
  forget,
  remember,
  rememberedCase,
  rememberedLanguage,
} from './files.js';
import { createLanguageSwitch } from './language-switch.js';
import { itemsSection } from './items-section.js';
import { createOfficialFormSection, type FieldLink } from './official-form-section.js';
import { partISection } from './part-one-section.js';
import type { FieldView, FormContext, PageView, Section } from './section.js';
import { spousesSection } from './spouses-section.js';
import { startSection } from './start-section.js';
import { totalsSection } from './totals-section.js';
import { createWorksheetSection, type WorksheetSettings } from './worksheet-section.js';

/** Today in the person's time zone (YYYY-MM-DD): the page reads the clock, the library never does. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** How long the worksheet and the official form wait for typing to pause. */
const OUTPUT_DELAY_MS = 150;

export function startApp(body: HTMLElement): void {
  // The page's language: the one remembered on this computer, else the browser's.
  const storedLanguage = rememberedLanguage();
  setLanguage(storedLanguage ?? browserLanguage(navigator.language));
  const languageSwitch = createLanguageSwitch(t.lang, storedLanguage !== null);

  // What outlives a switch of language: the case, what the person touched, the file's name, the
  // "remember this case" box, and the last thing the files section said (said again in the new
  // language). Everything else is built again by `mount`.
  let state: FormState = emptyState();
  let fileName = 'case.json';
  /** Fields the person changed (their messages show at once; others once they hold something). */
  const touched = new Set<string>();
  let rememberCase = false;
  let evaluation: Evaluation;
  let progress: Progress;
  /** The fields of the form as built now, by key. */
  const fields = new Map<string, FieldView>();
  let lastStatus: (() => Parameters<FileSection['showStatus']>) | null = null;
  let unmount: (() => void) | null = null;
  const skipLink = h('a', { class: 'skip-link', attrs: { href: '#answer' } });
  const header = h('header', { class: 'masthead' }, languageSwitch.element);

  // After printing the letter, the page prints the worksheet again.
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-letter'));

  /** Builds the page in the current language around `state`; `first` on the page's start. */
  function mount(first: boolean): void {
    document.documentElement.lang = t.lang;
    document.title = t.documentTitle;
    skipLink.textContent = t.page.skipToAnswer;
    evaluation = evaluate(state);
    progress = progressOf(state, evaluation);
    fields.clear();
    let sections: Section[] = [];
    /** The sections after Part I, hidden when the person's answers end the claim. */
    let rest: HTMLElement[] = [];
    let partI: HTMLElement | null = null;

    const examples = bundledExamples();
    const files = createFileSection(examples);
    const answer = createAnswerCard((target) => goTo(target));
    const sheet = createWorksheetSection();
    const officialForm = createOfficialFormSection();
    const form = h('form', {
      id: 'case-form',
      attrs: { novalidate: true, 'aria-label': t.page.formLabel },
    });
    // Nothing is ever submitted: Enter in a field must not reload the page.
    form.addEventListener('submit', (event) => event.preventDefault());

    function goTo(target: string): void {
      if (target.startsWith('#')) {
        document.getElementById(target.slice(1))?.focus();
        return;
      }
      const field = fields.get(target);
      if (!field) return;
      for (
        let d = field.element.closest('details');
        d;
        d = d.parentElement?.closest('details') ?? null
      ) {
        d.open = true;
      }
      touched.add(field.key);
      refresh();
      field.focusTarget.focus();
    }

    const ctx = (): FormContext => ({
      get state() {
        return state;
      },
      register(field) {
        fields.set(field.key, field);
        return field;
      },
      unregister(prefix) {
        for (const key of [...fields.keys()]) {
          if (key === prefix || key.startsWith(`${prefix}.`)) fields.delete(key);
        }
      },
      edit(key, apply) {
        apply();
        touched.add(key);
        refresh();
      },
      goTo,
    });

    /** The field a case path names, as a way to get there (the official form's blockers). */
    const fieldLink = (path: string): FieldLink | null => {
      const key = fieldForPath(state, path);
      const field = key === null ? undefined : fields.get(key);
      return field ? { label: field.label(), go: () => goTo(field.key) } : null;
    };

    let outputTimer: ReturnType<typeof setTimeout> | undefined;
    const renderOutputs = () => {
      clearTimeout(outputTimer);
      outputTimer = undefined;
      officialForm.render(evaluation.result, fieldLink);
      sheet.render(evaluation.result);
    };

    function refresh(outputsNow = false): void {
      evaluation = evaluate(state, today());
      progress = progressOf(state, evaluation);
      const view: PageView = { state, evaluation, progress };
      const covered = new Set(
        progress.missing.filter((m) => m.key !== 'problems').map((m) => m.target),
      );
      for (const m of progress.missing)
        if (m.key === 'partI')
          for (const f of ['jointReturn', 'debtOwedOnlyBySpouse', 'injuredLegallyObligated'])
            covered.add(`partI.${f}`);

      const byField = new Map<string, string[]>();
      const problems: Problem[] = [];
      for (const issue of evaluation.issues) {
        const key = fieldForPath(state, issue.path);
        const field = key === null ? undefined : fields.get(key);
        const message = explainIssue(issue, state).text;
        if (field) byField.set(field.key, [...(byField.get(field.key) ?? []), message]);
        if (field && covered.has(field.key)) continue;
        problems.push({
          label: field?.label() ?? t.answer.wholeCase,
          message,
          target: field ? field.key : null,
        });
      }
      const active = document.activeElement;
      for (const field of fields.values()) {
        field.update?.();
        // A field the person is in stays, even when it stops applying as they type.
        const applies = field.applies() || (active !== null && field.element.contains(active));
        if (field.element.hidden === applies) field.element.hidden = !applies;
        const messages = byField.get(field.key) ?? [];
        const show = applies && (touched.has(field.key) || field.filled());
        field.showMessages(show ? messages : []);
      }
      // The person's own answers end the claim: the rest of the path is not needed.
      const s = evaluation.stop;
      const ended =
        state.start === 'no' || (s !== null && s.line <= 4 && s.reason !== 'no-overpayment');
      for (const section of rest) section.hidden = ended;
      if (partI) partI.hidden = state.start === 'no';
      for (const section of sections) section.update(view);
      answer.update(view, problems, (path) => {
        const key = fieldForPath(state, path);
        return key !== null && fields.has(key) ? key : null;
      });
      if (outputsNow) renderOutputs();
      else {
        clearTimeout(outputTimer);
        outputTimer = setTimeout(renderOutputs, OUTPUT_DELAY_MS);
      }
      if (files.rememberBox.checked) remember(caseFileText(state));
    }

    /** Builds the form for `state`: on a load, never while the person types. */
    function buildForm(): void {
      fields.clear();
      const c = ctx();
      const start = startSection(c);
      const one = partISection(c);
      const two = spousesSection(c);
      const three = itemsSection(c);
      const debts = debtsSection(c);
      const totals = totalsSection(c);
      const facts = formFactsSection(c);
      const after = afterFilingSection(c, today);
      sections = [start, one, two, three, debts, totals, facts, after];
      partI = one.element;
      rest = [
        two.element,
        three.element,
        debts.element,
        totals.element,
        facts.element,
        after.element,
        officialForm.element,
        sheet.element,
      ];
      form.replaceChildren(...sections.map((x) => x.element));
      sheet.titleSlot.replaceChildren(
        textField(c, {
          key: 'title',
          label: t.worksheet.title,
          help: t.worksheet.titleHelp,
          value: state.title,
          set: (v) => (state.title = v),
        }).element,
      );
    }

    /** Shows a case in the form; a case from a file shows every message at once. */
    function load(next: FormState, name: string, fromFile: boolean): void {
      state = next;
      fileName = name;
      touched.clear();
      buildForm();
      if (fromFile) for (const key of fields.keys()) touched.add(key);
      refresh(true);
    }

    /** Says what happened in the files section, and again in the new language after a switch. */
    const say = (status: () => Parameters<FileSection['showStatus']>) => {
      lastStatus = status;
      files.showStatus(...status());
    };

    function open(bytes: Uint8Array, name: string): void {
      const read = readCaseFile(bytes);
      if (!read.ok) {
        say(() => {
          const again = readCaseFile(bytes);
          return [t.files.notOpened(name), again.ok ? [] : [again.message], true];
        });
        return;
      }
      const loaded = stateFromCase(read.json);
      if (loaded.unrepresented.length > 0) {
        say(() => [
          t.files.notOpened(name),
          [
            t.fileProblems.notForm([...new Set(loaded.unrepresented.map(partWords))].join(', ')),
            t.files.unchanged,
          ],
          true,
        ]);
        return;
      }
      load(loaded.state, name, true);
      const issues = evaluation.issues;
      say(() => {
        const lines = issues.map((issue) => {
          const key = fieldForPath(state, issue.path);
          const label = (key !== null && fields.get(key)?.label()) || t.answer.wholeCase;
          return t.answer.problemItem(label, explainIssue(issue, state).text);
        });
        return [
          lines.length === 0
            ? t.files.opened(name)
            : t.files.openedWithProblems(name, lines.length),
          lines,
          lines.length > 0,
        ];
      });
    }

    files.fileInput.addEventListener('change', () => {
      const file = files.fileInput.files?.[0];
      // The same file can be opened again after editing it elsewhere.
      files.fileInput.value = '';
      if (!file) return;
      const name = terminalText(file.name);
      // The size first: a file over the limit is not read at all.
      const tooBig = fileSizeProblem(file.size);
      if (tooBig) {
        say(() => [t.files.notOpened(name), [limitMessage(tooBig)], true]);
        return;
      }
      void file.arrayBuffer().then(
        (buffer) => open(new Uint8Array(buffer), name),
        () => say(() => [t.files.couldNotRead(name), [], true]),
      );
    });
    files.saveCase.addEventListener('click', () => {
      const name = fileName;
      download(name, caseFileText(state));
      say(() => [t.files.saved(name)]);
    });
    answer.saveResult.addEventListener('click', () => {
      if (!evaluation.result) return;
      const name = `${fileName.replace(/\.json$/i, '')}-result.json`;
      download(name, resultJsonText(evaluation.result));
      say(() => [t.files.savedResult(name)]);
    });
    files.loadExample.addEventListener('click', () => {
      const example = examples.find((e) => e.name === files.exampleSelect.value);
      if (!example) return;
      load(stateFromCase(example.json).state, `${example.name}.json`, true);
      say(() => [
        t.files.loadedExample(bundledExamples().find((e) => e.name === example.name)?.title ?? ''),
      ]);
    });
    files.newCase.addEventListener('click', () => {
      load(emptyState(), 'case.json', false);
      say(() => [t.files.started]);
    });
    files.rememberBox.addEventListener('change', () => {
      if (!files.rememberBox.checked) {
        forget();
        say(() => [t.files.forgotten]);
      } else if (remember(caseFileText(state))) {
        say(() => [t.files.remembered]);
      } else {
        files.rememberBox.checked = false;
        say(() => [t.files.cannotRemember, [], true]);
      }
      rememberCase = files.rememberBox.checked;
    });

    const layout = h(
      'div',
      { class: 'layout' },
      h('main', { id: 'main' }, form, officialForm.element, sheet.element),
      answer.element,
    );
    // The language switch stays where it is, first in the header (and keeps the focus); the
    // rest is built anew.
    for (const old of [...header.children]) if (old !== languageSwitch.element) old.remove();
    header.append(
      h('h1', {}, t.page.heading),
      h('p', { class: 'lede' }, t.page.lede),
      files.element,
    );
    if (first) body.append(skipLink, header, layout);
    else body.querySelector(':scope > .layout')?.replaceWith(layout);
    unmount = () => {
      clearTimeout(outputTimer);
      sheet.dispose();
      kept = {
        worksheet: sheet.settings(),
        open: [...header.querySelectorAll('details'), ...layout.querySelectorAll('details')].map(
          (d) => d.open,
        ),
      };
    };

    if (!first) {
      files.rememberBox.checked = rememberCase;
      if (kept) sheet.restore(kept.worksheet);
      buildForm();
      refresh(true);
      if (lastStatus) files.showStatus(...lastStatus());
      if (kept) {
        const open = kept.open;
        [...header.querySelectorAll('details'), ...layout.querySelectorAll('details')].forEach(
          (d, i) => {
            if (open[i] !== undefined) d.open = open[i];
          },
        );
      }
      return;
    }

    const saved = rememberedCase();
    const restored = saved === null ? null : readCaseFile(new TextEncoder().encode(saved));
    const loaded = restored?.ok ? stateFromCase(restored.json) : null;
    if (loaded && loaded.unrepresented.length === 0) {
      files.rememberBox.checked = rememberCase = true;
      load(loaded.state, 'case.json', false);
      say(() => [t.files.restored]);
    } else {
      load(state, fileName, false);
    }
  }

  /** What a new build of the page takes over from the last: the worksheet's settings, what was open. */
  let kept: { worksheet: WorksheetSettings; open: boolean[] } | null = null;

  mount(true);
  languageSwitch.onChange((lang) => {
    const scroll = window.scrollY;
    unmount?.();
    setLanguage(lang);
    languageSwitch.relabel();
    mount(false);
    window.scrollTo(0, scroll);
  });
}
