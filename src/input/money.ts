import { z } from 'zod';

const MONEY_STRING = /^-?\d+(\.\d{1,2})?$/;

/** Why a money value is not acceptable, or `null` when it is. */
function moneyProblem(value: string | number, allowNegative: boolean): string | null {
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

/** Canonical two-decimal string for an amount already checked by {@link moneyProblem}. */
function canonicalMoney(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.trim().replace(/,/g, '');
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', frac = ''] = unsigned.split('.');
  const wholeTrimmed = whole.replace(/^0+(?=\d)/, '');
  const result = `${wholeTrimmed}.${frac.padEnd(2, '0')}`;
  return negative && !/^0\.00$/.test(result) ? `-${result}` : result;
}

const AMOUNT_TYPE_MESSAGE =
  'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50"';

function moneySchema(allowNegative: boolean) {
  return z
    .union([z.string(), z.number()], { error: AMOUNT_TYPE_MESSAGE })
    .transform((value, ctx) => {
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
