/**
 * Properties of the after-filing check (R-CHECK-REFUND) over generated returns (test/arbitraries.ts):
 * rounding at 0 apart, never rounding beyond $5.00, and the IRS's default split found (or every
 * split tried and listed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/core/money.js';
import type { AfterFilingCheck, RefundCheckResult } from '../src/index.js';
import { caseArb, centsToMoney } from './arbitraries.js';
import { allocateUntyped } from './helpers.js';

const RUNS = 2000;
const params = { numRuns: RUNS, seed: 8379 };

type Case = Record<string, unknown> & { items: Record<string, unknown>[] };

function refundCheck(c: Case, received: Dec): RefundCheckResult {
  const check: AfterFilingCheck | null = allocateUntyped({
    ...c,
    afterFiling: { received: [{ amount: received.toFixed(2) }] },
  }).check;
  if (!check) throw new Error('no check');
  return check.checks[2];
}

const injuredRefund = (c: unknown): Dec => allocateUntyped(c).distribution.injuredRefund.amount;

/** Kinds a joint item can have, each split by `injuredShare` (positive amounts only here). */
const JOINT_KINDS = [
  'interest',
  'dividends',
  'qualifiedDividends',
  'unemployment',
  'pension',
  'otherIncome',
  'adjustment',
  'nonrefundableCredit',
  'refundableCredit',
  'otherTax',
  'withholding',
  'estimatedPayment',
  'priorYearOverpayment',
] as const;

const agreedSplitArb = fc
  .record({
    kind: fc.constantFrom(...JOINT_KINDS),
    cents: fc.integer({ min: 100_00, max: 30_000_00 }),
    permille: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ kind, cents, permille }) => ({
    kind,
    spouse: 'joint',
    amount: centsToMoney(cents),
    injuredShare: centsToMoney(Math.trunc((cents * permille) / 1000)),
  }));

/** A generated case whose only agreed splits are `splits` (appended after its own items). */
function withSplits(c: Case, splits: readonly Record<string, unknown>[]): Case {
  const items = c.items.map(({ injuredShare: _share, ...rest }) => rest);
  return { ...c, items: [...items, ...splits] };
}

describe('R-CHECK-REFUND over 2,000 generated returns', () => {
  it('received = the estimate, interest 0: rounding with a difference of 0', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const estimate = injuredRefund(c);
        const refund = refundCheck(c as Case, estimate);
        expect(refund.class).toBe('rounding');
        expect(refund.difference?.isZero()).toBe(true);
        expect(refund.interest.isZero()).toBe(true);
      }),
      params,
    );
  });

  it('received moved by $5.01 or more, no other input: never rounding', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 501, max: 5_000_00 }),
        fc.boolean(),
        (c, cents, up) => {
          const estimate = injuredRefund(c);
          const move = new Dec(cents).dividedBy(100);
          // Down only where it stays an amount (not below 0).
          const received =
            up || estimate.lessThan(move) ? estimate.plus(move) : estimate.minus(move);
          const refund = refundCheck(c as Case, received);
          expect(refund.class).not.toBe('rounding');
          expect(refund.difference?.abs().greaterThanOrEqualTo('5.01')).toBe(true);
        },
      ),
      params,
    );
  });

  it('one agreed joint split, received = the estimate with it at the default: irs-default-split names it', () => {
    let found = 0;
    fc.assert(
      fc.property(caseArb, agreedSplitArb, (generated, split) => {
        const c = withSplits(generated as Case, [split]);
        const index = c.items.length - 1;
        const { injuredShare: _share, ...atDefault } = split;
        const byDefault = injuredRefund({ ...c, items: [...c.items.slice(0, index), atDefault] });
        const agreed = injuredRefund(c);
        const refund = refundCheck(c, byDefault);
        if (byDefault.minus(agreed).abs().lessThanOrEqualTo(5)) {
          // Within $5 of the estimate, rounding is found first.
          expect(refund.class).toBe('rounding');
          return;
        }
        found++;
        expect(refund.class).toBe('irs-default-split');
        expect(refund.split?.itemIndex).toBe(index);
        expect(refund.split?.kind).toBe(split.kind);
        expect(refund.split?.default).toBe(
          split.kind === 'estimatedPayment' || split.kind === 'priorYearOverpayment'
            ? 'by-separate-tax'
            : 'half-each',
        );
        expect(refund.split?.injuredRefund.equals(byDefault)).toBe(true);
        expect(refund.splitsTried.map((t) => t.itemIndex)).toEqual([index]);
        expect(refund.nextStep?.letter).toBe('reconsider');
      }),
      params,
    );
    // The property must not pass by finding every split within rounding.
    expect(found).toBeGreaterThan(RUNS / 10);
  });

  it('two agreed splits and an amount no single default reproduces: unexplained, both tried and listed', () => {
    fc.assert(
      fc.property(
        caseArb,
        agreedSplitArb,
        agreedSplitArb,
        fc.integer({ min: 600, max: 100_000 }),
        (generated, first, second, awayCents) => {
          const c = withSplits(generated as Case, [first, second]);
          const n = c.items.length;
          const defaults = [n - 2, n - 1].map((index) =>
            injuredRefund({
              ...c,
              items: c.items.map((item, i) => {
                if (i !== index) return item;
                const { injuredShare: _share, ...rest } = item;
                return rest;
              }),
            }),
          );
          const estimate = injuredRefund(c);
          // Above the estimate and every default by more than $5 (and so more than $1).
          const top = [estimate, ...defaults].reduce((a, b) => (a.greaterThan(b) ? a : b));
          const received = top.plus(new Dec(awayCents).dividedBy(100));
          const refund = refundCheck(c, received);
          expect(refund.class).toBe('unexplained');
          expect(refund.split).toBeNull();
          expect(refund.splitsTried.map((t) => t.itemIndex)).toEqual([n - 2, n - 1]);
          expect(refund.splitsTried.map((t) => t.injuredRefund.toFixed(2))).toEqual(
            defaults.map((d) => d.toFixed(2)),
          );
          expect(refund.splitsTried.every((t) => !t.reproduces)).toBe(true);
          expect(refund.explanation).toContain(`(items[${n - 2}])`);
          expect(refund.explanation).toContain(`(items[${n - 1}])`);
          expect(refund.nextStep?.letter).toBe('request');
        },
      ),
      params,
    );
  });
});
