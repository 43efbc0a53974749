import type { Dec } from '../../core/money.js';
import type { PerSpouse } from '../../core/per-spouse.js';
import type { Form8379Case } from '../../input/schema.js';
import type { RuleId } from '../../law/rules.js';
import type { AppliedAssumption } from '../../trace/assumptions.js';
import type { Distribution, OrderedDebt } from '../../trace/distribution.js';
import type { PartIIILineId } from '../../trace/form.js';
import type { LineEntry } from '../../trace/line-entry.js';
import type { Traced } from '../../trace/traced.js';
import type { ResultWarning } from '../../trace/warnings.js';

/** What every distribution starts from: the separate-property figures of the earlier steps. */
export interface DistributionInput {
  readonly case: Form8379Case;
  readonly ratioDecimals: number;
  /** Part III entries by line, before the joint estimated payments without a split are divided. */
  readonly entries: Readonly<Record<PartIIILineId, readonly LineEntry[]>>;
  /** Joint estimated payments divided by R-ES-SPLIT (their items are not in `entries`). */
  readonly unsplitJointEstimatedItems: readonly number[];
  /** The tax ratio (R-TAX-RATIO), which also divides those payments. */
  readonly taxRatio: Dec;
  readonly withholding: PerSpouse<Traced>;
  readonly estimatedPayments: PerSpouse<Traced>;
  readonly refundableCredits: PerSpouse<Traced>;
  readonly eic: PerSpouse<Traced>;
  readonly netTax: PerSpouse<Traced>;
  readonly otherTaxes: PerSpouse<Traced>;
  readonly contribution: PerSpouse<Traced>;
  readonly jointOverpayment: Dec;
  /** Part I outcome: whether the injured spouse has a claim at all. */
  readonly eligible: boolean;
  /** The other spouse's debts in offset order (R-OFFSET-ORDER). */
  readonly debts: readonly OrderedDebt[];
}

/** A strategy's answer: the distribution, what it adds to the result, and why. */
export interface DistributionOutcome<Details> {
  readonly distribution: Distribution;
  /** What the strategy adds to the result (`null` for separate property). */
  readonly details: Details;
  /** Figures of the strategy beyond the distribution's own, in the order computed. */
  readonly figures: readonly Traced[];
  readonly assumptions: readonly AppliedAssumption[];
  readonly warnings: readonly ResultWarning[];
}

/**
 * How the joint overpayment is divided between the injured spouse's refund, the other spouse's
 * debts and the other spouse's refund. One implementation for separate-property states, one per
 * community property rule group; the pipeline picks one from the case.
 */
export interface DistributionStrategy<Details> {
  /** `separate-property`, or `community-property:` and the rule group (`AZ/WI`, ...). */
  readonly id: string;
  readonly rules: readonly RuleId[];
  distribute(input: DistributionInput): DistributionOutcome<Details>;
}
