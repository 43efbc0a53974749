/**
 * Form 8379 Part III: the joint return line by line. First the figure to reach, the refund the
 * return claimed (Form 1040 line 34), and how far the lines entered are from it; then the
 * deduction and the lines, in the order of the return, each with the fields its kind and owner
 * need. A line is added from one list and removed by its own button; the other lines stay as
 * they are (nothing is rebuilt while the person types).
 */
import { Dec } from '../../../src/core/money.js';
import { DEPENDENT_CREDIT_KINDS, EARNED_KINDS, type ItemKind } from '../../../src/input/schema.js';
import { MAX_ITEMS } from '../limits.js';
import { t } from '../i18n/index.js';
import { money } from '../format.js';
import { newItem, type Answer, type FormState, type ItemFields } from '../form-state.js';
import { LINE_GROUPS, groupOf, orderOf } from '../line-groups.js';
import { fieldId, h } from './dom.js';
import { checkboxField, choiceField, rowMessages, textField, type Options } from './fields.js';
import type { FieldView, FormContext, PageView, Section } from './section.js';

const i = t.items;

/** More rows than a return has: the page lays out only those on screen (styles.css). */
const MANY_ROWS = 200;

/** The options of a mark, in the page's language as it is when a form is built. */
const markOptions = (): Options => [
  ['', i.notMarked],
  ['yes', t.partI.yes],
  ['no', t.partI.no],
];

interface Row {
  readonly item: ItemFields;
  readonly element: HTMLElement;
  readonly legend: HTMLElement;
  readonly remove: HTMLButtonElement;
  readonly first: FieldView;
  number: number;
}

function rowName(row: Row): string {
  return i.rowName(groupOf(row.item.kind).noun, row.number);
}

function buildRow(ctx: FormContext, item: ItemFields, onRemove: (row: Row) => void): Row {
  const { state } = ctx;
  const group = groupOf(item.kind);
  const base = `items.${item.id}`;
  const legend = h('legend', {});
  const remove = h('button', { class: 'button-quiet', attrs: { type: 'button' } });
  const self = { item, legend, remove, number: 0 } as Partial<Row> & { number: number };
  const name = () => rowName(self as Row);
  const noJoint = EARNED_KINDS.has(item.kind) || DEPENDENT_CREDIT_KINDS.has(item.kind);
  const cp = () => state.communityProperty;
  const owner = choiceField(ctx, {
    key: `${base}.spouse`,
    row: name,
    legend: i.owner,
    value: item.spouse,
    options: [
      ['injured', i.you],
      ['other', i.spouse],
      ['joint', i.both],
    ],
    inline: true,
    offers: (v) => v !== 'joint' || !noJoint,
    set: (v) => (item.spouse = v as ItemFields['spouse']),
  });
  const amount = (key: keyof ItemFields & string, label: string, applies?: () => boolean) =>
    textField(ctx, {
      key: `${base}.${key}`,
      row: name,
      label,
      value: String(item[key]),
      set: (v) => ((item as unknown as Record<string, string>)[key] = v),
      kind: 'amount',
      ...(key === 'injuredShare' ? { help: i.injuredShareHelp } : {}),
      ...(applies ? { applies } : {}),
    }).element;
  const fields: HTMLElement[] = [
    owner.element,
    amount('amount', i.amount),
    amount('withholding', i.withholding, () => group.withholding || item.withholding !== ''),
    amount(
      'injuredShare',
      i.injuredShare,
      () => item.spouse === 'joint' || item.injuredShare !== '',
    ),
    amount(
      'selfEmploymentTax',
      i.selfEmploymentTax,
      () => item.kind === 'selfEmployment' || item.selfEmploymentTax !== '',
    ),
    textField(ctx, {
      key: `${base}.description`,
      row: name,
      label: i.description,
      value: item.description,
      set: (v) => (item.description = v),
    }).element,
    choiceField(ctx, {
      key: `${base}.character`,
      row: name,
      legend: i.character,
      value: item.character,
      options: [
        ['', i.characterDefault],
        ['community', i.community],
        ['separate', i.separate],
      ],
      inline: true,
      applies: () => cp() !== null || item.character !== '',
      set: (v) => (item.character = v as ItemFields['character']),
    }).element,
    choiceField(ctx, {
      key: `${base}.fromSeparateProperty`,
      row: name,
      legend: i.fromSeparateProperty,
      value: item.fromSeparateProperty,
      options: markOptions(),
      inline: true,
      applies: () => cp() !== null || item.fromSeparateProperty !== '',
      set: (v) => (item.fromSeparateProperty = v as Answer),
    }).element,
    choiceField(ctx, {
      key: `${base}.jointManagement`,
      row: name,
      legend: i.jointManagement,
      value: item.jointManagement,
      options: markOptions(),
      inline: true,
      applies: () => (cp()?.states.includes('TX') ?? false) || item.jointManagement !== '',
      set: (v) => (item.jointManagement = v as Answer),
    }).element,
  ];
  const rowError = rowMessages(ctx, base, name, () => owner.focusTarget);
  const element = h(
    'fieldset',
    { class: 'row', id: fieldId(base), attrs: { 'data-kind': item.kind } },
    legend,
    h('p', { class: 'help' }, h('span', { class: 'row-line' }, `${group.lines}. `), group.help),
    rowError,
    h('div', { class: 'row-fields' }, ...fields),
    remove,
  );
  const row = Object.assign(self, { element, first: owner }) as Row;
  remove.addEventListener('click', () => onRemove(row));
  return row;
}

/** The figure to reach: line 34 against what the lines entered give. */
function progressText(view: PageView): string {
  const line = view.progress.line34;
  if (line === null || view.state.noReturnAtHand)
    return view.state.noReturnAtHand ? '' : i.progressNone;
  if (line.fromLines === null) return '';
  const apart = new Dec(line.onReturn).minus(line.fromLines);
  if (apart.isZero()) return i.progressDone(money(line.onReturn));
  const text = apart.abs().toFixed(2);
  return apart.isPositive()
    ? i.progressAway(money(line.fromLines), money(line.onReturn), money(text))
    : i.progressOver(money(line.fromLines), money(line.onReturn), money(text));
}

export function itemsSection(ctx: FormContext): Section {
  const { state } = ctx;
  const rows: Row[] = [];
  const list = h('div', { class: 'rows', id: 'item-rows' });

  const renumber = () => {
    const seen = new Map<ItemKind, number>();
    for (const row of rows) {
      const n = (seen.get(row.item.kind) ?? 0) + 1;
      seen.set(row.item.kind, n);
      if (row.number === n) continue;
      row.number = n;
      const name = rowName(row);
      row.legend.textContent = name;
      row.remove.textContent = i.remove(name);
    }
  };
  /** The rows in the order of the return; rows of one kind in the case's order. */
  const place = (row: Row) => {
    const at = rows.findIndex((r) => orderOf(r.item.kind) > orderOf(row.item.kind));
    if (at === -1) {
      rows.push(row);
      list.append(row.element);
    } else {
      list.insertBefore(row.element, rows[at]!.element);
      rows.splice(at, 0, row);
    }
  };

  const kindSelect = h(
    'select',
    { id: 'f-add-kind', class: 'input', attrs: { 'aria-describedby': 'f-add-kind-help' } },
    ...LINE_GROUPS.map((g) => h('option', { attrs: { value: g.kind } }, `${g.title} (${g.lines})`)),
  );
  const addButton = h(
    'button',
    { id: 'f-add-item', class: 'button', attrs: { type: 'button' } },
    i.addButton,
  );
  const full = h('p', { class: 'help', attrs: { 'aria-live': 'polite' } });

  const remove = (row: Row) => {
    ctx.edit('items', () => {
      state.items = state.items.filter((x) => x.id !== row.item.id);
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      ctx.unregister(`items.${row.item.id}`);
      renumber();
    });
    kindSelect.focus();
  };
  for (const item of state.items) place(buildRow(ctx, item, remove));
  renumber();

  addButton.addEventListener('click', () => {
    if (state.items.length >= MAX_ITEMS) return;
    const kind = kindSelect.value as ItemKind;
    let row: Row | undefined;
    ctx.edit('items', () => {
      const item = newItem(state, kind);
      state.items.push(item);
      row = buildRow(ctx, item, remove);
      place(row);
      renumber();
    });
    // To the new line's first question, whose it is.
    if (row) row.first.focusTarget.focus();
  });

  const line34 = textField(ctx, {
    key: 'jointReturn.overpayment',
    label: i.line34,
    help: i.line34Help,
    value: state.jointReturn.overpayment,
    set: (v) => (state.jointReturn.overpayment = v),
    kind: 'amount',
    describedBy: 'line34-progress',
  });
  const noReturn = checkboxField(ctx, {
    key: 'noReturnAtHand',
    label: i.noReturn,
    help: i.noReturnHelp,
    checked: state.noReturnAtHand,
    set: (v) => (state.noReturnAtHand = v),
  });
  const progress = h('p', {
    id: 'line34-progress',
    class: 'progress',
    attrs: { 'aria-live': 'polite' },
  });
  let progressShown = '';

  return {
    element: h(
      'section',
      { class: 'card', id: 'part-iii', attrs: { 'aria-labelledby': 'h-items' } },
      h('h2', { id: 'h-items' }, i.heading),
      h('p', { class: 'help' }, i.intro),
      h('div', { class: 'target' }, line34.element, progress, noReturn.element),
      choiceField(ctx, {
        key: 'deduction.kind',
        legend: i.deduction,
        value: state.deduction,
        options: [
          ['standard', i.standard],
          ['itemized', i.itemized],
        ],
        set: (v) => (state.deduction = v as FormState['deduction']),
      }).element,
      list,
      h(
        'div',
        { class: 'add-line field' },
        h('label', { attrs: { for: 'f-add-kind' } }, i.add),
        h('div', { class: 'add-controls' }, kindSelect, addButton),
        h('p', { id: 'f-add-kind-help', class: 'help' }, i.addHelp),
      ),
      full,
    ),
    update(view) {
      for (const option of kindSelect.options) {
        const kind = option.value as ItemKind;
        option.hidden =
          (kind === 'itemizedDeduction' && state.deduction !== 'itemized') ||
          (kind === 'schedule1ADeduction' &&
            /^\d{4}$/.test(state.taxYear) &&
            Number(state.taxYear) < 2025);
      }
      list.classList.toggle('many', rows.length > MANY_ROWS);
      const atLimit = state.items.length >= MAX_ITEMS;
      addButton.disabled = atLimit;
      full.textContent = atLimit ? i.full(MAX_ITEMS) : '';
      const text = progressText(view);
      if (text !== progressShown) {
        progressShown = text;
        progress.textContent = text;
      }
    },
  };
}
