import { DEBT_LABELS, OFFSET_PRIORITY } from '../../trace/form.js';
import type { OffsetStep, OrderedDebt } from '../../trace/distribution.js';
import type { CaseDebt } from '../../input/schema.js';
import { Dec, ZERO, addDec, subDec } from '../../core/money.js';
import type { Traced } from '../../trace/traced.js';
import { m, money, type FigureInputs, type FormulaText } from '../../trace/figures.js';
import type { MethodOptions } from '../options.js';

/**
 * R-OFFSET-ORDER: debts by IRC 6402 priority, then oldest first within a level; undated debts
 * after (or before, by option) the dated ones, in the order given.
 */
export function orderDebts(debts: readonly CaseDebt[], o: MethodOptions): OrderedDebt[] {
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

export function offsetStep(
  d: OrderedDebt,
  amount: Dec,
  formula: FormulaText,
  inputs: FigureInputs,
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
    balanceAfter: subDec(d.balance, amount),
  };
}

export function totalOffsetFigure(steps: readonly OffsetStep[]): Traced {
  let total = ZERO;
  for (const s of steps) total = addDec(total, s.applied.amount);
  return money(
    'totalOffset',
    'Total offset',
    'R-OFFSET-ORDER',
    total,
    'sum of the offsets applied',
    () =>
      Object.fromEntries(steps.map((s) => [`debts[${s.index}] ${s.type}`, m(s.applied.amount)])),
  );
}
