import { Dec, toWholeDollars, ZERO } from '../core/money.js';
import type { RateBracket } from '../law/parameters/types.js';
import { rateScheduleTax } from './rate-schedule.js';

/** The IRS Tax Table covers taxable income below this amount. */
export const TAX_TABLE_LIMIT = new Dec(100000);
const FIVE = new Dec(5);
const FIFTEEN = new Dec(15);

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
  let atLeast: Dec;
  let width: number;
  if (income.lessThan(5)) {
    return { atLeast: ZERO, lessThan: FIVE, tax: ZERO };
  } else if (income.lessThan(15)) {
    atLeast = FIVE;
    width = 10;
  } else if (income.lessThan(25)) {
    atLeast = FIFTEEN;
    width = 10;
  } else if (income.lessThan(3000)) {
    atLeast = income.minus(25).dividedToIntegerBy(25).times(25).plus(25);
    width = 25;
  } else {
    atLeast = income.dividedToIntegerBy(50).times(50);
    width = 50;
  }
  const lessThan = atLeast.plus(width);
  let rows = rowTaxes.get(brackets);
  if (!rows) {
    rows = new Map();
    rowTaxes.set(brackets, rows);
  }
  const key = atLeast.toString();
  let tax = rows.get(key);
  if (!tax) {
    const midpoint = atLeast.plus(lessThan).dividedBy(2);
    tax = toWholeDollars(rateScheduleTax(midpoint, brackets));
    rows.set(key, tax);
  }
  return { atLeast, lessThan, tax };
}

// The Tax Table is fixed per schedule (about 2,000 rows): compute each row's tax once.
const rowTaxes = new WeakMap<readonly RateBracket[], Map<string, Dec>>();
