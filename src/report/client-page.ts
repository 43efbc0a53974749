/**
 * Page 1 of the worksheet, for the injured spouse: the refund and the offsets in a sentence each,
 * why in two or three plain sentences, and what to do next with this tax year's dates. No rule
 * ids, no formulas: those are for the reviewer part. Every sentence comes from the page's
 * catalogue (i18n/en.ts, i18n/es.ts); only figures, names and dates are filled in here.
 */
import type { AllocationResult } from '../pipeline/result.js';
import type { FilingMode } from '../official-form/index.js';
import { Dec, formatMoney } from '../core/money.js';
import { threeYearDeadline, returnDueDate } from './filing-dates.js';
import { displayDec, displayMoney, displayPercent } from './format.js';
import type { WorksheetClientPage, WorksheetNextStep } from './model.js';
import { firstName, type CaseNames } from './names.js';
import { en, type WorksheetCatalogue } from './i18n/en.js';
import { formatLongDate } from './i18n/lang.js';

import { TOP_PHONE } from '../check/words.js';

const $ = (d: Dec): string => displayDec(d);

/** Builds page 1 from the result, in the catalogue's language. */
export function buildClientPage(
  result: AllocationResult,
  names: CaseNames,
  warningCount: number,
  cat: WorksheetCatalogue = en,
): WorksheetClientPage {
  const c = cat.client;
  const injured = result.input.spouses.injured.name;
  const otherFirst = firstName(result.input.spouses.other.name);
  const year = result.taxYear;
  const d = result.distribution;
  const overpayment = result.overpayment.recomputed.amount;
  const refund = formatMoney(d.injuredRefund.amount);
  const title =
    overpayment.greaterThan(0) && result.eligibility.qualifies
      ? c.titleRefund(injured, year)
      : c.titleOther(injured, year);
  const checkFirst = warningCount === 0 ? null : c.checkFirst(warningCount);

  if (overpayment.lessThanOrEqualTo(0)) {
    return {
      status: 'no-overpayment',
      title,
      lead: [],
      refundLabel: c.refundLabel,
      refund,
      headline: c.noOverpaymentHeadline(injured, year),
      offsets: overpayment.isZero()
        ? c.noOverpaymentNothing
        : c.noOverpaymentBalanceDue($(overpayment.negated())),
      why: [c.noOverpaymentWhy],
      checkFirst,
      nextSteps: [
        { title: c.checkFiguresTitle, text: c.checkFiguresText },
        { title: c.laterRefundTitle, text: c.laterRefundText(year) },
        ...(result.input.debts.some((x) => x.type === 'federalTax')
          ? [innocentSpouseStep(cat)]
          : []),
      ],
    };
  }

  if (!result.eligibility.qualifies) {
    const reason = result.eligibility.stopReason;
    const advice =
      c.stopAdvice && reason ? c.stopAdvice[reason] : (result.eligibility.advice ?? null);
    return {
      status: 'not-injured',
      title,
      lead: [],
      refundLabel: c.refundLabel,
      refund,
      headline: c.notInjuredHeadline(injured, year, result.eligibility.decidedAtLine),
      offsets: offsetSentence(result, names, otherFirst, cat),
      why: [advice ?? c.notInjuredWhyDefault],
      checkFirst,
      nextSteps: [
        // A debt both spouses owe stops Part I at line 3 or 4: for a joint federal tax debt,
        // innocent spouse relief is the claim to make instead.
        ...(reason === 'legally-obligated' || reason === 'no-separate-debt'
          ? [innocentSpouseStep(cat)]
          : []),
        topStep(cat),
      ],
    };
  }

  return {
    status: 'refund',
    title,
    lead: [],
    refundLabel: c.refundLabel,
    refund,
    headline: c.refundHeadline(injured, displayMoney(refund), year),
    offsets: offsetSentence(result, names, otherFirst, cat),
    why: result.communityProperty
      ? communityPropertyWhy(result, otherFirst, cat)
      : separatePropertyWhy(result, otherFirst, cat),
    checkFirst,
    nextSteps: fileSteps(year, result.officialForm.filedWith, cat),
  };
}

function offsetSentence(
  result: AllocationResult,
  names: CaseNames,
  otherFirst: string,
  cat: WorksheetCatalogue,
): string {
  const c = cat.client;
  const d = result.distribution;
  const total = $(result.overpayment.recomputed.amount);
  const taken = d.offsets.filter((o) => o.applied.amount.greaterThan(0));
  const rest = c.restToOther($(d.otherRefund.amount), otherFirst);
  if (taken.length === 0) {
    return d.offsets.length === 0
      ? c.offsetsNoDebt(otherFirst, rest)
      : c.offsetsNoneTaken(total, otherFirst, rest);
  }
  const debts = result.input.debts;
  const parts = taken.map((o) => {
    const debt = debts[o.index];
    const name = debt ? c.debtName(debt.type, names.debtQualifier(o.index)) : names.debt(o.index);
    return c.offsetTaken($(o.applied.amount), otherFirst, name);
  });
  return c.offsetsTaken(total, parts, rest);
}

function separatePropertyWhy(
  result: AllocationResult,
  otherFirst: string,
  cat: WorksheetCatalogue,
): string[] {
  const c = cat.client;
  const paid = [
    result.withholding.injured,
    result.estimatedPayments.injured,
    result.eic.injured,
    result.refundableCredits.injured,
  ].reduce((sum, t) => sum.plus(t.amount), new Dec(0));
  const tax = result.netTax.injured.amount.plus(result.otherTaxes.injured.amount);
  const contribution = result.contribution.injured.amount;
  const refund = result.distribution.injuredRefund.amount;
  const ratio = result.taxRatio.amount.toFixed(result.options.ratioDecimals);
  const sentences = [
    c.whyPaidIn($(paid), $(tax), $(contribution)),
    c.whyRatio(displayPercent(ratio)),
  ];
  if (contribution.lessThanOrEqualTo(0)) {
    sentences.push(c.whyNothingPaidIn);
  } else if (refund.lessThan(contribution)) {
    sentences.push(c.whyCapped($(result.overpayment.recomputed.amount)));
  } else {
    sentences.push(c.whyOnlyOther(otherFirst));
  }
  return sentences;
}

function communityPropertyWhy(
  result: AllocationResult,
  otherFirst: string,
  cat: WorksheetCatalogue,
): string[] {
  const c = cat.client;
  const cp = result.communityProperty!;
  const a = cp.attribution;
  const contribution = result.contribution.injured.amount;
  const refund = result.distribution.injuredRefund.amount;
  const taken = result.distribution.totalOffset.amount;
  return [
    c.cpStates(cp.states, otherFirst),
    c.cpShare(
      $(contribution),
      $(cp.injuredShare.amount),
      $(a.separateInjured.amount),
      $(a.community.amount),
    ),
    refund.lessThan(contribution)
      ? c.cpReachedLess(otherFirst, $(taken), $(result.overpayment.recomputed.amount), $(refund))
      : c.cpReachedAll(otherFirst, $(taken), $(refund)),
  ];
}

/** What to do next, for the way the case says Form 8379 is filed (both ways when it does not say). */
function fileSteps(
  year: number,
  filedWith: FilingMode | null,
  cat: WorksheetCatalogue,
): WorksheetNextStep[] {
  const s = cat.steps;
  const date = (d: Parameters<typeof formatLongDate>[1]) => formatLongDate(cat.lang, d);
  return [
    ...howToFile(filedWith ?? 'notSaid', cat),
    {
      title: s.deadlineTitle,
      text: s.deadlineText(year, date(returnDueDate(year)), date(threeYearDeadline(year))),
    },
    topStep(cat),
  ];
}

/** File, where to send, how long: by the way Form 8379 is filed (Instructions for Form 8379). */
function howToFile(mode: FilingMode | 'notSaid', cat: WorksheetCatalogue): WorksheetNextStep[] {
  const s = cat.steps;
  const copy = s.copyFigures;
  const [file, where, howLong] = {
    notSaid: [
      { title: s.notSaidFileTitle, text: s.notSaidFileText(copy) },
      s.notSaidWhereText,
      s.notSaidHowLongText,
    ],
    originalReturn: [
      { title: s.originalFileTitle, text: s.originalFileText(copy) },
      s.originalWhereText,
      s.originalHowLongText,
    ],
    amendedReturn: [
      { title: s.amendedFileTitle, text: s.amendedFileText(copy) },
      s.amendedWhereText,
      s.amendedHowLongText,
    ],
    alone: [
      { title: s.aloneFileTitle, text: s.aloneFileText(copy) },
      s.aloneWhereText,
      s.aloneHowLongText,
    ],
  }[mode] as [WorksheetNextStep, string, string];
  return [file, { title: s.whereTitle, text: where }, { title: s.howLongTitle, text: howLong }];
}

/** Who to call to learn which agency took the refund. */
export function topStep(cat: WorksheetCatalogue = en): WorksheetNextStep {
  return { title: cat.steps.topTitle, text: cat.steps.topText(TOP_PHONE) };
}

function innocentSpouseStep(cat: WorksheetCatalogue): WorksheetNextStep {
  return { title: cat.steps.innocentTitle, text: cat.steps.innocentText };
}
