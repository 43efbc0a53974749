/**
 * The return's other totals (Form 1040), optional: the tax and the earned income credit are used
 * as given, the rest only checked against the lines entered. Line 34 is asked for in Part III.
 */
import { t } from '../i18n/index.js';
import { JOINT_RETURN_FIELDS } from '../form-state.js';
import { h } from './dom.js';
import { textField } from './fields.js';
import type { FormContext, Section } from './section.js';

export function totalsSection(ctx: FormContext): Section {
  const { state } = ctx;
  const help = t.totals.help as Partial<Record<string, string>>;
  const fields = JOINT_RETURN_FIELDS.filter((f) => f !== 'overpayment').map((f) =>
    textField(ctx, {
      key: `jointReturn.${f}`,
      label: t.totals.labels[f],
      value: state.jointReturn[f],
      set: (v) => (state.jointReturn[f] = v),
      kind: 'amount',
      ...(help[f] ? { help: help[f] } : {}),
    }),
  );
  const details = h(
    'details',
    { class: 'card totals', id: 'totals' },
    h('summary', { class: 'card-summary' }, t.totals.summary),
    h('p', { class: 'help' }, t.totals.intro),
    h('div', { class: 'grid' }, ...fields.map((f) => f.element)),
  );
  // Open when the case gives any of them.
  details.open = fields.some((f) => f.filled());
  return { element: details, update() {} };
}
