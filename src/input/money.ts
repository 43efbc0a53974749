import { z } from 'zod';
import { Dec } from '../money.js';

const MONEY_STRING = /^-?\d+(\.\d{1,2})?$/;

/**
 * Why a money value is not acceptable, or `null` when it is: the original path, which the fast
 * scan below must agree with. @internal Exported for the tests.
 */
export function moneyProblem(value: string | number, allowNegative: boolean): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'expected a finite amount';
    text = String(value);
    if (/e/i.test(text)) return 'expected an amount with at most two decimals, e.g. "1234.50"';
  } else {
    text = value.trim().replace(/,/g, '');
    if (text === '') return 'expected an amount, got an empty string';
  }
  if (!MONEY_STRING.test(text)) {
    return /^-?\d+\.\d{3,}$/.test(text)
      ? `expected at most two decimals, got "${String(value)}"`
      : `expected an amount such as "1234.50", got "${String(value)}"`;
  }
  if (!allowNegative && text.startsWith('-') && !/^-0+(\.0+)?$/.test(text)) {
    return `must not be negative, got "${String(value)}"`;
  }
  return null;
}

/**
 * Canonical two-decimal string for an amount already checked by {@link moneyProblem}.
 * @internal Exported for the tests.
 */
export function canonicalMoney(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.trim().replace(/,/g, '');
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', frac = ''] = unsigned.split('.');
  const wholeTrimmed = whole.replace(/^0+(?=\d)/, '');
  const result = `${wholeTrimmed}.${frac.padEnd(2, '0')}`;
  return negative && !/^0\.00$/.test(result) ? `-${result}` : result;
}

export const AMOUNT_TYPE_MESSAGE =
  'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50"';

const CHAR_MINUS = 45;
const CHAR_DOT = 46;
const CHAR_ZERO = 48;
const CHAR_NINE = 57;

/**
 * The canonical two-decimal string of `text` when `text` is exactly in the money format
 * ({@link MONEY_STRING}), else `undefined`: one scan, no regex, and no new string when `text` is
 * already canonical (the usual "1234.50"). For such a `text`, `trim()` and dropping commas change
 * nothing, so the result is exactly {@link canonicalMoney}'s; anything else (spaces, commas,
 * exponents, bad characters) returns `undefined` and takes the original path.
 */
function canonicalText(text: string): string | undefined {
  const length = text.length;
  const negative = length > 0 && text.charCodeAt(0) === CHAR_MINUS;
  const wholeStart = negative ? 1 : 0;
  let i = wholeStart;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < CHAR_ZERO || c > CHAR_NINE) break;
    i++;
  }
  const wholeEnd = i;
  if (wholeEnd === wholeStart) return undefined;
  let fracLength = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== CHAR_DOT) return undefined;
    fracLength = length - i - 1;
    if (fracLength < 1 || fracLength > 2) return undefined;
    for (let j = i + 1; j < length; j++) {
      const c = text.charCodeAt(j);
      if (c < CHAR_ZERO || c > CHAR_NINE) return undefined;
    }
  }
  let w = wholeStart;
  while (w < wholeEnd - 1 && text.charCodeAt(w) === CHAR_ZERO) w++;
  const zero =
    w === wholeEnd - 1 &&
    text.charCodeAt(w) === CHAR_ZERO &&
    (fracLength < 1 || text.charCodeAt(wholeEnd + 1) === CHAR_ZERO) &&
    (fracLength < 2 || text.charCodeAt(wholeEnd + 2) === CHAR_ZERO);
  if (zero) return '0.00';
  if (w === wholeStart && fracLength === 2) return text;
  const frac =
    fracLength === 0
      ? '00'
      : fracLength === 1
        ? `${text[wholeEnd + 1]}0`
        : text.slice(wholeEnd + 1, wholeEnd + 3);
  const result = `${text.slice(w, wholeEnd)}.${frac}`;
  return negative ? `-${result}` : result;
}

/**
 * The parsed amount when the fast path can decide it: a canonical string, non-negative unless
 * `allowNegative`. `undefined` sends the value down the original {@link moneyProblem} and
 * {@link canonicalMoney} path, which reports the problem (or, for an input the scan does not
 * take, such as " 1,234.5 ", computes the same result).
 */
function fastMoney(value: string | number, allowNegative: boolean): string | undefined {
  let canonical: string | undefined;
  if (typeof value === 'string') canonical = canonicalText(value);
  else if (Number.isFinite(value)) canonical = canonicalText(String(value));
  if (canonical === undefined) return undefined;
  // A canonical amount starts with "-" exactly when it is negative and not zero.
  return allowNegative || canonical.charCodeAt(0) !== CHAR_MINUS ? canonical : undefined;
}

function moneySchema(allowNegative: boolean) {
  return z
    .union([z.string(), z.number()], { error: AMOUNT_TYPE_MESSAGE })
    .transform((value, ctx) => {
      const fast = fastMoney(value, allowNegative);
      if (fast !== undefined) return fast;
      const problem = moneyProblem(value, allowNegative);
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return canonicalMoney(value);
    });
}

/** A non-negative amount with at most two decimals; parsed to a canonical string ("48000.00"). */
export const amountSchema = moneySchema(false);
/** An amount that may be negative (a loss), with at most two decimals. */
export const signedAmountSchema = moneySchema(true);

/**
 * The whole cents of a canonical amount ("-12.34" gives -1234) when it has at most 15 digits, so
 * the number is exact; else `undefined`, and the caller falls back to Decimal.
 */
export function centsOf(canonical: string): number | undefined {
  const length = canonical.length;
  const negative = canonical.charCodeAt(0) === CHAR_MINUS;
  const start = negative ? 1 : 0;
  if (length - start > 16) return undefined;
  let cents = 0;
  for (let i = start; i < length; i++) {
    const c = canonical.charCodeAt(i);
    if (c !== CHAR_DOT) cents = cents * 10 + (c - CHAR_ZERO);
  }
  return negative ? -cents : cents;
}

/** `amount > 0` for a canonical amount. */
export function amountIsPositive(amount: string): boolean {
  const cents = centsOf(amount);
  return cents === undefined ? new Dec(amount).greaterThan(0) : cents > 0;
}

/** Whether `share` lies between 0 and `amount` (inclusive; either sign), for canonical amounts. */
export function amountWithin(share: string, amount: string): boolean {
  const s = centsOf(share);
  const a = centsOf(amount);
  if (s !== undefined && a !== undefined) {
    return a < 0 ? s <= 0 && s >= a : s >= 0 && s <= a;
  }
  return amountWithinDec(share, amount);
}

/** @internal {@link amountWithin} in Decimal, for any amounts; exported for the tests. */
export function amountWithinDec(share: string, amount: string): boolean {
  const s = new Dec(share);
  const a = new Dec(amount);
  return a.isNegative() ? s.lte(0) && s.gte(a) : s.gte(0) && s.lte(a);
}
