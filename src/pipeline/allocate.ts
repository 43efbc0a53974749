import { Form8379Error, InvalidCaseError, UnsupportedCaseError } from '../core/errors.js';
import type { CaseInput, Form8379Case } from '../input/schema.js';
import { validateCase } from '../input/validate.js';
import { Dec, ZERO, maxDec, sumDec } from '../core/money.js';
import { getTaxYearParameters } from '../law/parameters/index.js';
import { computeTax } from '../tax/compute-tax.js';
import type { Traced } from '../trace/traced.js';
import type { AppliedAssumption } from '../trace/assumptions.js';
import { creditLimitEntry, creditLimitWarning, creditsUsed, limitCredits } from '../allocation/steps/credit-limit.js';
import { formatRatio, m, money } from '../trace/figures.js';
import { resolveOptions, type AllocationOptions, type ResolvedOptions } from './options.js';
import { distributeSeparateProperty, orderDebts, type Distribution } from '../allocation/distribution/offsets.js';
import { determineEligibility } from '../allocation/steps/part-one.js';
import {
  JOINT_PAYMENT_KINDS,
  allocateItems,
  buildPartIIILines,
  type LineEntry,
  type SpouseFigures,
} from '../allocation/steps/part-three.js';
import { plausibilityWarnings } from '../allocation/steps/plausibility.js';
import { checkReturnFigures } from '../allocation/steps/return-check.js';
import { selfEmploymentTaxWarnings } from '../allocation/steps/self-employment.js';
import type {
  AllocationResult,
  AllocationSummary,
  OverpaymentCheck,
  ResultWarning,
} from './result.js';
import { describeTax, separateTax, taxInputs, type SpouseKey } from '../allocation/steps/separate-tax.js';
import {
  contribution,
  earnedIncome,
  netTax,
  splitEic,
  splitJointEstimated,
  taxRatio,
  taxShares,
  type PerSpouse,
} from '../allocation/steps/shares.js';
import type { CommunityPropertyResult } from '../community-property/types.js';
import {
  allocateCommunityProperty,
  type CommunityPropertyAllocation,
} from '../community-property/allocate-community-property.js';

/**
 * Validates `input` (a case, or its JSON text) and computes its Form 8379 allocation. The case is
 * typed ({@link CaseInput}: a misspelled field fails to compile); a case read from a file arrives
 * as JSON text, or as the `unknown` of `JSON.parse`, which is validated the same way at run time.
 *
 * @throws InvalidCaseError for bad input, naming every wrong field path.
 * @throws UnsupportedCaseError for a valid case this version does not compute.
 * @throws InvalidOptionError for an option out of range.
 * @throws Form8379Error (code `internal-error`) if anything else goes wrong: never a bare error.
 */
export function allocate(input: CaseInput | string, options?: AllocationOptions): AllocationResult {
  return guarded(() => computeAllocation(validateCase(parseIfText(input)), options));
}

/**
 * Computes the allocation of a case already validated by `validateCase` (for callers that
 * validate once and allocate with several option sets).
 */
export function allocateCase(c: Form8379Case, options?: AllocationOptions): AllocationResult {
  return guarded(() => computeAllocation(c, options));
}

function parseIfText(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch (e) {
    throw new InvalidCaseError([
      {
        path: '',
        message: `expected a case as JSON text: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
}

/** Lets the library's own errors through and wraps anything else in a typed error. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Form8379Error) throw e;
    const error = new Form8379Error(
      'internal-error',
      `form8379 internal error: ${e instanceof Error ? e.message : String(e)}; please report it with the case`,
    );
    (error as { cause?: unknown }).cause = e;
    throw error;
  }
}

function computeAllocation(
  c: Form8379Case,
  options: AllocationOptions | undefined,
): AllocationResult {
  const o = resolveOptions(options);
  const params = getTaxYearParameters(c.taxYear);
  if (c.communityProperty && !c.communityProperty.wholeYear) {
    throw new UnsupportedCaseError(
      'communityProperty.wholeYear',
      'a couple domiciled in a community property state for only part of the year is not supported: the items would have to be characterized period by period',
    );
  }
  const trace: Traced[] = [];
  const t = <T extends Traced>(x: T): T => {
    trace.push(x);
    return x;
  };
  const both = <T extends Traced>(p: PerSpouse<T>): PerSpouse<T> => {
    t(p.injured);
    t(p.other);
    return p;
  };

  const items = allocateItems(c, params);
  const fig: PerSpouse<SpouseFigures> = { injured: items.injured, other: items.other };
  const sums = jointSums(fig);

  const sep = {
    injured: separateTax('injured', fig.injured, params),
    other: separateTax('other', fig.other, params),
  };
  both({ injured: sep.injured.taxableIncome, other: sep.other.taxableIncome });
  both({ injured: sep.injured.tax, other: sep.other.tax });

  const { jointTax, jointTaxComputation, itemsTax } = jointIncomeTax(c, fig, sums, params);
  t(jointTax);
  const ratio = t(taxRatio(sep, o));
  const share = both(taxShares(ratio, jointTax, o.ratioDecimals));
  const credits = {
    injured: fig.injured.nonrefundableCredits,
    other: fig.other.nonrefundableCredits,
  };
  const creditLimit = limitCredits(credits, jointTax.amount, o);
  if (creditLimit) {
    t(creditLimit.entered);
    t(creditLimit.ratio);
    both(creditLimit.allowed);
  }
  const used = creditsUsed(creditLimit, credits);
  const net = both({
    injured: netTax('injured', share.injured, used.injured, o),
    other: netTax('other', share.other, used.other, o),
  });
  const otherTaxes = both(
    perSpouseMoney(
      'otherTaxes',
      'Other taxes (line 18)',
      'R-OTHER-TAXES',
      fig,
      (f) => f.otherTaxes,
      'other taxes allocated to the spouse they arise from (line 18)',
    ),
  );
  const withholding = both(
    perSpouseMoney(
      'withholding',
      'Federal income tax withheld (line 19)',
      'R-ALLOC-ITEM',
      fig,
      (f) => f.withholding,
      "withholding from the spouse's own Forms W-2, W-2G and 1099 (line 19)",
    ),
  );

  let estimatedSplit: PerSpouse<Traced> | null = null;
  const estimatedSplitEntries: LineEntry[] = [];
  if (items.unsplitJointEstimatedItems.length > 0) {
    estimatedSplit = both(splitJointEstimated(items.unsplitJointEstimated, ratio, o.ratioDecimals));
    estimatedSplitEntries.push({
      source: `joint estimated payments (${items.unsplitJointEstimatedItems.map((i) => `items[${i}]`).join(', ')}) split by R-ES-SPLIT`,
      itemIndex: items.unsplitJointEstimatedItems[0] ?? null,
      rule: 'R-ES-SPLIT',
      how: 'no agreed split: by the tax ratio',
      injured: estimatedSplit.injured.amount,
      other: estimatedSplit.other.amount,
    });
  }
  const estimatedPayments = both(
    perSpouseMoney(
      'estimatedPayments',
      'Estimated payments (line 20)',
      'R-ES-SPLIT',
      fig,
      (f, k) => f.estimatedPayments.plus(estimatedSplit ? estimatedSplit[k].amount : ZERO),
      "the spouse's own estimated payments + agreed shares of joint ones + R-ES-SPLIT part (line 20)",
    ),
  );

  const eicTotal = new Dec(c.jointReturn.earnedIncomeCredit ?? '0');
  const eic = splitEic(eicTotal, fig, o.ratioDecimals);
  t(eic.ratio);
  both(eic);
  const refundableCredits = both(
    perSpouseMoney(
      'refundableCredits',
      'Refundable credits (line 17)',
      'R-ALLOC-ITEM',
      fig,
      (f) => f.refundableCredits,
      'refundable credits other than the EIC allocated to the spouse (line 17)',
    ),
  );

  const contrib = both({
    injured: contribution('injured', {
      withholding: withholding.injured.amount,
      estimatedPayments: estimatedPayments.injured.amount,
      eic: eic.injured.amount,
      refundableCredits: refundableCredits.injured.amount,
      netTax: net.injured.amount,
      otherTaxes: otherTaxes.injured.amount,
    }),
    other: contribution('other', {
      withholding: withholding.other.amount,
      estimatedPayments: estimatedPayments.other.amount,
      eic: eic.other.amount,
      refundableCredits: refundableCredits.other.amount,
      netTax: net.other.amount,
      otherTaxes: otherTaxes.other.amount,
    }),
  });

  // Withholding + estimated payments + EIC + refundable credits (Form 1040 line 33).
  const payments = sumDec([
    sums.withholding,
    estimatedPayments.injured.amount,
    estimatedPayments.other.amount,
    eicTotal,
    sums.refundable,
  ]);
  const overpayment = overpaymentCheck(
    c,
    o,
    sums,
    payments,
    jointTax.amount,
    used.injured.plus(used.other),
    eicTotal,
    estimatedPayments,
    contrib,
  );
  t(overpayment.recomputed);
  if (overpayment.reported) t(overpayment.reported);
  if (overpayment.difference) t(overpayment.difference);
  t(overpayment.unattributed);

  const eligibility = determineEligibility(c, {
    payments: withholding.injured.amount.plus(estimatedPayments.injured.amount),
    earnedIncome: earnedIncome(fig.injured),
    eic: eic.injured.amount,
    additionalChildTaxCredit: fig.injured.additionalChildTaxCredit,
    otherRefundableCredits: refundableCredits.injured.amount.minus(
      fig.injured.additionalChildTaxCredit,
    ),
    jointOverpayment: overpayment.recomputed.amount,
  });

  const debts = orderDebts(c.debts, o);
  let distribution: Distribution;
  let communityProperty: CommunityPropertyResult | null = null;
  let cpAllocation: CommunityPropertyAllocation | null = null;
  if (c.communityProperty) {
    cpAllocation = allocateCommunityProperty({
      case: c,
      options: o,
      entries: items.entries,
      unsplitJointEstimatedItems: items.unsplitJointEstimatedItems,
      taxRatio: ratio.amount,
      withholding,
      estimatedPayments,
      refundableCredits,
      eic,
      netTax: net,
      otherTaxes,
      contribution: contrib,
      jointOverpayment: overpayment.recomputed.amount,
      eligible: eligibility.qualifies,
      debts,
    });
    distribution = cpAllocation.distribution;
    communityProperty = cpAllocation.result;
    for (const x of cpAllocation.trace) t(x);
  } else {
    distribution = distributeSeparateProperty(
      overpayment.recomputed.amount,
      contrib.injured.amount,
      eligibility.qualifies,
      debts,
    );
  }
  t(distribution.injuredShare);
  for (const s of distribution.offsets) {
    if (s.reachable) t(s.reachable);
    t(s.applied);
  }
  t(distribution.totalOffset);
  t(distribution.injuredRefund);
  t(distribution.otherRefund);

  // The return's own figures first: a mismatch there explains the rest.
  const returnCheck = checkReturnFigures(c, {
    totalIncome: sums.income,
    adjustments: sums.adjustments,
    deductions: sums.deduction,
    incomeTaxOfItems: itemsTax,
    incomeTaxUsed: jointTax.amount,
    credits: sums.credits,
    otherTaxes: sums.otherTaxes,
    payments,
  });
  const warnings: ResultWarning[] = [...returnCheck.warnings];
  if (overpayment.difference && !overpayment.difference.amount.isZero()) {
    warnings.push({
      code: 'overpayment-mismatch',
      line: '34',
      figures: {
        onReturn: m(overpayment.reported!.amount),
        fromItems: m(overpayment.recomputed.amount),
        difference: m(overpayment.difference.amount),
      },
      message: `The return shows an overpayment of ${m(overpayment.reported!.amount)} (Form 1040 line 34), but the items give ${m(overpayment.recomputed.amount)} (difference ${m(overpayment.difference.amount)}). The allocation uses the recomputed figure; check the items against the return.`,
    });
  }
  if (creditLimit) warnings.push(creditLimitWarning(creditLimit, jointTax.amount));
  warnings.push(...selfEmploymentTaxWarnings(c), ...plausibilityWarnings(c));
  if (cpAllocation) warnings.push(...cpAllocation.warnings);
  if (!c.communityProperty) {
    const marked = c.items.flatMap((item, i) =>
      (['character', 'fromSeparateProperty', 'jointManagement'] as const)
        .filter((field) => item[field] !== undefined)
        .map((field) => `items[${i}].${field}`),
    );
    if (marked.length > 0) {
      warnings.push({
        code: 'community-property-fields-ignored',
        message: `${marked.join(', ')} only matter in a community property state; this case has no communityProperty block, so they are ignored.`,
      });
    }
  }
  if (!overpayment.unattributed.amount.isZero()) {
    warnings.push({
      code: 'unattributed-overpayment',
      message: `${m(overpayment.unattributed.amount)} of the joint overpayment is not attributed to either spouse (option creditFloor "per-spouse").`,
    });
  }
  if (overpayment.recomputed.amount.lessThanOrEqualTo(0)) {
    warnings.push({
      code: 'no-overpayment',
      message: 'The joint return shows no overpayment, so there is nothing to offset or refund.',
    });
  }

  const partIII = buildPartIIILines(items.entries, {
    '16': creditLimit ? [creditLimitEntry(creditLimit, credits, o.ratioDecimals)] : [],
    '20': estimatedSplitEntries,
  });
  const assumptions = appliedAssumptions(c, o, {
    zeroTaxRatio: sep.injured.tax.amount.plus(sep.other.tax.amount).isZero(),
    undatedDebts: c.debts.some((d) => !d.date) && c.debts.length > 1,
    creditsBelowZero:
      net.injured.amount.isNegative() ||
      net.other.amount.isNegative() ||
      o.creditFloor === 'per-spouse',
    schedule1A: fig.injured.schedule1A.plus(fig.other.schedule1A).greaterThan(0),
    creditLimit: creditLimit !== null,
  });
  if (cpAllocation) {
    // The separate-property refund clamp does not describe a community property refund.
    const clamp = assumptions.findIndex((a) => a.id === 'A-REFUND-CLAMP');
    if (clamp >= 0) assumptions.splice(clamp, 1);
    assumptions.push(...cpAllocation.assumptions);
  }

  const pair = (injured: Dec, other: Dec) =>
    Object.freeze({ injured: m(injured), other: m(other) });
  const summary: AllocationSummary = Object.freeze({
    separateTax: pair(sep.injured.tax.amount, sep.other.tax.amount),
    taxRatio: formatRatio(ratio.amount, o.ratioDecimals),
    taxShare: pair(share.injured.amount, share.other.amount),
    contribution: pair(contrib.injured.amount, contrib.other.amount),
    jointOverpayment: m(overpayment.recomputed.amount),
    injuredSpouseRefund: m(distribution.injuredRefund.amount),
    otherSpouseRefund: m(distribution.otherRefund.amount),
    offsets: Object.freeze(
      distribution.offsets.map((s) => Object.freeze({ type: s.type, amount: m(s.applied.amount) })),
    ),
  });

  // The result and its summary are frozen; everything below is readonly by type only: freezing
  // every nested object and array took about half of an allocation (bench/PERFORMANCE.md).
  return Object.freeze({
    taxYear: c.taxYear,
    formRevision: 'Nov 2023',
    input: c,
    options: o,
    eligibility,
    partIII,
    standardDeduction: items.standardDeduction,
    separate: sep,
    jointTax,
    jointTaxComputation,
    returnCheck: returnCheck.checks,
    taxRatio: ratio,
    taxShare: share,
    creditLimit,
    netTax: net,
    otherTaxes,
    withholding,
    estimatedPayments,
    estimatedSplit,
    eic,
    refundableCredits,
    contribution: contrib,
    overpayment,
    distribution,
    communityProperty,
    assumptions,
    warnings,
    trace,
    summary,
  } satisfies AllocationResult);
}

function perSpouseMoney(
  key: string,
  label: string,
  rule: Traced['rule'],
  fig: PerSpouse<SpouseFigures>,
  pick: (f: SpouseFigures, k: SpouseKey) => Dec,
  formula: string,
): PerSpouse<Traced> {
  const one = (k: SpouseKey) =>
    money(
      `${key}.${k}`,
      `${label}, ${k === 'injured' ? 'injured' : 'other'} spouse`,
      rule,
      pick(fig[k], k),
      formula,
    );
  return { injured: one('injured'), other: one('other') };
}

/** R-JOINT-TAX: the joint income tax from the return, or computed at MFJ rates. */
/** Both spouses' figures added up once: the joint return's totals of the items. */
interface JointSums {
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

function jointSums(fig: PerSpouse<SpouseFigures>): JointSums {
  const add = (pick: (f: SpouseFigures) => Dec) => pick(fig.injured).plus(pick(fig.other));
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

function jointIncomeTax(
  c: Form8379Case,
  fig: PerSpouse<SpouseFigures>,
  sums: JointSums,
  params: ReturnType<typeof getTaxYearParameters>,
) {
  const { income, adjustments, deduction } = sums;
  // The joint capital gain worksheet nets both spouses' gains and losses before taking the part
  // above 0, so this is not the sum of the spouses' preferential incomes.
  const preferential = fig.injured.qualifiedDividends
    .plus(fig.other.qualifiedDividends)
    .plus(maxDec(fig.injured.capitalGain.plus(fig.other.capitalGain), ZERO));
  const ti = maxDec(income.minus(adjustments).minus(deduction), ZERO);
  const computation = computeTax(ti, preferential, 'MFJ', params);
  if (c.jointReturn.incomeTax !== undefined) {
    return {
      itemsTax: computation.tax,
      jointTax: money(
        'jointTax',
        'Joint income tax',
        'R-JOINT-TAX',
        new Dec(c.jointReturn.incomeTax),
        'income tax shown on the joint return (Form 1040 line 18: line 16 plus Schedule 2 Part I), as given',
        { 'jointReturn.incomeTax': m(new Dec(c.jointReturn.incomeTax)) },
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
      `computed at married-filing-jointly rates on joint taxable income ${m(ti)} = ${m(income)} income - ${m(adjustments)} adjustments - ${m(deduction)} deduction: ${describeTax(computation)}`,
      {
        ...taxInputs(computation, preferential),
        income: m(income),
        adjustments: m(adjustments),
        deduction: m(deduction),
      },
    ),
    jointTaxComputation: computation,
  };
}

function overpaymentCheck(
  c: Form8379Case,
  o: ResolvedOptions,
  sums: JointSums,
  payments: Dec,
  jointTax: Dec,
  credits: Dec,
  eic: Dec,
  estimated: PerSpouse<Traced>,
  contrib: PerSpouse<Traced>,
): OverpaymentCheck {
  const { withholding, refundable, otherTaxes } = sums;
  const est = estimated.injured.amount.plus(estimated.other.amount);
  const limited = o.creditFloor === 'per-spouse';
  const taxAfterCredits = limited ? maxDec(jointTax.minus(credits), ZERO) : jointTax.minus(credits);
  const recomputedAmount = payments.minus(taxAfterCredits.plus(otherTaxes));
  const recomputed = money(
    'jointOverpayment',
    'Joint overpayment (recomputed)',
    'R-JOINT-OVERPAYMENT',
    recomputedAmount,
    limited
      ? 'withholding + estimated payments + EIC + refundable credits - (joint tax - nonrefundable credits, not below 0, + other taxes)'
      : 'withholding + estimated payments + EIC + refundable credits - (joint tax - nonrefundable credits + other taxes)',
    {
      withholding: m(withholding),
      'estimated payments': m(est),
      EIC: m(eic),
      'refundable credits': m(refundable),
      'joint tax': m(jointTax),
      'nonrefundable credits': m(credits),
      'other taxes': m(otherTaxes),
    },
  );
  const reportedRaw = c.jointReturn.overpayment;
  const reported =
    reportedRaw === undefined
      ? null
      : money(
          'reportedOverpayment',
          'Joint overpayment shown on the return',
          'R-JOINT-OVERPAYMENT',
          new Dec(reportedRaw),
          'as given in jointReturn.overpayment',
          { 'jointReturn.overpayment': m(new Dec(reportedRaw)) },
        );
  const difference =
    reported === null
      ? null
      : money(
          'overpaymentDifference',
          'Return figure - recomputed figure',
          'R-JOINT-OVERPAYMENT',
          reported.amount.minus(recomputedAmount),
          'overpayment on the return - recomputed overpayment',
          { 'on the return': m(reported.amount), recomputed: m(recomputedAmount) },
        );
  const unattributedAmount = recomputedAmount
    .minus(contrib.injured.amount)
    .minus(contrib.other.amount);
  const unattributed = money(
    'unattributedOverpayment',
    'Overpayment not attributed to either spouse',
    'R-CREDITS',
    unattributedAmount,
    'joint overpayment - injured contribution - other contribution',
    {
      'joint overpayment': m(recomputedAmount),
      'injured contribution': m(contrib.injured.amount),
      'other contribution': m(contrib.other.amount),
    },
  );
  return { recomputed, reported, difference, unattributed };
}

interface AssumptionFlags {
  zeroTaxRatio: boolean;
  undatedDebts: boolean;
  creditsBelowZero: boolean;
  schedule1A: boolean;
  creditLimit: boolean;
}

/** The [A] rules this computation relied on, with the options that change them. */
function appliedAssumptions(
  c: Form8379Case,
  o: ResolvedOptions,
  f: AssumptionFlags,
): AppliedAssumption[] {
  const list: AppliedAssumption[] = [];
  const jointItems = c.items.some(
    (i) => i.spouse === 'joint' && i.injuredShare === undefined && !JOINT_PAYMENT_KINDS.has(i.kind),
  );
  if (jointItems) {
    list.push({
      id: 'A-JOINT-EQUAL',
      rule: 'R-ALLOC-ITEM',
      option: null,
      value: null,
      alternatives: ['give the agreed split with "injuredShare" on the item'],
      text: 'Joint items without an agreed split ("injuredShare") are divided equally between the spouses.',
    });
  }
  if (f.zeroTaxRatio) {
    list.push({
      id: 'A-ZERO-TAX-RATIO',
      rule: 'R-TAX-RATIO',
      option: 'zeroTaxRatio',
      value: o.zeroTaxRatio,
      alternatives: ['taxable-income', 'equal'],
      text:
        o.zeroTaxRatio === 'equal'
          ? 'Both separate taxes are 0, so the ratio is one half.'
          : 'Both separate taxes are 0, so the ratio follows the separate taxable incomes (one half when both are 0).',
    });
  }
  if (f.creditsBelowZero) {
    list.push({
      id: 'A-CREDIT-FLOOR',
      rule: 'R-CREDITS',
      option: 'creditFloor',
      value: o.creditFloor,
      alternatives: ['none', 'per-spouse'],
      text:
        o.creditFloor === 'none'
          ? `A spouse's nonrefundable credits may take that spouse's net tax below 0, so the credit stays with the spouse it belongs to and the contributions add up to the joint overpayment${o.creditLimit === 'none' ? '; the joint overpayment is not limited by the Form 1040 rule that nonrefundable credits cannot exceed the tax (option creditLimit "none")' : ''}.`
          : "Each spouse's net tax is floored at 0 and the joint overpayment limits nonrefundable credits to the joint tax (as Form 1040 does); any difference is reported as unattributed.",
    });
  }
  if (f.creditLimit) {
    list.push({
      id: 'A-CREDIT-LIMIT',
      rule: 'R-CREDIT-LIMIT',
      option: 'creditLimit',
      value: o.creditLimit,
      alternatives: ['joint-tax', 'none'],
      text: "The credits entered above the joint tax are not used; the credits that are used (the joint tax) are split in proportion to each spouse's own credits.",
    });
  }
  if (f.undatedDebts) {
    list.push({
      id: 'A-UNDATED-DEBTS',
      rule: 'R-OFFSET-ORDER',
      option: 'undatedDebts',
      value: o.undatedDebts,
      alternatives: ['input-order', 'undated-first'],
      text:
        o.undatedDebts === 'input-order'
          ? 'Within one priority level, debts without a date come after dated ones, in the order given.'
          : 'Within one priority level, debts without a date come before dated ones, in the order given.',
    });
  }
  if (f.schedule1A) {
    list.push({
      id: 'A-SCHEDULE-1A',
      rule: 'R-SEP-TI',
      option: null,
      value: null,
      alternatives: [],
      text: "Schedule 1-A deductions (2025+) go to the spouse they relate to and reduce that spouse's separate taxable income (on line 15).",
    });
  }
  list.push({
    id: 'A-REFUND-CLAMP',
    rule: 'R-IS-REFUND',
    option: null,
    value: null,
    alternatives: [],
    text: "The injured spouse's refund is the injured contribution, not below 0 and not above the joint overpayment.",
  });
  if (c.jointReturn.earnedIncomeCredit === undefined) {
    list.push({
      id: 'A-NO-EIC',
      rule: 'R-EIC-SPLIT',
      option: null,
      value: null,
      alternatives: ['give jointReturn.earnedIncomeCredit'],
      text: 'The case gives no earned income credit (jointReturn.earnedIncomeCredit), so none is allocated.',
    });
  }
  return list;
}
