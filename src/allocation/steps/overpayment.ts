import { Dec, ZERO, maxDec, addDec, subDec } from '../../core/money.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import type { Form8379Case } from '../../input/schema.js';
import { m, money } from '../../trace/figures.js';
import type { Traced } from '../../trace/traced.js';
import type { MethodOptions } from '../options.js';
import type { JointSums } from './joint-tax.js';

/** The joint overpayment recomputed and, when the case gives one, compared with the return. */
export interface OverpaymentCheck {
  readonly recomputed: Traced;
  /** The overpayment shown on the return, when given. */
  readonly reported: Traced | null;
  /** reported - recomputed, when reported. */
  readonly difference: Traced | null;
  /** Joint overpayment - both contributions (0 unless option creditFloor is "per-spouse"). */
  readonly unattributed: Traced;
}

/** R-JOINT-OVERPAYMENT, with R-CREDITS's unattributed part. */
export function overpaymentCheck(
  c: Form8379Case,
  o: MethodOptions,
  sums: JointSums,
  payments: Dec,
  jointTax: Dec,
  credits: Dec,
  eic: Dec,
  estimated: PerSpouse<Traced>,
  contrib: PerSpouse<Traced>,
): OverpaymentCheck {
  const { withholding, refundable, otherTaxes } = sums;
  const est = addDec(estimated.injured.amount, estimated.other.amount);
  const limited = o.creditFloor === 'per-spouse';
  const taxAfterCredits = limited
    ? maxDec(subDec(jointTax, credits), ZERO)
    : subDec(jointTax, credits);
  const recomputedAmount = subDec(payments, addDec(taxAfterCredits, otherTaxes));
  const recomputed = money(
    'jointOverpayment',
    'Joint overpayment (recomputed)',
    'R-JOINT-OVERPAYMENT',
    recomputedAmount,
    limited
      ? 'withholding + estimated payments + EIC + refundable credits - (joint tax - nonrefundable credits, not below 0, + other taxes)'
      : 'withholding + estimated payments + EIC + refundable credits - (joint tax - nonrefundable credits + other taxes)',
    () => ({
      withholding: m(withholding),
      'estimated payments': m(est),
      EIC: m(eic),
      'refundable credits': m(refundable),
      'joint tax': m(jointTax),
      'nonrefundable credits': m(credits),
      'other taxes': m(otherTaxes),
    }),
  );
  const reportedRaw = c.jointReturn.overpayment;
  const reported =
    reportedRaw === undefined
      ? null
      : money(
          'reportedOverpayment',
          'Joint overpayment shown on the return',
          'R-JOINT-OVERPAYMENT',
          new Dec(reportedRaw),
          'as given in jointReturn.overpayment',
          () => ({ 'jointReturn.overpayment': m(new Dec(reportedRaw)) }),
        );
  const difference =
    reported === null
      ? null
      : money(
          'overpaymentDifference',
          'Return figure - recomputed figure',
          'R-JOINT-OVERPAYMENT',
          subDec(reported.amount, recomputedAmount),
          'overpayment on the return - recomputed overpayment',
          () => ({ 'on the return': m(reported.amount), recomputed: m(recomputedAmount) }),
        );
  const unattributedAmount = subDec(
    subDec(recomputedAmount, contrib.injured.amount),
    contrib.other.amount,
  );
  const unattributed = money(
    'unattributedOverpayment',
    'Overpayment not attributed to either spouse',
    'R-CREDITS',
    unattributedAmount,
    'joint overpayment - injured contribution - other contribution',
    () => ({
      'joint overpayment': m(recomputedAmount),
      'injured contribution': m(contrib.injured.amount),
      'other contribution': m(contrib.other.amount),
    }),
  );
  return { recomputed, reported, difference, unattributed };
}
