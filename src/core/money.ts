import { Decimal } from 'decimal.js';

/**
 * The decimal type used for every money figure and ratio. A private clone, so a caller's global
 * Decimal settings never change our rounding. Precision 40 is far beyond any tax figure.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const HALF: Dec = new Dec('0.5');
/** Below 10^15 (decimal exponent under 15), toString never uses exponent notation. */
const FAST_FORMAT_MAX_EXPONENT = 15;

/** Rounds to the cent, half-up (IRS convention for computed money). */
export function toCents(value: Dec): Dec {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds to whole dollars, half-up (Tax Table rows: exact $0.50 rounds up). */
export function toWholeDollars(value: Dec): Dec {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Two-decimal string, the money format at every JSON boundary ("1234.50", "-3.00"). */
export function formatMoney(value: Dec): string {
  // Fast path for the usual case (whole cents, normal magnitude): toString is far cheaper than
  // toFixed, and only needs the fraction padded.
  // `e` is decimal.js's base-10 exponent: reading it avoids allocating abs() for the range test.
  if (value.e < FAST_FORMAT_MAX_EXPONENT && value.decimalPlaces() <= 2) {
    if (value.isZero()) return '0.00';
    const text = value.toString();
    const dot = text.indexOf('.');
    if (dot === -1) return `${text}.00`;
    return text.length - dot === 2 ? `${text}0` : text;
  }
  const s = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
}

export function dec(value: string | number | Dec): Dec {
  return new Dec(value);
}

/** Whether `x` is more than 0, without the Decimal a comparison with 0 allocates. */
export function isAboveZero(x: Dec): boolean {
  return !x.isZero() && x.isPositive();
}

export function maxDec(a: Dec, b: Dec): Dec {
  // Against 0 (most calls) by sign, the same answer as the comparison.
  if (b.isZero()) return isAboveZero(a) || a.isZero() ? a : b;
  return a.greaterThanOrEqualTo(b) ? a : b;
}

export function minDec(a: Dec, b: Dec): Dec {
  if (b.isZero()) return isAboveZero(a) ? b : a;
  return a.lessThanOrEqualTo(b) ? a : b;
}

/**
 * `a.plus(b)`, without the arithmetic when one side is 0 (most sums of the method add one spouse's
 * 0). The result is the one decimal.js gives: the other operand, and decimal.js's own sum when
 * both are 0 (so the sign of a zero is decimal.js's).
 */
export function addDec(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a.isZero() ? a.plus(b) : a;
  if (a.isZero()) return b;
  return a.plus(b);
}

export function sumDec(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = addDec(total, v);
  return total;
}

/** Clamps `value` to `low .. high`. */
export function clampDec(value: Dec, low: Dec, high: Dec): Dec {
  return minDec(maxDec(value, low), high);
}
