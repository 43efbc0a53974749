/** The joint return's own totals, and the other spouse's past-due debts. */
import { DEBT_LABELS, DEBT_TYPES } from '../../../src/index.js';
import { JOINT_RETURN_FIELDS, type FormState, type JointReturnField } from '../form-state.js';
import { fieldId, h } from './dom.js';
import { registerRow, selectField, textField, type FormContext } from './fields.js';
import type { FormActions } from './form-view.js';

const TOTALS: Record<JointReturnField, { readonly label: string; readonly help: string }> = {
  totalIncome: { label: 'Line 9: total income', help: '' },
  adjustedGrossIncome: { label: 'Line 11: adjusted gross income', help: '' },
  taxableIncome: { label: 'Line 15: taxable income', help: '' },
  incomeTax: {
    label: 'Line 18: tax',
    help: 'Used as given: the tax the spouses share. Left blank, it is computed at married filing jointly rates.',
  },
  nonrefundableCredits: { label: 'Line 21: total nonrefundable credits', help: '' },
  otherTaxes: { label: 'Line 23: other taxes', help: '' },
  totalTax: { label: 'Line 24: total tax', help: '' },
  earnedIncomeCredit: {
    label: 'Line 27: earned income credit',
    help: 'Split between the spouses by earned income. Left blank, there is none.',
  },
  totalPayments: { label: 'Line 33: total payments', help: '' },
  overpayment: {
    label: 'Line 34: overpayment',
    help: 'A negative amount for an amount owed (line 37).',
  },
};

export function totalsSection(ctx: FormContext, state: FormState): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-totals' } },
    h('h2', { id: 'h-totals' }, 'Totals from the joint return (optional)'),
    h(
      'p',
      { class: 'help' },
      'Form 1040 figures. Except the tax and the earned income credit, they are only checked against the items: every difference is a warning naming the line.',
    ),
    h(
      'div',
      { class: 'grid' },
      ...JOINT_RETURN_FIELDS.map((f) =>
        textField(ctx, {
          key: `jointReturn.${f}`,
          label: TOTALS[f].label,
          value: state.jointReturn[f],
          set: (v) => (state.jointReturn[f] = v),
          kind: 'amount',
          ...(TOTALS[f].help ? { help: TOTALS[f].help } : {}),
        }),
      ),
    ),
  );
}

export function debtsSection(
  ctx: FormContext,
  state: FormState,
  actions: FormActions,
): HTMLElement {
  const rows = state.debts.map((debt, i) => {
    const base = `debts.${debt.id}`;
    const name = `Debt ${i + 1}`;
    const fields: HTMLElement[] = [
      selectField(ctx, {
        key: `${base}.type`,
        row: name,
        label: 'Kind of debt',
        value: debt.type,
        options: [['', 'Choose the kind'], ...DEBT_TYPES.map((t) => [t, DEBT_LABELS[t]] as const)],
        set: (v) => (debt.type = v as typeof debt.type),
      }),
      textField(ctx, {
        key: `${base}.amount`,
        row: name,
        label: 'Past-due amount',
        value: debt.amount,
        set: (v) => (debt.amount = v),
        kind: 'amount',
      }),
    ];
    if (state.communityProperty !== null || debt.arose !== '') {
      fields.push(
        selectField(ctx, {
          key: `${base}.arose`,
          row: name,
          label: 'When it arose',
          value: debt.arose,
          options: [
            ['', 'Not given'],
            ['beforeMarriage', 'Before the marriage'],
            ['duringMarriage', 'During the marriage'],
          ],
          set: (v) => (debt.arose = v as typeof debt.arose),
          help: 'Needed for a federal tax debt in a community property state.',
        }),
      );
    }
    fields.push(
      textField(ctx, {
        key: `${base}.date`,
        row: name,
        label: 'Date it became past due (optional)',
        value: debt.date,
        set: (v) => (debt.date = v),
        kind: 'date',
        help: 'YYYY-MM-DD; older debts of one kind are paid first.',
      }),
      textField(ctx, {
        key: `${base}.description`,
        row: name,
        label: 'Description (optional)',
        value: debt.description,
        set: (v) => (debt.description = v),
      }),
    );
    const remove = h(
      'button',
      { class: 'button-quiet', attrs: { type: 'button' } },
      `Remove debt ${i + 1}`,
    );
    remove.addEventListener('click', () => actions.removeDebt(debt.id));
    const first = fields[0]?.querySelector('select');
    const rowError = registerRow(ctx, base, name, first ?? remove);
    return h(
      'fieldset',
      { class: 'row', id: fieldId(base) },
      h('legend', {}, name),
      rowError,
      h('div', { class: 'row-fields' }, ...fields),
      remove,
    );
  });
  const add = h(
    'button',
    { id: fieldId('add.debt'), class: 'button', attrs: { type: 'button' } },
    'Add a debt',
  );
  add.addEventListener('click', () => actions.addDebt());
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-debts' } },
    h('h2', { id: 'h-debts' }, 'The other spouse’s past-due debts'),
    h(
      'p',
      { class: 'help' },
      'The debts the refund was (or will be) applied to, from the offset notice. They are paid in the order the law sets, whatever the order here.',
    ),
    ...rows,
    add,
  );
}
