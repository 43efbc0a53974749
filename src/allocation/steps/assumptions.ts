import type { Form8379Case } from '../../input/schema.js';
import type { AppliedAssumption } from '../../trace/assumptions.js';
import type { MethodOptions } from '../options.js';
import { JOINT_PAYMENT_KINDS } from './part-three.js';

export interface AssumptionFlags {
  zeroTaxRatio: boolean;
  undatedDebts: boolean;
  creditsBelowZero: boolean;
  schedule1A: boolean;
  creditLimit: boolean;
}

/**
 * The [A] rules of the separate-property steps this computation relied on, with the options that
 * change them (the distribution strategy adds its own).
 */
export function appliedAssumptions(
  c: Form8379Case,
  o: MethodOptions,
  f: AssumptionFlags,
): AppliedAssumption[] {
  const list: AppliedAssumption[] = [];
  const jointItems = c.items.some(
    (i) => i.spouse === 'joint' && i.injuredShare === undefined && !JOINT_PAYMENT_KINDS.has(i.kind),
  );
  if (jointItems) {
    list.push({
      id: 'A-JOINT-EQUAL',
      rule: 'R-ALLOC-ITEM',
      option: null,
      value: null,
      alternatives: ['give the agreed split with "injuredShare" on the item'],
      text: 'Joint items without an agreed split ("injuredShare") are divided equally between the spouses.',
    });
  }
  if (f.zeroTaxRatio) {
    list.push({
      id: 'A-ZERO-TAX-RATIO',
      rule: 'R-TAX-RATIO',
      option: 'zeroTaxRatio',
      value: o.zeroTaxRatio,
      alternatives: ['taxable-income', 'equal'],
      text:
        o.zeroTaxRatio === 'equal'
          ? 'Both separate taxes are 0, so the ratio is one half.'
          : 'Both separate taxes are 0, so the ratio follows the separate taxable incomes (one half when both are 0).',
    });
  }
  if (f.creditsBelowZero) {
    list.push({
      id: 'A-CREDIT-FLOOR',
      rule: 'R-CREDITS',
      option: 'creditFloor',
      value: o.creditFloor,
      alternatives: ['none', 'per-spouse'],
      text:
        o.creditFloor === 'none'
          ? `A spouse's nonrefundable credits may take that spouse's net tax below 0, so the credit stays with the spouse it belongs to and the contributions add up to the joint overpayment${o.creditLimit === 'none' ? '; the joint overpayment is not limited by the Form 1040 rule that nonrefundable credits cannot exceed the tax (option creditLimit "none")' : ''}.`
          : "Each spouse's net tax is floored at 0 and the joint overpayment limits nonrefundable credits to the joint tax (as Form 1040 does); any difference is reported as unattributed.",
    });
  }
  if (f.creditLimit) {
    list.push({
      id: 'A-CREDIT-LIMIT',
      rule: 'R-CREDIT-LIMIT',
      option: 'creditLimit',
      value: o.creditLimit,
      alternatives: ['joint-tax', 'none'],
      text: "The credits entered above the joint tax are not used; the credits that are used (the joint tax) are split in proportion to each spouse's own credits.",
    });
  }
  if (f.undatedDebts) {
    list.push({
      id: 'A-UNDATED-DEBTS',
      rule: 'R-OFFSET-ORDER',
      option: 'undatedDebts',
      value: o.undatedDebts,
      alternatives: ['input-order', 'undated-first'],
      text:
        o.undatedDebts === 'input-order'
          ? 'Within one priority level, debts without a date come after dated ones, in the order given.'
          : 'Within one priority level, debts without a date come before dated ones, in the order given.',
    });
  }
  if (f.schedule1A) {
    list.push({
      id: 'A-SCHEDULE-1A',
      rule: 'R-SEP-TI',
      option: null,
      value: null,
      alternatives: [],
      text: "Schedule 1-A deductions (2025+) go to the spouse they relate to and reduce that spouse's separate taxable income (on line 15).",
    });
  }
  if (c.jointReturn.earnedIncomeCredit === undefined) {
    list.push({
      id: 'A-NO-EIC',
      rule: 'R-EIC-SPLIT',
      option: null,
      value: null,
      alternatives: ['give jointReturn.earnedIncomeCredit'],
      text: 'The case gives no earned income credit (jointReturn.earnedIncomeCredit), so none is allocated.',
    });
  }
  return list;
}
