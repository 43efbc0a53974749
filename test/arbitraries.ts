import fc from 'fast-check';
import { DEBT_TYPES, ITEM_KINDS, type ItemKind } from '../src/index.js';
import { DEPENDENT_CREDIT_KINDS, EARNED_KINDS } from '../src/input/schema.js';

/** Cents as a two-decimal string ("1234.56"), possibly negative. */
export function centsToMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const money = (maxDollars: number, minDollars = 0) =>
  fc.integer({ min: minDollars * 100, max: maxDollars * 100 }).map(centsToMoney);

const INCOME_LIMIT: Partial<Record<ItemKind, number>> = {
  wages: 250_000,
  selfEmployment: 120_000,
  refundableCredit: 6_000,
  nonrefundableCredit: 4_000,
  otherTax: 10_000,
  withholding: 30_000,
  estimatedPayment: 20_000,
  adjustment: 15_000,
  itemizedDeduction: 30_000,
  schedule1ADeduction: 12_000,
  additionalChildTaxCredit: 5_000,
  priorYearOverpayment: 5_000,
};

/** The most a case's capitalGain items can lose in all is 3,000.00 (at most 8 items of 375.00). */
const CAPITAL_LOSS_PER_ITEM = 375;

/** One item of any kind valid for `year` and `itemized`. */
export function itemArb(year: number, itemized: boolean, only?: ItemKind) {
  const kinds = only
    ? [only]
    : ITEM_KINDS.filter(
        (k) =>
          (itemized || k !== 'itemizedDeduction') && (year >= 2025 || k !== 'schedule1ADeduction'),
      );
  return fc.constantFrom(...kinds).chain((kind) => {
    const limit = INCOME_LIMIT[kind] ?? 40_000;
    const signed = kind === 'selfEmployment' || kind === 'otherIncome';
    const floor = kind === 'capitalGain' ? -CAPITAL_LOSS_PER_ITEM : signed ? -5_000 : 0;
    const spouses =
      EARNED_KINDS.has(kind) || DEPENDENT_CREDIT_KINDS.has(kind)
        ? (['injured', 'other'] as const)
        : (['injured', 'other', 'joint'] as const);
    return fc
      .record({
        spouse: fc.constantFrom(...spouses),
        cents: fc.integer({ min: floor * 100, max: limit * 100 }),
        withholdingCents: fc.option(fc.integer({ min: 0, max: 15_000 * 100 }), { nil: undefined }),
        sharePermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
        seTaxCents: fc.option(fc.integer({ min: 0, max: 15_000 * 100 }), { nil: undefined }),
      })
      .map(({ spouse, cents, withholdingCents, sharePermille, seTaxCents }) => {
        const item: Record<string, string> = { kind, spouse, amount: centsToMoney(cents) };
        if (kind === 'selfEmployment' && seTaxCents !== undefined) {
          item.selfEmploymentTax = centsToMoney(seTaxCents);
        }
        if (withholdingCents !== undefined && kind !== 'withholding')
          item.withholding = centsToMoney(withholdingCents);
        if (spouse === 'joint' && sharePermille !== undefined) {
          item.injuredShare = centsToMoney(Math.trunc((cents * sharePermille) / 1000));
        }
        return item;
      });
  });
}

export const debtArb = fc
  .record({
    type: fc.constantFrom(...DEBT_TYPES),
    cents: fc.integer({ min: 0, max: 40_000 * 100 }),
    arose: fc.constantFrom('beforeMarriage', 'duringMarriage'),
    date: fc.option(
      fc.date({
        min: new Date('2005-01-01T00:00:00Z'),
        max: new Date('2026-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      { nil: undefined },
    ),
  })
  .map(({ type, cents, arose, date }) => ({
    type,
    amount: centsToMoney(cents),
    arose,
    ...(date ? { date: date.toISOString().slice(0, 10) } : {}),
  }));

/** A random valid joint return outside community property states: years 2018-2026, 0-3 debts. */
export const caseArb = fc
  .record({
    year: fc.integer({ min: 2018, max: 2026 }),
    itemized: fc.boolean(),
    boxes: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .chain(({ year, itemized, boxes }) =>
    fc
      .record({
        items: fc.array(itemArb(year, itemized), { minLength: 0, maxLength: 8 }),
        forcedItemized: itemArb(year, true, 'itemizedDeduction'),
        debts: fc.array(debtArb, { minLength: 0, maxLength: 3 }),
        eic: fc.option(money(8_000), { nil: undefined }),
        incomeTax: fc.option(money(60_000), { nil: undefined }),
      })
      .map(({ items, forcedItemized, debts, eic, incomeTax }) => {
        const all = itemized ? [...items, forcedItemized] : items;
        return {
          taxYear: year,
          spouses: {
            injured: { name: 'Injured Spouse', age65OrOlder: boxes[0], blind: boxes[1] },
            other: { name: 'Other Spouse', age65OrOlder: boxes[2], blind: boxes[3] },
          },
          partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
          deduction: { kind: itemized ? 'itemized' : 'standard' },
          items: all,
          jointReturn: {
            ...(eic && hasEarnedIncome(all) ? { earnedIncomeCredit: eic } : {}),
            ...(incomeTax ? { incomeTax } : {}),
          },
          debts,
        };
      }),
  );

/** The EIC needs earned income: a spouse with positive wages plus self-employment income. */
export function hasEarnedIncome(items: readonly Record<string, unknown>[]): boolean {
  return (['injured', 'other'] as const).some(
    (spouse) =>
      items
        .filter((i) => i.spouse === spouse && (i.kind === 'wages' || i.kind === 'selfEmployment'))
        .reduce((t, i) => t + Math.round(Number(i.amount) * 100), 0) > 0,
  );
}
