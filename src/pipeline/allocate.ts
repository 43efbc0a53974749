import { addDec, subDec } from '../core/money.js';
import { Form8379Error, InvalidCaseError, UnsupportedCaseError } from '../core/errors.js';
import type { CaseInput, Form8379Case } from '../input/schema.js';
import { isValidatedCase, validateCase, type ValidatedCase } from '../input/validate.js';
import { readJsonText } from '../input/json-text.js';
import { getTaxYearParameters } from '../law/parameters/index.js';
import { appliedAssumptions } from '../allocation/steps/assumptions.js';
import { creditLimitEntry } from '../allocation/steps/credit-limit.js';
import { contributions } from '../allocation/steps/contributions.js';
import { orderDebts } from '../allocation/distribution/offsets.js';
import { jointIncomeTax, jointSums } from '../allocation/steps/joint-tax.js';
import { determineEligibility } from '../allocation/steps/part-one.js';
import { allocateItems, buildPartIIILines } from '../allocation/steps/part-three.js';
import { allocatePayments } from '../allocation/steps/payments.js';
import { checkReturnFigures } from '../allocation/steps/return-check.js';
import { reviewWarnings } from '../allocation/steps/review.js';
import { separateTax } from '../allocation/steps/separate-tax.js';
import { earnedIncome } from '../allocation/steps/shares.js';
import { shareJointTax } from '../allocation/steps/tax-shares.js';
import { buildOfficialForm, efileChecks, efileWarnings } from '../official-form/index.js';
import { orderAssumptions } from '../trace/assumptions.js';
import type { Traced } from '../trace/traced.js';
import { checkAfterFiling, type CheckCommunityProperty } from '../check/index.js';
import type { CommunityPropertyResult } from '../community-property/types.js';
import { resolveAsOf, resolveOptions, type AllocationOptions } from './options.js';
import type { AllocationResult } from './result.js';
import { selectStrategy } from './select-strategy.js';
import { summarize } from './summary.js';

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
 * validate once and allocate with several option sets). Only a case `validateCase` returned is
 * accepted: a case built by hand would reach the arithmetic unchecked ("41,250.00" is not a
 * number to it), so its type does not compile here, and at run time it is an error saying what
 * to call first.
 *
 * @throws Form8379Error (code `case-not-validated`) for a case that did not come from
 *   `validateCase`.
 */
export function allocateCase(c: ValidatedCase, options?: AllocationOptions): AllocationResult {
  if (!isValidatedCase(c)) {
    throw new Form8379Error(
      'case-not-validated',
      'allocateCase takes a case returned by validateCase: call validateCase(input) first and pass its result, or call allocate(input), which validates',
    );
  }
  return guarded(() => computeAllocation(c, options));
}

/**
 * A case given as JSON text is read exactly as written: not JSON, a key given twice, or a number
 * `JSON.parse` would read as another value is an input error, as in the CLI.
 */
function parseIfText(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const read = readJsonText(input);
  if (read.ok) return read.value;
  const { code, line, column, path, message } = read.problem;
  throw new InvalidCaseError([
    code === 'invalid-json'
      ? {
          path: '',
          message: `expected a case as JSON text: line ${line}, column ${column}: ${message}`,
        }
      : { path: path ?? '', message: `${message} (line ${line}, column ${column})` },
  ]);
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

/**
 * The allocation as a pipeline, in worksheet order: Part III, the separate taxes, the shares of
 * the joint tax, the payments, the contributions, Part I, then the distribution by the strategy
 * the case calls for. Each step is a function of the earlier steps' outputs and returns its
 * figures; the trace is those figures in step order.
 */
function computeAllocation(
  c: Form8379Case,
  options: AllocationOptions | undefined,
): AllocationResult {
  const o = resolveOptions(options);
  const asOf = resolveAsOf(options);
  const params = getTaxYearParameters(c.taxYear);
  if (c.communityProperty && !c.communityProperty.wholeYear) {
    throw new UnsupportedCaseError(
      'communityProperty.wholeYear',
      'a couple domiciled in a community property state for only part of the year is not supported: the items would have to be characterized period by period',
    );
  }
  const items = allocateItems(c, params);
  const fig = { injured: items.injured, other: items.other };
  const sums = jointSums(fig);
  const separate = {
    injured: separateTax('injured', fig.injured, params),
    other: separateTax('other', fig.other, params),
  };
  const joint = jointIncomeTax(c, fig, sums, params);
  const jointTax = joint.jointTax;
  const shares = shareJointTax(separate, jointTax, fig, o);
  const paid = allocatePayments(c, items, shares.ratio, o.ratioDecimals);
  const contrib = contributions(c, o, sums, jointTax.amount, shares, paid);
  const { overpayment } = contrib;
  const eligibility = determineEligibility(c, {
    payments: addDec(paid.withholding.injured.amount, paid.estimatedPayments.injured.amount),
    earnedIncome: earnedIncome(fig.injured),
    eic: paid.eic.injured.amount,
    additionalChildTaxCredit: fig.injured.additionalChildTaxCredit,
    otherRefundableCredits: subDec(
      paid.refundableCredits.injured.amount,
      fig.injured.additionalChildTaxCredit,
    ),
    jointOverpayment: overpayment.recomputed.amount,
  });
  const debts = orderDebts(c.debts, o);
  const outcome = selectStrategy(c, o).distribute({
    case: c,
    ratioDecimals: o.ratioDecimals,
    entries: items.entries,
    unsplitJointEstimatedItems: items.unsplitJointEstimatedItems,
    taxRatio: shares.ratio.amount,
    withholding: paid.withholding,
    estimatedPayments: paid.estimatedPayments,
    refundableCredits: paid.refundableCredits,
    eic: paid.eic,
    netTax: shares.net,
    otherTaxes: paid.otherTaxes,
    contribution: contrib.contribution,
    jointOverpayment: overpayment.recomputed.amount,
    eligible: eligibility.qualifies,
    debts,
  });
  const { distribution } = outcome;

  const returnCheck = checkReturnFigures(c, {
    totalIncome: sums.income,
    adjustments: sums.adjustments,
    deductions: sums.deduction,
    incomeTaxOfItems: joint.itemsTax,
    incomeTaxUsed: jointTax.amount,
    credits: sums.credits,
    otherTaxes: sums.otherTaxes,
    payments: contrib.payments,
  });
  const partIII = buildPartIIILines(items.entries, {
    '16': shares.creditLimit
      ? [creditLimitEntry(shares.creditLimit, shares.credits, o.ratioDecimals)]
      : [],
    '20': paid.estimatedSplitEntries,
  });
  const officialForm = buildOfficialForm({ case: c, eligibility, partIII });
  const efile = efileChecks(c, officialForm);
  const reviewed = reviewWarnings({
    case: c,
    returnCheck,
    overpayment,
    creditLimit: shares.creditLimit,
    jointTax: jointTax.amount,
    distributionWarnings: outcome.warnings,
  });
  // A form the IRS would reject is the first thing a preparer must know.
  const warnings = [...efileWarnings(officialForm, efile), ...reviewed];
  const assumptions = orderAssumptions([
    ...appliedAssumptions(c, o, {
      zeroTaxRatio: addDec(separate.injured.tax.amount, separate.other.tax.amount).isZero(),
      undatedDebts: c.debts.some((d) => !d.date) && c.debts.length > 1,
      creditsBelowZero:
        shares.net.injured.amount.isNegative() ||
        shares.net.other.amount.isNegative() ||
        o.creditFloor === 'per-spouse',
      schedule1A: addDec(fig.injured.schedule1A, fig.other.schedule1A).greaterThan(0),
      creditLimit: shares.creditLimit !== null,
    }),
    ...outcome.assumptions,
  ]);

  const trace: Traced[] = [
    separate.injured.taxableIncome,
    separate.other.taxableIncome,
    separate.injured.tax,
    separate.other.tax,
    jointTax,
    ...shares.figures,
    ...paid.figures,
    ...contrib.figures,
    ...outcome.figures,
    ...distributionFigures(distribution),
  ];

  // What happened after filing, against the estimate; a split set to its default is computed
  // again here, on the case without its afterFiling (so no check runs inside the check).
  const check = c.afterFiling
    ? checkAfterFiling({
        case: c,
        afterFiling: c.afterFiling,
        asOf,
        jointOverpayment: overpayment.recomputed,
        distribution,
        communityProperty: checkCommunityProperty(outcome.details),
        recomputeInjuredRefund: (modified) => {
          const { afterFiling: _afterFiling, ...plain } = modified;
          return computeAllocation(plain, options).distribution.injuredRefund.amount;
        },
      })
    : null;

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
    separate,
    jointTax,
    jointTaxComputation: joint.jointTaxComputation,
    returnCheck: returnCheck.checks,
    taxRatio: shares.ratio,
    taxShare: shares.share,
    creditLimit: shares.creditLimit,
    netTax: shares.net,
    otherTaxes: paid.otherTaxes,
    withholding: paid.withholding,
    estimatedPayments: paid.estimatedPayments,
    estimatedSplit: paid.estimatedSplit,
    eic: paid.eic,
    refundableCredits: paid.refundableCredits,
    contribution: contrib.contribution,
    overpayment,
    distribution,
    communityProperty: outcome.details,
    assumptions,
    warnings,
    officialForm,
    efile,
    check,
    trace,
    summary: summarize({
      separateTax: { injured: separate.injured.tax, other: separate.other.tax },
      taxRatio: shares.ratio.amount,
      ratioDecimals: o.ratioDecimals,
      taxShare: shares.share,
      contribution: contrib.contribution,
      jointOverpayment: overpayment.recomputed.amount,
      distribution,
    }),
  } satisfies AllocationResult);
}

/** The community property figures the after-filing check shows. */
function checkCommunityProperty(
  details: CommunityPropertyResult | null,
): CheckCommunityProperty | null {
  if (!details) return null;
  return {
    states: details.states,
    ruleGroup: details.ruleGroup,
    injuredShare: details.injuredShare.amount,
    debts: details.debts.map((d) => ({
      type: d.type,
      formula: d.rule.formula,
      citation: d.rule.citation,
      confidence: d.rule.confidence,
      reachable: d.reachable.amount,
    })),
  };
}

/** The distribution's figures in worksheet order. */
function distributionFigures(d: AllocationResult['distribution']): Traced[] {
  const list: Traced[] = [d.injuredShare];
  for (const s of d.offsets) {
    if (s.reachable) list.push(s.reachable);
    list.push(s.applied);
  }
  list.push(d.totalOffset, d.injuredRefund, d.otherRefund);
  return list;
}
