/**
 * The form, built from the state: Form 8379 Part I first, the spouses, the items by the line of
 * the return they come from, the return's totals and the other spouse's debts. Built again when a
 * change alters which fields apply; typing only updates the state (see app.ts).
 */
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_LABELS,
  DEBT_TYPES,
  SUPPORTED_TAX_YEARS,
} from '../../../src/index.js';
import {
  JOINT_RETURN_FIELDS,
  type Answer,
  type FormState,
  type ItemFields,
  type JointReturnField,
  type PartIField,
  type SpouseRole,
} from '../form-state.js';
import { LINE_GROUPS, type LineGroup } from '../line-groups.js';
import { fieldId, h } from './dom.js';
import {
  checkboxField,
  choiceField,
  registerRow,
  selectField,
  textField,
  type FormContext,
  type Options,
} from './fields.js';

export interface FormActions {
  addItem(group: LineGroup): void;
  removeItem(id: number): void;
  addDebt(): void;
  removeDebt(id: number): void;
}

/** Nodes that live across rebuilds: a live region must exist before its text changes. */
export interface KeptNodes {
  readonly partIStop: HTMLElement;
}

export interface FormViewState {
  /** Item groups the user opened or closed, by kind; groups with rows start open. */
  readonly openGroups: Map<string, boolean>;
}

const PART_I_QUESTIONS: Record<PartIField, string> = {
  jointReturn: 'Line 2. Did (or will) you file a joint return?',
  debtOwedOnlyBySpouse:
    'Line 3. Did (or will) the IRS use the joint overpayment to pay a past-due debt owed only by your spouse (federal tax, state income tax, state unemployment compensation, child support, spousal support, or a federal nontax debt such as a student loan)?',
  injuredLegallyObligated: 'Line 4. Are you legally obligated to pay this past-due amount?',
  communityPropertyResident:
    'Line 5. Were you a resident of a community property state at any time during the tax year?',
  madePayments:
    'Line 6. Did you make and report payments, such as federal income tax withholding or estimated tax payments?',
  hadEarnedIncome:
    'Line 7. Did you have earned income, such as wages, salaries, or self-employment income?',
  claimsEicOrActc:
    'Line 8. Did (or will) you claim the earned income credit or additional child tax credit?',
  claimsOtherRefundableCredit: 'Line 9. Did (or will) you claim a refundable tax credit?',
};

const YES_NO: Options = [
  ['yes', 'Yes'],
  ['no', 'No'],
];

const FROM_ITEMS: Options = [['', 'Answer from the items'], ...YES_NO];

const OWNER_OPTIONS: Options = [
  ['', 'Choose whose it is'],
  ['injured', 'Injured spouse'],
  ['other', 'Other spouse'],
  ['joint', 'Joint (both)'],
];

const MARK_OPTIONS: Options = [['', 'Not marked'], ...YES_NO];

const STATE_NAMES: Record<(typeof COMMUNITY_PROPERTY_STATES)[number], string> = {
  AZ: 'Arizona',
  CA: 'California',
  ID: 'Idaho',
  LA: 'Louisiana',
  NV: 'Nevada',
  NM: 'New Mexico',
  TX: 'Texas',
  WA: 'Washington',
  WI: 'Wisconsin',
};

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

const answerSetter =
  (state: FormState, field: PartIField) =>
  (value: string): void => {
    state.partI[field] = value as Answer;
  };

function taxYearOptions(state: FormState): Options {
  const years = SUPPORTED_TAX_YEARS.map(String);
  // A year from a file outside the supported ones stays visible, with the schema's message.
  if (state.taxYear !== '' && !years.includes(state.taxYear)) years.push(state.taxYear);
  return [
    ['', 'Choose the year'],
    ...years
      .sort()
      .reverse()
      .map((y) => [y, y] as const),
  ];
}

function returnSection(ctx: FormContext, state: FormState): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-return' } },
    h('h2', { id: 'h-return' }, 'The return'),
    selectField(ctx, {
      key: 'taxYear',
      label: 'Line 1. Tax year of the joint return',
      value: state.taxYear,
      options: taxYearOptions(state),
      set: (v) => (state.taxYear = v),
      structural: true,
    }),
    textField(ctx, {
      key: 'title',
      label: 'Name of this case (optional)',
      value: state.title,
      set: (v) => (state.title = v),
      help: 'Printed on the worksheet, e.g. "Reyes 2024".',
    }),
  );
}

function partISection(
  ctx: FormContext,
  state: FormState,
  kept: KeptNodes,
  communityBlock: HTMLElement | null,
): HTMLElement {
  const question = (field: PartIField, structural = false) =>
    choiceField(ctx, {
      key: `partI.${field}`,
      legend: PART_I_QUESTIONS[field],
      value: state.partI[field],
      options: YES_NO,
      set: answerSetter(state, field),
      inline: true,
      structural,
    });
  const line5 = choiceField(ctx, {
    key: 'partI.communityPropertyResident',
    legend: PART_I_QUESTIONS.communityPropertyResident,
    // Not answered (a new case, a file without it): what the community property block says.
    value:
      state.partI.communityPropertyResident || (state.communityProperty === null ? 'no' : 'yes'),
    options: YES_NO,
    inline: true,
    structural: true,
    set: (v) => {
      state.partI.communityPropertyResident = v as Answer;
      if (v === 'yes') state.communityProperty ??= { states: [], wholeYear: true };
      else state.communityProperty = null;
    },
  });
  const derived = (
    ['madePayments', 'hadEarnedIncome', 'claimsEicOrActc', 'claimsOtherRefundableCredit'] as const
  ).map((field) =>
    choiceField(ctx, {
      key: `partI.${field}`,
      legend: PART_I_QUESTIONS[field],
      value: state.partI[field],
      options: FROM_ITEMS,
      set: answerSetter(state, field),
      inline: true,
    }),
  );
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'h-part1' } },
    h('h2', { id: 'h-part1' }, 'Part I: should you file Form 8379?'),
    h(
      'p',
      { class: 'help' },
      'You are the injured spouse: the spouse who does not owe the debt the joint refund was (or will be) applied to.',
    ),
    question('jointReturn'),
    question('debtOwedOnlyBySpouse'),
    question('injuredLegallyObligated'),
    kept.partIStop,
    line5,
    communityBlock,
    h(
      'details',
      { class: 'derived' },
      h('summary', {}, 'Lines 6 to 9: answered from the items unless you answer them'),
      h(
        'p',
        { class: 'help' },
        'An answer you give must agree with the items below; the calculator says so when it does not.',
      ),
      ...derived,
    ),
  );
}

function communityBlock(ctx: FormContext, state: FormState): HTMLElement | null {
  const cp = state.communityProperty;
  if (cp === null) return null;
  const key = 'communityProperty.states';
  const boxes = COMMUNITY_PROPERTY_STATES.map((code) => {
    const box = h('input', {
      id: fieldId(key, code),
      attrs: { type: 'checkbox', value: code, 'aria-describedby': fieldId(key, 'error') },
    });
    box.checked = cp.states.includes(code);
    box.addEventListener('change', () =>
      ctx.edit(
        key,
        () => {
          // Kept in the order ticked: the case lists the states so.
          cp.states = box.checked
            ? [...cp.states.filter((s) => s !== code), code]
            : cp.states.filter((s) => s !== code);
        },
        true,
      ),
    );
    return h('label', { class: 'option' }, box, h('span', {}, `${STATE_NAMES[code]} (${code})`));
  });
  const error = h('p', {
    id: fieldId(key, 'error'),
    class: 'field-error',
    attrs: { hidden: true },
  });
  ctx.fields.set(key, {
    key,
    label: 'Community property state',
    focusTarget: boxes[0]?.querySelector('input') ?? error,
    error,
    controls: boxes.map((b) => b.querySelector('input')).filter((b) => b !== null),
    filled: () => true,
  });
  return h(
    'div',
    { class: 'community' },
    h(
      'fieldset',
      { class: 'field choice' },
      h('legend', {}, 'Where you were domiciled (one state, or two that follow the same rule)'),
      error,
      h('div', { class: 'options options-grid' }, ...boxes),
    ),
    checkboxField(ctx, {
      key: 'communityProperty.wholeYear',
      label: 'Domiciled there the whole tax year',
      checked: cp.wholeYear,
      set: (v) => (cp.wholeYear = v),
      help: 'Part of the year only is not computed by this version.',
    }),
    h(
      'p',
      { class: 'help' },
      'Each item then has its character: community or separate, by the state’s rule unless you mark it.',
    ),
  );
}

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

function spousesSection(ctx: FormContext, state: FormState): HTMLElement {
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

function itemsSection(
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

function totalsSection(ctx: FormContext, state: FormState): HTMLElement {
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

function debtsSection(ctx: FormContext, state: FormState, actions: FormActions): HTMLElement {
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

export function buildForm(
  ctx: FormContext,
  state: FormState,
  view: FormViewState,
  kept: KeptNodes,
  actions: FormActions,
): HTMLElement {
  const form = h('form', {
    id: 'case-form',
    attrs: { novalidate: true, 'aria-label': 'The case' },
  });
  // Nothing is ever submitted: Enter in a field must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(
    returnSection(ctx, state),
    partISection(ctx, state, kept, communityBlock(ctx, state)),
    spousesSection(ctx, state),
    itemsSection(ctx, state, view, actions),
    totalsSection(ctx, state),
    debtsSection(ctx, state, actions),
  );
  return form;
}
