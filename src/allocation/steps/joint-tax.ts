import { Dec, ZERO, addDec, maxDec, subDec } from '../../core/money.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import type { Form8379Case } from '../../input/schema.js';
import type { TaxYearParameters } from '../../law/parameters/types.js';
import { computeTax, type TaxComputation } from '../../tax/compute-tax.js';
import { m, money } from '../../trace/figures.js';
import type { Traced } from '../../trace/traced.js';
import type { SpouseFigures } from './part-three.js';
import { describeTax, taxInputs } from './separate-tax.js';

/** R-JOINT-TAX: the joint income tax, and the tax of the items at MFJ rates (R-RETURN-CHECK). */
export interface JointIncomeTax {
  readonly jointTax: Traced;
  /** Present when the joint tax was computed (the case gave no `jointReturn.incomeTax`). */
  readonly jointTaxComputation: TaxComputation | null;
  readonly itemsTax: Dec;
}

/** Both spouses' figures added up once: the joint return's totals of the items. */
export interface JointSums {
  readonly income: Dec;
  readonly adjustments: Dec;
  /** Standard or itemized deduction, QBI and Schedule 1-A deductions. */
  readonly deduction: Dec;
  /** Nonrefundable credits as entered, before R-CREDIT-LIMIT. */
  readonly credits: Dec;
  readonly otherTaxes: Dec;
  readonly withholding: Dec;
  readonly refundable: Dec;
}

export function jointSums(fig: PerSpouse<SpouseFigures>): JointSums {
  const add = (pick: (f: SpouseFigures) => Dec) => addDec(pick(fig.injured), pick(fig.other));
  return {
    income: add((f) => f.income),
    adjustments: add((f) => f.adjustments),
    deduction: add((f) => f.deduction),
    credits: add((f) => f.nonrefundableCredits),
    otherTaxes: add((f) => f.otherTaxes),
    withholding: add((f) => f.withholding),
    refundable: add((f) => f.refundableCredits),
  };
}

export function jointIncomeTax(
  c: Form8379Case,
  fig: PerSpouse<SpouseFigures>,
  sums: JointSums,
  params: TaxYearParameters,
): JointIncomeTax {
  const { income, adjustments, deduction } = sums;
  // The joint capital gain worksheet nets both spouses' gains and losses before taking the part
  // above 0, so this is not the sum of the spouses' preferential incomes.
  const preferential = addDec(
    addDec(fig.injured.qualifiedDividends, fig.other.qualifiedDividends),
    maxDec(addDec(fig.injured.capitalGain, fig.other.capitalGain), ZERO),
  );
  const ti = maxDec(subDec(subDec(income, adjustments), deduction), ZERO);
  const computation = computeTax(ti, preferential, 'MFJ', params);
  const given = c.jointReturn.incomeTax;
  if (given !== undefined) {
    return {
      itemsTax: computation.tax,
      jointTax: money(
        'jointTax',
        'Joint income tax',
        'R-JOINT-TAX',
        new Dec(given),
        'income tax shown on the joint return (Form 1040 line 18: line 16 plus Schedule 2 Part I), as given',
        () => ({ 'jointReturn.incomeTax': m(new Dec(given)) }),
      ),
      jointTaxComputation: null,
    };
  }
  return {
    itemsTax: computation.tax,
    jointTax: money(
      'jointTax',
      'Joint income tax',
      'R-JOINT-TAX',
      computation.tax,
      () =>
        `computed at married-filing-jointly rates on joint taxable income ${m(ti)} = ${m(income)} income - ${m(adjustments)} adjustments - ${m(deduction)} deduction: ${describeTax(computation)}`,
      () => ({
        ...taxInputs(computation, preferential),
        income: m(income),
        adjustments: m(adjustments),
        deduction: m(deduction),
      }),
    ),
    jointTaxComputation: computation,
  };
}
