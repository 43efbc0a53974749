/**
 * The form, built from the state: Form 8379 Part I first, the spouses, the items by the line of
 * the return they come from, the return's totals and the other spouse's debts. Built again when a
 * change alters which fields apply; typing only updates the state (see app.ts).
 */
import { SUPPORTED_TAX_YEARS } from '../../../src/index.js';
import type { FormState } from '../form-state.js';
import type { LineGroup } from '../line-groups.js';
import { h } from './dom.js';
import { selectField, textField, type FormContext, type Options } from './fields.js';
import { itemsSection } from './items-view.js';
import { communityBlock, partISection } from './part-one-view.js';
import { spousesSection } from './spouses-view.js';
import { debtsSection, totalsSection } from './totals-debts-view.js';

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
