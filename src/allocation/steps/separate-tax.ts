import type { SpouseKey } from '../../core/per-spouse.js';
import type { Dec } from '../../core/money.js';
import { ZERO, maxDec, isAboveZero, subDec } from '../../core/money.js';
import type { TaxYearParameters } from '../../law/parameters/types.js';
import { computeTax, type TaxComputation } from '../../tax/compute-tax.js';
import type { Traced } from '../../trace/traced.js';
import { m, money } from '../../trace/figures.js';
import type { SpouseFigures } from './part-three.js';

/** One spouse's separate taxable income and tax as if filing separately. */
export interface SeparateTax {
  readonly taxableIncome: Traced;
  readonly tax: Traced;
  readonly computation: TaxComputation;
}

const WHO: Record<SpouseKey, string> = { injured: 'injured spouse', other: 'other spouse' };

/** R-SEP-TI and R-SEP-TAX for one spouse. */
export function separateTax(
  spouse: SpouseKey,
  f: SpouseFigures,
  params: TaxYearParameters,
): SeparateTax {
  const raw = subDec(subDec(f.income, f.adjustments), f.deduction);
  const ti = maxDec(raw, ZERO);
  const taxableIncome = money(
    `separateTaxableIncome.${spouse}`,
    `Separate taxable income, ${WHO[spouse]}`,
    'R-SEP-TI',
    ti,
    'income (lines 13a + 13b) - adjustments (line 14) - deduction (line 15), not below 0',
    () => ({
      income: m(f.income),
      adjustments: m(f.adjustments),
      deduction: m(f.deduction),
    }),
  );
  const computation = computeTax(ti, f.preferentialIncome, 'MFS', params);
  return {
    taxableIncome,
    computation,
    tax: money(
      `separateTax.${spouse}`,
      `Separate tax, ${WHO[spouse]}`,
      'R-SEP-TAX',
      computation.tax,
      () => describeTax(computation),
      () => taxInputs(computation, f.preferentialIncome),
    ),
  };
}

/** The formula in words for a tax computation (Tax Table row, rate schedule, or worksheet). */
export function describeTax(t: TaxComputation): string {
  const status = t.status === 'MFS' ? 'married filing separately' : 'married filing jointly';
  const regular = (r: TaxComputation['regular']) =>
    r.how.method === 'tax-table'
      ? `Tax Table row ${m(r.how.atLeast)} to ${m(r.how.lessThan)} (${status}): ${m(r.tax)}`
      : `${t.status === 'MFS' ? 'MFS' : 'MFJ'} rate schedule, ${r.how.rate.times(100).toString()}% bracket over ${m(r.how.bracketOver)}: ${m(r.tax)}`;
  if (!t.capitalGain) return regular(t.regular);
  const g = t.capitalGain;
  return (
    `Qualified Dividends and Capital Gain Tax Worksheet (${status}): tax on ordinary income ${m(g.ordinaryIncome)} ` +
    `by ${regular(g.ordinaryTax)}; ${m(g.atZero)} at 0%, ${m(g.atFifteen)} at 15%, ${m(g.atTwenty)} at 20%; ` +
    `worksheet tax ${m(g.worksheetTax)}, not more than the regular tax ${m(g.regularTaxOnAll.tax)}`
  );
}

export function taxInputs(t: TaxComputation, preferential: Dec): Record<string, string> {
  const inputs: Record<string, string> = { 'taxable income': m(t.taxableIncome) };
  if (isAboveZero(preferential))
    inputs['qualified dividends and net capital gain'] = m(preferential);
  return inputs;
}
