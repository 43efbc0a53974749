import { InvalidCaseError, type InputIssue } from '../../core/errors.js';
import type { Form8379Case } from '../../input/schema.js';
import { formatMoney, type Dec, isAboveZero } from '../../core/money.js';

/** Why Part I stops: the person is not an injured spouse for this return. */
export type StopReason =
  | 'not-joint-return'
  | 'no-separate-debt'
  | 'legally-obligated'
  | 'no-payments-or-credits'
  | 'no-overpayment';

/** One Part I question with its answer and where the answer came from. */
export interface PartIAnswer {
  readonly line: number;
  readonly question: string;
  readonly answer: boolean;
  /** `given` when the case answers it, `derived` when computed from the items. */
  readonly basis: 'given' | 'derived';
  readonly detail?: string;
}

/** The outcome of Part I. */
export interface Eligibility {
  readonly qualifies: boolean;
  readonly stopReason: StopReason | null;
  /** Where the path ended: the line that qualified or stopped. */
  readonly decidedAtLine: number;
  readonly answers: readonly PartIAnswer[];
  /** What to do instead when the path stops. */
  readonly advice: string | null;
  readonly communityPropertyStates: readonly string[];
}

/** What Part I lines 6-9 need from the allocation of the items. */
export interface InjuredFacts {
  readonly payments: Dec;
  readonly earnedIncome: Dec;
  readonly eic: Dec;
  readonly additionalChildTaxCredit: Dec;
  /** Refundable credits other than the EIC and the additional child tax credit. */
  readonly otherRefundableCredits: Dec;
  /** The joint overpayment recomputed from the items: nothing to claim when not above 0. */
  readonly jointOverpayment: Dec;
}

const QUESTIONS: Record<number, string> = {
  2: 'Is the joint return filed (or to be filed) a joint return?',
  3: 'Was (or will) the joint overpayment be applied to a past-due debt owed only by your spouse?',
  4: 'Are you legally obligated to pay this past-due amount?',
  5: 'Were you a resident of a community property state at any time during the tax year?',
  6: 'Did you make and report payments, such as federal income tax withholding or estimated tax payments?',
  7: 'Did you have earned income, such as wages, salaries, or self-employment income?',
  8: 'Did (or will) you claim the earned income credit or additional child tax credit?',
  9: 'Did (or will) you claim a refundable tax credit?',
};

const ADVICE: Record<StopReason, string> = {
  'not-joint-return':
    'Form 8379 applies only to joint returns: the offset of a separate return cannot be claimed back as an injured spouse.',
  'no-separate-debt':
    'Form 8379 applies only when the overpayment pays a past-due debt owed by your spouse alone.',
  'legally-obligated':
    'You are not an injured spouse for a debt you are liable for. For a joint federal tax liability, consider innocent spouse relief (Form 8857).',
  'no-payments-or-credits':
    'You made no payments and claim no refundable credit, so no part of the overpayment is yours to claim back.',
  'no-overpayment':
    'The joint return has no overpayment, so no refund was or can be applied to the debt and there is nothing to claim on Form 8379. Check the items against the return; if a refund of this return is later offset for the debt, file Form 8379 then.',
};

/**
 * R-PART-I: walks Form 8379 Part I. Lines 6-9 are derived from the items; an explicit answer in
 * `partI` that contradicts them is an input error naming the field.
 */
export function determineEligibility(c: Form8379Case, facts: InjuredFacts): Eligibility {
  const answers: PartIAnswer[] = [];
  const states = c.communityProperty?.states ?? [];
  const stop = (line: number, reason: StopReason): Eligibility => ({
    qualifies: false,
    stopReason: reason,
    decidedAtLine: line,
    answers,
    advice: ADVICE[reason],
    communityPropertyStates: states,
  });
  const qualify = (line: number): Eligibility =>
    isAboveZero(facts.jointOverpayment)
      ? qualifies(line)
      : {
          ...stop(line, 'no-overpayment'),
          advice: `${ADVICE['no-overpayment']} The items give ${facts.jointOverpayment.isZero() ? 'no overpayment and no balance due' : `a balance due of ${formatMoney(facts.jointOverpayment.negated())}`}.`,
        };
  const qualifies = (line: number): Eligibility => ({
    qualifies: true,
    stopReason: null,
    decidedAtLine: line,
    answers,
    advice: null,
    communityPropertyStates: states,
  });
  const given = (line: number, answer: boolean, detail?: string) =>
    answers.push({
      line,
      question: QUESTIONS[line] ?? '',
      answer,
      basis: 'given',
      ...(detail ? { detail } : {}),
    });

  const derived = derivedAnswers(facts);
  checkDerivedAnswers(c, derived);

  given(2, c.partI.jointReturn);
  if (!c.partI.jointReturn) return stop(2, 'not-joint-return');
  given(3, c.partI.debtOwedOnlyBySpouse);
  if (!c.partI.debtOwedOnlyBySpouse) return stop(3, 'no-separate-debt');
  given(4, c.partI.injuredLegallyObligated);
  if (c.partI.injuredLegallyObligated) return stop(4, 'legally-obligated');

  const line5 = states.length > 0;
  answers.push({
    line: 5,
    question: QUESTIONS[5] ?? '',
    answer: line5,
    basis: c.partI.communityPropertyResident === undefined ? 'derived' : 'given',
    ...(line5 ? { detail: `state(s): ${states.join(', ')}; skip lines 6-9` } : {}),
  });
  if (line5) return qualify(5);

  for (const line of [6, 7, 8, 9] as const) {
    const d = derived[line];
    const field = FIELD_OF_LINE[line];
    answers.push({
      line,
      question: QUESTIONS[line] ?? '',
      answer: d.answer,
      basis: c.partI[field] === undefined ? 'derived' : 'given',
      detail: d.detail,
    });
    if (line === 6 && d.answer) return qualify(6);
    if (line === 7 && !d.answer) {
      // Line 7 "no" goes to line 9, skipping line 8.
      const nine = derived[9];
      answers.push({
        line: 9,
        question: QUESTIONS[9] ?? '',
        answer: nine.answer,
        basis: c.partI.claimsOtherRefundableCredit === undefined ? 'derived' : 'given',
        detail: nine.detail,
      });
      return nine.answer ? qualify(9) : stop(9, 'no-payments-or-credits');
    }
    if (line === 8 && d.answer) return qualify(8);
    if (line === 9) return d.answer ? qualify(9) : stop(9, 'no-payments-or-credits');
  }
  return stop(9, 'no-payments-or-credits');
}

const FIELD_OF_LINE = {
  6: 'madePayments',
  7: 'hadEarnedIncome',
  8: 'claimsEicOrActc',
  9: 'claimsOtherRefundableCredit',
} as const;

/** Lines 6-9 from the items, derived once for the check and the answers. */
type DerivedAnswers = Record<6 | 7 | 8 | 9, { answer: boolean; detail: string }>;

function derivedAnswers(f: InjuredFacts): DerivedAnswers {
  return {
    6: {
      answer: isAboveZero(f.payments),
      detail: `injured spouse withholding and estimated payments (lines 19-20): ${formatMoney(f.payments)}`,
    },
    7: {
      answer: isAboveZero(f.earnedIncome),
      detail: `injured spouse earned income: ${formatMoney(f.earnedIncome)}`,
    },
    8: {
      answer: isAboveZero(f.eic) || isAboveZero(f.additionalChildTaxCredit),
      detail: `injured spouse share of the earned income credit: ${formatMoney(f.eic)}; additional child tax credit: ${formatMoney(f.additionalChildTaxCredit)}`,
    },
    9: {
      answer: isAboveZero(f.otherRefundableCredits),
      detail: `injured spouse refundable credits other than the EIC and the additional child tax credit (line 17): ${formatMoney(f.otherRefundableCredits)}`,
    },
  };
}

function checkDerivedAnswers(c: Form8379Case, derived: DerivedAnswers): void {
  const issues: InputIssue[] = [];
  for (const line of [6, 7, 8, 9] as const) {
    const field = FIELD_OF_LINE[line];
    const givenAnswer = c.partI[field];
    if (givenAnswer !== undefined && givenAnswer !== derived[line].answer) {
      issues.push({
        path: `partI.${field}`,
        message: `answers line ${line} ${givenAnswer ? 'yes' : 'no'}, but the items say ${derived[line].answer ? 'yes' : 'no'} (${derived[line].detail})`,
      });
    }
  }
  if (issues.length > 0) throw new InvalidCaseError(issues);
}
