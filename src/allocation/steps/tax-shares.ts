import type { Dec } from '../../core/money.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import type { Traced } from '../../trace/traced.js';
import type { MethodOptions } from '../options.js';
import { creditsUsed, limitCredits, type CreditLimit } from './credit-limit.js';
import type { SpouseFigures } from './part-three.js';
import type { SeparateTax } from './separate-tax.js';
import { netTax, taxRatio, taxShares } from './shares.js';

/** Each spouse's share of the joint tax, after that spouse's nonrefundable credits. */
export interface TaxShareStep {
  readonly ratio: Traced;
  readonly share: PerSpouse<Traced>;
  /** The nonrefundable credits of each spouse, as entered. */
  readonly credits: PerSpouse<Dec>;
  readonly creditLimit: CreditLimit | null;
  /** The credits used: as entered, or limited to the joint tax (R-CREDIT-LIMIT). */
  readonly used: PerSpouse<Dec>;
  readonly net: PerSpouse<Traced>;
  readonly figures: readonly Traced[];
}

/** R-TAX-RATIO, R-TAX-SHARE, R-CREDIT-LIMIT and R-CREDITS. */
export function shareJointTax(
  sep: PerSpouse<SeparateTax>,
  jointTax: Traced,
  fig: PerSpouse<SpouseFigures>,
  o: MethodOptions,
): TaxShareStep {
  const ratio = taxRatio(sep, o);
  const share = taxShares(ratio, jointTax, o.ratioDecimals);
  const credits = {
    injured: fig.injured.nonrefundableCredits,
    other: fig.other.nonrefundableCredits,
  };
  const creditLimit = limitCredits(credits, jointTax.amount, o);
  const used = creditsUsed(creditLimit, credits);
  const net = {
    injured: netTax('injured', share.injured, used.injured, o),
    other: netTax('other', share.other, used.other, o),
  };
  const figures: Traced[] = [ratio, share.injured, share.other];
  if (creditLimit) {
    figures.push(
      creditLimit.entered,
      creditLimit.ratio,
      creditLimit.allowed.injured,
      creditLimit.allowed.other,
    );
  }
  figures.push(net.injured, net.other);
  return { ratio, share, credits, creditLimit, used, net, figures };
}
