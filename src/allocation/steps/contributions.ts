import { sumDec, type Dec, addDec } from '../../core/money.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import type { Form8379Case } from '../../input/schema.js';
import type { Traced } from '../../trace/traced.js';
import type { MethodOptions } from '../options.js';
import type { JointSums } from './joint-tax.js';
import { overpaymentCheck, type OverpaymentCheck } from './overpayment.js';
import type { PaymentStep } from './payments.js';
import { contribution } from './shares.js';
import type { TaxShareStep } from './tax-shares.js';

/** What each spouse put into the joint overpayment, and the overpayment itself. */
export interface ContributionStep {
  readonly contribution: PerSpouse<Traced>;
  /** Withholding + estimated payments + EIC + refundable credits (Form 1040 line 33). */
  readonly payments: Dec;
  readonly overpayment: OverpaymentCheck;
  readonly figures: readonly Traced[];
}

/** R-CONTRIB for each spouse, then R-JOINT-OVERPAYMENT. */
export function contributions(
  c: Form8379Case,
  o: MethodOptions,
  sums: JointSums,
  jointTax: Dec,
  shares: TaxShareStep,
  p: PaymentStep,
): ContributionStep {
  const one = (k: 'injured' | 'other') =>
    contribution(k, {
      withholding: p.withholding[k].amount,
      estimatedPayments: p.estimatedPayments[k].amount,
      eic: p.eic[k].amount,
      refundableCredits: p.refundableCredits[k].amount,
      netTax: shares.net[k].amount,
      otherTaxes: p.otherTaxes[k].amount,
    });
  const contrib = { injured: one('injured'), other: one('other') };
  const payments = sumDec([
    sums.withholding,
    p.estimatedPayments.injured.amount,
    p.estimatedPayments.other.amount,
    p.eicTotal,
    sums.refundable,
  ]);
  const overpayment = overpaymentCheck(
    c,
    o,
    sums,
    payments,
    jointTax,
    addDec(shares.used.injured, shares.used.other),
    p.eicTotal,
    p.estimatedPayments,
    contrib,
  );
  const figures: Traced[] = [contrib.injured, contrib.other, overpayment.recomputed];
  if (overpayment.reported) figures.push(overpayment.reported);
  if (overpayment.difference) figures.push(overpayment.difference);
  figures.push(overpayment.unattributed);
  return { contribution: contrib, payments, overpayment, figures };
}
