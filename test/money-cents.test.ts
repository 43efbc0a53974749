import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  addDec,
  centsOf,
  compareDec,
  subDec,
  type Dec as DecType,
} from '../src/core/money.js';

/** decimal.js's own fields: two Decimals with the same fields are the same to every method. */
const fields = (x: DecType) => {
  const { s, e, d, constructor } = x as unknown as {
    s: number;
    e: number;
    d: number[];
    constructor: unknown;
  };
  return { s, e, d: [...d], constructor, keys: Object.keys(x) };
};

/** Cents, mostly of figures' sizes, up to the library's bound and past it. */
const cents = fc.oneof(
  fc.integer({ min: -100_000_00, max: 100_000_00 }),
  fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }),
  fc.constantFrom(1, -1, 10, 99, 100, 1_000_000_000, 10_000_000_00, 123_000_000_000_000),
);
const decimals = fc.oneof(
  cents.map((c) => new Dec(c).dividedBy(100)),
  // Not whole cents, or large: decimal.js's path.
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((m) => new Dec(m).dividedBy(1000)),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => new Dec(n.toString())),
  fc.constantFrom(new Dec(0), new Dec('-0'), new Dec('0.5'), new Dec('0.7533')),
);

describe('money in exact integer cents', () => {
  it('reads the cents of a whole-cent Decimal, and nothing else', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const x = new Dec(c).dividedBy(100);
        // Below a trillion dollars (10^14 cents); above, decimal.js's path.
        if (c !== 0) expect(centsOf(x)).toBe(Math.abs(c) < 1e14 ? c : NaN);
      }),
    );
    expect(centsOf(new Dec('0.005'))).toBeNaN();
    expect(centsOf(new Dec('1234.561'))).toBeNaN();
    expect(centsOf(new Dec('1e12'))).toBeNaN();
  });

  it('adds, subtracts and compares as decimal.js does, to the last field', () => {
    fc.assert(
      fc.property(decimals, decimals, (a, b) => {
        expect(fields(addDec(a, b))).toEqual(fields(a.plus(b)));
        expect(fields(subDec(a, b))).toEqual(fields(a.minus(b)));
        expect(compareDec(a, b)).toBe(a.comparedTo(b));
        // And the results go on behaving as decimal.js's.
        const sum = addDec(a, b);
        expect(sum.toString()).toBe(a.plus(b).toString());
        expect(sum.times(3).toFixed(4)).toBe(a.plus(b).times(3).toFixed(4));
        expect(sum.isNegative()).toBe(a.plus(b).isNegative());
      }),
      { numRuns: 3000 },
    );
  });
});
