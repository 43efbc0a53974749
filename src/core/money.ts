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
  return compareDec(a, b) >= 0 ? a : b;
}

export function minDec(a: Dec, b: Dec): Dec {
  if (b.isZero()) return isAboveZero(a) ? b : a;
  return compareDec(a, b) <= 0 ? a : b;
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

/**
 * Sums, differences and comparisons of money in exact integer cents, with decimal.js's results.
 *
 * Most figures of a case are whole cents below a trillion dollars, and decimal.js spends most of
 * an addition allocating: it copies its argument into a new Decimal, then the result. For two
 * such figures these functions read the cents off decimal.js's own fields (`s`, `e`, `d`: the
 * sign, the decimal exponent, base-10^7 words), work on integers, which is exact below 2^53, and
 * write the result in the form decimal.js itself gives it (the same fields, the same words), so
 * no caller can tell the difference. Anything else (more than two decimals, larger amounts) goes
 * to decimal.js. Divisions and roundings are not here: they stay decimal.js's.
 */

/** decimal.js's internal fields, which are part of its documented object (sign, exponent, words). */
interface DecimalFields {
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[] | null;
}

const BASE = 1e7;
/** Integer parts up to 10^12 (two base-10^7 words, the first below 10^5): cents below 2^53. */
const MAX_WHOLE = 1e12;

/**
 * The value of `x` in cents, when it is a whole number of cents below a trillion dollars;
 * `NaN` otherwise (and for 0, which the callers handle first).
 */
export function centsOf(x: Dec): number {
  const { s, e, d } = x as unknown as DecimalFields;
  if (d === null || e >= 12 || e < -2) return NaN;
  // The first word holds the digits of exponents 7k .. 7k + 6, the next 7(k - 1) .. and so on.
  const k = Math.floor(e / 7);
  let cents = 0;
  for (let j = 0; j < d.length; j++) {
    const m = k - j;
    const w = d[j] as number;
    if (m === 1) cents += w * 1e9;
    else if (m === 0) cents += w * 100;
    else if (m === -1) {
      if (w % 100000 !== 0) return NaN;
      cents += w / 100000;
    } else return NaN;
  }
  return s < 0 ? -cents : cents;
}

/** A Decimal of `cents` (a safe integer, not 0) exactly as decimal.js would write it. */
function fromCents(cents: number): Dec {
  const a = cents < 0 ? -cents : cents;
  const frac = a % 100;
  const whole = (a - frac) / 100;
  if (whole >= MAX_WHOLE) return new Dec(cents).dividedBy(100);
  const high = Math.floor(whole / BASE);
  const low = whole - high * BASE;
  const words: number[] = [];
  let e: number;
  if (high > 0) {
    words.push(high, low);
    e = 7 + digits(high) - 1;
  } else if (low > 0) {
    words.push(low);
    e = digits(low) - 1;
  } else {
    e = frac >= 10 ? -1 : -2;
  }
  if (frac > 0) words.push(frac * 100000);
  // decimal.js keeps no trailing zero words (a zero word in the middle stays).
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  const x = Object.create(Dec.prototype) as Dec & {
    constructor: unknown;
    s: number;
    e: number;
    d: number[];
  };
  // The same own fields in the same order as decimal.js's constructor sets them.
  x.constructor = Dec;
  x.s = cents < 0 ? -1 : 1;
  x.e = e;
  x.d = words;
  return x;
}

function digits(n: number): number {
  let count = 1;
  for (let v = n; v >= 10; v = Math.floor(v / 10)) count++;
  return count;
}

/**
 * `a.plus(b)`. An operand of 0 gives the other (decimal.js's result; its own sum when both are
 * 0, so the sign of a zero stays decimal.js's); two whole-cent figures add in integers.
 */
export function addDec(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a.isZero() ? a.plus(b) : a;
  if (a.isZero()) return b;
  const ca = centsOf(a);
  const cb = centsOf(b);
  if (ca !== ca || cb !== cb) return a.plus(b);
  const sum = ca + cb;
  // decimal.js writes x + (-x) as +0 when rounding half-up.
  return sum === 0 ? ZERO : fromCents(sum);
}

/** `a.minus(b)`, the same way. */
export function subDec(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a.isZero() ? a.minus(b) : a;
  if (a.isZero()) return b.negated();
  const ca = centsOf(a);
  const cb = centsOf(b);
  if (ca !== ca || cb !== cb) return a.minus(b);
  const difference = ca - cb;
  return difference === 0 ? ZERO : fromCents(difference);
}

/** `a.comparedTo(b)`: -1, 0 or 1. */
export function compareDec(a: Dec, b: Dec): number {
  const ca = a.isZero() ? 0 : centsOf(a);
  const cb = b.isZero() ? 0 : centsOf(b);
  if (ca !== ca || cb !== cb) return a.comparedTo(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
