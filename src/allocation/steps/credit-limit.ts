import type { LineEntry } from '../../trace/line-entry.js';
import type { ResultWarning } from '../../trace/warnings.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import { Decimal } from 'decimal.js';
import { toCents, type Dec, addDec, compareDec, subDec } from '../../core/money.js';
import type { Traced } from '../../trace/traced.js';
import { figure, formatRatio, m, money } from '../../trace/figures.js';
import type { MethodOptions } from '../options.js';

/** R-CREDIT-LIMIT applied: the items' credits were more than the joint tax. */
export interface CreditLimit {
  /** Both spouses' nonrefundable credits as entered (line 16 before the limit). */
  readonly entered: Traced;
  /** The injured spouse's part of the entered credits, 4 places half-up. */
  readonly ratio: Traced;
  /** The credits used for each spouse: the joint tax split by {@link ratio}. */
  readonly allowed: PerSpouse<Traced>;
}

/**
 * R-CREDIT-LIMIT: the joint return's nonrefundable credits never exceed its income tax (Form
 * 1040 line 22 is not below 0), so credits entered above the joint tax are limited to it and
 * attributed in proportion to each spouse's own credits. `null` when the credits fit, or when the
 * option `creditLimit` is `"none"`.
 */
export function limitCredits(
  credits: PerSpouse<Dec>,
  jointTax: Dec,
  o: MethodOptions,
): CreditLimit | null {
  const total = addDec(credits.injured, credits.other);
  if (o.creditLimit === 'none' || compareDec(total, jointTax) <= 0) return null;
  const places = o.ratioDecimals;
  const ratio = credits.injured.dividedBy(total).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const injured = toCents(ratio.times(jointTax));
  const r = formatRatio(ratio, places);
  return {
    entered: money(
      'creditsEntered',
      'Nonrefundable credits entered (both spouses)',
      'R-CREDIT-LIMIT',
      total,
      'injured spouse credits + other spouse credits (line 16 as entered)',
      () => ({
        'injured spouse credits': m(credits.injured),
        'other spouse credits': m(credits.other),
      }),
    ),
    ratio: figure(
      'creditRatio',
      "Injured spouse's part of the credits",
      'R-CREDIT-LIMIT',
      'ratio',
      ratio,
      () => `injured spouse credits / both spouses' credits, ${places} places half-up [A]`,
      () => ({ 'injured spouse credits': m(credits.injured), 'both spouses': m(total) }),
    ),
    allowed: {
      injured: money(
        'creditsAllowed.injured',
        'Nonrefundable credits used, injured spouse',
        'R-CREDIT-LIMIT',
        injured,
        'joint income tax x credit ratio, rounded to the cent (credits above the joint tax are not used)',
        () => ({ 'joint income tax': m(jointTax), 'credit ratio': r }),
      ),
      other: money(
        'creditsAllowed.other',
        'Nonrefundable credits used, other spouse',
        'R-CREDIT-LIMIT',
        subDec(jointTax, injured),
        'joint income tax - injured spouse credits used',
        () => ({ 'joint income tax': m(jointTax), 'injured spouse credits used': m(injured) }),
      ),
    },
  };
}

/** The Part III line 16 entry that takes the credits down to the joint tax. */
export function creditLimitEntry(
  limit: CreditLimit,
  credits: PerSpouse<Dec>,
  places: number,
): LineEntry {
  return {
    source: 'nonrefundable credits above the joint tax (not used on the return)',
    itemIndex: null,
    rule: 'R-CREDIT-LIMIT',
    how: `limited to the joint tax, split ${formatRatio(limit.ratio.amount, places)} to the injured spouse`,
    injured: subDec(limit.allowed.injured.amount, credits.injured),
    other: subDec(limit.allowed.other.amount, credits.other),
  };
}

/** The credits each spouse's share of tax is reduced by: as entered, or as limited. */
export function creditsUsed(limit: CreditLimit | null, credits: PerSpouse<Dec>): PerSpouse<Dec> {
  if (!limit) return credits;
  return { injured: limit.allowed.injured.amount, other: limit.allowed.other.amount };
}

/** The warning of R-CREDIT-LIMIT: both figures, the Form 1040 line, and what the allocation used. */
export function creditLimitWarning(limit: CreditLimit, jointTax: Dec): ResultWarning {
  const entered = limit.entered.amount;
  return {
    code: 'credits-above-tax',
    line: '21',
    figures: { credits: m(entered), jointTax: m(jointTax), creditsUsed: m(jointTax) },
    message: `The nonrefundable credits of the items (${m(entered)}) are more than the joint income tax (${m(jointTax)}), but Form 1040 line 22 cannot go below 0: the unused part of a child tax credit becomes the additional child tax credit (line 28), entered as its own item. The allocation uses ${m(jointTax)} of credits, split in proportion to each spouse's credits (option creditLimit).`,
  };
}
