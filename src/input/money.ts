import { z } from 'zod';
import { quoted } from './limits.js';

/**
 * The amount syntax of the case format: the one parser behind the library, the CLI and the JSON
 * Schema (docs/case-format.md, "Amounts"). An amount is read exactly or rejected with what was
 * read; nothing is rounded, trimmed or guessed.
 */

/** The largest amount a case may hold, in cents: 999,999,999,999.99, just under one trillion dollars. */
export const MAX_AMOUNT_CENTS = 99_999_999_999_999;

const WHOLE_PLAIN = '0*(?:[1-9]\\d{0,11}|0)';
const WHOLE_GROUPED = '[1-9]\\d{0,2}(?:,\\d{3}){1,3}';
const BODY = `(?:${WHOLE_PLAIN}|${WHOLE_GROUPED})(?:\\.\\d{1,2})?`;

/**
 * The accepted amount strings as a regular expression (also the JSON Schema `pattern`): digits,
 * thousands separators only in exact groups of three, at most two decimals, at most twelve whole
 * digits (below one trillion dollars). A minus sign only on zero ("-0", "-0.00"), which is 0.
 */
export const AMOUNT_PATTERN = `^(?:${BODY}|-0+(?:\\.0{1,2})?)$`;
/** {@link AMOUNT_PATTERN} with an optional leading minus, for amounts that may be negative. */
export const SIGNED_AMOUNT_PATTERN = `^-?${BODY}$`;

export const AMOUNT_TYPE_MESSAGE =
  'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50"';

/**
 * {@link AMOUNT_TYPE_MESSAGE} for a value that is neither a string nor a number, saying what was
 * read (`got null`, `got true`, `got an object`); a missing amount (undefined) says no more.
 */
export function amountTypeMessage(value: unknown): string {
  if (value === undefined) return AMOUNT_TYPE_MESSAGE;
  let read: string;
  if (value === null || typeof value === 'boolean') read = String(value);
  else if (Array.isArray(value)) read = 'an array';
  else read = typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  return `${AMOUNT_TYPE_MESSAGE}, got ${read}`;
}

/** The outcome of reading one amount. */
export type AmountReading =
  { readonly ok: true; readonly amount: string } | { readonly ok: false; readonly message: string };

const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const NON_ASCII_DIGIT = /\p{Nd}/u;
const ASCII_DIGIT = /\d/;
const SPACE = /[\s\u00a0\ufeff\u200b]/;
const EXPONENT = /^-?[\d.,]*\d[eE][+-]?\d+$/;

/**
 * Reads an amount (a JSON string or number) exactly: its canonical two-decimal string
 * ("61250.00", "-3000.00"), or why it is not an amount. `allowNegative` admits a leading minus.
 */
export function readAmount(value: unknown, allowNegative: boolean): AmountReading {
  if (typeof value === 'number') return readNumber(value, allowNegative);
  if (typeof value !== 'string') return { ok: false, message: amountTypeMessage(value) };
  return readString(value, allowNegative);
}

function fail(message: string): AmountReading {
  return { ok: false, message };
}

function readNumber(value: number, allowNegative: boolean): AmountReading {
  const shown = JSON.stringify(String(value));
  if (!Number.isFinite(value)) return fail('expected a finite amount');
  const magnitude = Math.abs(value);
  if (magnitude > MAX_AMOUNT_CENTS / 100) return fail(tooLarge(shown));
  // A double is a whole number of cents exactly when it is the double nearest to k/100, which is
  // what Math.round(x * 100) / 100 gives back for |x| below 2^53 / 100.
  const cents = Math.round(magnitude * 100);
  if (cents / 100 !== magnitude) return fail(`expected at most two decimals, got ${shown}`);
  if (value < 0 && cents !== 0 && !allowNegative) return fail(`must not be negative, got ${shown}`);
  return { ok: true, amount: centsToAmount(value < 0 ? -cents : cents) };
}

function readString(text: string, allowNegative: boolean): AmountReading {
  const shown = quoted(text);
  if (text === '') return fail('expected an amount, got an empty string');
  if (text.includes('$')) {
    return fail(`expected an amount without the dollar sign, e.g. "61,250.00", got ${shown}`);
  }
  if (SPACE.test(text)) return fail(`expected an amount without spaces, got ${shown}`);
  if (text.startsWith('+')) return fail(`expected an amount without a plus sign, got ${shown}`);
  if (text.startsWith('(') && text.endsWith(')')) {
    return fail(`expected a minus sign for a negative amount, not parentheses, got ${shown}`);
  }
  if (hasNonAsciiDigit(text)) return fail(`expected the digits 0-9, got ${shown}`);
  if (EXPONENT.test(text)) {
    return fail(`expected the amount in plain digits, not in exponent notation, got ${shown}`);
  }
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const dot = unsigned.indexOf('.');
  const whole = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const fraction = dot === -1 ? '' : unsigned.slice(dot + 1);
  if (
    !/^[\d,]*$/.test(whole) ||
    !/^\d*$/.test(fraction) ||
    (whole !== '' && !ASCII_DIGIT.test(whole))
  ) {
    return fail(`expected an amount such as "1234.50", got ${shown}`);
  }
  if (whole === '' || (dot !== -1 && fraction === '')) {
    return fail(
      `expected digits on both sides of the decimal point, e.g. "12.00" or "0.50", got ${shown}`,
    );
  }
  if (fraction.length > 2) return fail(`expected at most two decimals, got ${shown}`);
  if (whole.includes(',') && !GROUPED.test(whole)) {
    return fail(
      `expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got ${shown}`,
    );
  }
  const digits = whole.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 12) return fail(tooLarge(shown));
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  // "-0" is zero, as the JSON number -0 is.
  if (negative && cents !== 0 && !allowNegative) return fail(`must not be negative, got ${shown}`);
  return { ok: true, amount: centsToAmount(negative ? -cents : cents) };
}

function hasNonAsciiDigit(text: string): boolean {
  for (const ch of text) {
    if ((ch < '0' || ch > '9') && NON_ASCII_DIGIT.test(ch)) return true;
  }
  return false;
}

function tooLarge(shown: string): string {
  return `expected at most 999,999,999,999.99 (below one trillion dollars), got ${shown}`;
}

/** "-1234.50" from -123450: whole cents to the canonical two-decimal string. */
export function centsToAmount(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs - whole * 100;
  return `${negative ? '-' : ''}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

/**
 * The JSON Schema keywords of an amount's two forms, beside the `type` of each: the string
 * pattern of this parser and the range of a number. The zod schema below carries them into
 * `form8379 schema`; the schema's own cross-field rules reuse them.
 */
export function amountJsonKeywords(allowNegative: boolean) {
  const limit = MAX_AMOUNT_CENTS / 100;
  return {
    string: {
      pattern: allowNegative ? SIGNED_AMOUNT_PATTERN : AMOUNT_PATTERN,
      examples: allowNegative ? ['61,250.00', '-3000'] : ['61,250.00'],
    },
    number: { multipleOf: 0.01, minimum: allowNegative ? -limit : 0, maximum: limit },
  };
}

function moneySchema(allowNegative: boolean) {
  const keywords = amountJsonKeywords(allowNegative);
  return z
    .union([z.string().meta(keywords.string), z.number().meta(keywords.number)], {
      error: (issue) => amountTypeMessage(issue.input),
    })
    .transform((value, ctx) => {
      const reading = readAmount(value, allowNegative);
      if (reading.ok) return reading.amount;
      ctx.issues.push({ code: 'custom', message: reading.message, input: value });
      return z.NEVER;
    });
}

/** A non-negative amount with at most two decimals; parsed to a canonical string ("48000.00"). */
export const amountSchema = moneySchema(false).describe(
  'An amount in dollars: a string such as "61,250.00" or "1234.5" (thousands separators only in exact groups of three, at most two decimals, no dollar sign), or a JSON number with at most two decimals; not negative; below one trillion dollars.',
);
/** An amount that may be negative (a loss), with at most two decimals. */
export const signedAmountSchema = moneySchema(true).describe(
  'An amount in dollars that may be negative (a loss): "-3,000.00", "1234.5" or a JSON number with at most two decimals; below one trillion dollars in size.',
);

/**
 * The whole cents of a canonical amount ("-12.34" gives -1234). Exact: a canonical amount has at
 * most 14 digits ({@link MAX_AMOUNT_CENTS}), well inside the safe integers.
 */
export function centsOf(canonical: string): number {
  const negative = canonical.startsWith('-');
  const unsigned = negative ? canonical.slice(1) : canonical;
  const dot = unsigned.indexOf('.');
  const cents = Number(unsigned.slice(0, dot)) * 100 + Number(unsigned.slice(dot + 1));
  return negative ? -cents : cents;
}

/** Whether `share` lies between 0 and `amount` (inclusive; either sign), for canonical amounts. */
export function amountWithin(share: string, amount: string): boolean {
  const s = centsOf(share);
  const a = centsOf(amount);
  return a < 0 ? s <= 0 && s >= a : s >= 0 && s <= a;
}
