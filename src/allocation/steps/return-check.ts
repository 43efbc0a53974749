import type { ResultWarning } from '../../trace/warnings.js';
import { JOINT_RETURN_LINES, type Form8379Case } from '../../input/schema.js';
import { Dec, ZERO, maxDec, addDec, subDec } from '../../core/money.js';
import { m } from '../../trace/figures.js';

/** The `jointReturn` figures compared with the items (all but the EIC and the overpayment). */
export type CheckedReturnField =
  | 'totalIncome'
  | 'adjustedGrossIncome'
  | 'taxableIncome'
  | 'incomeTax'
  | 'nonrefundableCredits'
  | 'otherTaxes'
  | 'totalTax'
  | 'totalPayments';

const LABELS: Readonly<Record<CheckedReturnField, string>> = {
  totalIncome: 'total income',
  adjustedGrossIncome: 'adjusted gross income',
  taxableIncome: 'taxable income',
  incomeTax: 'tax',
  nonrefundableCredits: 'total nonrefundable credits',
  otherTaxes: 'other taxes',
  totalTax: 'total tax',
  totalPayments: 'total payments',
};

/** One figure of the joint return set beside the same figure computed from the items. */
export interface ReturnFigureCheck {
  readonly field: CheckedReturnField;
  /** The Form 1040 line, as numbered on the 2024 form (the 2025 form renumbers some). */
  readonly line: string;
  readonly label: string;
  readonly onReturn: Dec;
  readonly fromItems: Dec;
  /** onReturn - fromItems. */
  readonly difference: Dec;
}

/** The joint figures of the items, in Form 1040 terms. */
export interface ItemTotals {
  readonly totalIncome: Dec;
  readonly adjustments: Dec;
  /** Line 12 + 13 (+ Schedule 1-A): deduction, QBI and Schedule 1-A deductions. */
  readonly deductions: Dec;
  /** Married-filing-jointly tax of the items' taxable income. */
  readonly incomeTaxOfItems: Dec;
  /** The income tax the allocation shares (the return's when given). */
  readonly incomeTaxUsed: Dec;
  /** Nonrefundable credits as entered on the items. */
  readonly credits: Dec;
  readonly otherTaxes: Dec;
  /** Withholding + estimated payments + EIC + refundable credits. */
  readonly payments: Dec;
}

/**
 * R-RETURN-CHECK: every total the case gives from the joint return, compared with the same total
 * of the items. Each difference is a warning that names the Form 1040 line and both figures.
 */
export function checkReturnFigures(
  c: Form8379Case,
  t: ItemTotals,
): { checks: ReturnFigureCheck[]; warnings: ResultWarning[] } {
  const agi = subDec(t.totalIncome, t.adjustments);
  const fromItems: Record<CheckedReturnField, Dec> = {
    totalIncome: t.totalIncome,
    adjustedGrossIncome: agi,
    taxableIncome: maxDec(subDec(agi, t.deductions), ZERO),
    incomeTax: t.incomeTaxOfItems,
    nonrefundableCredits: t.credits,
    otherTaxes: t.otherTaxes,
    totalTax: addDec(maxDec(subDec(t.incomeTaxUsed, t.credits), ZERO), t.otherTaxes),
    totalPayments: t.payments,
  };
  const checks: ReturnFigureCheck[] = [];
  const warnings: ResultWarning[] = [];
  for (const field of Object.keys(LABELS) as CheckedReturnField[]) {
    const given = c.jointReturn[field];
    if (given === undefined) continue;
    const onReturn = new Dec(given);
    const items = fromItems[field];
    const check: ReturnFigureCheck = {
      field,
      line: JOINT_RETURN_LINES[field],
      label: LABELS[field],
      onReturn,
      fromItems: items,
      difference: subDec(onReturn, items),
    };
    checks.push(check);
    if (!check.difference.isZero()) warnings.push(mismatchWarning(check));
  }
  return { checks, warnings };
}

function mismatchWarning(check: ReturnFigureCheck): ResultWarning {
  const figures = {
    onReturn: m(check.onReturn),
    fromItems: m(check.fromItems),
    difference: m(check.difference),
  };
  if (check.field === 'incomeTax') {
    return {
      code: 'joint-tax-mismatch',
      line: check.line,
      figures,
      message: `The joint return's tax (Form 1040 line ${check.line}) is ${m(check.onReturn)}, but the married-filing-jointly tax of the items is ${m(check.fromItems)} (difference ${m(check.difference)}). The allocation shares the return's figure. Alternative minimum tax or a repayment of excess advance premium tax credit (Schedule 2 Part I) can explain a difference; otherwise check the items against the return.`,
    };
  }
  return {
    code: 'return-figure-mismatch',
    line: check.line,
    figures,
    message: `Form 1040 line ${check.line} (${check.label}) is ${m(check.onReturn)} on the return, but the items give ${m(check.fromItems)} (difference ${m(check.difference)}). Check the items against the return.`,
  };
}
