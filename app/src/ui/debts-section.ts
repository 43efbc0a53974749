/** The other spouse's past-due debts the refund was (or will be) taken for. */
import { DEBT_TYPES } from '../../../src/index.js';
import { MAX_DEBTS } from '../limits.js';
import { t } from '../i18n/index.js';
import { newDebt, type DebtFields } from '../form-state.js';
import { fieldId, h } from './dom.js';
import { choiceField, rowMessages, textField } from './fields.js';
import type { FieldView, FormContext, Section } from './section.js';

const d = t.debts;

interface Row {
  readonly debt: DebtFields;
  readonly element: HTMLElement;
  readonly legend: HTMLElement;
  readonly remove: HTMLButtonElement;
  readonly first: FieldView;
  number: number;
}

function buildRow(ctx: FormContext, debt: DebtFields, onRemove: (row: Row) => void): Row {
  const { state } = ctx;
  const base = `debts.${debt.id}`;
  const legend = h('legend', {});
  const remove = h('button', { class: 'button-quiet', attrs: { type: 'button' } });
  const self = { debt, legend, remove, number: 0 } as Partial<Row> & { number: number };
  const name = () => d.row(self.number);
  const type = choiceField(ctx, {
    key: `${base}.type`,
    row: name,
    legend: d.type,
    value: debt.type,
    options: DEBT_TYPES.map((x) => [x, d.types[x]] as const),
    set: (v) => (debt.type = v as DebtFields['type']),
  });
  const fields = [
    type.element,
    textField(ctx, {
      key: `${base}.amount`,
      row: name,
      label: d.amount,
      value: debt.amount,
      set: (v) => (debt.amount = v),
      kind: 'amount',
    }).element,
    choiceField(ctx, {
      key: `${base}.arose`,
      row: name,
      legend: d.arose,
      value: debt.arose,
      options: [
        ['', d.aroseNotGiven],
        ['beforeMarriage', d.beforeMarriage],
        ['duringMarriage', d.duringMarriage],
      ],
      help: d.aroseHelp,
      applies: () => state.communityProperty !== null || debt.arose !== '',
      set: (v) => (debt.arose = v as DebtFields['arose']),
    }).element,
    textField(ctx, {
      key: `${base}.date`,
      row: name,
      label: d.date,
      value: debt.date,
      set: (v) => (debt.date = v),
      kind: 'date',
      help: d.dateHelp,
    }).element,
    textField(ctx, {
      key: `${base}.description`,
      row: name,
      label: d.description,
      value: debt.description,
      set: (v) => (debt.description = v),
    }).element,
  ];
  const rowError = rowMessages(ctx, base, name, () => type.focusTarget);
  const element = h(
    'fieldset',
    { class: 'row', id: fieldId(base) },
    legend,
    rowError,
    h('div', { class: 'row-fields' }, ...fields),
    remove,
  );
  const row = Object.assign(self, { element, first: type }) as Row;
  remove.addEventListener('click', () => onRemove(row));
  return row;
}

export function debtsSection(ctx: FormContext): Section {
  const { state } = ctx;
  const rows: Row[] = [];
  const list = h('div', { class: 'rows' });
  const renumber = () =>
    rows.forEach((row, n) => {
      if (row.number === n + 1) return;
      row.number = n + 1;
      row.legend.textContent = d.row(n + 1);
      row.remove.textContent = d.remove(n + 1);
    });
  const add = h(
    'button',
    { id: fieldId('add.debt'), class: 'button', attrs: { type: 'button' } },
    d.add,
  );
  const remove = (row: Row) => {
    ctx.edit('debts', () => {
      state.debts = state.debts.filter((x) => x.id !== row.debt.id);
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      ctx.unregister(`debts.${row.debt.id}`);
      renumber();
    });
    add.focus();
  };
  const place = (row: Row) => {
    rows.push(row);
    list.append(row.element);
  };
  for (const debt of state.debts) place(buildRow(ctx, debt, remove));
  renumber();
  add.addEventListener('click', () => {
    if (state.debts.length >= MAX_DEBTS) return;
    let row: Row | undefined;
    ctx.edit('debts', () => {
      const debt = newDebt(state);
      state.debts.push(debt);
      row = buildRow(ctx, debt, remove);
      place(row);
      renumber();
    });
    if (row) row.first.focusTarget.focus();
  });
  return {
    element: h(
      'section',
      { class: 'card', id: 'debts', attrs: { 'aria-labelledby': 'h-debts' } },
      h('h2', { id: 'h-debts' }, d.heading),
      h('p', { class: 'help' }, d.intro),
      list,
      add,
    ),
    update() {
      add.disabled = state.debts.length >= MAX_DEBTS;
    },
  };
}
