import type { Dec } from '../core/money.js';
import type { CaseDebt, DebtType } from '../input/schema.js';
import type { Traced } from './traced.js';

/** A debt of the other spouse with its position in the case. */
export interface OrderedDebt {
  readonly index: number;
  readonly debt: CaseDebt;
  readonly priority: number;
  readonly balance: Dec;
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
