/** Form 8379 Part II: the two spouses, as the return shows them. */
import type { FormState, SpouseRole } from '../form-state.js';
import { h } from './dom.js';
import { checkboxField, choiceField, textField, type FormContext } from './fields.js';

function spouseFields(ctx: FormContext, state: FormState, role: SpouseRole): HTMLElement {
  const s = state.spouses[role];
  const base = `spouses.${role}`;
  const row = role === 'injured' ? 'Injured spouse' : 'Other spouse';
  return h(
    'fieldset',
    { class: 'spouse' },
    h(
      'legend',
      {},
      role === 'injured'
        ? 'Injured spouse (you: claiming the refund)'
        : 'Other spouse (owes the debt)',
    ),
    textField(ctx, {
      key: `${base}.name`,
      row,
      label: 'Name as shown on the return',
      value: s.name,
      set: (v) => (s.name = v),
      kind: 'name',
    }),
    textField(ctx, {
      key: `${base}.ssn`,
      row,
      label: 'Social security number (optional)',
      value: s.ssn,
      set: (v) => (s.ssn = v),
      kind: 'ssn',
      help: '9 digits; the worksheet shows only the last four unless you ask for all.',
    }),
    checkboxField(ctx, {
      key: `${base}.age65OrOlder`,
      label: 'Age 65 or older at the end of the year',
      checked: s.age65OrOlder,
      set: (v) => (s.age65OrOlder = v),
    }),
    checkboxField(ctx, {
      key: `${base}.blind`,
      label: 'Blind at the end of the year',
      checked: s.blind,
      set: (v) => (s.blind = v),
    }),
  );
}

export function spousesSection(ctx: FormContext, state: FormState): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-spouses' } },
    h('h2', { id: 'h-spouses' }, 'Part II: the spouses'),
    h(
      'div',
      { class: 'pair' },
      spouseFields(ctx, state, 'injured'),
      spouseFields(ctx, state, 'other'),
    ),
    choiceField(ctx, {
      key: 'shownFirst',
      legend: 'Whose name is shown first on the return?',
      help: 'Form 8379 line 10 lists the spouses in this order: the official form is filled only once it is given.',
      value: state.shownFirst,
      options: [
        ['injured', 'The injured spouse'],
        ['other', 'The other spouse'],
        ['', 'Not given'],
      ],
      set: (v) => (state.shownFirst = v as FormState['shownFirst']),
    }),
  );
}
