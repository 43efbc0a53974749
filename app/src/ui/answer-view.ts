/**
 * The answer beside the form: the injured spouse's refund, the offsets, the other spouse's
 * refund, the warnings, and what is left to fill in. Built once and updated in place, so screen
 * readers hear the refund change (an `output` is a polite live region).
 */
import { DEBT_LABELS, type DebtType } from '../../../src/index.js';
import { terminalText } from '../../../src/core/terminal-text.js';
import type { Evaluation } from '../evaluate.js';
import { money } from '../format.js';
import { h } from './dom.js';

/** A problem in the list: what the field is called, the message, and a way to get there. */
export interface Problem {
  readonly label: string;
  readonly message: string;
  readonly go: (() => void) | null;
}

export interface AnswerView {
  readonly element: HTMLElement;
  readonly saveResult: HTMLButtonElement;
  update(evaluation: Evaluation, problems: readonly Problem[]): void;
}

const debtLabel = (type: string) => DEBT_LABELS[type as DebtType] ?? type;

export function createAnswerView(): AnswerView {
  const refund = h('output', { id: 'refund', class: 'refund' });
  const figures = h('dl', { class: 'figures' });
  const stop = h('div', { class: 'notice stop', attrs: { hidden: true } });
  const problemList = h('ul', { class: 'problems' });
  const problems = h(
    'div',
    { attrs: { hidden: true } },
    h('h3', {}, 'To finish the form'),
    problemList,
  );
  const warningList = h('ul', { class: 'warnings' });
  const warnings = h(
    'div',
    { attrs: { hidden: true } },
    h('h3', {}, 'Check these first'),
    warningList,
  );
  const failure = h('p', { class: 'notice', attrs: { hidden: true, role: 'alert' } });
  const saveResult = h(
    'button',
    { class: 'button', attrs: { type: 'button', disabled: true } },
    'Save the result as JSON',
  );
  const element = h(
    'aside',
    { class: 'answer card', attrs: { 'aria-labelledby': 'h-answer' } },
    h('h2', { id: 'h-answer' }, 'The answer'),
    h(
      'div',
      { class: 'refund-box' },
      h('label', { attrs: { for: 'refund' } }, 'Estimated refund to the injured spouse'),
      refund,
    ),
    figures,
    stop,
    failure,
    problems,
    warnings,
    saveResult,
    h(
      'p',
      { class: 'help' },
      'An estimate of the IRS computation, not a determination: the IRS allocates the refund itself when it processes Form 8379.',
    ),
  );

  return {
    element,
    saveResult,
    update(evaluation, list) {
      const { result } = evaluation;
      refund.textContent = result
        ? money(result.summary.injuredSpouseRefund)
        : 'not computed yet: finish the form';
      refund.classList.toggle('refund-pending', result === null);
      figures.replaceChildren();
      if (result) {
        const s = result.summary;
        const row = (label: string, amount: string) =>
          figures.append(h('dt', {}, label), h('dd', {}, money(amount)));
        row('Joint overpayment', s.jointOverpayment);
        for (const o of s.offsets) row(`Applied to: ${debtLabel(o.type)}`, o.amount);
        row('Refund to the other spouse', s.otherSpouseRefund);
      }
      stop.hidden = evaluation.stop === null;
      stop.replaceChildren(
        ...(evaluation.stop
          ? [
              h(
                'strong',
                {},
                evaluation.stop.reason === 'no-overpayment'
                  ? 'Nothing to claim on Form 8379. '
                  : `Part I line ${evaluation.stop.line}: you are not an injured spouse for this return. `,
              ),
              evaluation.stop.advice,
            ]
          : []),
      );
      failure.hidden = evaluation.failure === null;
      failure.textContent = evaluation.failure
        ? `The calculator failed: ${evaluation.failure}. Please report it with the case (Save the case as JSON).`
        : '';
      problems.hidden = list.length === 0;
      problemList.replaceChildren(
        ...list.map((p) => {
          const text = terminalText(`${p.label}: ${p.message}`);
          if (!p.go) return h('li', {}, text);
          const go = h('button', { class: 'link', attrs: { type: 'button' } }, text);
          go.addEventListener('click', p.go);
          return h('li', {}, go);
        }),
      );
      const messages = result?.warnings ?? [];
      warnings.hidden = messages.length === 0;
      warningList.replaceChildren(...messages.map((w) => h('li', {}, terminalText(w.message))));
      saveResult.disabled = result === null;
    },
  };
}
