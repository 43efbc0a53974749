/**
 * Part III in whole dollars. The form allows whole dollars (Form 1040 instructions, "Rounding off
 * to whole dollars": drop amounts under 50 cents, raise amounts from 50 to 99 cents). Rounding
 * both spouses' columns on their own can break (a) = (b) + (c) by a dollar (10.50 + 10.50 is 21,
 * but 11 + 11 is 22), and the IRS's e-file rules reject that; so column (a), the figure on the
 * joint return, and column (b) are rounded, and column (c) is (a) - (b). Rounding is monotone, so
 * (c) keeps the sign it had in cents.
 */

/** The rule for cents, as the worksheet prints it under the table. */
export const WHOLE_DOLLAR_ROUNDING =
  'Whole dollars: in columns (a) and (b) cents under 50 are dropped and 50 to 99 cents go up a dollar; column (c) is (a) minus (b), so (a) = (b) + (c) on every line.';

/**
 * A canonical money string ("-1234.50") as whole cents. Exact: every amount is below one
 * trillion dollars (src/input/money.ts), so its cents are an integer below 2^53.
 */
export function centsOfMoney(amount: string): number {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

/** Whole cents rounded half-up to whole dollars (50 cents and more away from zero). */
export function roundToDollars(cents: number): number {
  const rounded = Math.floor((Math.abs(cents) + 50) / 100);
  return cents < 0 ? -rounded : rounded;
}

/** Whole dollars as a canonical string ("52200", "-3000"; never "-0"). */
function whole(d: number): string {
  return d === 0 ? '0' : String(d);
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
  const a = roundToDollars(centsOfMoney(total));
  const b = roundToDollars(centsOfMoney(injured));
  const c = a - b;
  return {
    total: whole(a),
    injured: whole(b),
    other: whole(c),
    adjusted: roundToDollars(centsOfMoney(other)) !== c,
  };
}
