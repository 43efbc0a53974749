import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_PROPERTY_STATES, type AllocationResult } from '../src/index.js';
import { HALF, toCents } from '../src/core/money.js';
import { debtArb, hasEarnedIncome, itemArb, money } from './arbitraries.js';
import { allocateUntyped as allocate } from './helpers.js';

const RUNS = 2_000;
const params = { numRuns: RUNS, seed: 20_043 };

type Item = Record<string, string | boolean>;

/** Optional community property marks on one item (joint management only on a community item). */
const marksArb = fc.record({
  character: fc.option(fc.constantFrom('community', 'separate'), { nil: undefined }),
  fromSeparateProperty: fc.option(fc.boolean(), { nil: undefined }),
  jointManagement: fc.boolean(),
});

/**
 * A random valid joint return in one of the nine community property states: years 2018-2026,
 * every item kind, random characters, 0-3 debts; one case in ten stops at Part I line 4.
 */
const cpCaseArb = fc
  .record({
    year: fc.integer({ min: 2018, max: 2026 }),
    itemized: fc.boolean(),
    state: fc.constantFrom(...COMMUNITY_PROPERTY_STATES),
    obligated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .chain(({ year, itemized, state, obligated }) =>
    fc
      .record({
        items: fc.array(fc.tuple(itemArb(year, itemized), marksArb), { maxLength: 8 }),
        forcedItemized: itemArb(year, true, 'itemizedDeduction'),
        debts: fc.array(debtArb, { minLength: 0, maxLength: 3 }),
        eic: fc.option(money(8_000), { nil: undefined }),
        incomeTax: fc.option(money(60_000), { nil: undefined }),
      })
      .map(({ items, forcedItemized, debts, eic, incomeTax }) => {
        const marked: Item[] = items.map(([item, marks]) => {
          const out: Item = { ...item };
          if (marks.character) out.character = marks.character;
          if (marks.fromSeparateProperty !== undefined)
            out.fromSeparateProperty = marks.fromSeparateProperty;
          if (marks.jointManagement && marks.character === 'community') out.jointManagement = true;
          return out;
        });
        return {
          taxYear: year,
          spouses: { injured: { name: 'Injured Spouse' }, other: { name: 'Other Spouse' } },
          partI: {
            jointReturn: true,
            debtOwedOnlyBySpouse: true,
            injuredLegallyObligated: obligated,
          },
          communityProperty: { states: [state] },
          deduction: { kind: itemized ? 'itemized' : 'standard' },
          items: itemized ? [...marked, forcedItemized] : marked,
          jointReturn: {
            ...(eic && hasEarnedIncome(marked) ? { earnedIncomeCredit: eic } : {}),
            ...(incomeTax ? { incomeTax } : {}),
          },
          debts,
        };
      }),
  );

function cp(r: AllocationResult) {
  const c = r.communityProperty;
  if (!c) throw new Error('expected a community property result');
  return c;
}

const available = (r: AllocationResult) => {
  const o = r.overpayment.recomputed.amount;
  return o.isNegative() ? o.times(0) : o;
};

describe('community property properties (fast-check, 2,000 runs each, all nine states)', () => {
  it('a non-tax debt never takes (or reaches) more than S_o + C/2 (nothing when that is below 0)', () => {
    fc.assert(
      fc.property(cpCaseArb, (c) => {
        const r = allocate(c);
        const a = cp(r).attribution;
        const cap = toCents(a.separateOther.amount.plus(a.community.amount.times(HALF)));
        // A negative S_o + C/2 means the debt reaches, and takes, nothing (shown as 0.00).
        const takeable = cap.isNegative() ? cap.times(0) : cap;
        for (const s of r.distribution.offsets) {
          if (s.type === 'federalTax') continue;
          expect(s.reachable?.amount.gte(0)).toBe(true);
          expect(s.reachable?.amount.lte(takeable)).toBe(true);
          if (r.eligibility.qualifies) expect(s.applied.amount.lte(takeable)).toBe(true);
        }
      }),
      params,
    );
  });

  it('the injured refund is never negative and never more than the joint overpayment', () => {
    fc.assert(
      fc.property(cpCaseArb, (c) => {
        const r = allocate(c);
        const refund = r.distribution.injuredRefund.amount;
        expect(refund.gte(0)).toBe(true);
        expect(refund.lte(available(r))).toBe(true);
        if (!r.eligibility.qualifies) expect(refund.isZero()).toBe(true);
      }),
      params,
    );
  });

  it('offsets + injured refund + other refund = the overpayment (not below 0), to the cent', () => {
    fc.assert(
      fc.property(cpCaseArb, (c) => {
        const r = allocate(c);
        const d = r.distribution;
        expect(d.otherRefund.amount.gte(0)).toBe(true);
        const total = d.totalOffset.amount.plus(d.injuredRefund.amount).plus(d.otherRefund.amount);
        expect(total.toFixed(2)).toBe(available(r).toFixed(2));
        for (const s of d.offsets) {
          expect(s.applied.amount.gte(0)).toBe(true);
          expect(s.applied.amount.lte(s.balance)).toBe(true);
        }
      }),
      params,
    );
  });

  it('each offset stays within its reachable amount less the earlier offsets', () => {
    fc.assert(
      fc.property(
        cpCaseArb.filter((c) => !c.partI.injuredLegallyObligated),
        (c) => {
          const r = allocate(c);
          let taken = r.distribution.totalOffset.amount.times(0);
          for (const s of r.distribution.offsets) {
            const room = s.reachable?.amount.minus(taken);
            expect(room).toBeDefined();
            if (room)
              expect(s.applied.amount.lte(room.isNegative() ? room.times(0) : room)).toBe(true);
            taken = taken.plus(s.applied.amount);
          }
        },
      ),
      params,
    );
  });

  it('separate + community parts add up to each contribution exactly (S_i + N, S_o + L)', () => {
    fc.assert(
      fc.property(cpCaseArb, (c) => {
        const r = allocate(c);
        const a = cp(r).attribution;
        expect(a.separateInjured.amount.plus(a.communityInjured.amount).toFixed(2)).toBe(
          r.contribution.injured.amount.toFixed(2),
        );
        expect(a.separateOther.amount.plus(a.communityOther.amount).toFixed(2)).toBe(
          r.contribution.other.amount.toFixed(2),
        );
        expect(a.community.amount.toFixed(2)).toBe(
          a.communityInjured.amount.plus(a.communityOther.amount).toFixed(2),
        );
      }),
      params,
    );
  });

  it('with every item marked separate, the result equals the separate-property result', () => {
    const allSeparate = cpCaseArb.map((c) => ({
      ...c,
      items: c.items.map((i) => {
        const out: Item = { ...i, character: 'separate' };
        delete out.jointManagement;
        return out;
      }),
    }));
    let compared = 0;
    fc.assert(
      fc.property(allSeparate, (c) => {
        const withCp = allocate(c);
        const { communityProperty: _cp, ...plain } = c;
        void _cp;
        const without = allocate(plain);
        // Part I differs by design (line 5 "yes" skips lines 6-9): compare the division only
        // where both reach the same Part I outcome.
        fc.pre(withCp.eligibility.qualifies === without.eligibility.qualifies);
        compared += 1;
        const a = cp(withCp).attribution;
        expect(a.community.amount.isZero()).toBe(true);
        expect(withCp.summary).toEqual(without.summary);
        expect(withCp.distribution.injuredRefund.amount.toFixed(2)).toBe(
          without.distribution.injuredRefund.amount.toFixed(2),
        );
      }),
      params,
    );
    expect(compared).toBeGreaterThan(RUNS * 0.9);
  });
});
