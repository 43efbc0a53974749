/** Form 8379 Part II: the two of you, as the return shows you, and whose name comes first. */
import { t } from '../i18n/index.js';
import type { FormState, SpouseRole } from '../form-state.js';
import { h } from './dom.js';
import { checkboxField, choiceField, textField } from './fields.js';
import type { FormContext, Section } from './section.js';

function spouseFields(ctx: FormContext, role: SpouseRole): HTMLElement {
  const s = ctx.state.spouses[role];
  const base = `spouses.${role}`;
  const row = () => (role === 'injured' ? t.spouses.injuredRow : t.spouses.otherRow);
  return h(
    'fieldset',
    { class: 'spouse' },
    h('legend', {}, role === 'injured' ? t.spouses.injured : t.spouses.other),
    textField(ctx, {
      key: `${base}.name`,
      row,
      label: t.spouses.name,
      value: s.name,
      set: (v) => (s.name = v),
      kind: 'name',
    }).element,
    textField(ctx, {
      key: `${base}.ssn`,
      row,
      label: t.spouses.ssn,
      value: s.ssn,
      set: (v) => (s.ssn = v),
      kind: 'ssn',
      help: t.spouses.ssnHelp,
    }).element,
    checkboxField(ctx, {
      key: `${base}.age65OrOlder`,
      row,
      label: t.spouses.age65,
      checked: s.age65OrOlder,
      set: (v) => (s.age65OrOlder = v),
    }).element,
    checkboxField(ctx, {
      key: `${base}.blind`,
      row,
      label: t.spouses.blind,
      checked: s.blind,
      set: (v) => (s.blind = v),
    }).element,
  );
}

export function spousesSection(ctx: FormContext): Section {
  const { state } = ctx;
  return {
    element: h(
      'section',
      { class: 'card', id: 'part-ii', attrs: { 'aria-labelledby': 'h-spouses' } },
      h('h2', { id: 'h-spouses' }, t.spouses.heading),
      h('div', { class: 'pair' }, spouseFields(ctx, 'injured'), spouseFields(ctx, 'other')),
      choiceField(ctx, {
        key: 'shownFirst',
        legend: t.spouses.shownFirst,
        help: t.spouses.shownFirstHelp,
        value: state.shownFirst,
        // Not answered: neither is checked (the official form waits for the answer).
        options: [
          ['injured', t.spouses.shownFirstInjured],
          ['other', t.spouses.shownFirstOther],
        ],
        inline: true,
        set: (v) => (state.shownFirst = v as FormState['shownFirst']),
      }).element,
    ),
    update() {},
  };
}
