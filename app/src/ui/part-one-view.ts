/**
 * Form 8379 Part I: the questions in the form's words, the stop notice beside them, and the
 * community property block that line 5 yes opens.
 */
import { COMMUNITY_PROPERTY_STATES } from '../../../src/index.js';
import type { Answer, FormState, PartIField } from '../form-state.js';
import { fieldId, h } from './dom.js';
import { checkboxField, choiceField, YES_NO, type FormContext, type Options } from './fields.js';
import type { KeptNodes } from './form-view.js';

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

const FROM_ITEMS: Options = [['', 'Answer from the items'], ...YES_NO];

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

const answerSetter =
  (state: FormState, field: PartIField) =>
  (value: string): void => {
    state.partI[field] = value as Answer;
  };

export function partISection(
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

export function communityBlock(ctx: FormContext, state: FormState): HTMLElement | null {
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
