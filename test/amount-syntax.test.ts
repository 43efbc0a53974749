/**
 * The amount syntax (docs/case-format.md, "Amounts"): every accepted and rejected form with the
 * exact message, and properties tying the parser to the JSON Schema pattern it publishes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidateCase, validateCase } from '../src/index.js';
import {
  AMOUNT_PATTERN,
  SIGNED_AMOUNT_PATTERN,
  centsToAmount,
  readAmount,
} from '../src/input/money.js';
import { Dec } from '../src/core/money.js';
import { cleanMoneyString, moneyInput, moneyLikeString } from './money-arbitraries.js';

const params = { numRuns: 2000, seed: 8379 };

function ok(value: unknown, negative = false): string {
  const r = readAmount(value, negative);
  if (!r.ok) throw new Error(`rejected ${String(value)}: ${r.message}`);
  return r.amount;
}

function rejected(value: unknown, negative = false): string {
  const r = readAmount(value, negative);
  if (r.ok) throw new Error(`accepted ${String(value)} as ${r.amount}`);
  return r.message;
}

describe('amounts: what is accepted', () => {
  it('reads plain and grouped strings exactly', () => {
    expect(ok('1234')).toBe('1234.00');
    expect(ok('1234.5')).toBe('1234.50');
    expect(ok('1234.56')).toBe('1234.56');
    expect(ok('61,250.00')).toBe('61250.00');
    expect(ok('1,234,567')).toBe('1234567.00');
    expect(ok('999,999,999,999.99')).toBe('999999999999.99');
    expect(ok('0')).toBe('0.00');
    expect(ok('0.05')).toBe('0.05');
    expect(ok('007.50')).toBe('7.50');
    expect(ok('-3000.00', true)).toBe('-3000.00');
    expect(ok('-3,000', true)).toBe('-3000.00');
    expect(ok('-0', true)).toBe('0.00');
    expect(ok('-0')).toBe('0.00');
    expect(ok('-0.00')).toBe('0.00');
  });

  it('reads JSON numbers that are whole cents', () => {
    expect(ok(400.5)).toBe('400.50');
    expect(ok(0.07)).toBe('0.07');
    expect(ok(1234.56)).toBe('1234.56');
    expect(ok(0)).toBe('0.00');
    expect(ok(-0)).toBe('0.00');
    expect(ok(-2500.1, true)).toBe('-2500.10');
    expect(ok(999999999999.99)).toBe('999999999999.99');
  });
});

describe('amounts: what is rejected, and the message', () => {
  const cases: [unknown, string, boolean?][] = [
    [
      '61,25',
      'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got "61,25"',
    ],
    [
      ',,5',
      'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got ",,5"',
    ],
    [
      '6,9,0,0',
      'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got "6,9,0,0"',
    ],
    [
      '1,2345.00',
      'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got "1,2345.00"',
    ],
    [
      '0,123',
      'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got "0,123"',
    ],
    ['$61,250', 'expected an amount without the dollar sign, e.g. "61,250.00", got "$61,250"'],
    ['1e5', 'expected the amount in plain digits, not in exponent notation, got "1e5"'],
    ['1.5E+3', 'expected the amount in plain digits, not in exponent notation, got "1.5E+3"'],
    [
      '12.',
      'expected digits on both sides of the decimal point, e.g. "12.00" or "0.50", got "12."',
    ],
    ['.5', 'expected digits on both sides of the decimal point, e.g. "12.00" or "0.50", got ".5"'],
    ['\u0661\u0662\u0663', 'expected the digits 0-9, got "\u0661\u0662\u0663"'],
    ['12\uff13', 'expected the digits 0-9, got "12\uff13"'],
    ['12.345', 'expected at most two decimals, got "12.345"'],
    [0.30000000000000004, 'expected at most two decimals, got "0.30000000000000004"'],
    [1e-7, 'expected at most two decimals, got "1e-7"'],
    [
      '1000000000000',
      'expected at most 999,999,999,999.99 (below one trillion dollars), got "1000000000000"',
    ],
    [
      '1,000,000,000,000.00',
      'expected at most 999,999,999,999.99 (below one trillion dollars), got "1,000,000,000,000.00"',
    ],
    [1e12, 'expected at most 999,999,999,999.99 (below one trillion dollars), got "1000000000000"'],
    [1e21, 'expected at most 999,999,999,999.99 (below one trillion dollars), got "1e+21"'],
    ['-3', 'must not be negative, got "-3"'],
    [-3, 'must not be negative, got "-3"'],
    ['12x', 'expected an amount such as "1234.50", got "12x"'],
    ['1.2.3', 'expected an amount such as "1234.50", got "1.2.3"'],
    [',', 'expected an amount such as "1234.50", got ","'],
    ['', 'expected an amount, got an empty string'],
    [' 12', 'expected an amount without spaces, got " 12"'],
    ['1 234', 'expected an amount without spaces, got "1 234"'],
    ['+5', 'expected an amount without a plus sign, got "+5"'],
    ['(100)', 'expected a minus sign for a negative amount, not parentheses, got "(100)"', true],
    ['--5', 'expected an amount such as "1234.50", got "--5"', true],
    [Number.NaN, 'expected a finite amount'],
    [
      true,
      'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50", got true',
    ],
    [
      null,
      'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50", got null',
    ],
    [
      { cents: 100 },
      'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50", got an object',
    ],
    [
      ['1.00'],
      'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50", got an array',
    ],
  ];
  it.each(cases)('%j', (value, message, negative = false) => {
    expect(rejected(value, negative)).toBe(message);
  });

  it('reports the path and message through validateCase', () => {
    const c = {
      taxYear: 2024,
      spouses: { injured: { name: 'Dana Reyes' }, other: { name: 'Chris Reyes' } },
      partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
      items: [
        { kind: 'wages', spouse: 'injured', amount: '61,25', withholding: '$6,100' },
        { kind: 'capitalGain', spouse: 'other', amount: '-1,500.00' },
      ],
      debts: [{ type: 'childSupport', amount: '-3' }],
    };
    const outcome = safeValidateCase(c);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.issues).toEqual([
      {
        path: 'items[0].amount',
        message:
          'expected thousands separators between groups of exactly three digits, e.g. "61,250.00", got "61,25"',
      },
      {
        path: 'items[0].withholding',
        message: 'expected an amount without the dollar sign, e.g. "61,250.00", got "$6,100"',
      },
      { path: 'debts[0].amount', message: 'must not be negative, got "-3"' },
    ]);
  });
});

describe('amounts: properties', () => {
  const plain = new RegExp(AMOUNT_PATTERN, 'u');
  const signed = new RegExp(SIGNED_AMOUNT_PATTERN, 'u');

  it('a string is accepted exactly when it matches the JSON Schema pattern', () => {
    const anyString = fc.oneof(
      cleanMoneyString,
      moneyLikeString,
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^-?[0-9,]{0,20}(\.[0-9]{0,3})?$/),
    );
    fc.assert(
      fc.property(anyString, (text) => {
        expect(readAmount(text, false).ok, text).toBe(plain.test(text));
        expect(readAmount(text, true).ok, text).toBe(signed.test(text));
      }),
      params,
    );
  });

  it('an accepted amount has the value of what was written, to the cent', () => {
    fc.assert(
      fc.property(moneyInput, (value) => {
        const r = readAmount(value, true);
        if (!r.ok) return;
        const written =
          typeof value === 'number'
            ? new Dec(String(value))
            : new Dec(String(value).replace(/,/g, ''));
        expect(new Dec(r.amount).equals(written), String(value)).toBe(true);
        expect(r.amount).toMatch(/^-?(0|[1-9]\d*)\.\d\d$/);
      }),
      params,
    );
  });

  it('a JSON number is accepted exactly when its shortest form has at most two decimals', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -1e14, max: 1e14 }).map((c) => c / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const text = String(n);
        const expected = /^-?\d+(\.\d{1,2})?$/.test(text) && Math.abs(n) <= 999999999999.99;
        expect(readAmount(n, true).ok, text).toBe(expected);
      }),
      params,
    );
  });

  it('whole cents round-trip through the canonical string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (cents) => {
        const text = centsToAmount(cents);
        expect(ok(text, true)).toBe(text);
        expect(new Dec(text).times(100).equals(cents)).toBe(true);
      }),
      params,
    );
  });

  it('a thousands-grouped amount and its plain form give the same case', () => {
    const group = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))(?=\d*(\.|$))/g, ',');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99_999_999 }),
        (wages, withheld) => {
          const plainWages = centsToAmount(wages);
          const plainWithheld = centsToAmount(Math.min(withheld, wages));
          const make = (a: string, w: string) => ({
            taxYear: 2024,
            spouses: { injured: { name: 'A' }, other: { name: 'B' } },
            partI: {
              jointReturn: true,
              debtOwedOnlyBySpouse: true,
              injuredLegallyObligated: false,
            },
            items: [{ kind: 'wages', spouse: 'injured', amount: a, withholding: w }],
          });
          expect(validateCase(make(group(plainWages), group(plainWithheld)))).toEqual(
            validateCase(make(plainWages, plainWithheld)),
          );
        },
      ),
      params,
    );
  });
});
