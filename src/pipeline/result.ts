import type { Form8379Case } from '../input/schema.js';
import type { Traced } from '../trace/traced.js';
import type { AppliedAssumption } from '../trace/assumptions.js';
import type { CreditLimit } from '../allocation/steps/credit-limit.js';
import type { ReturnFigureCheck } from '../allocation/steps/return-check.js';
import type { ResolvedOptions } from './options.js';
import type { Distribution } from '../allocation/distribution/offsets.js';
import type { Eligibility } from '../allocation/steps/part-one.js';
import type { PartIIILine, StandardDeductionSplit } from '../allocation/steps/part-three.js';
import type { SeparateTax } from '../allocation/steps/separate-tax.js';
import type { EicSplit, PerSpouse } from '../allocation/steps/shares.js';
import type { TaxComputation } from '../tax/compute-tax.js';
import type { CommunityPropertyResult } from '../community-property/types.js';

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

/** The joint overpayment recomputed and, when the case gives one, compared with the return. */
export interface OverpaymentCheck {
  readonly recomputed: Traced;
  /** The overpayment shown on the return, when given. */
  readonly reported: Traced | null;
  /** reported - recomputed, when reported. */
  readonly difference: Traced | null;
  /** Joint overpayment - both contributions (0 unless option creditFloor is "per-spouse"). */
  readonly unattributed: Traced;
}

/** A message about the input or the computation that a reviewer should read. */
export interface ResultWarning {
  /** Stable identifier, e.g. `return-figure-mismatch`, `credits-above-tax`. */
  readonly code: string;
  readonly message: string;
  /** The Form 1040 line the warning is about, when it is about one ("11"). */
  readonly line?: string;
  /** The field of the case the warning is about, when it is about one (`items[0].withholding`). */
  readonly path?: string;
  /** The figures the warning compares, as two-decimal strings (e.g. `onReturn`, `fromItems`). */
  readonly figures?: Readonly<Record<string, string>>;
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
  /** Every traced figure in the order computed. */
  readonly trace: readonly Traced[];
  readonly summary: AllocationSummary;
}
