/**
 * Part III in whole dollars. The form allows whole dollars (Form 1040 instructions, "Rounding off
 * to whole dollars": drop amounts under 50 cents, raise amounts from 50 to 99 cents). Rounding
 * both spouses' columns on their own can break (a) = (b) + (c) by a dollar (10.50 + 10.50 is 21,
 * but 11 + 11 is 22), and the IRS's e-file rules reject that; so column (a), the figure on the
 * joint return, and column (b) are rounded, and column (c) is (a) - (b). Rounding is monotone, so
 * (c) keeps the sign it had in cents.
 */

import { centsOf, formatMoney, type Dec } from '../core/money.js';

/** The rule for cents, as the worksheet prints it under the table. */
export const WHOLE_DOLLAR_ROUNDING =
  'Whole dollars: in columns (a) and (b) cents under 50 are dropped and 50 to 99 cents go up a dollar; column (c) is (a) minus (b), so (a) = (b) + (c) on every line.';

/**
 * A canonical money string ("-1234.50") rounded half-up to whole dollars (50 cents and more away
 * from zero), exactly: in integers of any size (a Part III line adds up to 1,000 items of up to a
 * trillion dollars each, beyond what a double holds to the cent).
 */
export function wholeDollars(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const rounded = BigInt(whole) + (Number(fraction.padEnd(2, '0').slice(0, 2)) >= 50 ? 1n : 0n);
  return negative ? -rounded : rounded;
}

/**
 * {@link wholeDollarColumns} from the figures themselves: in plain integer cents when every
 * figure is whole cents below a trillion dollars (the usual line, and the fast path of an
 * allocation), else through the exact string path.
 */
export function wholeDollarColumnsOf(total: Dec, injured: Dec, other: Dec): WholeDollarColumns {
  const a = dollarsOfCents(total);
  const b = dollarsOfCents(injured);
  const c = dollarsOfCents(other);
  if (a === null || b === null || c === null) {
    return wholeDollarColumns(formatMoney(total), formatMoney(injured), formatMoney(other));
  }
  const rest = a - b;
  return { total: String(a), injured: String(b), other: String(rest), adjusted: c !== rest };
}

/** Whole dollars, half-up away from zero, of a whole-cent figure below a trillion; else null. */
function dollarsOfCents(x: Dec): number | null {
  if (x.isZero()) return 0;
  const cents = centsOf(x);
  if (Number.isNaN(cents)) return null;
  const rounded = Math.floor((Math.abs(cents) + 50) / 100);
  // `+ 0` turns a -0 into 0, so no column prints "-0".
  return (cents < 0 ? -rounded : rounded) + 0;
}

/** One Part III line's three columns in whole dollars, from their two-decimal strings. */
export interface WholeDollarColumns {
  readonly total: string;
  readonly injured: string;
  readonly other: string;
  /** (c) is a dollar away from its own cents rounded: the dollar that keeps (a) = (b) + (c). */
  readonly adjusted: boolean;
}

/** Rounds a line's columns to whole dollars with (a) = (b) + (c). */
export function wholeDollarColumns(
  total: string,
  injured: string,
  other: string,
): WholeDollarColumns {
  const a = wholeDollars(total);
  const b = wholeDollars(injured);
  const c = a - b;
  return {
    total: String(a),
    injured: String(b),
    other: String(c),
    adjusted: wholeDollars(other) !== c,
  };
}
