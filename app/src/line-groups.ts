/**
 * The form's item groups: one per line of the joint return an item kind comes from, in the order
 * of Form 1040 and its schedules (docs/case-format.md, "From the return to the case"), so a user
 * can copy the return from top to bottom. Pure data, no DOM.
 */
import type { ItemKind } from '../../src/index.js';

export interface LineGroup {
  /** The item kind the group's rows have. */
  readonly kind: ItemKind;
  /** The group's heading. */
  readonly title: string;
  /** Where the figure is on the return. */
  readonly lines: string;
  /** One or two sentences: what to enter and whose it is. */
  readonly help: string;
  /** The word for one row, in "Add ..." and the row's name. */
  readonly noun: string;
  /** Income items carry the tax withheld from them. */
  readonly withholding: boolean;
}

export const LINE_GROUPS: readonly LineGroup[] = [
  {
    kind: 'wages',
    title: 'Wages, salaries, tips',
    lines: 'Form 1040 line 1a to 1z',
    help: 'One row per Form W-2: box 1 as the amount, box 2 as the tax withheld. Wages belong to the spouse who earned them, never to both.',
    noun: 'wages',
    withholding: true,
  },
  {
    kind: 'interest',
    title: 'Taxable interest',
    lines: 'Form 1040 line 2b',
    help: 'Interest belongs to the owner of the account; a joint account is split as the spouses agree, or equally.',
    noun: 'interest',
    withholding: true,
  },
  {
    kind: 'qualifiedDividends',
    title: 'Qualified dividends',
    lines: 'Form 1040 line 3a',
    help: 'Line 3a. Enter only the rest of line 3b as ordinary dividends below, so the two add up to line 3b.',
    noun: 'qualified dividends',
    withholding: true,
  },
  {
    kind: 'dividends',
    title: 'Ordinary dividends other than qualified',
    lines: 'Form 1040 line 3b minus line 3a',
    help: 'Line 3b less line 3a: the qualified part is entered above.',
    noun: 'ordinary dividends',
    withholding: true,
  },
  {
    kind: 'pension',
    title: 'IRA distributions, pensions and annuities',
    lines: 'Form 1040 lines 4b and 5b',
    help: 'The taxable amounts, to the owner of the account or plan.',
    noun: 'pension or IRA',
    withholding: true,
  },
  {
    kind: 'socialSecurity',
    title: 'Taxable social security benefits',
    lines: 'Form 1040 line 6b',
    help: 'The taxable part at the joint-return amount, to the spouse who received the benefits.',
    noun: 'social security',
    withholding: true,
  },
  {
    kind: 'capitalGain',
    title: 'Capital gain or loss',
    lines: 'Form 1040 line 7',
    help: 'At the joint-return amount, to the owner of the asset. A loss is entered with a minus sign, at most -3,000.00 for all rows together.',
    noun: 'capital gain or loss',
    withholding: true,
  },
  {
    kind: 'selfEmployment',
    title: 'Business and farm income',
    lines: 'Schedule 1 lines 3 and 6 (Schedule C, Schedule F)',
    help: 'Net profit (a loss with a minus sign) of the spouse whose business it is, with its self-employment tax from Schedule SE.',
    noun: 'business income',
    withholding: true,
  },
  {
    kind: 'unemployment',
    title: 'Unemployment compensation',
    lines: 'Schedule 1 line 7',
    help: 'To the spouse who received it.',
    noun: 'unemployment',
    withholding: true,
  },
  {
    kind: 'otherIncome',
    title: 'Other income',
    lines: 'Schedule 1 lines 1, 2a, 4, 5 and 8',
    help: 'State refunds, alimony received, other gains, rents and royalties (Schedule E), other income; may be negative.',
    noun: 'other income',
    withholding: true,
  },
  {
    kind: 'adjustment',
    title: 'Adjustments to income',
    lines: 'Schedule 1 lines 11 to 24',
    help: 'Educator expenses, HSA, IRA and retirement plan deductions, student loan interest and others, to the spouse who would claim them on a separate return. Not the deductible half of self-employment tax: it is computed.',
    noun: 'adjustment',
    withholding: false,
  },
  {
    kind: 'itemizedDeduction',
    title: 'Itemized deductions',
    lines: 'Form 1040 line 12 (Schedule A)',
    help: 'Only when the return itemizes: each spouse’s own, joint ones as the spouses agree.',
    noun: 'itemized deduction',
    withholding: false,
  },
  {
    kind: 'qbiDeduction',
    title: 'Qualified business income deduction',
    lines: 'Form 1040 line 13',
    help: 'By each spouse’s share of the qualified business income.',
    noun: 'QBI deduction',
    withholding: false,
  },
  {
    kind: 'schedule1ADeduction',
    title: 'Schedule 1-A deductions',
    lines: 'Schedule 1-A (tax year 2025 on)',
    help: 'Tips, overtime, car loan interest and the senior deduction, to the spouse they relate to.',
    noun: 'Schedule 1-A deduction',
    withholding: false,
  },
  {
    kind: 'childTaxCredit',
    title: 'Child tax credit',
    lines: 'Form 1040 line 19 (Schedule 8812)',
    help: 'To the spouse who would claim the child on a separate return; with children of both, one row per spouse.',
    noun: 'child tax credit',
    withholding: false,
  },
  {
    kind: 'otherDependentsCredit',
    title: 'Credit for other dependents',
    lines: 'Form 1040 line 19 (Schedule 8812)',
    help: 'To the spouse who would claim the dependent on a separate return.',
    noun: 'credit for other dependents',
    withholding: false,
  },
  {
    kind: 'childCareCredit',
    title: 'Child and dependent care credit',
    lines: 'Schedule 3 line 2 (Form 2441)',
    help: 'To the spouse who would claim the child or dependent on a separate return.',
    noun: 'child and dependent care credit',
    withholding: false,
  },
  {
    kind: 'educationCredit',
    title: 'Education credits',
    lines: 'Schedule 3 line 3 (Form 8863)',
    help: 'To the spouse who would claim the student: the student’s own spouse, or the spouse who would claim the dependent.',
    noun: 'education credit',
    withholding: false,
  },
  {
    kind: 'nonrefundableCredit',
    title: 'Other nonrefundable credits',
    lines: 'Schedule 3 lines 1 and 4 to 7',
    help: 'Foreign tax, retirement savings, energy and other nonrefundable credits, to the spouse who would claim them. Not the earned income credit.',
    noun: 'nonrefundable credit',
    withholding: false,
  },
  {
    kind: 'otherTax',
    title: 'Other taxes',
    lines: 'Schedule 2 lines 5 to 17',
    help: 'Additional Medicare Tax, net investment income tax, household employment and other taxes, to the spouse they arise from. Self-employment tax goes with the business income above.',
    noun: 'other tax',
    withholding: false,
  },
  {
    kind: 'withholding',
    title: 'Other federal tax withheld',
    lines: 'Form 1040 lines 25b and 25c, Schedule 3 line 11',
    help: 'Withholding not entered with an income row above: Forms 1099 and W-2G, excess social security tax, to the spouse it was withheld from.',
    noun: 'withholding',
    withholding: false,
  },
  {
    kind: 'estimatedPayment',
    title: 'Estimated tax payments',
    lines: 'Form 1040 line 26, Schedule 3 line 10',
    help: 'Each spouse’s own; joint payments as agreed, otherwise split by separate tax. An extension payment counts here too.',
    noun: 'estimated payment',
    withholding: false,
  },
  {
    kind: 'priorYearOverpayment',
    title: 'Overpayment applied from the prior year',
    lines: 'Form 1040 line 26',
    help: 'Joint when it came from a joint return; otherwise the spouse whose return it came from.',
    noun: 'prior-year overpayment',
    withholding: false,
  },
  {
    kind: 'additionalChildTaxCredit',
    title: 'Additional child tax credit',
    lines: 'Form 1040 line 28',
    help: 'To the spouse who would claim the child on a separate return.',
    noun: 'additional child tax credit',
    withholding: false,
  },
  {
    kind: 'refundableCredit',
    title: 'Other refundable credits',
    lines: 'Form 1040 line 29, Schedule 3 lines 9, 12 and 13',
    help: 'American opportunity credit (refundable part), net premium tax credit and other refundable credits. The earned income credit is entered with the return’s totals below.',
    noun: 'refundable credit',
    withholding: false,
  },
];

export function groupOf(kind: ItemKind): LineGroup {
  const group = LINE_GROUPS.find((g) => g.kind === kind);
  if (!group) throw new Error(`no form group for the item kind ${kind}`);
  return group;
}
