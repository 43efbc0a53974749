import { Dec, ZERO, addDec, compareDec, subDec, sumDec } from '../core/money.js';
import type { AfterFiling, TranscriptLine } from '../input/after-filing.js';
import { DEBT_TYPES, type DebtType, type Form8379Case } from '../input/schema.js';
import {
  addDays,
  addYears,
  compareDates,
  isoDate,
  laterDate,
  parseIsoDate,
  threeYearDeadline,
  type CalendarDate,
} from '../law/filing-dates.js';
import { RULES } from '../law/rules.js';
import { DEBT_LABELS } from '../trace/form.js';
import type { Distribution } from '../trace/distribution.js';
import type { Traced } from '../trace/traced.js';
import {
  CHECK_LETTERS,
  type AfterFilingCheck,
  type CheckCommunityProperty,
  type CheckDeadline,
  type CheckFigure,
  type CheckNextStep,
  type DeadlinesCheckResult,
  type InterestCheckResult,
  type OffsetComparison,
  type OffsetsCheckResult,
  type OverpaymentCheckResult,
  type PendingWait,
  type RefundCheckResult,
  type RefundClass,
  type SplitTrial,
} from './types.js';
import {
  CHECK_PHONES,
  IRS_PHONE,
  TAS_PHONE,
  TOP_PHONE,
  TOP_TTY,
  dateWords,
  dollars,
} from './words.js';

/** What the check reads of the allocation, and how to recompute it with a split changed. */
export interface CheckInput {
  /** The validated case (its `afterFiling` is the check's input). */
  readonly case: Form8379Case;
  readonly afterFiling: AfterFiling;
  /** "Today" (YYYY-MM-DD), or `null`: the core never reads the clock. */
  readonly asOf: string | null;
  /** R-JOINT-OVERPAYMENT: the overpayment recomputed from the items. */
  readonly jointOverpayment: Traced;
  readonly distribution: Distribution;
  /** The community property figures, `null` outside community property states. */
  readonly communityProperty: CheckCommunityProperty | null;
  /**
   * The estimate's injured refund for a modified case (one joint split set to its default): the
   * pipeline passes its own allocation here, so this layer needs no import of it.
   */
  readonly recomputeInjuredRefund: (modified: Form8379Case) => Dec;
}

/** R-CHECK-REFUND `rounding`: at most $5 apart, in either direction. */
export const ROUNDING_TOLERANCE = new Dec('5.00');
/** `irs-default-split`: the recomputed refund within a dollar of what was received. */
const SPLIT_TOLERANCE = new Dec('1.00');
/** R-CHECK-OVERPAYMENT: less than a dollar apart is the return's whole-dollar rounding. */
const RETURN_TOLERANCE = new Dec('1.00');

const within = (x: Dec, tolerance: Dec, strict = false) =>
  strict ? x.abs().lessThan(tolerance) : x.abs().lessThanOrEqualTo(tolerance);
const amount = (text: string | undefined): Dec => (text === undefined ? ZERO : new Dec(text));
/** A transcript amount: credits are shown with a minus sign; either sign is read as its size. */
const lineAmount = (l: TranscriptLine): Dec => amount(l.amount).abs();
const est = (rule: keyof typeof RULES) => `estimate, ${rule}`;

/**
 * Checks what happened after filing against the estimate (result-check.md section 2): the
 * overpayment, the offsets, the refund (classified), the interest and the deadlines, in that
 * order. Pure: "today" is `input.asOf`, never the clock.
 */
export function checkAfterFiling(input: CheckInput): AfterFilingCheck {
  const af = input.afterFiling;
  const transcript = af.transcript ?? [];
  const overpayment = checkOverpayment(input);
  const changed = overpayment.class === 'return-changed';
  const notes: string[] = [];
  const offsets = checkOffsets(input, transcript, changed);
  const filed = filingDate(af, transcript, notes);
  const pending = pendingWait(input, filed);
  const interest = interestFigure(af, transcript);
  const refund = checkRefund(input, transcript, { changed, overpayment, pending, interest, filed });
  const interestCheck = checkInterest(interest, changed);
  const deadlines = checkDeadlines(input, transcript, filed, refund.class, changed);
  const checks = [
    ordered(overpayment),
    ordered(offsets),
    ordered(refund),
    ordered(interestCheck),
    ordered(deadlines),
  ] as const;

  transcriptNotes(transcript, notes);
  if (
    input.case.debts.some((d) => d.type === 'childSupport') ||
    (af.offsetNotice?.offsets ?? []).some((o) => o.debtType === 'childSupport')
  ) {
    notes.push(
      'A child support agency may hold an offset from a joint return for up to 6 months (45 CFR 303.72(h)(5)).',
    );
  }

  const nextSteps: CheckNextStep[] = [];
  for (const c of checks) {
    if (c.nextStep && !nextSteps.some((s) => s.text === c.nextStep?.text)) {
      nextSteps.push(c.nextStep);
    }
  }
  if (nextSteps.some((s) => s.letter === 'request' || s.letter === 'reconsider')) {
    nextSteps.push({
      text: `If the IRS has not answered 30 days after your letter, or the wait causes a hardship, ask the Taxpayer Advocate Service for help with Form 911 (${TAS_PHONE}).`,
      letter: 'advocate',
    });
  }
  const named = new Set(nextSteps.map((s) => s.letter));
  const letters = CHECK_LETTERS.filter((l) => named.has(l));
  const headline = refundHeadline(refund, input);
  const lead: string[] = [];
  if (changed) lead.push(overpayment.explanation);
  if (headline) lead.push(headline);

  return {
    asOf: input.asOf,
    onReturnAsFiled: changed,
    headline,
    lead,
    checks,
    nextSteps,
    letters,
    notes,
    phones: CHECK_PHONES,
  };
}

/** The keys every check shares, first and in this order (the JSON reads the same for each). */
const KEY_ORDER = [
  'rule',
  'title',
  'confidence',
  'class',
  'irs',
  'estimate',
  'difference',
  'explanation',
  'nextStep',
  'onReturnAsFiled',
  'figures',
] as const;

function ordered<T extends object>(check: T): T {
  const record = check as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in record) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
  return out as T;
}

// --- R-CHECK-OVERPAYMENT ---------------------------------------------------------------------

function checkOverpayment(input: CheckInput): OverpaymentCheckResult {
  const af = input.afterFiling;
  const irs: CheckFigure | null =
    af.offsetNotice?.originalRefund !== undefined
      ? {
          label: 'Original refund on the offset notice',
          amount: amount(af.offsetNotice.originalRefund),
          source: 'offset notice (afterFiling.offsetNotice.originalRefund)',
        }
      : af.irsNotice?.overpayment !== undefined
        ? {
            label: `Overpayment on the IRS notice (${af.irsNotice.kind})`,
            amount: amount(af.irsNotice.overpayment),
            source: 'IRS notice (afterFiling.irsNotice.overpayment)',
          }
        : null;
  const given = input.case.jointReturn.overpayment;
  const estimate: CheckFigure =
    given !== undefined
      ? {
          label: "The return's overpayment (Form 1040 line 34)",
          amount: amount(given),
          source: 'the joint return (jointReturn.overpayment)',
        }
      : {
          label: "The return's overpayment, recomputed from the items",
          amount: input.jointOverpayment.amount,
          source: est('R-JOINT-OVERPAYMENT'),
        };
  const base = {
    rule: 'R-CHECK-OVERPAYMENT' as const,
    title: 'The refund before the offset',
    confidence: RULES['R-CHECK-OVERPAYMENT'].confidence,
    estimate,
    onReturnAsFiled: false,
  };
  if (!irs) {
    return {
      ...base,
      class: 'not-given',
      irs: null,
      difference: null,
      figures: [estimate],
      explanation:
        'No original refund is entered (from the offset notice, afterFiling.offsetNotice.originalRefund), so the calculator cannot tell whether the IRS changed the return.',
      nextStep: null,
    };
  }
  const difference = subDec(irs.amount, estimate.amount);
  const figures = [irs, estimate];
  if (within(difference, RETURN_TOLERANCE, true)) {
    return {
      ...base,
      class: 'agrees',
      irs,
      difference,
      figures,
      explanation: `The IRS's figure, ${dollars(irs.amount)}, is the return's overpayment${difference.isZero() ? '' : ` to the dollar (${dollars(estimate.amount)})`}: the IRS did not change the return.`,
      nextStep: null,
    };
  }
  return {
    ...base,
    class: 'return-changed',
    irs,
    difference,
    figures,
    explanation: `The IRS changed the return: its figure is ${dollars(irs.amount)} but the return's overpayment is ${dollars(estimate.amount)} (${dollars(difference)}), so the estimate must be recomputed on the IRS's figures, and the other checks are on the return as filed.`,
    nextStep: {
      text: `Read the IRS notice that explains the change (a math error or an adjustment); if you agree, enter the corrected return in the case to recompute the estimate, and if you do not, answer the notice or call the IRS at ${IRS_PHONE}.`,
      letter: null,
    },
  };
}

// --- R-CHECK-OFFSETS -------------------------------------------------------------------------

interface TakenOffset {
  readonly type: DebtType | null;
  readonly amount: Dec;
  readonly figure: CheckFigure;
}

function takenOffsets(af: AfterFiling, transcript: readonly TranscriptLine[]): TakenOffset[] {
  const taken: TakenOffset[] = [];
  const notice = af.offsetNotice?.offsets;
  if (notice) {
    notice.forEach((o, i) => {
      const what = o.debtType
        ? DEBT_LABELS[o.debtType].toLowerCase()
        : 'a debt the notice does not name';
      taken.push({
        type: o.debtType ?? null,
        amount: amount(o.amount),
        figure: {
          label: `Offset to ${o.agency ?? what}${o.agency && o.debtType ? ` (${what})` : ''}${o.fee ? `, fee ${dollars(amount(o.fee))} shown` : ''}`,
          amount: amount(o.amount),
          source: `offset notice (afterFiling.offsetNotice.offsets[${i}])`,
        },
      });
    });
  } else {
    transcript.forEach((l, i) => {
      if (l.code !== '898') return;
      taken.push({
        type: null,
        amount: lineAmount(l),
        figure: {
          label: `Refund offset through the Treasury Offset Program (898${l.date ? `, ${dateWords(l.date)}` : ''})`,
          amount: lineAmount(l),
          source: `account transcript (afterFiling.transcript[${i}])`,
        },
      });
    });
  }
  const applied = af.irsNotice?.appliedToTax;
  if (applied !== undefined) {
    taken.push({
      type: 'federalTax',
      amount: amount(applied),
      figure: {
        label: `Applied to federal tax on the IRS notice (${af.irsNotice?.kind ?? 'notice'})`,
        amount: amount(applied),
        source: 'IRS notice (afterFiling.irsNotice.appliedToTax)',
      },
    });
  } else {
    transcript.forEach((l, i) => {
      if (l.code !== '826') return;
      taken.push({
        type: 'federalTax',
        amount: lineAmount(l),
        figure: {
          label: `Credit transferred out to federal tax (826${l.date ? `, ${dateWords(l.date)}` : ''})`,
          amount: lineAmount(l),
          source: `account transcript (afterFiling.transcript[${i}])`,
        },
      });
    });
  }
  return taken;
}

function checkOffsets(
  input: CheckInput,
  transcript: readonly TranscriptLine[],
  changed: boolean,
): OffsetsCheckResult {
  const af = input.afterFiling;
  const d = input.distribution;
  const taken = takenOffsets(af, transcript);
  const reversals = transcript.map((l, i) => ({ l, i })).filter(({ l }) => l.code === '899');
  const reversed = sumDec(reversals.map(({ l }) => lineAmount(l)));
  const figures: CheckFigure[] = [
    ...taken.map((t) => t.figure),
    ...reversals.map(({ l, i }) => ({
      label: `Offset reversed (899${l.date ? `, ${dateWords(l.date)}` : ''}), taken off`,
      amount: lineAmount(l),
      source: `account transcript (afterFiling.transcript[${i}])`,
    })),
  ];
  const estimateTotal = d.totalOffset.amount;
  const estimate: CheckFigure = {
    label: "The estimate's offsets, in all",
    amount: estimateTotal,
    source: est('R-OFFSET-ORDER'),
  };
  const base = {
    rule: 'R-CHECK-OFFSETS' as const,
    title: 'The offsets',
    confidence: RULES['R-CHECK-OFFSETS'].confidence,
    estimate,
    onReturnAsFiled: changed,
    reversed,
  };

  const byType = new Map<DebtType, Dec>();
  let untyped = ZERO;
  for (const t of taken) {
    if (t.type === null) untyped = addDec(untyped, t.amount);
    else byType.set(t.type, addDec(byType.get(t.type) ?? ZERO, t.amount));
  }
  const estimateByType = new Map<DebtType, Dec>();
  for (const s of d.offsets) {
    estimateByType.set(s.type, addDec(estimateByType.get(s.type) ?? ZERO, s.applied.amount));
  }
  const balances = new Map<DebtType, Dec>();
  for (const debt of input.case.debts) {
    balances.set(debt.type, addDec(balances.get(debt.type) ?? ZERO, amount(debt.amount)));
  }
  const byDebt: OffsetComparison[] = DEBT_TYPES.filter(
    (type) => byType.has(type) || estimateByType.has(type),
  ).map((type) => {
    const irs = byType.get(type) ?? null;
    const estimateAmount = estimateByType.get(type) ?? ZERO;
    return {
      type,
      label: DEBT_LABELS[type],
      irs,
      estimate: estimateAmount,
      difference: irs === null ? null : subDec(irs, estimateAmount),
      balance: balances.get(type) ?? ZERO,
    };
  });

  if (taken.length === 0 && reversals.length === 0) {
    return {
      ...base,
      class: 'not-given',
      irs: null,
      difference: null,
      figures: [estimate],
      byDebt,
      untyped,
      beyondOtherPortion: null,
      debtQuestions: [],
      explanation:
        'No offset is entered (the offset notice, transcript codes 898 and 826, or the IRS notice), so the offsets are not compared.',
      nextStep: null,
    };
  }

  const total = subDec(sumDec(taken.map((t) => t.amount)), reversed);
  const irs: CheckFigure = {
    label: reversed.isZero()
      ? 'Offsets taken, in all'
      : 'Offsets taken, in all, less the reversals',
    amount: total,
    source: 'the notices and the account transcript',
  };
  const difference = subDec(total, estimateTotal);

  const debtQuestions: string[] = [];
  for (const [type, irsAmount] of byType) {
    const balance = balances.get(type);
    if (balance === undefined) {
      debtQuestions.push(
        `An offset of ${dollars(irsAmount)} went to ${DEBT_LABELS[type].toLowerCase()}, a debt the case does not list: add it to the debts, or ask the agency about it.`,
      );
    } else if (compareDec(irsAmount, balance) > 0) {
      debtQuestions.push(
        `${dollars(irsAmount)} went to ${DEBT_LABELS[type].toLowerCase()}, more than the ${dollars(balance)} the case gives as owed: check the balance with the agency.`,
      );
    }
  }

  const otherPortion = subDec(input.jointOverpayment.amount, d.injuredRefund.amount);
  const beyond =
    input.communityProperty === null &&
    compareDec(subDec(total, otherPortion), ROUNDING_TOLERANCE) > 0
      ? subDec(total, otherPortion)
      : null;
  const typedComplete = untyped.isZero() && reversed.isZero();
  const typeDiffers =
    typedComplete &&
    byDebt.some((row) => !within(subDec(row.irs ?? ZERO, row.estimate), ROUNDING_TOLERANCE));
  const cls: OffsetsCheckResult['class'] =
    beyond !== null
      ? 'beyond-other-portion'
      : !within(difference, ROUNDING_TOLERANCE) || typeDiffers
        ? 'differs'
        : 'agrees';

  const explanation =
    cls === 'beyond-other-portion'
      ? `The offsets took ${dollars(total)}, ${dollars(beyond ?? ZERO)} more than the other spouse's portion of the estimate (${dollars(otherPortion)}): that part is the injured spouse's, which Form 8379 claims back.`
      : cls === 'differs'
        ? `The offsets took ${dollars(total)} where the estimate's debts take ${dollars(estimateTotal)} (${dollars(difference)}${typeDiffers ? ', and not in the same amounts for each kind of debt' : ''}): the debts in the case may not be the ones the agencies certified.`
        : `The offsets, ${dollars(total)} in all, agree with the estimate's ${dollars(estimateTotal)} to within ${dollars(ROUNDING_TOLERANCE)}${typedComplete ? ', debt by debt in the order of the law' : ''}.`;
  const nextStep: CheckNextStep | null =
    debtQuestions.length > 0
      ? {
          text: `If a debt is wrong or already paid, write to the agency named on the offset notice: the Treasury Offset Program (${TOP_PHONE}) cannot resolve a dispute about the debt itself.`,
          letter: 'agency',
        }
      : cls === 'differs'
        ? {
            text: `Call the Treasury Offset Program at ${TOP_PHONE} (TTY ${TOP_TTY}) to learn which agency took how much, and correct the debts in the case.`,
            letter: null,
          }
        : null;

  return {
    ...base,
    class: cls,
    irs,
    difference,
    figures: [...figures, estimate],
    byDebt,
    untyped,
    beyondOtherPortion: beyond,
    debtQuestions,
    explanation,
    nextStep,
  };
}

// --- R-CHECK-REFUND --------------------------------------------------------------------------

interface FilingDate {
  readonly date: CalendarDate;
  readonly text: string;
}

/** The date Form 8379 was filed: as given, or the IRS's receipt date (971 action code 071). */
function filingDate(
  af: AfterFiling,
  transcript: readonly TranscriptLine[],
  notes: string[],
): FilingDate | null {
  const given = af.form8379Filed?.date;
  if (given !== undefined) {
    const date = parseIsoDate(given);
    return date ? { date, text: given } : null;
  }
  const received = transcript
    .filter((l) => l.code === '971' && l.actionCode === '071' && l.date !== undefined)
    .map((l) => parseIsoDate(l.date ?? ''))
    .filter((d): d is CalendarDate => d !== null)
    .sort(compareDates)[0];
  if (!received) return null;
  notes.push(
    `The date the IRS recorded Form 8379 as received (transcript 971, action code 071), ${dateWords(isoDate(received))}, is used as the date it was filed.`,
  );
  return { date: received, text: isoDate(received) };
}

/** The processing time of result-check.md (about 11 weeks e-filed, 14 on paper, 8 alone). */
function pendingWait(input: CheckInput, filed: FilingDate | null): PendingWait {
  const filedWith = input.case.form8379.filedWith ?? null;
  const efiled = input.afterFiling.form8379Filed?.efiled;
  let weeks: number | null = null;
  let basis: string;
  switch (filedWith) {
    case 'alone':
      weeks = 8;
      basis = 'about 8 weeks when Form 8379 is filed by itself (Form 8379 instructions)';
      break;
    case 'originalReturn':
      weeks = efiled === true ? 11 : 14;
      basis =
        efiled === true
          ? 'about 11 weeks with an e-filed return (Form 8379 instructions)'
          : efiled === false
            ? 'about 14 weeks with a paper return (Form 8379 instructions)'
            : 'about 14 weeks with a paper return, 11 e-filed (Form 8379 instructions); the case does not say which (afterFiling.form8379Filed.efiled), so the later date is used';
      break;
    case 'amendedReturn':
      weeks = 16;
      basis =
        'up to 16 weeks with an amended return (Form 1040-X takes 8 to 12 weeks, sometimes 16; assumed)';
      break;
    default:
      basis =
        'about 11 weeks with an e-filed return, 14 on paper, 8 when filed by itself (Form 8379 instructions)';
  }
  const waitEnds = filed && weeks !== null ? addDays(filed.date, weeks * 7) : null;
  const asOf = input.asOf === null ? null : parseIsoDate(input.asOf);
  const unknownBecause =
    filedWith === null
      ? 'the case does not say how Form 8379 was filed (form8379.filedWith)'
      : filed === null
        ? 'the case does not say when Form 8379 was filed (afterFiling.form8379Filed.date)'
        : asOf === null
          ? "no date is given for today (the option asOf, the CLI's --as-of)"
          : null;
  return {
    filed: filed?.text ?? null,
    filedWith,
    weeks,
    waitEnds: waitEnds ? isoDate(waitEnds) : null,
    waiting: waitEnds && asOf ? compareDates(asOf, waitEnds) < 0 : null,
    basis,
    unknownBecause,
  };
}

interface InterestFigure {
  readonly amount: Dec;
  readonly figures: readonly CheckFigure[];
}

/** Interest on the overpayment: transcript 776 lines, or the notice's interest. */
function interestFigure(af: AfterFiling, transcript: readonly TranscriptLine[]): InterestFigure {
  const lines = transcript.map((l, i) => ({ l, i })).filter(({ l }) => l.code === '776');
  if (lines.length > 0) {
    const figures = lines.map(({ l, i }) => ({
      label: `Interest on the overpayment (776${l.date ? `, ${dateWords(l.date)}` : ''})`,
      amount: lineAmount(l),
      source: `account transcript (afterFiling.transcript[${i}])`,
    }));
    return { amount: sumDec(figures.map((f) => f.amount)), figures };
  }
  const notice = af.irsNotice?.interest;
  if (notice !== undefined) {
    return {
      amount: amount(notice),
      figures: [
        {
          label: `Interest on the IRS notice (${af.irsNotice?.kind ?? 'notice'})`,
          amount: amount(notice),
          source: 'IRS notice (afterFiling.irsNotice.interest)',
        },
      ],
    };
  }
  return { amount: ZERO, figures: [] };
}

interface Received {
  readonly total: Dec;
  readonly figures: readonly CheckFigure[];
}

/**
 * What was received for the injured spouse, interest included: the amounts entered (not those
 * issued to the other spouse alone), else the refunds issued on the transcript (846) from the day
 * Form 8379 was filed, else the notice's refund; `null` when nothing says.
 */
function receivedFigure(
  af: AfterFiling,
  transcript: readonly TranscriptLine[],
  filed: FilingDate | null,
): Received | null {
  if (af.received !== undefined) {
    const figures = af.received.flatMap((r, i) =>
      r.issuedTo === 'other'
        ? []
        : [
            {
              label: `Received${r.date ? ` on ${dateWords(r.date)}` : ''}${r.issuedTo === 'both' ? ', in both names' : ''}`,
              amount: amount(r.amount),
              source: `bank statement or check (afterFiling.received[${i}])`,
            },
          ],
    );
    return { total: sumDec(figures.map((f) => f.amount)), figures };
  }
  if (transcript.length > 0) {
    const figures = transcript.flatMap((l, i) => {
      if (l.code !== '846') return [];
      const date = l.date ? parseIsoDate(l.date) : null;
      if (filed && date && compareDates(date, filed.date) < 0) return [];
      return [
        {
          label: `Refund issued (846${l.date ? `, ${dateWords(l.date)}` : ''})`,
          amount: lineAmount(l),
          source: `account transcript (afterFiling.transcript[${i}])`,
        },
      ];
    });
    return { total: sumDec(figures.map((f) => f.amount)), figures };
  }
  const refund = af.irsNotice?.refund;
  if (refund !== undefined) {
    return {
      total: amount(refund),
      figures: [
        {
          label: `Refund on the IRS notice (${af.irsNotice?.kind ?? 'notice'})`,
          amount: amount(refund),
          source: 'IRS notice (afterFiling.irsNotice.refund)',
        },
      ],
    };
  }
  return null;
}

interface RefundContext {
  readonly changed: boolean;
  readonly overpayment: OverpaymentCheckResult;
  readonly pending: PendingWait;
  readonly interest: InterestFigure;
  readonly filed: FilingDate | null;
}

function checkRefund(
  input: CheckInput,
  transcript: readonly TranscriptLine[],
  ctx: RefundContext,
): RefundCheckResult {
  const estimateRefund = input.distribution.injuredRefund;
  const estimate: CheckFigure = {
    label: "The estimate's refund to the injured spouse",
    amount: estimateRefund.amount,
    source: est(estimateRefund.rule),
  };
  const received = receivedFigure(input.afterFiling, transcript, ctx.filed);
  const base = {
    rule: 'R-CHECK-REFUND' as const,
    title: 'The refund to the injured spouse',
    confidence: RULES['R-CHECK-REFUND'].confidence,
    estimate,
    onReturnAsFiled: ctx.changed,
    interest: ctx.interest.amount,
    pending: ctx.pending,
  };
  if (received === null) {
    const wait = ctx.pending.waitEnds
      ? ` The IRS takes ${ctx.pending.basis}: until ${dateWords(ctx.pending.waitEnds)}.`
      : '';
    return {
      ...base,
      class: 'not-given',
      irs: null,
      difference: null,
      received: null,
      figures: [estimate],
      split: null,
      splitsTried: [],
      communityProperty: null,
      explanation: `Nothing received is entered (afterFiling.received, [] for nothing; or transcript 846 lines), so the refund is not compared.${wait}`,
      nextStep: null,
    };
  }
  const net = subDec(received.total, ctx.interest.amount);
  const irs: CheckFigure = {
    label: ctx.interest.amount.isZero()
      ? 'Received for the injured spouse'
      : 'Received for the injured spouse, less interest',
    amount: net,
    source: received.figures.length > 0 ? 'what was received' : 'nothing received',
  };
  const difference = subDec(net, estimate.amount);
  const shortfall = subDec(estimate.amount, net);
  const figures = [...received.figures, ...ctx.interest.figures, estimate];
  const p = ctx.pending;

  let cls: RefundClass;
  let split: SplitTrial | null = null;
  let splitsTried: SplitTrial[] = [];
  if (p.waiting === true && compareDec(shortfall, ROUNDING_TOLERANCE) > 0) cls = 'pending';
  else if (within(difference, ROUNDING_TOLERANCE)) cls = 'rounding';
  else if (ctx.changed) cls = 'return-changed';
  else {
    splitsTried = tryDefaultSplits(input, net);
    split = splitsTried.find((t) => t.reproduces) ?? null;
    cls = split
      ? 'irs-default-split'
      : input.communityProperty
        ? 'community-property'
        : 'unexplained';
  }

  const mayWait =
    cls !== 'pending' && cls !== 'rounding' && compareDec(shortfall, ROUNDING_TOLERANCE) > 0
      ? waitCaveat(p)
      : '';
  const { explanation, nextStep } = refundWords(cls, {
    input,
    net,
    difference,
    split,
    splitsTried,
    pending: p,
    overpayment: ctx.overpayment,
    mayWait,
  });
  return {
    ...base,
    class: cls,
    irs,
    difference,
    received: received.total,
    figures,
    split,
    splitsTried,
    communityProperty: cls === 'community-property' ? input.communityProperty : null,
    explanation,
    nextStep,
  };
}

/** When `pending` could not be decided: what would make it pending. */
function waitCaveat(p: PendingWait): string {
  if (p.waiting === false || p.unknownBecause === null) return '';
  const until = p.waitEnds ? `, until ${dateWords(p.waitEnds)}` : '';
  return ` Whether the IRS is still processing Form 8379 cannot be told, because ${p.unknownBecause}; it takes ${p.basis}${until}.`;
}

/** Each joint split the case agreed, set to the IRS's default one at a time (result-check.md class 4). */
function tryDefaultSplits(input: CheckInput, net: Dec): SplitTrial[] {
  const c = input.case;
  const trials: SplitTrial[] = [];
  c.items.forEach((item, index) => {
    if (item.spouse !== 'joint' || item.injuredShare === undefined) return;
    const items = c.items.map((it, i) => {
      if (i !== index) return it;
      const { injuredShare: _agreed, ...rest } = it;
      return rest;
    });
    const injuredRefund = input.recomputeInjuredRefund({ ...c, items });
    const byTax = item.kind === 'estimatedPayment' || item.kind === 'priorYearOverpayment';
    trials.push({
      itemIndex: index,
      kind: item.kind,
      item: `the joint ${item.kind}${item.description ? ` "${item.description}"` : ''} (items[${index}])`,
      amount: amount(item.amount),
      agreed: amount(item.injuredShare),
      default: byTax ? 'by-separate-tax' : 'half-each',
      injuredRefund,
      reproduces: within(subDec(injuredRefund, net), SPLIT_TOLERANCE, true),
    });
  });
  return trials;
}

interface RefundWordsInput {
  readonly input: CheckInput;
  readonly net: Dec;
  readonly difference: Dec;
  readonly split: SplitTrial | null;
  readonly splitsTried: readonly SplitTrial[];
  readonly pending: PendingWait;
  readonly overpayment: OverpaymentCheckResult;
  readonly mayWait: string;
}

const defaultWords = (t: SplitTrial) =>
  t.default === 'half-each' ? 'half each' : 'in proportion to the separate taxes (R-ES-SPLIT)';

function triedWords(tried: readonly SplitTrial[]): string {
  if (tried.length === 0)
    return ' The case splits no joint item by agreement, so no default split was tried.';
  const each = tried.map((t) => `${t.item} ${defaultWords(t)} gives ${dollars(t.injuredRefund)}`);
  return ` Tried, one at a time, each agreed split at the IRS's default: ${each.join('; ')}.`;
}

function refundWords(
  cls: RefundClass,
  w: RefundWordsInput,
): { explanation: string; nextStep: CheckNextStep | null } {
  const estimate = w.input.distribution.injuredRefund.amount;
  switch (cls) {
    case 'pending':
      return {
        explanation: `Form 8379 was filed on ${dateWords(w.pending.filed ?? '')} and the IRS takes ${w.pending.basis}, so it may still be processing it until ${dateWords(w.pending.waitEnds ?? '')}: nothing is wrong yet.`,
        nextStep: {
          text: `Wait until ${dateWords(w.pending.waitEnds ?? '')}; if the refund has not arrived by then, call the IRS at ${IRS_PHONE}.`,
          letter: null,
        },
      };
    case 'rounding':
      return {
        explanation: `What was received, ${dollars(w.net)}, is within ${dollars(ROUNDING_TOLERANCE)} of the estimate's ${dollars(estimate)}: whole-dollar forms and a 4-decimal ratio explain such a difference.`,
        nextStep: null,
      };
    case 'return-changed':
      return {
        explanation: `The IRS changed the return (its figure is ${dollars(w.overpayment.irs?.amount ?? ZERO)}, the return's ${dollars(w.overpayment.estimate?.amount ?? ZERO)}), and the estimate is on the return as filed, so the difference of ${dollars(w.difference)} comes from that change until the estimate is recomputed on the IRS's figures.${w.mayWait}`,
        nextStep: {
          text: `Enter the return as the IRS corrected it and compute the estimate again; if the IRS's change is wrong, answer its notice or call the IRS at ${IRS_PHONE}.`,
          letter: null,
        },
      };
    case 'irs-default-split': {
      const s = w.split;
      if (!s) throw new Error('irs-default-split without a split');
      return {
        explanation: `The IRS seems to have split ${s.item} its default way, ${defaultWords(s)}, not as agreed (${dollars(s.agreed)} of ${dollars(s.amount)} to the injured spouse): with that split the estimate is ${dollars(s.injuredRefund)}, what was received.${w.mayWait}`,
        nextStep: {
          text: `Ask the IRS to reconsider with a new Form 8379 that shows the agreed split of ${s.item}, with copies of both spouses' Forms W-2 and 1099 that show withholding.`,
          letter: 'reconsider',
        },
      };
    }
    case 'community-property': {
      const cp = w.input.communityProperty;
      const states = cp?.states.join(', ') ?? '';
      const reach = (cp?.debts ?? [])
        .map(
          (d) =>
            `${DEBT_LABELS[d.type].toLowerCase()} reaches ${d.formula} = ${dollars(d.reachable)} (${d.citation})`,
        )
        .join('; ');
      return {
        explanation: `In ${states} the refund is divided under state law (${cp?.ruleGroup ?? ''}): the injured share is S_i + C/2 = ${dollars(cp?.injuredShare ?? ZERO)}${reach ? `, and ${reach}` : ''}; the IRS's figure may reflect a character (community or separate) of an item that the case gives differently.${w.mayWait}${triedWords(w.splitsTried)}`,
        nextStep: {
          text: 'Ask the IRS for a copy of the injured spouse allocation worksheet it used and for the items it characterized or allocated differently.',
          letter: 'request',
        },
      };
    }
    case 'unexplained':
      return {
        explanation: `What was received, ${dollars(w.net)}, is ${dollars(w.difference.abs())} ${w.difference.isNegative() ? 'less' : 'more'} than the estimate's ${dollars(estimate)}, and nothing in the case explains it: only the IRS's own allocation worksheet can.${w.mayWait}${triedWords(w.splitsTried)}`,
        nextStep: {
          text: 'Ask the IRS for a copy of the injured spouse allocation worksheet it used and for the items it allocated differently.',
          letter: 'request',
        },
      };
  }
}

/** The sentence page 1 leads with (result-check.md section 3). */
function refundHeadline(refund: RefundCheckResult, input: CheckInput): string | null {
  if (refund.class === 'not-given' || refund.received === null || refund.difference === null) {
    return null;
  }
  const interest = refund.interest.isZero() ? '' : ` (${dollars(refund.interest)} of it interest)`;
  const estimate = refund.estimate?.amount ?? ZERO;
  return `You received ${dollars(refund.received)}${interest}; the estimate is ${dollars(estimate)}; the difference of ${dollars(refund.difference.abs())} is ${classWords(refund, input)}.`;
}

function classWords(refund: RefundCheckResult, input: CheckInput): string {
  switch (refund.class) {
    case 'pending':
      return `not a problem yet: the IRS may still be processing Form 8379 until ${dateWords(refund.pending.waitEnds ?? '')}`;
    case 'rounding':
      return 'rounding (whole-dollar forms and a 4-decimal ratio)';
    case 'return-changed':
      return 'explained by the change the IRS made to the return';
    case 'irs-default-split':
      return `what the estimate gives when ${refund.split?.item ?? 'a joint item'} is split the IRS's default way instead of as agreed`;
    case 'community-property':
      return `a matter of ${input.communityProperty?.states.join(' and ') ?? 'state'} community property law, which the IRS applies itself`;
    case 'unexplained':
      return 'not explained by the estimate: ask the IRS for the allocation worksheet it used';
    case 'not-given':
      return '';
  }
}

// --- R-CHECK-INTEREST ------------------------------------------------------------------------

function checkInterest(interest: InterestFigure, changed: boolean): InterestCheckResult {
  const base = {
    rule: 'R-CHECK-INTEREST' as const,
    title: 'Interest',
    confidence: RULES['R-CHECK-INTEREST'].confidence,
    estimate: null,
    difference: null,
    onReturnAsFiled: changed,
    figures: interest.figures,
  };
  const notComputed =
    "the calculator does not compute interest, since when it starts on an injured spouse's share is not settled (IRC 6611)";
  if (interest.amount.isZero()) {
    return {
      ...base,
      class: 'none',
      irs: null,
      explanation: `No interest is entered (transcript 776 or the notice's interest); ${notComputed}.`,
      nextStep: null,
    };
  }
  return {
    ...base,
    class: 'shown',
    irs: {
      label: 'Interest on the overpayment',
      amount: interest.amount,
      source: interest.figures[0]?.source ?? '',
    },
    explanation: `Interest of ${dollars(interest.amount)} is on its own line and not counted as part of the refund; ${notComputed}.`,
    nextStep: {
      text: `Report the ${dollars(interest.amount)} of interest as income for the year you received it (interest on a refund is taxable; assumed).`,
      letter: null,
    },
  };
}

// --- R-CHECK-DEADLINES -----------------------------------------------------------------------

function checkDeadlines(
  input: CheckInput,
  transcript: readonly TranscriptLine[],
  filed: FilingDate | null,
  refundClass: RefundCheckResult['class'],
  changed: boolean,
): DeadlinesCheckResult {
  const af = input.afterFiling;
  const year = input.case.taxYear;
  const asOf = input.asOf === null ? null : parseIsoDate(input.asOf);
  const passed = (d: CalendarDate) => (asOf ? compareDates(asOf, d) > 0 : null);
  const INSTR = 'IRC 6511(a), 7503; Form 8379 instructions (When To File)';

  const three = threeYearDeadline(year);
  const deadlines: CheckDeadline[] = [
    {
      id: 'three-years',
      label: `3 years from the due date of the ${year} return (later if it was filed on an extension)`,
      date: isoDate(three),
      source: INSTR,
      confidence: 'S',
      passed: passed(three),
    },
  ];
  const offsetDates = [
    ...(af.offsetNotice?.date ? [af.offsetNotice.date] : []),
    ...transcript
      .filter((l) => (l.code === '898' || l.code === '826') && l.date !== undefined)
      .map((l) => l.date ?? ''),
  ]
    .map(parseIsoDate)
    .filter((d): d is CalendarDate => d !== null)
    .sort(compareDates);
  const paid = offsetDates[0];
  let last = three;
  if (paid) {
    const two = addYears(paid, 2);
    deadlines.push({
      id: 'two-years',
      label: `2 years from the day the refund was taken (${dateWords(isoDate(paid))}); the next business day when that is a weekend or a legal holiday`,
      date: isoDate(two),
      source: INSTR,
      confidence: 'S',
      passed: passed(two),
    });
    last = laterDate(three, two);
  }
  deadlines.push({
    id: 'last-day',
    label: 'The last day to file (or refile) Form 8379 for this year: the later of the two',
    date: isoDate(last),
    source: INSTR,
    confidence: 'S',
    passed: passed(last),
  });
  const notice = af.irsNotice;
  if (notice?.kind === '105C' && notice.date) {
    const disallowed = parseIsoDate(notice.date);
    if (disallowed) {
      const suit = addYears(disallowed, 2);
      deadlines.push({
        id: 'refund-suit',
        label: `A refund suit: 2 years from the notice of disallowance (Letter 105C of ${dateWords(notice.date)}); whether this applies to an injured spouse allocation is not settled`,
        date: isoDate(suit),
        source: 'IRC 6532(a)(1)',
        confidence: 'A',
        passed: passed(suit),
      });
    }
  }

  const lastText = dateWords(isoDate(last));
  const cls: DeadlinesCheckResult['class'] =
    asOf === null ? 'undecided' : compareDates(asOf, last) > 0 ? 'passed' : 'open';
  const filedInTime = filed !== null && compareDates(filed.date, last) <= 0;
  const suit = deadlines.find((d) => d.id === 'refund-suit');
  const explanation = `The last day to file${filed ? ' (or refile)' : ''} Form 8379 for ${year} is ${lastText}${paid ? '' : " (2 years from the day the refund was taken may be later: enter the offset notice's date)"}${filedInTime ? `; the Form 8379 filed on ${dateWords(filed.text)} was in time` : ''}${cls === 'passed' ? ', and it has passed' : ''}${suit ? `; after the disallowance, a refund suit must be brought by ${dateWords(suit.date)} (IRC 6532; whether this applies to an injured spouse allocation is not settled)` : ''}.`;
  const refile =
    refundClass === 'irs-default-split' ||
    refundClass === 'unexplained' ||
    refundClass === 'community-property';
  const nextStep: CheckNextStep | null =
    cls === 'passed'
      ? filedInTime
        ? null
        : {
            text: 'The time to claim has passed: a tax professional or the Taxpayer Advocate Service can say whether anything else applies.',
            letter: null,
          }
      : filed === null
        ? { text: `If Form 8379 is not filed yet, file it by ${lastText}.`, letter: null }
        : refile
          ? { text: `A new Form 8379 can be filed until ${lastText}.`, letter: null }
          : null;
  return {
    rule: 'R-CHECK-DEADLINES',
    title: 'Deadlines',
    confidence: RULES['R-CHECK-DEADLINES'].confidence,
    class: cls,
    irs: null,
    estimate: null,
    difference: null,
    explanation,
    nextStep,
    onReturnAsFiled: changed,
    figures: [],
    deadlines,
  };
}

// --- Notes -----------------------------------------------------------------------------------

/** What the check assumed about the transcript codes it read, and the codes it did not read. */
function transcriptNotes(transcript: readonly TranscriptLine[], notes: string[]): void {
  const codes = new Set(transcript.map((l) => l.code));
  const meanings: Readonly<Record<string, string>> = {
    '899': '899 an offset reversed',
    '766': '766 a credit',
    '776': '776 interest on the overpayment',
    '971': '971 with action code 071 Form 8379 received',
  };
  const assumed = Object.keys(meanings).filter((c) => codes.has(c));
  if (assumed.length > 0) {
    notes.push(
      `The meaning of ${assumed.map((c) => meanings[c]).join(', ')} is taken from unofficial copies of IRM 21.4.6 (assumed).`,
    );
  }
  if (codes.has('846')) {
    notes.push(
      'Refunds issued (846) from the day Form 8379 was filed are read as the injured spouse\'s; enter "received" instead when some went to the other spouse.',
    );
  }
  if (codes.has('766')) {
    notes.push('Credits (766) are not counted: the refund that follows them is the 846.');
  }
  const other = [...codes].filter(
    (c) => !['846', '826', '898', '899', '766', '776', '971'].includes(c),
  );
  if (other.length > 0) {
    notes.push(
      `Transcript code${other.length > 1 ? 's' : ''} ${other.join(', ')} ${other.length > 1 ? 'are' : 'is'} not read by the check.`,
    );
  }
}
