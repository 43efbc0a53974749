import type { PerSpouse } from '../../core/per-spouse.js';
import type { SpouseKey } from '../../core/per-spouse.js';
import { Decimal } from 'decimal.js';
import type { Dec } from '../../core/money.js';
import {
  HALF,
  ZERO,
  maxDec,
  sumDec,
  toCents,
  isAboveZero,
  addDec,
  subDec,
} from '../../core/money.js';
import type { Traced } from '../../trace/traced.js';
import { figure, formatRatio, m, money } from '../../trace/figures.js';
import type { MethodOptions } from '../options.js';
import type { SpouseFigures } from './part-three.js';
import type { SeparateTax } from './separate-tax.js';

/** Rounds a ratio to `places` decimals, half-up. */
function roundRatio(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** R-TAX-RATIO: the injured spouse's share of both separate taxes. */
export function taxRatio(sep: PerSpouse<SeparateTax>, o: MethodOptions): Traced {
  const ti = sep.injured.tax.amount;
  const to = sep.other.tax.amount;
  const total = addDec(ti, to);
  const places = o.ratioDecimals;
  const inputs = () => ({ 'injured separate tax': m(ti), 'other separate tax': m(to) });
  if (isAboveZero(total)) {
    return figure(
      'taxRatio',
      'Injured spouse tax ratio',
      'R-TAX-RATIO',
      'ratio',
      roundRatio(ti.dividedBy(total), places),
      () => `injured separate tax / (injured + other separate tax), ${places} places half-up`,
      inputs,
    );
  }
  const ii = sep.injured.taxableIncome.amount;
  const io = sep.other.taxableIncome.amount;
  const incomes = addDec(ii, io);
  if (o.zeroTaxRatio === 'taxable-income' && isAboveZero(incomes)) {
    return figure(
      'taxRatio',
      'Injured spouse tax ratio',
      'R-TAX-RATIO',
      'ratio',
      roundRatio(ii.dividedBy(incomes), places),
      () =>
        `both separate taxes are 0: injured separate taxable income / both separate taxable incomes, ${places} places half-up [A]`,
      () => ({
        ...inputs(),
        'injured separate taxable income': m(ii),
        'other separate taxable income': m(io),
      }),
    );
  }
  return figure(
    'taxRatio',
    'Injured spouse tax ratio',
    'R-TAX-RATIO',
    'ratio',
    roundRatio(HALF, places),
    o.zeroTaxRatio === 'equal'
      ? 'both separate taxes are 0: one half (option zeroTaxRatio "equal") [A]'
      : 'both separate taxes and both separate taxable incomes are 0: one half [A]',
    inputs,
  );
}

/** R-TAX-SHARE: ratio x joint income tax for the injured spouse, the remainder to the other. */
export function taxShares(ratio: Traced, jointTax: Traced, places: number): PerSpouse<Traced> {
  const injured = toCents(ratio.amount.times(jointTax.amount));
  const other = subDec(jointTax.amount, injured);
  const r = formatRatio(ratio.amount, places);
  return {
    injured: money(
      'taxShare.injured',
      'Share of joint tax, injured spouse',
      'R-TAX-SHARE',
      injured,
      'tax ratio x joint income tax, rounded to the cent',
      () => ({ 'tax ratio': r, 'joint income tax': m(jointTax.amount) }),
    ),
    other: money(
      'taxShare.other',
      'Share of joint tax, other spouse',
      'R-TAX-SHARE',
      other,
      'joint income tax - injured spouse share',
      () => ({ 'joint income tax': m(jointTax.amount), 'injured spouse share': m(injured) }),
    ),
  };
}

/** R-CREDITS: share of tax less the spouse's nonrefundable credits (floored per option). */
export function netTax(spouse: SpouseKey, share: Traced, credits: Dec, o: MethodOptions): Traced {
  const raw = subDec(share.amount, credits);
  const floored = o.creditFloor === 'per-spouse';
  return money(
    `netTax.${spouse}`,
    `Share of tax after nonrefundable credits, ${spouse === 'injured' ? 'injured' : 'other'} spouse`,
    'R-CREDITS',
    floored ? maxDec(raw, ZERO) : raw,
    floored
      ? 'share of joint tax - nonrefundable credits (line 16), not below 0 (option creditFloor "per-spouse") [A]'
      : 'share of joint tax - nonrefundable credits (line 16); may be below 0 so the credit stays with its spouse [A]',
    () => ({ 'share of joint tax': m(share.amount), 'nonrefundable credits': m(credits) }),
  );
}

/** R-ES-SPLIT: joint estimated payments without an agreed split, by the tax ratio. */
export function splitJointEstimated(total: Dec, ratio: Traced, places: number): PerSpouse<Traced> {
  const injured = toCents(ratio.amount.times(total));
  const r = formatRatio(ratio.amount, places);
  return {
    injured: money(
      'estimatedSplit.injured',
      'Joint estimated payments, injured spouse part',
      'R-ES-SPLIT',
      injured,
      'joint estimated payments x tax ratio, rounded to the cent',
      () => ({ 'joint estimated payments': m(total), 'tax ratio': r }),
    ),
    other: money(
      'estimatedSplit.other',
      'Joint estimated payments, other spouse part',
      'R-ES-SPLIT',
      subDec(total, injured),
      'joint estimated payments - injured spouse part',
      () => ({ 'joint estimated payments': m(total), 'injured spouse part': m(injured) }),
    ),
  };
}

/** Earned income for the EIC split: wages + net self-employment earnings, not below 0. */
export function earnedIncome(f: SpouseFigures): Dec {
  return maxDec(addDec(f.wages, f.selfEmployment), ZERO);
}

export interface EicSplit extends PerSpouse<Traced> {
  readonly ratio: Traced;
}

/** R-EIC-SPLIT: the EIC by each spouse's earned income (without community property law). */
export function splitEic(eic: Dec, fig: PerSpouse<SpouseFigures>, places: number): EicSplit {
  const ei = earnedIncome(fig.injured);
  const eo = earnedIncome(fig.other);
  const total = addDec(ei, eo);
  const inputs = () => ({ 'injured earned income': m(ei), 'other earned income': m(eo) });
  const ratio = isAboveZero(total)
    ? figure(
        'eicRatio',
        'Injured spouse earned income ratio',
        'R-EIC-SPLIT',
        'ratio',
        roundRatio(ei.dividedBy(total), places),
        () => `injured earned income / both earned incomes, ${places} places half-up`,
        inputs,
      )
    : figure(
        'eicRatio',
        'Injured spouse earned income ratio',
        'R-EIC-SPLIT',
        'ratio',
        roundRatio(HALF, places),
        'neither spouse has earned income: one half [A]',
        inputs,
      );
  const injured = toCents(ratio.amount.times(eic));
  const r = formatRatio(ratio.amount, places);
  return {
    ratio,
    injured: money(
      'eic.injured',
      'Earned income credit, injured spouse part',
      'R-EIC-SPLIT',
      injured,
      'EIC on the joint return x earned income ratio, rounded to the cent',
      () => ({ 'earned income credit': m(eic), 'earned income ratio': r }),
    ),
    other: money(
      'eic.other',
      'Earned income credit, other spouse part',
      'R-EIC-SPLIT',
      subDec(eic, injured),
      'EIC on the joint return - injured spouse part',
      () => ({ 'earned income credit': m(eic), 'injured spouse part': m(injured) }),
    ),
  };
}

/** The per-spouse inputs of R-CONTRIB. */
export interface ContributionParts {
  readonly withholding: Dec;
  readonly estimatedPayments: Dec;
  readonly eic: Dec;
  readonly refundableCredits: Dec;
  readonly netTax: Dec;
  readonly otherTaxes: Dec;
}

/** R-CONTRIB: what one spouse put into the joint overpayment. */
export function contribution(spouse: SpouseKey, p: ContributionParts): Traced {
  const paid = sumDec([p.withholding, p.estimatedPayments, p.eic, p.refundableCredits]);
  return money(
    `contribution.${spouse}`,
    `Contribution to the joint overpayment, ${spouse === 'injured' ? 'injured' : 'other'} spouse`,
    'R-CONTRIB',
    subDec(paid, addDec(p.netTax, p.otherTaxes)),
    'withholding + estimated payments + EIC share + refundable credits - (share of tax after credits + other taxes)',
    () => ({
      withholding: m(p.withholding),
      'estimated payments': m(p.estimatedPayments),
      'EIC share': m(p.eic),
      'refundable credits': m(p.refundableCredits),
      'share of tax after credits': m(p.netTax),
      'other taxes': m(p.otherTaxes),
    }),
  );
}
