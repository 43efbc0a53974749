/**
 * The answer. Beside the form at desktop width; on a phone, a bar at the bottom of the screen
 * that follows the person and opens to the full answer. It says how complete the answer is: "so
 * far" and what is missing, in one line, until the case is complete (progress.ts); then the
 * figure, the offsets and the next step. Built once and updated in place: the refund is an
 * `output`, a polite live region, so a screen reader hears it change.
 */
import { DEBT_TYPES, type DebtType } from '../../../src/index.js';
import { t } from '../i18n/index.js';
import { money } from '../format.js';
import { explainWarning } from '../messages.js';
import type { Missing } from '../progress.js';
import { h } from './dom.js';
import type { PageView } from './section.js';

const a = t.answer;

/** A problem at a field: what the field is called, the message, and where to go. */
export interface Problem {
  readonly label: string;
  readonly message: string;
  /** A field key or `#id`; null when no field shows it. */
  readonly target: string | null;
}

export interface AnswerCard {
  readonly element: HTMLElement;
  readonly saveResult: HTMLButtonElement;
  update(
    view: PageView,
    problems: readonly Problem[],
    fieldOfWarning: (path: string) => string | null,
  ): void;
}

function missingWord(m: Missing): string {
  switch (m.key) {
    case 'line34Apart':
      return a.missing.line34Apart(money(m.apart ?? '0'));
    case 'problems':
      return a.missing.problems(m.count ?? 0);
    default:
      return a.missing[m.key];
  }
}

function missingItem(m: Missing): string {
  switch (m.key) {
    case 'partI':
      return a.missingItem.partI(m.line ?? 2);
    case 'line34Apart':
      return a.missingItem.line34Apart(money(m.fromLines ?? '0'), money(m.onReturn ?? '0'));
    case 'problems':
      return '';
    default:
      return a.missingItem[m.key];
  }
}

const debtLabel = (type: string) =>
  (DEBT_TYPES as readonly string[]).includes(type) ? t.debts.types[type as DebtType] : type;

export function createAnswerCard(go: (target: string) => void): AnswerCard {
  const refund = h('output', { id: 'refund', class: 'refund' });
  const toggle = h(
    'button',
    {
      id: 'answer-toggle',
      class: 'button-quiet answer-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'answer-panel' },
    },
    a.open,
  );
  const whatIsMissing = h(
    'button',
    { id: 'what-is-missing', class: 'button', attrs: { type: 'button' } },
    a.whatIsMissing,
  );
  const figures = h('dl', { class: 'figures' });
  const stop = h('div', { class: 'notice stop' });
  const missingList = h('ul', { class: 'problems' });
  const missing = h('div', { class: 'missing' }, h('h3', {}, a.missingList), missingList);
  const warningList = h('ul', { class: 'warnings' });
  const warnings = h('div', {}, h('h3', {}, a.warnings), warningList);
  const failure = h('p', { class: 'notice', attrs: { role: 'alert' } });
  const nextPrint = h('a', { attrs: { href: '#worksheet-section' } }, a.nextPrint);
  const nextForm = h('a', { attrs: { href: '#official-form' } }, a.nextForm);
  const next = h('p', { class: 'next' }, h('strong', {}, a.next), ' ', nextPrint, ' · ', nextForm);
  const saveResult = h(
    'button',
    { class: 'button-quiet', attrs: { type: 'button', disabled: true } },
    a.saveResult,
  );
  const panel = h(
    'div',
    { id: 'answer-panel', class: 'answer-panel' },
    whatIsMissing,
    stop,
    figures,
    next,
    missing,
    warnings,
    failure,
    saveResult,
    h('p', { class: 'help' }, a.estimate),
  );
  const element = h(
    'aside',
    { id: 'answer', class: 'answer', attrs: { 'aria-labelledby': 'h-answer', tabindex: '-1' } },
    h(
      'div',
      { class: 'answer-bar' },
      h('h2', { id: 'h-answer' }, a.heading),
      h('div', { class: 'refund-box' }, h('label', { attrs: { for: 'refund' } }, a.label), refund),
      toggle,
    ),
    panel,
  );
  const setOpen = (open: boolean) => {
    element.classList.toggle('answer-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? a.close : a.open;
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  let firstMissing: string | null = null;
  whatIsMissing.addEventListener('click', () => {
    if (firstMissing === null) return;
    setOpen(false);
    go(firstMissing);
  });
  for (const link of [nextPrint, nextForm]) link.addEventListener('click', () => setOpen(false));

  let shownRefund = '';
  const list = (ul: HTMLElement, entries: readonly { text: string; target: string | null }[]) =>
    ul.replaceChildren(
      ...entries.map(({ text, target }) => {
        if (target === null) return h('li', {}, text);
        const button = h('button', { class: 'link', attrs: { type: 'button' } }, text);
        button.addEventListener('click', () => {
          setOpen(false);
          go(target);
        });
        return h('li', {}, button);
      }),
    );

  return {
    element,
    saveResult,
    update(view, problems, fieldOfWarning) {
      const { progress, evaluation } = view;
      const { result } = evaluation;
      const words = progress.missing.map(missingWord).join(', ');
      const text =
        progress.status === 'complete'
          ? money(progress.figure ?? '0')
          : progress.status === 'stopped'
            ? a.stopped
            : progress.status === 'so-far'
              ? a.soFar(money(progress.figure ?? '0'), words)
              : a.noFigure(words);
      if (text !== shownRefund) {
        shownRefund = text;
        refund.textContent = text;
        refund.classList.toggle('refund-pending', progress.status !== 'complete');
      }
      element.dataset.status = progress.status;

      firstMissing = progress.missing[0]?.target ?? null;
      whatIsMissing.hidden = firstMissing === null || progress.status === 'stopped';
      const entries: { text: string; target: string | null }[] = progress.missing
        .filter((m) => m.key !== 'problems')
        .map((m) => ({ text: missingItem(m), target: m.target }));
      for (const p of problems) {
        entries.push({ text: a.problemItem(p.label, p.message), target: p.target });
      }
      missing.hidden = entries.length === 0 || progress.status === 'stopped';
      list(missingList, entries);

      const s = evaluation.stop;
      stop.hidden = progress.status !== 'stopped' || s === null;
      stop.replaceChildren(
        ...(s && progress.status === 'stopped'
          ? [
              h(
                'strong',
                {},
                s.reason === 'no-overpayment' ? a.stopNoOverpayment : a.stopAtLine(s.line),
              ),
              t.stops[s.reason],
            ]
          : []),
      );

      figures.replaceChildren();
      if (result && progress.status !== 'stopped') {
        const sum = result.summary;
        const row = (label: string, amount: string) =>
          figures.append(h('dt', {}, label), h('dd', {}, money(amount)));
        row(a.overpayment, sum.jointOverpayment);
        for (const o of sum.offsets) row(a.appliedTo(debtLabel(o.type)), o.amount);
        row(a.otherRefund, sum.otherSpouseRefund);
      }
      next.hidden = progress.status !== 'complete';

      const found = (result?.warnings ?? []).map((w) => ({
        text: explainWarning(w).text,
        target: w.path === undefined ? null : fieldOfWarning(w.path),
      }));
      warnings.hidden = found.length === 0;
      list(warningList, found);

      failure.hidden = evaluation.failure === null;
      failure.textContent = evaluation.failure ? a.failed(evaluation.failure) : '';
      saveResult.disabled = result === null;
    },
  };
}
