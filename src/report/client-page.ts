/**
 * Page 1 of the worksheet, for the injured spouse: the refund and the offsets in a sentence each,
 * why in two or three plain sentences, and what to do next with this tax year's dates. No rule
 * ids, no formulas: those are for the reviewer part.
 */
import type { AllocationResult } from '../pipeline/result.js';
import { STATE_NAMES, type FilingMode } from '../official-form/index.js';
import { Dec, formatMoney } from '../core/money.js';
import { threeYearDeadline, longDate, returnDueDate } from './filing-dates.js';
import { displayDec, displayMoney, displayPercent, joinAnd } from './format.js';
import type { WorksheetClientPage, WorksheetNextStep } from './model.js';
import { firstName, type CaseNames } from './names.js';

/** The accessible name of the refund, kept stable for outside checks (and the app). */
export const REFUND_LABEL = 'Estimated refund to the injured spouse';

const TOP_PHONE = '800-304-3107';

const $ = (d: Dec): string => displayDec(d);

/** Builds page 1 from the result. */
export function buildClientPage(
  result: AllocationResult,
  names: CaseNames,
  warningCount: number,
): WorksheetClientPage {
  const injured = result.input.spouses.injured.name;
  const otherFirst = firstName(result.input.spouses.other.name);
  const year = result.taxYear;
  const d = result.distribution;
  const overpayment = result.overpayment.recomputed.amount;
  const refund = formatMoney(d.injuredRefund.amount);
  const title =
    overpayment.greaterThan(0) && result.eligibility.qualifies
      ? `For ${injured}: your share of the ${year} joint refund`
      : `For ${injured}: the ${year} joint return and Form 8379`;
  const checkFirst =
    warningCount === 0
      ? null
      : `Before filing, check the ${warningCount === 1 ? 'point' : `${warningCount} points`} under "Check these first" at the start of the computation.`;

  if (overpayment.lessThanOrEqualTo(0)) {
    return {
      status: 'no-overpayment',
      title,
      refundLabel: REFUND_LABEL,
      refund,
      headline: `The ${year} joint return has no overpayment, so there is no refund for ${injured} to claim on Form 8379.`,
      offsets: overpayment.isZero()
        ? 'The items give no overpayment and no balance due, so nothing could be taken for a debt.'
        : `The items give a balance due of ${$(overpayment.negated())}, so no refund could be taken for a debt.`,
      why: [
        `Form 8379 claims back a share of a joint refund that was taken for the other spouse's debt. Without an overpayment there is no refund to share.`,
      ],
      checkFirst,
      nextSteps: [
        {
          title: 'Check the figures',
          text: 'Compare the items with the joint return: a missing payment or credit can hide an overpayment.',
        },
        {
          title: 'If a refund of this return is taken later',
          text: `If an amended or corrected ${year} return gives a refund that is taken for a debt, file Form 8379 then.`,
        },
        ...(result.input.debts.some((x) => x.type === 'federalTax') ? [innocentSpouseStep()] : []),
      ],
    };
  }

  if (!result.eligibility.qualifies) {
    return {
      status: 'not-injured',
      title,
      refundLabel: REFUND_LABEL,
      refund,
      headline: `${injured} is not an injured spouse for the ${year} return (Part I stops at line ${result.eligibility.decidedAtLine}), so Form 8379 does not apply.`,
      offsets: offsetSentence(result, names, otherFirst),
      why: [result.eligibility.advice ?? 'Part I of Form 8379 stops before the allocation.'],
      checkFirst,
      nextSteps: [
        // A debt both spouses owe stops Part I at line 3 or 4: for a joint federal tax debt,
        // innocent spouse relief is the claim to make instead.
        ...(result.eligibility.stopReason === 'legally-obligated' ||
        result.eligibility.stopReason === 'no-separate-debt'
          ? [innocentSpouseStep()]
          : []),
        topStep(),
      ],
    };
  }

  return {
    status: 'refund',
    title,
    refundLabel: REFUND_LABEL,
    refund,
    headline: `${injured} should get back an estimated ${displayMoney(refund)} of the ${year} joint refund.`,
    offsets: offsetSentence(result, names, otherFirst),
    why: result.communityProperty
      ? communityPropertyWhy(result, otherFirst)
      : separatePropertyWhy(result, otherFirst),
    checkFirst,
    nextSteps: fileSteps(year, result.officialForm.filedWith),
  };
}

function offsetSentence(result: AllocationResult, names: CaseNames, otherFirst: string): string {
  const d = result.distribution;
  const total = $(result.overpayment.recomputed.amount);
  const taken = d.offsets.filter((o) => o.applied.amount.greaterThan(0));
  const rest = `${$(d.otherRefund.amount)} is refunded to ${otherFirst}`;
  if (taken.length === 0) {
    return d.offsets.length === 0
      ? `The case lists no debt of ${otherFirst}'s; ${rest}.`
      : `None of the joint overpayment of ${total} goes to ${otherFirst}'s debts; ${rest}.`;
  }
  const parts = taken.map(
    (o) => `${$(o.applied.amount)} goes to ${otherFirst}'s ${names.debt(o.index)}`,
  );
  return `Of the joint overpayment of ${total}, ${joinAnd(parts)}, and ${rest}.`;
}

function separatePropertyWhy(result: AllocationResult, otherFirst: string): string[] {
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
    `Your share is what you paid in (${$(paid)} in withholding, estimated payments and refundable credits) less your share of the joint return's tax (${$(tax)}): ${$(contribution)}.`,
    `The IRS divides the joint tax in proportion to the tax each of you would owe on a separate return; your part is ${displayPercent(ratio)}.`,
  ];
  if (contribution.lessThanOrEqualTo(0)) {
    sentences.push(
      `Your share of the tax is at least what you paid in, so no part of the overpayment is yours to claim back.`,
    );
  } else if (refund.lessThan(contribution)) {
    sentences.push(
      `A refund cannot be more than the joint overpayment, ${$(result.overpayment.recomputed.amount)}, so yours stops there.`,
    );
  } else {
    sentences.push(
      `Only ${otherFirst}'s share of the overpayment can be taken for ${otherFirst}'s debts.`,
    );
  }
  return sentences;
}

function communityPropertyWhy(result: AllocationResult, otherFirst: string): string[] {
  const cp = result.communityProperty!;
  const states = joinAnd(cp.states.map((s) => STATE_NAMES[s]));
  const a = cp.attribution;
  const contribution = result.contribution.injured.amount;
  const refund = result.distribution.injuredRefund.amount;
  const taken = result.distribution.totalOffset.amount;
  const sentences = [
    `${states} ${cp.states.length > 1 ? 'are community property states' : 'is a community property state'}: income either of you earned while married, and the tax paid from it, belongs to both of you, so ${otherFirst}'s debts can reach part of what you paid in.`,
    `You put ${$(contribution)} into the joint overpayment; under state law your share is ${$(cp.injuredShare.amount)}: your separate part, ${$(a.separateInjured.amount)}, plus half of the community part, ${$(a.community.amount)}.`,
  ];
  if (refund.lessThan(contribution)) {
    sentences.push(
      `${otherFirst}'s debts took ${$(taken)} of the ${$(result.overpayment.recomputed.amount)}, as far as state law lets them reach, so your estimated refund, ${$(refund)}, is less than what you paid in.`,
    );
  } else {
    sentences.push(
      `${otherFirst}'s debts took ${$(taken)}, no more than state law lets them reach, so your estimated refund is ${$(refund)}.`,
    );
  }
  return sentences;
}

/** What to do next, for the way the case says Form 8379 is filed (both ways when it does not say). */
function fileSteps(year: number, filedWith: FilingMode | null): WorksheetNextStep[] {
  const due = returnDueDate(year);
  return [
    ...HOW_TO_FILE[filedWith ?? 'notSaid'],
    {
      title: 'Deadline',
      text: `For the ${year} return (due ${longDate(due)}), file by ${longDate(threeYearDeadline(year))}, 3 years from the due date (from the day it was filed, if later, such as on an extension), or within 2 years of the day the refund was taken, whichever is later.`,
    },
    topStep(),
  ];
}

const COPY_FIGURES =
  'Copy the figures from "Enter on Form 8379", or fill the official form with form8379.';

/** File, where to send, how long: by the way Form 8379 is filed (Instructions for Form 8379). */
const HOW_TO_FILE: Readonly<Record<FilingMode | 'notSaid', readonly WorksheetNextStep[]>> = {
  notSaid: [
    {
      title: 'File Form 8379',
      text: `Either with the joint return (attach it and write "Injured Spouse" at the top left of Form 1040) or by itself after the return was filed, for example when a notice says the refund was taken. ${COPY_FIGURES} Filed by itself, you sign it alone.`,
    },
    {
      title: 'Where to send it',
      text: `With the joint return: wherever the return goes (e-filed with it, or mailed with it). By itself: to the IRS service center where the joint return was filed, with copies of both spouses' Forms W-2 and 1099 that show federal income tax withheld.`,
    },
    {
      title: 'How long it takes',
      text: 'About 11 weeks when filed with an e-filed return, 14 weeks with a paper return, and 8 weeks when filed by itself.',
    },
  ],
  originalReturn: [
    {
      title: 'File Form 8379 with the joint return',
      text: `E-filed, it goes in the same submission; on paper, attach it to the return and write "Injured Spouse" at the top left of Form 1040. ${COPY_FIGURES} Both spouses sign the return; Form 8379 itself is not signed then.`,
    },
    {
      title: 'Where to send it',
      text: 'Wherever the return goes: with the e-filed return, or in the same envelope as the paper return, to the address in the Form 1040 instructions.',
    },
    {
      title: 'How long it takes',
      text: 'About 11 weeks with an e-filed return, and 14 weeks with a paper return.',
    },
  ],
  amendedReturn: [
    {
      title: 'File Form 8379 with the amended return',
      text: `Attach it to Form 1040-X, the amended joint return, and write "Injured Spouse" at the top left of Form 1040-X. ${COPY_FIGURES}`,
    },
    {
      title: 'Where to send it',
      text: 'With the Form 1040-X, to the address its instructions give (or e-filed with it).',
    },
    {
      title: 'How long it takes',
      text: 'Form 8379 is processed with the amended return, which takes 8 to 12 weeks, sometimes up to 16.',
    },
  ],
  alone: [
    {
      title: 'File Form 8379 by itself',
      text: `After the joint return was filed, for example when a notice says the refund was taken. ${COPY_FIGURES} Sign Part IV yourself (only the injured spouse signs), and show both names and SSNs in the order of the joint return.`,
    },
    {
      title: 'Where to send it',
      text: "To the IRS service center where the joint return was filed (the Form 8379 instructions list them), with copies of both spouses' Forms W-2 and W-2G and any Form 1099 that shows federal income tax withheld. Not to the agency that took the refund.",
    },
    {
      title: 'How long it takes',
      text: 'About 8 weeks.',
    },
  ],
};

/** Who to call to learn which agency took the refund. */
export function topStep(): WorksheetNextStep {
  return {
    title: 'Which agency took the refund',
    text: `The Treasury Offset Program (${TOP_PHONE}) tells which agency took the refund and how much. Question the debt itself with that agency, not with the IRS.`,
  };
}

function innocentSpouseStep(): WorksheetNextStep {
  return {
    title: 'A joint federal tax debt',
    text: 'If the debt is a tax you owe together but believe only your spouse should pay, ask for innocent spouse relief on Form 8857 instead.',
  };
}
