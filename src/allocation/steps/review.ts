import { isAboveZero } from '../../core/money.js';
import type { Form8379Case } from '../../input/schema.js';
import { m } from '../../trace/figures.js';
import type { ResultWarning } from '../../trace/warnings.js';
import { creditLimitWarning, type CreditLimit } from './credit-limit.js';
import type { OverpaymentCheck } from './overpayment.js';
import { plausibilityWarnings } from './plausibility.js';
import type { ReturnFigureCheck } from './return-check.js';
import { selfEmploymentTaxWarnings } from './self-employment.js';
import type { Dec } from '../../core/money.js';

/** What the review of a computation found: the return's figures checked, then the warnings. */
export interface ReviewInput {
  readonly case: Form8379Case;
  readonly returnCheck: {
    readonly checks: readonly ReturnFigureCheck[];
    readonly warnings: readonly ResultWarning[];
  };
  readonly overpayment: OverpaymentCheck;
  readonly creditLimit: CreditLimit | null;
  readonly jointTax: Dec;
  /** The distribution strategy's own warnings. */
  readonly distributionWarnings: readonly ResultWarning[];
}

/**
 * The warnings a reviewer reads first, in a fixed order: the return's own figures (a mismatch
 * there explains the rest), the overpayment, the credit limit, the input's plausibility, the
 * distribution's, and what is left over.
 */
export function reviewWarnings(x: ReviewInput): ResultWarning[] {
  const { overpayment } = x;
  const warnings: ResultWarning[] = [...x.returnCheck.warnings];
  if (overpayment.difference && !overpayment.difference.amount.isZero()) {
    const reported = overpayment.reported!.amount;
    const recomputed = overpayment.recomputed.amount;
    warnings.push({
      code: 'overpayment-mismatch',
      line: '34',
      figures: {
        onReturn: m(reported),
        fromItems: m(recomputed),
        difference: m(overpayment.difference.amount),
      },
      message: `The return shows an overpayment of ${m(reported)} (Form 1040 line 34), but the items give ${m(recomputed)} (difference ${m(overpayment.difference.amount)}). The allocation uses the recomputed figure; check the items against the return.`,
    });
  }
  if (x.creditLimit) warnings.push(creditLimitWarning(x.creditLimit, x.jointTax));
  warnings.push(...selfEmploymentTaxWarnings(x.case), ...plausibilityWarnings(x.case));
  warnings.push(...x.distributionWarnings);
  if (!overpayment.unattributed.amount.isZero()) {
    warnings.push({
      code: 'unattributed-overpayment',
      message: `${m(overpayment.unattributed.amount)} of the joint overpayment is not attributed to either spouse (option creditFloor "per-spouse").`,
    });
  }
  if (!isAboveZero(overpayment.recomputed.amount)) {
    warnings.push({
      code: 'no-overpayment',
      message: 'The joint return shows no overpayment, so there is nothing to offset or refund.',
    });
  }
  return warnings;
}
