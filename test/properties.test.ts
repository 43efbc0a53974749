import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AllocationResult } from '../src/index.js';
import { Dec, ZERO } from '../src/core/money.js';
import { caseArb, money } from './arbitraries.js';
import { allocateUntyped as allocate } from './helpers.js';

const RUNS = 2000;
const params = { numRuns: RUNS, seed: 8379 };

function offsetsTotal(r: AllocationResult): Dec {
  return r.distribution.offsets.reduce((t, s) => t.plus(s.applied.amount), ZERO);
}

describe('properties over random valid returns (2018-2026, every item kind, 0-3 debts)', () => {
  it('column (a) = (b) + (c) on every Part III line', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c);
        expect(r.partIII.map((l) => l.line)).toEqual([
          '13a',
          '13b',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
        ]);
        for (const line of r.partIII) {
          expect(line.total.equals(line.injured.plus(line.other)), `line ${line.line}`).toBe(true);
        }
      }),
      params,
    );
  });

  it("the spouses' contributions add up to the joint overpayment to the cent", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c);
        const sum = r.contribution.injured.amount.plus(r.contribution.other.amount);
        expect(sum.toFixed(2)).toBe(r.overpayment.recomputed.amount.toFixed(2));
        expect(r.overpayment.unattributed.amount.isZero()).toBe(true);
      }),
      params,
    );
  });

  it("injured refund + offsets + other spouse's refund = max(joint overpayment, 0)", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c);
        const total = r.distribution.injuredRefund.amount
          .plus(offsetsTotal(r))
          .plus(r.distribution.otherRefund.amount);
        const op = r.overpayment.recomputed.amount;
        expect(total.toFixed(2)).toBe(Dec.max(op, 0).toFixed(2));
      }),
      params,
    );
  });

  it('the injured refund lies within 0 .. joint overpayment; nothing that cannot be negative is', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c);
        const refund = r.distribution.injuredRefund.amount;
        expect(refund.isNegative()).toBe(false);
        expect(refund.lessThanOrEqualTo(Dec.max(r.overpayment.recomputed.amount, 0))).toBe(true);
        expect(r.distribution.otherRefund.amount.isNegative()).toBe(false);
        for (const k of ['injured', 'other'] as const) {
          expect(r.separate[k].taxableIncome.amount.isNegative()).toBe(false);
          expect(r.separate[k].tax.amount.isNegative()).toBe(false);
          expect(r.taxShare[k].amount.isNegative()).toBe(false);
          expect(r.eic[k].amount.isNegative()).toBe(false);
        }
        expect(
          r.taxRatio.amount.greaterThanOrEqualTo(0) && r.taxRatio.amount.lessThanOrEqualTo(1),
        ).toBe(true);
        expect(
          r.taxShare.injured.amount.plus(r.taxShare.other.amount).equals(r.jointTax.amount),
        ).toBe(true);
      }),
      params,
    );
  });

  it('each offset is at most its debt, and debts are offset in IRC 6402 order', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c);
        let lastPriority = 0;
        for (const step of r.distribution.offsets) {
          expect(step.applied.amount.isNegative()).toBe(false);
          expect(step.applied.amount.lessThanOrEqualTo(step.balance)).toBe(true);
          expect(step.priority).toBeGreaterThanOrEqual(lastPriority);
          lastPriority = step.priority;
        }
        expect(r.distribution.offsets.length).toBe(c.debts.length);
      }),
      params,
    );
  });

  it('moving $1 of withholding from the other spouse to the injured spouse never lowers the injured refund', () => {
    fc.assert(
      fc.property(caseArb, money(5_000, 1), (c, withheld) => {
        const before = {
          ...c,
          items: [...c.items, { kind: 'withholding', spouse: 'other', amount: withheld }],
        };
        const less = new Dec(withheld).minus(1).toFixed(2);
        const after = {
          ...c,
          items: [
            ...c.items,
            { kind: 'withholding', spouse: 'other', amount: less },
            { kind: 'withholding', spouse: 'injured', amount: '1.00' },
          ],
        };
        const a = allocate(before).distribution.injuredRefund.amount;
        const b = allocate(after).distribution.injuredRefund.amount;
        expect(b.greaterThanOrEqualTo(a)).toBe(true);
      }),
      params,
    );
  });

  it('with creditFloor "per-spouse", nothing is lost: contributions + unattributed = joint overpayment', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocate(c, { creditFloor: 'per-spouse' });
        const sum = r.contribution.injured.amount
          .plus(r.contribution.other.amount)
          .plus(r.overpayment.unattributed.amount);
        expect(sum.equals(r.overpayment.recomputed.amount)).toBe(true);
        const total = r.distribution.injuredRefund.amount
          .plus(offsetsTotal(r))
          .plus(r.distribution.otherRefund.amount);
        expect(total.equals(Dec.max(r.overpayment.recomputed.amount, 0))).toBe(true);
      }),
      { numRuns: 500, seed: 8379 },
    );
  });
});

describe("the return's own figures, taken from the items, never disagree with them", () => {
  const RECONCILIATION = [
    'return-figure-mismatch',
    'joint-tax-mismatch',
    'overpayment-mismatch',
  ] as const;

  /** The Form 1040 totals of a result, as the return built from the same items would show them. */
  function totalsOf(r: AllocationResult): Record<string, string> {
    const line = (id: string) => r.partIII.find((l) => l.line === id)!;
    const income = line('13a').total.plus(line('13b').total);
    const agi = income.minus(line('14').total);
    const credits = r.creditLimit ? r.creditLimit.entered.amount : line('16').total;
    const tax = r.jointTax.amount;
    const otherTaxes = line('18').total;
    const payments = line('19')
      .total.plus(line('20').total)
      .plus(r.eic.injured.amount)
      .plus(r.eic.other.amount)
      .plus(line('17').total);
    return {
      totalIncome: income.toFixed(2),
      adjustedGrossIncome: agi.toFixed(2),
      taxableIncome: Dec.max(agi.minus(line('15').total), 0).toFixed(2),
      incomeTax: tax.toFixed(2),
      nonrefundableCredits: credits.toFixed(2),
      otherTaxes: otherTaxes.toFixed(2),
      totalTax: Dec.max(tax.minus(credits), 0).plus(otherTaxes).toFixed(2),
      totalPayments: payments.toFixed(2),
      overpayment: r.summary.jointOverpayment,
    };
  }

  it('a case with jointReturn totals from its own recomputed figures has no reconciliation warning', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        // The return's tax is the tax of its items here (a given incomeTax of the generator is not).
        const { incomeTax: _given, ...jointReturn } = c.jointReturn;
        void _given;
        const fromItems = { ...c, jointReturn };
        const first = allocate(fromItems);
        const totals = totalsOf(first);
        const again = allocate({ ...fromItems, jointReturn: { ...jointReturn, ...totals } });
        const codes = again.warnings.map((w) => w.code);
        for (const code of RECONCILIATION)
          expect(codes, JSON.stringify(totals)).not.toContain(code);
        expect(again.returnCheck.map((x) => x.line)).toEqual([
          '9',
          '11',
          '15',
          '18',
          '21',
          '23',
          '24',
          '33',
        ]);
        expect(again.summary).toEqual(first.summary);
      }),
      params,
    );
  });
});
