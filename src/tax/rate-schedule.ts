import { Dec, ZERO, minDec } from '../money.js';
import type { RateBracket } from '../parameters/types.js';

/** Exact rate-schedule tax on `income` (unrounded), bracket by bracket. */
export function rateScheduleTax(income: Dec, brackets: readonly RateBracket[]): Dec {
  let tax = ZERO;
  for (const b of brackets) {
    const over = new Dec(b.over);
    if (income.lessThanOrEqualTo(over)) break;
    const top = b.notOver === null ? income : minDec(income, new Dec(b.notOver));
    tax = tax.plus(top.minus(over).times(b.rate));
  }
  return tax;
}

/** The bracket `income` falls in (for showing the marginal rate on the worksheet). */
export function bracketFor(income: Dec, brackets: readonly RateBracket[]): RateBracket {
  for (const b of brackets) {
    if (b.notOver === null || income.lessThanOrEqualTo(b.notOver)) return b;
  }
  return brackets[brackets.length - 1] as RateBracket;
}
