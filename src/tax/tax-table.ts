import { Dec, toWholeDollars, ZERO, addDec } from '../core/money.js';
import type { RateBracket } from '../law/parameters/types.js';
import { rateScheduleTax } from './rate-schedule.js';

/** The IRS Tax Table covers taxable income below this amount. */
export const TAX_TABLE_LIMIT = new Dec(100000);
const FIVE = new Dec(5);

/** One Tax Table row: income at least `atLeast` but less than `lessThan`. */
export interface TaxTableRow {
  readonly atLeast: Dec;
  readonly lessThan: Dec;
  readonly tax: Dec;
}

/**
 * The row of the IRS Tax Table holding `income` (0 <= income < 100,000): rows $0-5, $5-15,
 * $15-25, then $25 wide to $3,000, then $50 wide; the tax is the rate-schedule tax at the row's
 * midpoint rounded to whole dollars (the first row is 0).
 */
export function taxTableRow(income: Dec, brackets: readonly RateBracket[]): TaxTableRow {
  if (income.lessThan(5)) return FIRST_ROW;
  // Whole dollars (truncated by decimal.js), then the row's floor in integer arithmetic, exact
  // below 100,000: each row is built once per schedule and shared.
  const dollars = income.trunc().toNumber();
  let atLeast: number;
  let width: number;
  if (dollars < 15) {
    atLeast = 5;
    width = 10;
  } else if (dollars < 25) {
    atLeast = 15;
    width = 10;
  } else if (dollars < 3000) {
    atLeast = Math.floor((dollars - 25) / 25) * 25 + 25;
    width = 25;
  } else {
    atLeast = Math.floor(dollars / 50) * 50;
    width = 50;
  }
  let rows = tableRows.get(brackets);
  if (!rows) {
    rows = new Map();
    tableRows.set(brackets, rows);
  }
  let row = rows.get(atLeast);
  if (!row) {
    const low = new Dec(atLeast);
    const high = new Dec(atLeast + width);
    const midpoint = addDec(low, high).dividedBy(2);
    row = Object.freeze({
      atLeast: low,
      lessThan: high,
      tax: toWholeDollars(rateScheduleTax(midpoint, brackets)),
    });
    rows.set(atLeast, row);
  }
  return row;
}

const FIRST_ROW: TaxTableRow = Object.freeze({ atLeast: ZERO, lessThan: FIVE, tax: ZERO });

// The Tax Table is fixed per schedule (about 2,000 rows): build each row once.
const tableRows = new WeakMap<readonly RateBracket[], Map<number, TaxTableRow>>();
