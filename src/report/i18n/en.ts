/**
 * Every sentence of the worksheet a person reads, in English: page 1 (the client page, with its
 * stop and no-overpayment forms) and "Enter on Form 8379". Keyed by id; a value is a string or a
 * function of typed placeholders (amounts already printed as `$1,819.00`, dates as words). The
 * Spanish catalogue (es.ts) has this shape (`WorksheetCatalogue`). The reviewer part ("How the
 * refund was computed") is English in every language and is not here.
 */
import type { CommunityPropertyState, DebtType } from '../../input/schema.js';
import type { PartIIILineId } from '../../trace/form.js';
import { DEBT_LABELS } from '../../trace/form.js';
import type { StopReason } from '../../allocation/steps/part-one.js';
import { midSentence } from '../format.js';
import { STATE_NAMES, WHOLE_DOLLAR_ROUNDING } from '../../official-form/index.js';
import { joinList, plural, type Lang } from './lang.js';

const list = (parts: readonly string[]) => joinList('en', parts);

/** The `Shown first` / `Shown second` of Part II. */
type Order = 'first' | 'second';

export const en = {
  lang: 'en' as Lang,

  page: {
    title: 'Injured Spouse Allocation Worksheet (Form 8379)',
    taxYear: 'tax year',
    jointReturnOf: 'Joint return of',
    datePrepared: 'Date prepared',
    preparedBy: 'Prepared by',
    caseTitle: 'Case',
    why: 'Why',
    whatNext: 'What to do next',
    disclaimer:
      "The injured spouse's refund on this worksheet is an estimate of the IRS computation, not a " +
      'determination: the IRS makes its own allocation when it processes Form 8379, and the amount ' +
      'it refunds can differ.',
    and: 'and',
    pageHeader: (year: number) => `Form 8379 worksheet, tax year ${year}`,
    pageWord: 'Page',
    pageOf: 'of',
    /** A sentence at the top of the reviewer part, in the page's language; none in English. */
    reviewerInEnglish: null as string | null,
  },

  client: {
    refundLabel: 'Estimated refund to the injured spouse',
    titleRefund: (injured: string, year: number) =>
      `For ${injured}: your share of the ${year} joint refund`,
    titleOther: (injured: string, year: number) =>
      `For ${injured}: the ${year} joint return and Form 8379`,
    checkFirst: (n: number) =>
      `Before filing, check the ${plural('en', n, { one: 'point', other: `${n} points` })} under "Check these first" at the start of the computation.`,

    noOverpaymentHeadline: (injured: string, year: number) =>
      `The ${year} joint return has no overpayment, so there is no refund for ${injured} to claim on Form 8379.`,
    noOverpaymentNothing:
      'The items give no overpayment and no balance due, so nothing could be taken for a debt.',
    noOverpaymentBalanceDue: (balance: string) =>
      `The items give a balance due of ${balance}, so no refund could be taken for a debt.`,
    noOverpaymentWhy:
      "Form 8379 claims back a share of a joint refund that was taken for the other spouse's debt. Without an overpayment there is no refund to share.",
    checkFiguresTitle: 'Check the figures',
    checkFiguresText:
      'Compare the items with the joint return: a missing payment or credit can hide an overpayment.',
    laterRefundTitle: 'If a refund of this return is taken later',
    laterRefundText: (year: number) =>
      `If an amended or corrected ${year} return gives a refund that is taken for a debt, file Form 8379 then.`,

    notInjuredHeadline: (injured: string, year: number, line: number) =>
      `${injured} is not an injured spouse for the ${year} return (Part I stops at line ${line}), so Form 8379 does not apply.`,
    notInjuredWhyDefault: 'Part I of Form 8379 stops before the allocation.',
    /** Why Part I stops, by the reason (as src/allocation/steps/part-one.ts gives it). */
    stopAdvice: null as null | Readonly<Record<StopReason, string>>,

    refundHeadline: (injured: string, refund: string, year: number) =>
      `${injured} should get back an estimated ${refund} of the ${year} joint refund.`,

    /** `X is refunded to Alex`: the end of the offsets sentence. */
    restToOther: (amount: string, other: string) => `${amount} is refunded to ${other}`,
    offsetsNoDebt: (other: string, rest: string) =>
      `The case lists no debt of ${other}'s; ${rest}.`,
    offsetsNoneTaken: (total: string, other: string, rest: string) =>
      `None of the joint overpayment of ${total} goes to ${other}'s debts; ${rest}.`,
    offsetTaken: (amount: string, other: string, debt: string) =>
      `${amount} goes to ${other}'s ${debt}`,
    offsetsTaken: (total: string, parts: readonly string[], rest: string) =>
      `Of the joint overpayment of ${total}, ${list(parts)}, and ${rest}.`,
    /** A debt's name on page 1: its kind, and what tells it apart from others of its kind. */
    debtName: (type: DebtType, qualifier: string | null) =>
      qualifier ? `${debtWords(type)} (${qualifier})` : debtWords(type),

    whyPaidIn: (paid: string, tax: string, contribution: string) =>
      `Your share is what you paid in (${paid} in withholding, estimated payments and refundable credits) less your share of the joint return's tax (${tax}): ${contribution}.`,
    whyRatio: (percent: string) =>
      `The IRS divides the joint tax in proportion to the tax each of you would owe on a separate return; your part is ${percent}.`,
    whyNothingPaidIn:
      'Your share of the tax is at least what you paid in, so no part of the overpayment is yours to claim back.',
    whyCapped: (overpayment: string) =>
      `A refund cannot be more than the joint overpayment, ${overpayment}, so yours stops there.`,
    whyOnlyOther: (other: string) =>
      `Only ${other}'s share of the overpayment can be taken for ${other}'s debts.`,

    cpStates: (states: readonly CommunityPropertyState[], other: string) =>
      `${list(states.map((s) => STATE_NAMES[s]))} ${states.length > 1 ? 'are community property states' : 'is a community property state'}: income either of you earned while married, and the tax paid from it, belongs to both of you, so ${other}'s debts can reach part of what you paid in.`,
    cpShare: (contribution: string, share: string, separate: string, community: string) =>
      `You put ${contribution} into the joint overpayment; under state law your share is ${share}: your separate part, ${separate}, plus half of the community part, ${community}.`,
    cpReachedLess: (other: string, taken: string, overpayment: string, refund: string) =>
      `${other}'s debts took ${taken} of the ${overpayment}, as far as state law lets them reach, so your estimated refund, ${refund}, is less than what you paid in.`,
    cpReachedAll: (other: string, taken: string, refund: string) =>
      `${other}'s debts took ${taken}, no more than state law lets them reach, so your estimated refund is ${refund}.`,
  },

  steps: {
    deadlineTitle: 'Deadline',
    deadlineText: (year: number, due: string, deadline: string) =>
      `For the ${year} return (due ${due}), file by ${deadline}, 3 years from the due date (from the day it was filed, if later, such as on an extension), or within 2 years of the day the refund was taken, whichever is later.`,
    copyFigures:
      'Copy the figures from "Enter on Form 8379", or fill the official form with form8379.',
    notSaidFileTitle: 'File Form 8379',
    notSaidFileText: (copy: string) =>
      `Either with the joint return (attach it and write "Injured Spouse" at the top left of Form 1040) or by itself after the return was filed, for example when a notice says the refund was taken. ${copy} Filed by itself, you sign it alone.`,
    notSaidWhereText:
      "With the joint return: wherever the return goes (e-filed with it, or mailed with it). By itself: to the IRS service center where the joint return was filed, with copies of both spouses' Forms W-2 and 1099 that show federal income tax withheld.",
    notSaidHowLongText:
      'About 11 weeks when filed with an e-filed return, 14 weeks with a paper return, and 8 weeks when filed by itself.',
    originalFileTitle: 'File Form 8379 with the joint return',
    originalFileText: (copy: string) =>
      `E-filed, it goes in the same submission; on paper, attach it to the return and write "Injured Spouse" at the top left of Form 1040. ${copy} Both spouses sign the return; Form 8379 itself is not signed then.`,
    originalWhereText:
      'Wherever the return goes: with the e-filed return, or in the same envelope as the paper return, to the address in the Form 1040 instructions.',
    originalHowLongText: 'About 11 weeks with an e-filed return, and 14 weeks with a paper return.',
    amendedFileTitle: 'File Form 8379 with the amended return',
    amendedFileText: (copy: string) =>
      `Attach it to Form 1040-X, the amended joint return, and write "Injured Spouse" at the top left of Form 1040-X. ${copy}`,
    amendedWhereText:
      'With the Form 1040-X, to the address its instructions give (or e-filed with it).',
    amendedHowLongText:
      'Form 8379 is processed with the amended return, which takes 8 to 12 weeks, sometimes up to 16.',
    aloneFileTitle: 'File Form 8379 by itself',
    aloneFileText: (copy: string) =>
      `After the joint return was filed, for example when a notice says the refund was taken. ${copy} Sign Part IV yourself (only the injured spouse signs), and show both names and SSNs in the order of the joint return.`,
    aloneWhereText:
      "To the IRS service center where the joint return was filed (the Form 8379 instructions list them), with copies of both spouses' Forms W-2 and W-2G and any Form 1099 that shows federal income tax withheld. Not to the agency that took the refund.",
    aloneHowLongText: 'About 8 weeks.',
    whereTitle: 'Where to send it',
    howLongTitle: 'How long it takes',
    topTitle: 'Which agency took the refund',
    topText: (phone: string) =>
      `The Treasury Offset Program (${phone}) tells which agency took the refund and how much. Question the debt itself with that agency, not with the IRS.`,
    innocentTitle: 'A joint federal tax debt',
    innocentText:
      'If the debt is a tax you owe together but believe only your spouse should pay, ask for innocent spouse relief on Form 8857 instead.',
  },

  /**
   * Page 1 of a case with `afterFiling`: what was received against the estimate, and the check's
   * next steps (their English is the check's own, src/check; test/worksheet-spanish.test.ts holds
   * the two equal).
   */
  check: {
    returnChanged: (irs: string, overpayment: string, difference: string) =>
      `The IRS changed the return: its figure is ${irs} but the return's overpayment is ${overpayment} (${difference}), so the estimate must be recomputed on the IRS's figures, and the other checks are on the return as filed.`,
    headline: (
      received: string,
      interest: string | null,
      estimate: string,
      difference: string,
      because: string,
    ) =>
      `You received ${received}${interest ? ` (${interest} of it interest)` : ''}; the estimate is ${estimate}; the difference of ${difference} is ${because}.`,
    becausePending: (waitEnds: string) =>
      `not a problem yet: the IRS may still be processing Form 8379 until ${waitEnds}`,
    becauseRounding: 'rounding (whole-dollar forms and a 4-decimal ratio)',
    becauseReturnChanged: 'explained by the change the IRS made to the return',
    becauseDefaultSplit: (item: string) =>
      `what the estimate gives when ${item} is split the IRS's default way instead of as agreed`,
    becauseCommunityProperty: (states: readonly CommunityPropertyState[]) =>
      `a matter of ${states.join(' and ')} community property law, which the IRS applies itself`,
    becauseUnexplained:
      'not explained by the estimate: ask the IRS for the allocation worksheet it used',
    /** A joint item the check split the IRS's way: `the joint interest`. */
    splitItem: (name: string, described: boolean) =>
      described ? `the joint item "${name}"` : `the ${name}`,
    steps: {
      readNotice: (irsPhone: string) =>
        `Read the IRS notice that explains the change (a math error or an adjustment); if you agree, enter the corrected return in the case to recompute the estimate, and if you do not, answer the notice or call the IRS at ${irsPhone}.`,
      agencyDispute: (topPhone: string) =>
        `If a debt is wrong or already paid, write to the agency named on the offset notice: the Treasury Offset Program (${topPhone}) cannot resolve a dispute about the debt itself.`,
      callTop: (topPhone: string, tty: string) =>
        `Call the Treasury Offset Program at ${topPhone} (TTY ${tty}) to learn which agency took how much, and correct the debts in the case.`,
      wait: (waitEnds: string, irsPhone: string) =>
        `Wait until ${waitEnds}; if the refund has not arrived by then, call the IRS at ${irsPhone}.`,
      enterCorrected: (irsPhone: string) =>
        `Enter the return as the IRS corrected it and compute the estimate again; if the IRS's change is wrong, answer its notice or call the IRS at ${irsPhone}.`,
      reconsider: (item: string) =>
        `Ask the IRS to reconsider with a new Form 8379 that shows the agreed split of ${item}, with copies of both spouses' Forms W-2 and 1099 that show withholding.`,
      requestCharacterized:
        'Ask the IRS for a copy of the injured spouse allocation worksheet it used and for the items it characterized or allocated differently.',
      request:
        'Ask the IRS for a copy of the injured spouse allocation worksheet it used and for the items it allocated differently.',
      reportInterest: (amount: string) =>
        `Report the ${amount} of interest as income for the year you received it (interest on a refund is taxable; assumed).`,
      deadlinePassed:
        'The time to claim has passed: a tax professional or the Taxpayer Advocate Service can say whether anything else applies.',
      fileBy: (date: string) => `If Form 8379 is not filed yet, file it by ${date}.`,
      refileUntil: (date: string) => `A new Form 8379 can be filed until ${date}.`,
      advocate: (tasPhone: string) =>
        `If the IRS has not answered 30 days after your letter, or the wait causes a hardship, ask the Taxpayer Advocate Service for help with Form 911 (${tasPhone}).`,
    },
    /** Step titles, by the check the step comes from. */
    titles: {
      'R-CHECK-OVERPAYMENT': 'The IRS changed the return',
      'R-CHECK-OFFSETS': 'The offsets',
      'R-CHECK-REFUND': 'The refund',
      'R-CHECK-INTEREST': 'Interest',
      'R-CHECK-DEADLINES': 'Deadline',
    },
    sendLetter: {
      request: 'Write to the IRS (letter A)',
      reconsider: 'Write to the IRS (letter B)',
      advocate: 'The Taxpayer Advocate Service (letter C)',
      agency: 'Write to the agency (letter D)',
    },
    noAnswer: (mark: string) => `If the IRS does not answer (letter ${mark})`,
    next: 'Next',
    /** The line that sends a letter: its mark, title and how to print the draft. */
    letterSentence: (mark: string, id: string, title: string) =>
      `Draft: letter ${mark}, "${title}" (form8379 allocate --letter ${id}).`,
    letterTitles: {
      request: "Request for the IRS's injured spouse allocation worksheet",
      reconsider: 'Request for reconsideration, with a new Form 8379',
      advocate: 'Request for help from the Taxpayer Advocate Service (Form 911)',
      agency: 'Letter to the agency that took the refund',
    },
  },

  /** "Enter on Form 8379": the form's own labels stay English; `translate` gives the words beside. */
  formEntry: {
    heading: (revision: string) => `Enter on Form 8379 (Rev. ${revision})`,
    doNotFile: (outcome: string) =>
      `${outcome} Do not file Form 8379 for this return; Part I below shows where it stops.`,
    /** The heading in fixed-width text. */
    headingText: (revision: string) => `ENTER ON FORM 8379 (REV. ${revision})`,
    partI: 'Part I',
    partII: 'Part II, line 10',
    partIII: 'Part III, whole dollars',
    line: 'Line',
    onTheReturn: 'On the return',
    name: 'Name',
    ssn: 'SSN',
    injuredBox: 'Injured spouse box',
    /** Fixed-width text: the SSN and the box, mid-sentence, and the short column headings. */
    ssnShort: 'SSN',
    injuredBoxMid: 'injured spouse box',
    shortColumns: { total: '(a) Joint', injured: '(b) Injured', other: '(c) Other' },
    shown: (order: Order) => `Shown ${order}`,
    orderNotGiven: 'Order not given',
    ssnNotGiven: 'not given',
    checked: 'checked',
    notChecked: 'not checked',
    item: 'Item',
    ssnMasked: 'SSNs are masked here to the last four digits: copy them from the return.',
    markedAdjusted: '(marked *)',
    sourcesUnder: 'Under each line, its sources in cents, (b) / (c);',
    sourcesBelow: 'The sources of each line, in cents, are in the computation below.',
    columns: (total: string, injured: string, other: string) =>
      `Columns: ${total}; ${injured}; ${other}.`,
    /** The Spanish (or other) words beside a form label; `null` in English, which is the form's. */
    translate: null as null | {
      readonly yes: string;
      readonly no: string;
      readonly question: Readonly<Record<number, string>>;
      readonly partIII: Readonly<Record<PartIIILineId, string>>;
      readonly columns: {
        readonly total: string;
        readonly injured: string;
        readonly other: string;
      };
    },
    partIINoteUnordered: (injured: string) =>
      `Line 10: the case does not say whose name is shown first on the joint return. Enter the two names and SSNs exactly as on the return, in its order, and check the injured spouse's box on ${injured}'s row; mark the spouse shown first ("shownFirst") in the case to have the order printed here and on the filled form.`,
    partIINote:
      "Line 10: names and SSNs exactly as on the joint return, in its order, with the injured spouse's box checked.",
    /** An e-file rejection: the engine's sentence (English) or, in another language, a pointer to it. */
    efileReject: (message: string) => `${message[0]?.toUpperCase() ?? ''}${message.slice(1)}.`,
    line11Checked: 'Line 11: checked (the refund is issued in both names).',
    line11NotChecked:
      'Line 11: not checked (only for a divorced or separated spouse who wants the refund in both names).',
    line12No: "Line 12: No (the refund goes to the return's address).",
    line12Yes: (address: string) => `Line 12: Yes, mail the refund to ${address}.`,
    partIVNotSaid:
      'Part IV: only when Form 8379 is filed by itself (the case does not say): the injured spouse signs and dates it.',
    partIVBlank: (amended: boolean) =>
      `Part IV: leave blank; it is completed only when Form 8379 is filed by itself, not with the ${amended ? 'amended return' : 'return'}.`,
    partIVAlone: (phone: string | null) =>
      `Part IV (filed by itself): the injured spouse signs and dates it by hand${phone ? `; phone ${phone}` : ''}.`,
    preparer: (p: {
      name: string;
      ptin: string | null;
      selfEmployed: boolean;
      firm: string;
      ein: string | null;
      phone: string | null;
    }) =>
      `Paid preparer: ${p.name}${p.ptin ? `, PTIN ${p.ptin}` : ''}${p.selfEmployed ? ', self-employed' : ''}${p.firm ? `; firm ${p.firm}` : ''}${p.ein ? `, EIN ${p.ein}` : ''}${p.phone ? `, phone ${p.phone}` : ''}; signs and dates by hand.`,
    noPreparer: 'No paid preparer.',
    efileHeadAlone:
      'IRS e-file rules (they apply only when Form 8379 goes with an e-filed return; filed by itself, it is mailed):',
    efileHead: 'IRS e-file rules for Form 8379:',
    efilePass: (passing: number, total: number) => `${passing} of ${total} pass.`,
    /** Each failing rule: its id and the engine's detail (English); another language names the ids. */
    efileFails: (fails: readonly { id: string; detail: string }[]) =>
      `Would be rejected: ${fails.map((r) => `${r.id} (${r.detail})`).join('; ')}.`,
    efileUnknown: (groups: readonly { ids: readonly string[]; question: string }[]) =>
      `Not known from the case: ${groups.map((g) => `${g.ids.join(' and ')} (${g.question})`).join('; ')}.`,
    unknownQuestion: {
      'jointReturn.address': "where the return's address is",
      'jointReturn.efileBlockingForms':
        'whether the return has Form 2555, 8833, 8888, 4563, 5074 or 8689',
      'jointReturn.nonrefundableCredits': "the return's total credits, Form 1040 line 21",
      'spouses.injured.shownFirst': 'whose name is shown first',
    } as Readonly<Record<string, string>>,
    rounding: WHOLE_DOLLAR_ROUNDING,
    adjusted: (lines: readonly string[]) =>
      `On line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}, (c) is a dollar away from its own cents rounded for that reason.`,
    standardDeduction: (basic: string, perBox: string, injuredBoxes: number, otherBoxes: number) =>
      `Line 15: the standard deduction's basic amount, ${basic}, is split equally; ` +
      `${perBox} per box checked for age 65 or blindness goes to that spouse ` +
      `(boxes: injured spouse ${injuredBoxes}, other spouse ${otherBoxes}).`,
  },
};

/** Debts by kind, mid-sentence (`Alex's past-due child support`), as the reviewer part names them. */
const debtWords = (type: DebtType) => midSentence(DEBT_LABELS[type]);

/** The shape every worksheet catalogue has. */
export type WorksheetCatalogue = typeof en;
