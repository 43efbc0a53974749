import type { CaseItem, DebtType, ItemKind } from '../input/schema.js';
import { DEBT_TYPES } from '../input/schema.js';

/** Part III line numbers of the Nov 2023 revision of Form 8379. */
export type PartIIILineId = '13a' | '13b' | '14' | '15' | '16' | '17' | '18' | '19' | '20';

/** Part III lines in form order (object keys such as "14" would sort before "13a"). */
export const PART_III_LINE_IDS: readonly PartIIILineId[] = [
  '13a',
  '13b',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
];

export const PART_III_LABELS: Readonly<Record<PartIIILineId, string>> = {
  '13a': 'Income reported on Form(s) W-2',
  '13b': 'All other income',
  '14': 'Adjustments to income',
  '15': 'Standard deduction or itemized deductions',
  '16': 'Nonrefundable credits',
  '17': 'Refundable credits (do not include any earned income credit)',
  '18': 'Other taxes',
  '19': 'Federal income tax withheld',
  '20': 'Payments',
};

/** The line an item kind's amount goes to (withholding on any item goes to line 19). */
export const LINE_OF_KIND: Readonly<Record<ItemKind, PartIIILineId>> = {
  wages: '13a',
  selfEmployment: '13b',
  interest: '13b',
  dividends: '13b',
  qualifiedDividends: '13b',
  capitalGain: '13b',
  unemployment: '13b',
  pension: '13b',
  socialSecurity: '13b',
  otherIncome: '13b',
  adjustment: '14',
  schedule1ADeduction: '15',
  qbiDeduction: '15',
  itemizedDeduction: '15',
  childTaxCredit: '16',
  otherDependentsCredit: '16',
  childCareCredit: '16',
  educationCredit: '16',
  nonrefundableCredit: '16',
  refundableCredit: '17',
  additionalChildTaxCredit: '17',
  otherTax: '18',
  withholding: '19',
  estimatedPayment: '20',
  priorYearOverpayment: '20',
};

/** IRC 6402 priority of each debt type (1 = offset first). */
export const OFFSET_PRIORITY: Readonly<Record<DebtType, number>> = Object.fromEntries(
  DEBT_TYPES.map((t, i) => [t, i + 1]),
) as Record<DebtType, number>;

export const DEBT_LABELS: Readonly<Record<DebtType, string>> = {
  federalTax: 'Federal tax',
  childSupport: 'Past-due child support',
  spousalSupport: 'Past-due spousal support',
  federalNontax: 'Federal agency nontax debt',
  stateIncomeTax: 'State income tax',
  stateUnemployment: 'State unemployment compensation debt',
};

/** `items[3] interest (joint)` or the item's description. */
export function itemLabel(item: CaseItem, index: number): string {
  const who =
    item.spouse === 'joint'
      ? 'joint'
      : item.spouse === 'injured'
        ? 'injured spouse'
        : 'other spouse';
  const desc = item.description ? `: ${item.description}` : '';
  return `items[${index}] ${item.kind} (${who})${desc}`;
}
