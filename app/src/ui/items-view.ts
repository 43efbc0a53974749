/**
 * Form 8379 Part III: the deduction and every item of the return, grouped by the line it comes
 * from (line-groups.ts), each row with the fields its kind and owner need.
 */
import type { Answer, FormState, ItemFields } from '../form-state.js';
import { LINE_GROUPS, type LineGroup } from '../line-groups.js';
import { fieldId, h } from './dom.js';
import {
  choiceField,
  registerRow,
  selectField,
  textField,
  YES_NO,
  type FormContext,
  type Options,
} from './fields.js';
import type { FormActions, FormViewState } from './form-view.js';

const OWNER_OPTIONS: Options = [
  ['', 'Choose whose it is'],
  ['injured', 'Injured spouse'],
  ['other', 'Other spouse'],
  ['joint', 'Joint (both)'],
];

const MARK_OPTIONS: Options = [['', 'Not marked'], ...YES_NO];

function visibleGroups(state: FormState): LineGroup[] {
  const has = (kind: string) => state.items.some((i) => i.kind === kind);
  return LINE_GROUPS.filter((g) => {
    if (has(g.kind)) return true;
    if (g.kind === 'itemizedDeduction') return state.deduction === 'itemized';
    if (g.kind === 'schedule1ADeduction')
      return state.taxYear === '' || Number(state.taxYear) >= 2025;
    return true;
  });
}

function itemRow(
  ctx: FormContext,
  state: FormState,
  group: LineGroup,
  item: ItemFields,
  number: number,
  actions: FormActions,
): HTMLElement {
  const base = `items.${item.id}`;
  const name = `${group.noun[0]?.toUpperCase() ?? ''}${group.noun.slice(1)} ${number}`;
  const cp = state.communityProperty;
  const fields: HTMLElement[] = [
    selectField(ctx, {
      key: `${base}.spouse`,
      row: name,
      label: 'Whose it is',
      value: item.spouse,
      options: OWNER_OPTIONS,
      set: (v) => (item.spouse = v as ItemFields['spouse']),
      structural: true,
    }),
    textField(ctx, {
      key: `${base}.amount`,
      row: name,
      label: 'Amount',
      value: item.amount,
      set: (v) => (item.amount = v),
      kind: 'amount',
    }),
  ];
  if (group.withholding || item.withholding !== '') {
    fields.push(
      textField(ctx, {
        key: `${base}.withholding`,
        row: name,
        label: 'Federal tax withheld',
        value: item.withholding,
        set: (v) => (item.withholding = v),
        kind: 'amount',
      }),
    );
  }
  if (item.spouse === 'joint' || item.injuredShare !== '') {
    fields.push(
      textField(ctx, {
        key: `${base}.injuredShare`,
        row: name,
        label: 'Injured spouse’s agreed part',
        value: item.injuredShare,
        set: (v) => (item.injuredShare = v),
        kind: 'amount',
        help: 'Blank: split equally.',
      }),
    );
  }
  if (item.kind === 'selfEmployment' || item.selfEmploymentTax !== '') {
    fields.push(
      textField(ctx, {
        key: `${base}.selfEmploymentTax`,
        row: name,
        label: 'Self-employment tax (Schedule SE)',
        value: item.selfEmploymentTax,
        set: (v) => (item.selfEmploymentTax = v),
        kind: 'amount',
      }),
    );
  }
  fields.push(
    textField(ctx, {
      key: `${base}.description`,
      row: name,
      label: 'Description (optional)',
      value: item.description,
      set: (v) => (item.description = v),
    }),
  );
  if (cp !== null || item.character !== '') {
    fields.push(
      selectField(ctx, {
        key: `${base}.character`,
        row: name,
        label: 'Character',
        value: item.character,
        options: [
          ['', 'The state’s default'],
          ['community', 'Community'],
          ['separate', 'Separate'],
        ],
        set: (v) => (item.character = v as ItemFields['character']),
      }),
    );
  }
  if (cp !== null || item.fromSeparateProperty !== '') {
    fields.push(
      selectField(ctx, {
        key: `${base}.fromSeparateProperty`,
        row: name,
        label: 'From separate property',
        value: item.fromSeparateProperty,
        options: MARK_OPTIONS,
        set: (v) => (item.fromSeparateProperty = v as Answer),
      }),
    );
  }
  if (cp?.states.includes('TX') || item.jointManagement !== '') {
    fields.push(
      selectField(ctx, {
        key: `${base}.jointManagement`,
        row: name,
        label: 'Joint management (Texas)',
        value: item.jointManagement,
        options: MARK_OPTIONS,
        set: (v) => (item.jointManagement = v as Answer),
      }),
    );
  }
  const remove = h(
    'button',
    { class: 'button-quiet', attrs: { type: 'button' } },
    `Remove ${name.toLowerCase()}`,
  );
  remove.addEventListener('click', () => actions.removeItem(item.id));
  const firstControl = fields[0]?.querySelector('select, input');
  const rowError = registerRow(
    ctx,
    base,
    name,
    firstControl instanceof HTMLElement ? firstControl : remove,
  );
  return h(
    'fieldset',
    { class: 'row', id: fieldId(base) },
    h('legend', {}, name),
    rowError,
    h('div', { class: 'row-fields' }, ...fields),
    remove,
  );
}

export function itemsSection(
  ctx: FormContext,
  state: FormState,
  view: FormViewState,
  actions: FormActions,
): HTMLElement {
  const groups = visibleGroups(state).map((group) => {
    const rows = state.items.filter((i) => i.kind === group.kind);
    const add = h(
      'button',
      { id: fieldId(`add.${group.kind}`), class: 'button', attrs: { type: 'button' } },
      `Add ${group.noun}`,
    );
    add.addEventListener('click', () => actions.addItem(group));
    const details = h(
      'details',
      { class: 'group', id: fieldId(`group.${group.kind}`) },
      h(
        'summary',
        {},
        h('span', { class: 'group-title' }, group.title),
        h('span', { class: 'group-lines' }, ` ${group.lines}`),
        rows.length > 0 ? h('span', { class: 'count' }, ` (${rows.length})`) : null,
      ),
      h('p', { class: 'help' }, group.help),
      ...rows.map((item, i) => itemRow(ctx, state, group, item, i + 1, actions)),
      add,
    );
    details.open = view.openGroups.get(group.kind) ?? rows.length > 0;
    details.addEventListener('toggle', () => view.openGroups.set(group.kind, details.open));
    return details;
  });
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-items' } },
    h('h2', { id: 'h-items' }, 'Part III: income, deductions, credits and payments'),
    h(
      'p',
      { class: 'help' },
      'Copy the joint return line by line. Each row goes to the spouse it belongs to; a joint row is split as agreed, or equally. Amounts such as 61,250.00 or 1234.5: no dollar sign, a minus sign for a loss.',
    ),
    choiceField(ctx, {
      key: 'deduction.kind',
      legend: 'Line 12. Deduction',
      value: state.deduction,
      options: [
        ['standard', 'Standard deduction (computed)'],
        ['itemized', 'Itemized deductions (Schedule A, entered below)'],
      ],
      set: (v) => (state.deduction = v as FormState['deduction']),
      structural: true,
    }),
    ...groups,
  );
}
