import type { CaseDebt, DebtType } from '../../input/schema.js';
import { DEBT_TYPES } from '../../input/schema.js';
import { Dec, ZERO, clampDec, maxDec, minDec } from '../../core/money.js';
import type { Traced } from '../../trace/traced.js';
import { m, money } from '../../trace/figures.js';
import type { ResolvedOptions } from '../../pipeline/options.js';

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

/** A debt of the other spouse with its position in the case. */
export interface OrderedDebt {
  readonly index: number;
  readonly debt: CaseDebt;
  readonly priority: number;
  readonly balance: Dec;
}

/**
 * R-OFFSET-ORDER: debts by IRC 6402 priority, then oldest first within a level; undated debts
 * after (or before, by option) the dated ones, in the order given.
 */
export function orderDebts(debts: readonly CaseDebt[], o: ResolvedOptions): OrderedDebt[] {
  const list = debts.map((debt, index) => ({
    index,
    debt,
    priority: OFFSET_PRIORITY[debt.type],
    balance: new Dec(debt.amount),
  }));
  const undatedRank = o.undatedDebts === 'undated-first' ? -1 : 1;
  return list.sort((a, b) => {
    if (a.priority !== b.priority) return a.priority - b.priority;
    const da = a.debt.date;
    const db = b.debt.date;
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (da && !db) return -undatedRank;
    if (!da && db) return undatedRank;
    return a.index - b.index;
  });
}

/** One debt's offset. */
export interface OffsetStep {
  readonly index: number;
  readonly type: DebtType;
  readonly priority: number;
  readonly balance: Dec;
  /** Community property: how much of the overpayment this debt could reach (before its balance). */
  readonly reachable: Traced | null;
  readonly applied: Traced;
  readonly balanceAfter: Dec;
}

/** How the joint overpayment is divided: injured refund, offsets, other spouse's refund. */
export interface Distribution {
  readonly injuredShare: Traced;
  readonly offsets: readonly OffsetStep[];
  readonly totalOffset: Traced;
  readonly injuredRefund: Traced;
  readonly otherRefund: Traced;
}

export function offsetStep(
  d: OrderedDebt,
  amount: Dec,
  formula: string,
  inputs: Record<string, string>,
  reachable: Traced | null,
  rule: 'R-OFFSET-ORDER' | 'R-CP-ORDER' = 'R-OFFSET-ORDER',
): OffsetStep {
  return {
    index: d.index,
    type: d.debt.type,
    priority: d.priority,
    balance: d.balance,
    reachable,
    applied: money(
      `offset.debts[${d.index}]`,
      `Offset: ${DEBT_LABELS[d.debt.type]} (debts[${d.index}])`,
      rule,
      amount,
      formula,
      inputs,
    ),
    balanceAfter: d.balance.minus(amount),
  };
}

export function totalOffsetFigure(steps: readonly OffsetStep[]): Traced {
  let total = ZERO;
  for (const s of steps) total = total.plus(s.applied.amount);
  return money(
    'totalOffset',
    'Total offset',
    'R-OFFSET-ORDER',
    total,
    'sum of the offsets applied',
    Object.fromEntries(steps.map((s) => [`debts[${s.index}] ${s.type}`, m(s.applied.amount)])),
  );
}

/**
 * R-IS-REFUND and R-OFFSET-ORDER outside community property states: the injured spouse gets
 * their contribution (clamped to 0 .. overpayment); the rest pays the other spouse's debts in
 * order and what is left is refunded to the other spouse.
 */
export function distributeSeparateProperty(
  jointOverpayment: Dec,
  injuredContribution: Dec,
  eligible: boolean,
  debts: readonly OrderedDebt[],
): Distribution {
  const available = maxDec(jointOverpayment, ZERO);
  const share = eligible ? clampDec(injuredContribution, ZERO, available) : ZERO;
  const injuredShare = money(
    'injuredShare',
    'Injured spouse share of the overpayment',
    'R-IS-REFUND',
    share,
    eligible
      ? 'injured contribution, not below 0 and not above the joint overpayment [A for the clamps]'
      : 'Part I stops: no injured spouse claim, so no share is set aside',
    { 'injured contribution': m(injuredContribution), 'joint overpayment': m(jointOverpayment) },
  );
  let remaining = available.minus(share);
  const offsets = debts.map((d) => {
    const amount = minDec(d.balance, remaining);
    const before = remaining;
    remaining = remaining.minus(amount);
    return offsetStep(
      d,
      amount,
      "min(debt balance, what is left of the other spouse's portion)",
      {
        'debt balance': m(d.balance),
        "left of the other spouse's portion": m(before),
      },
      null,
    );
  });
  const totalOffset = totalOffsetFigure(offsets);
  return {
    injuredShare,
    offsets,
    totalOffset,
    injuredRefund: money(
      'injuredRefund',
      'Refund to the injured spouse',
      'R-IS-REFUND',
      share,
      "injured spouse share (nothing of it can be offset for the other spouse's debts)",
      { 'injured spouse share': m(share) },
    ),
    otherRefund: money(
      'otherRefund',
      'Refund to the other spouse',
      'R-OFFSET-ORDER',
      remaining,
      'joint overpayment - injured spouse refund - offsets, not below 0',
      {
        'joint overpayment': m(available),
        'injured spouse refund': m(share),
        'total offset': m(totalOffset.amount),
      },
    ),
  };
}
