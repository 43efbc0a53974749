import {
  Dec,
  ZERO,
  maxDec,
  minDec,
  toCents,
  isAboveZero,
  addDec,
  compareDec,
  subDec,
} from '../core/money.js';
import type { FilingStatus, TaxYearParameters } from '../law/parameters/types.js';
import { bracketFigures, rateScheduleTax } from './rate-schedule.js';
import { TAX_TABLE_LIMIT, taxTableRow } from './tax-table.js';

/** How the regular tax on one amount was found: a Tax Table row or the rate schedule. */
export type RegularTaxMethod =
  | { readonly method: 'tax-table'; readonly atLeast: Dec; readonly lessThan: Dec }
  | { readonly method: 'rate-schedule'; readonly rate: Dec; readonly bracketOver: Dec };

export interface RegularTax {
  readonly income: Dec;
  readonly tax: Dec;
  readonly how: RegularTaxMethod;
}

/** The Qualified Dividends and Capital Gain Tax Worksheet, the lines the worksheet shows. */
export interface CapitalGainWorksheet {
  readonly preferentialIncome: Dec;
  readonly ordinaryIncome: Dec;
  readonly atZero: Dec;
  readonly atFifteen: Dec;
  readonly atTwenty: Dec;
  readonly ordinaryTax: RegularTax;
  readonly worksheetTax: Dec;
  readonly regularTaxOnAll: RegularTax;
}

/** The tax on a taxable income, with how it was found. */
export interface TaxComputation {
  readonly status: FilingStatus;
  readonly taxableIncome: Dec;
  readonly tax: Dec;
  readonly regular: RegularTax;
  /** Present when qualified dividends or net capital gain were taxed by the worksheet. */
  readonly capitalGain?: CapitalGainWorksheet;
}

/** Regular tax: Tax Table below $100,000, the rate schedule (to the cent) from $100,000. */
export function regularTax(
  income: Dec,
  status: FilingStatus,
  params: TaxYearParameters,
): RegularTax {
  const brackets = params.brackets[status];
  const amount = maxDec(income, ZERO);
  if (compareDec(amount, TAX_TABLE_LIMIT) < 0) {
    const row = taxTableRow(amount, brackets);
    return {
      income: amount,
      tax: row.tax,
      how: { method: 'tax-table', atLeast: row.atLeast, lessThan: row.lessThan },
    };
  }
  const b = bracketFigures(amount, brackets);
  return {
    income: amount,
    tax: toCents(rateScheduleTax(amount, brackets)),
    how: { method: 'rate-schedule', rate: b.rate, bracketOver: b.over },
  };
}

/**
 * Tax on `taxableIncome` for `status`; `preferentialIncome` (qualified dividends plus net capital
 * gain) goes through the Qualified Dividends and Capital Gain Tax Worksheet.
 */
export function computeTax(
  taxableIncome: Dec,
  preferentialIncome: Dec,
  status: FilingStatus,
  params: TaxYearParameters,
): TaxComputation {
  const ti = maxDec(taxableIncome, ZERO);
  const regularOnAll = regularTax(ti, status, params);
  if (!isAboveZero(preferentialIncome) || ti.isZero()) {
    return { status, taxableIncome: ti, tax: regularOnAll.tax, regular: regularOnAll };
  }
  const thresholds = params.qualifiedDividendsCapitalGain[status];
  const pref = minDec(ti, preferentialIncome); // line 10
  const ordinary = maxDec(subDec(ti, preferentialIncome), ZERO); // line 5
  const zeroTop = minDec(ti, decimalOf(thresholds.zeroRateMaxTaxableIncome)); // line 7
  const atZero = subDec(zeroTop, minDec(ordinary, zeroTop)); // line 9
  const fifteenTop = minDec(ti, decimalOf(thresholds.fifteenRateMaxTaxableIncome)); // line 14
  const room = maxDec(subDec(fifteenTop, addDec(ordinary, atZero)), ZERO); // line 16
  const atFifteen = minDec(subDec(pref, atZero), room); // line 17
  const atTwenty = subDec(subDec(pref, atZero), atFifteen); // line 20
  const ordinaryTax = regularTax(ordinary, status, params); // line 22
  const worksheetTax = toCents(
    addDec(
      addDec(atFifteen.times(FIFTEEN_PERCENT), atTwenty.times(TWENTY_PERCENT)),
      ordinaryTax.tax,
    ),
  ); // line 23
  const tax = minDec(worksheetTax, regularOnAll.tax); // line 25
  return {
    status,
    taxableIncome: ti,
    tax,
    regular: regularOnAll,
    capitalGain: {
      preferentialIncome: pref,
      ordinaryIncome: ordinary,
      atZero,
      atFifteen,
      atTwenty,
      ordinaryTax,
      worksheetTax,
      regularTaxOnAll: regularOnAll,
    },
  };
}

const FIFTEEN_PERCENT = new Dec('0.15');
const TWENTY_PERCENT = new Dec('0.20');
const decimalCache = new Map<string, Dec>();

/** The yearly thresholds are a few dozen strings: parse each once. */
function decimalOf(text: string): Dec {
  let d = decimalCache.get(text);
  if (!d) {
    d = new Dec(text);
    decimalCache.set(text, d);
  }
  return d;
}
