/**
 * The start of a person's path: was the refund taken for the other spouse's debt? "No" ends it
 * here, with why Form 8379 is not needed; any other answer leads on to Part I.
 */
import { t } from '../i18n/index.js';
import type { StartAnswer } from '../form-state.js';
import { h } from './dom.js';
import { choiceField } from './fields.js';
import type { FormContext, Section } from './section.js';

export function startSection(ctx: FormContext): Section {
  const { state } = ctx;
  const notice = h('div', { class: 'notice stop', attrs: { 'aria-live': 'polite' } });
  const question = choiceField(ctx, {
    key: 'start',
    legend: t.start.question,
    value: state.start,
    options: [
      ['taken', t.start.taken],
      ['expected', t.start.expected],
      ['no', t.start.no],
    ],
    set: (v) => (state.start = v as StartAnswer),
  });
  let shown = false;
  return {
    element: h(
      'section',
      { class: 'card start', attrs: { 'aria-labelledby': 'h-start' } },
      h('h2', { id: 'h-start' }, t.start.heading),
      question.element,
      notice,
      h('p', { class: 'help' }, t.start.help),
    ),
    update() {
      const no = state.start === 'no';
      if (no === shown) return;
      shown = no;
      notice.replaceChildren(...(no ? [t.start.notForYou] : []));
    },
  };
}
