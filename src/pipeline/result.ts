import type { ResultWarning } from '../trace/warnings.js';
import type { OverpaymentCheck } from '../allocation/steps/overpayment.js';

export type { OverpaymentCheck };
import type { Distribution } from '../trace/distribution.js';
import type { PerSpouse } from '../core/per-spouse.js';
import type { Form8379Case } from '../input/schema.js';
import type { Traced } from '../trace/traced.js';
import type { AppliedAssumption } from '../trace/assumptions.js';
import type { CreditLimit } from '../allocation/steps/credit-limit.js';
import type { ReturnFigureCheck } from '../allocation/steps/return-check.js';
import type { ResolvedOptions } from './options.js';
import type { Eligibility } from '../allocation/steps/part-one.js';
import type { PartIIILine, StandardDeductionSplit } from '../allocation/steps/part-three.js';
import type { SeparateTax } from '../allocation/steps/separate-tax.js';
import type { EicSplit } from '../allocation/steps/shares.js';
import type { TaxComputation } from '../tax/compute-tax.js';
import type { CommunityPropertyResult } from '../community-property/types.js';
import type { EfileRuleCheck, OfficialForm } from '../official-form/model.js';
import type { AfterFilingCheck } from '../check/types.js';

/** The `summary` of a result: exactly the `expected` keys of the case format, as strings. */
export interface AllocationSummary {
  readonly separateTax: { readonly injured: string; readonly other: string };
  readonly taxRatio: string;
  readonly taxShare: { readonly injured: string; readonly other: string };
  readonly contribution: { readonly injured: string; readonly other: string };
  readonly jointOverpayment: string;
  readonly injuredSpouseRefund: string;
  readonly otherSpouseRefund: string;
  readonly offsets: readonly { readonly type: string; readonly amount: string }[];
}

/**
 * Everything the allocation computed, read-only: every field is `readonly`, and the object itself
 * and its `summary` are frozen at run time (the nested figures are not: deep freezing cost about
 * half of an allocation). Money is decimal.js in this object; use `resultToJson` for the JSON
 * form with two-decimal strings.
 */
export interface AllocationResult {
  readonly taxYear: number;
  /** The Form 8379 revision whose line numbers are used. */
  readonly formRevision: 'Nov 2023';
  readonly input: Form8379Case;
  readonly options: ResolvedOptions;
  readonly eligibility: Eligibility;
  readonly partIII: readonly PartIIILine[];
  readonly standardDeduction: StandardDeductionSplit | null;
  readonly separate: PerSpouse<SeparateTax>;
  readonly jointTax: Traced;
  /** Present when the joint tax was computed (the case gave no `jointReturn.incomeTax`). */
  readonly jointTaxComputation: TaxComputation | null;
  /** Each `jointReturn` total the case gives, beside the same total of the items (R-RETURN-CHECK). */
  readonly returnCheck: readonly ReturnFigureCheck[];
  /** R-CREDIT-LIMIT, when the items' credits were more than the joint tax. */
  readonly creditLimit: CreditLimit | null;
  readonly taxRatio: Traced;
  readonly taxShare: PerSpouse<Traced>;
  readonly netTax: PerSpouse<Traced>;
  readonly otherTaxes: PerSpouse<Traced>;
  readonly withholding: PerSpouse<Traced>;
  readonly estimatedPayments: PerSpouse<Traced>;
  /** R-ES-SPLIT, when joint estimated payments had no agreed split. */
  readonly estimatedSplit: PerSpouse<Traced> | null;
  readonly eic: EicSplit;
  readonly refundableCredits: PerSpouse<Traced>;
  readonly contribution: PerSpouse<Traced>;
  readonly overpayment: OverpaymentCheck;
  readonly distribution: Distribution;
  readonly communityProperty: CommunityPropertyResult | null;
  readonly assumptions: readonly AppliedAssumption[];
  readonly warnings: readonly ResultWarning[];
  /**
   * Every field of Form 8379 (Rev. November 2023) as this case fills it: what "Enter on Form
   * 8379" prints and `form8379/pdf` writes. Part III in whole dollars, (a) = (b) + (c).
   */
  readonly officialForm: OfficialForm;
  /**
   * The IRS's e-file business rules for Form 8379, each `passes`, `fails` or `unknown` (empty
   * when Part I stops). A failure is also a warning `efile-reject`.
   */
  readonly efile: readonly EfileRuleCheck[];
  /**
   * What the IRS did after Form 8379 was filed (the case's `afterFiling`) against the estimate:
   * the overpayment, the offsets, the refund (classified), the interest and the deadlines, each
   * with its figures, rule, explanation and next step (docs/check.md). `null` when the case has
   * no `afterFiling`.
   */
  readonly check: AfterFilingCheck | null;
  /** Every traced figure in the order computed. */
  readonly trace: readonly Traced[];
  readonly summary: AllocationSummary;
}
