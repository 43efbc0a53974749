import { type Distribution, type OffsetStep, type OrderedDebt } from '../trace/distribution.js';
import { m, money } from '../trace/figures.js';
import { offsetStep, totalOffsetFigure } from '../allocation/index.js';
import { ZERO, maxDec, minDec, type Dec, addDec, subDec } from '../core/money.js';
import type { Traced } from '../trace/traced.js';
import type { DebtReach } from './types.js';

/** What the netting needs: the overpayment, the injured share and each debt's reach. */
export interface NettingInputs {
  readonly jointOverpayment: Dec;
  /** Part I: without an injured spouse claim no share is set aside and no state limit applies. */
  readonly eligible: boolean;
  /** `S_i + C/2`, rounded to the cent (R-CP-SHARE). */
  readonly injuredShare: Traced;
  /** In offset order (R-OFFSET-ORDER: federal tax first), each with its reach. */
  readonly debts: readonly { readonly debt: OrderedDebt; readonly reach: DebtReach }[];
  /** Option `communityPropertyNetting`. */
  readonly netting: 'net-earlier-offsets' | 'independent';
}

/**
 * R-CP-ORDER and R-CP-SHARE (method.md 6.4-6.5): federal tax debts first, then non-tax debts;
 * each takes min(balance, its reachable amount - offsets already taken (not below 0), what is
 * left of the overpayment). Then the injured refund = min(injured share, overpayment - offsets),
 * not below 0, and the other spouse receives the rest.
 */
export function distributeCommunityProperty(n: NettingInputs): Distribution {
  const available = maxDec(n.jointOverpayment, ZERO);
  const share = n.eligible ? maxDec(n.injuredShare.amount, ZERO) : ZERO;
  const injuredShare = money(
    'injuredShare',
    'Injured spouse share of the overpayment',
    'R-CP-SHARE',
    share,
    n.eligible
      ? 'community property injured share S_i + C/2, not below 0 [A]'
      : 'Part I stops: no injured spouse claim, so no share is set aside',
    () => ({ 'S_i + C/2': m(n.injuredShare.amount) }),
  );

  let taken = ZERO;
  const offsets: OffsetStep[] = n.debts.map(({ debt, reach }) => {
    const left = subDec(available, taken);
    const takenBefore = taken;
    const netted = n.netting === 'net-earlier-offsets';
    const withinReach = maxDec(subDec(reach.reachable.amount, netted ? taken : ZERO), ZERO);
    const amount = n.eligible
      ? minDec(minDec(debt.balance, withinReach), left)
      : minDec(debt.balance, left);
    const step = n.eligible
      ? offsetStep(
          debt,
          amount,
          netted
            ? 'min(debt balance, reachable amount - offsets already taken (not below 0), what is left of the overpayment)'
            : 'min(debt balance, reachable amount, what is left of the overpayment) (option communityPropertyNetting "independent")',
          () => ({
            'debt balance': m(debt.balance),
            'reachable amount': m(reach.reachable.amount),
            ...(netted ? { 'offsets already taken': m(takenBefore) } : {}),
            'left of the overpayment': m(left),
          }),
          reach.reachable,
          'R-CP-ORDER',
        )
      : offsetStep(
          debt,
          amount,
          'Part I stops, so state law limits nothing: min(debt balance, what is left of the overpayment)',
          () => ({ 'debt balance': m(debt.balance), 'left of the overpayment': m(left) }),
          reach.reachable,
          'R-CP-ORDER',
        );
    taken = addDec(taken, amount);
    return step;
  });
  const totalOffset = totalOffsetFigure(offsets);
  const afterOffsets = subDec(available, totalOffset.amount);
  const refund = minDec(share, afterOffsets);
  return {
    injuredShare,
    offsets,
    totalOffset,
    injuredRefund: money(
      'injuredRefund',
      'Refund to the injured spouse',
      'R-CP-SHARE',
      refund,
      'min(injured spouse share, joint overpayment - total offset)',
      () => ({
        'injured spouse share': m(share),
        'joint overpayment': m(available),
        'total offset': m(totalOffset.amount),
      }),
    ),
    otherRefund: money(
      'otherRefund',
      'Refund to the other spouse',
      'R-CP-SHARE',
      subDec(afterOffsets, refund),
      'joint overpayment - total offset - injured spouse refund',
      () => ({
        'joint overpayment': m(available),
        'total offset': m(totalOffset.amount),
        'injured spouse refund': m(refund),
      }),
    ),
  };
}
