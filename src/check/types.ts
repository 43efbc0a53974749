import type { Dec } from '../core/money.js';
import type { Confidence, RuleId } from '../law/rules.js';
import type { DebtType } from '../input/schema.js';

/**
 * The after-filing check of a result (`result.check`): what the IRS did (notices, money received,
 * transcript lines) against the estimate, in the order of result-check.md section 2. Every
 * sentence is plain English with its figures, so a worksheet or a letter can print it as is.
 */

/** The letters a check can point to (result-check.md section 4): A, B, C and D. */
export const CHECK_LETTERS = ['request', 'reconsider', 'advocate', 'agency'] as const;
/**
 * `request`: ask the IRS for its allocation worksheet (letter A); `reconsider`: ask for a
 * reconsideration with a new Form 8379 (B); `advocate`: the Taxpayer Advocate Service, Form 911
 * (C); `agency`: dispute the debt with the agency that took the refund (D).
 */
export type CheckLetter = (typeof CHECK_LETTERS)[number];

/** The classes of R-CHECK-REFUND, in the order they are tried: the first that matches wins. */
export const REFUND_CLASSES = [
  'pending',
  'rounding',
  'return-changed',
  'irs-default-split',
  'community-property',
  'unexplained',
] as const;
export type RefundClass = (typeof REFUND_CLASSES)[number];

/** One figure a check read or compared, with where it comes from. */
export interface CheckFigure {
  readonly label: string;
  readonly amount: Dec;
  /**
   * The document and field it was read from (`offset notice: original refund
   * (afterFiling.offsetNotice.originalRefund)`), or the estimate's rule (`estimate, R-IS-REFUND`).
   */
  readonly source: string;
}

/** What to do next: one plain sentence, and the letter to send when a letter is the next step. */
export interface CheckNextStep {
  readonly text: string;
  readonly letter: CheckLetter | null;
}

/** What every check holds. */
interface CheckBase<Rule extends RuleId, Class extends string> {
  readonly rule: Rule;
  readonly title: string;
  readonly confidence: Confidence;
  /** The outcome; for R-CHECK-REFUND one of {@link REFUND_CLASSES} or `not-given`. */
  readonly class: Class;
  /** What the IRS did (a notice's figure, the offsets taken, the money received less interest). */
  readonly irs: CheckFigure | null;
  /** The estimate's (or the return's) figure it is compared with. */
  readonly estimate: CheckFigure | null;
  /** `irs - estimate`, when both are known. */
  readonly difference: Dec | null;
  /** One plain sentence with the figures: what the comparison means. */
  readonly explanation: string;
  readonly nextStep: CheckNextStep | null;
  /** True when R-CHECK-OVERPAYMENT found that the IRS changed the return: this check is on the return as filed. */
  readonly onReturnAsFiled: boolean;
  /** Every figure read for this check, each with its document. */
  readonly figures: readonly CheckFigure[];
}

/** R-CHECK-OVERPAYMENT: the IRS's original refund against the return's overpayment. */
export type OverpaymentCheckResult = CheckBase<
  'R-CHECK-OVERPAYMENT',
  'agrees' | 'return-changed' | 'not-given'
>;

/** One kind of debt: what the IRS took for it and what the estimate gives it. */
export interface OffsetComparison {
  readonly type: DebtType;
  readonly label: string;
  /** What the notices took for this kind of debt (`null` when no offset named it). */
  readonly irs: Dec | null;
  /** What the estimate's offset order gives it (R-OFFSET-ORDER). */
  readonly estimate: Dec;
  readonly difference: Dec | null;
  /** The balance of the debts of this kind that the case gives. */
  readonly balance: Dec;
}

/** R-CHECK-OFFSETS: the offsets taken against the estimate's, by kind of debt in the order of the law. */
export interface OffsetsCheckResult extends CheckBase<
  'R-CHECK-OFFSETS',
  'agrees' | 'differs' | 'beyond-other-portion' | 'not-given'
> {
  readonly byDebt: readonly OffsetComparison[];
  /** Offsets whose kind of debt no document gives (transcript 898 lines, a notice offset without `debtType`). */
  readonly untyped: Dec;
  /** Offsets reversed (transcript 899), taken off the total. */
  readonly reversed: Dec;
  /** Outside community property states: what was taken beyond the other spouse's portion of the estimate. */
  readonly beyondOtherPortion: Dec | null;
  /** Offsets that put the debt itself in question (a debt the case does not list, more than its balance). */
  readonly debtQuestions: readonly string[];
}

/** How long the IRS takes to process Form 8379, and whether that time has passed. */
export interface PendingWait {
  /** The date Form 8379 was filed (YYYY-MM-DD), or `null` when the case does not give it. */
  readonly filed: string | null;
  /** How it was filed (`form8379.filedWith`), or `null`. */
  readonly filedWith: 'originalReturn' | 'amendedReturn' | 'alone' | null;
  /** The processing time used, in weeks. */
  readonly weeks: number | null;
  /** The day the wait ends (YYYY-MM-DD): `filed` plus `weeks`. */
  readonly waitEnds: string | null;
  /** Whether `asOf` is before `waitEnds`; `null` when that cannot be told (see `unknownBecause`). */
  readonly waiting: boolean | null;
  /** The processing time and its source, in words. */
  readonly basis: string;
  /** Why `waiting` is `null`. */
  readonly unknownBecause: string | null;
}

/** One joint split set to the IRS's default for `irs-default-split`, and what the estimate then gives. */
export interface SplitTrial {
  readonly itemIndex: number;
  readonly kind: string;
  /** The item in words, e.g. `the joint interest (items[2])`. */
  readonly item: string;
  readonly amount: Dec;
  /** The injured spouse's agreed part (`injuredShare`). */
  readonly agreed: Dec;
  /** The IRS's default: half each, or by separate tax (joint estimated payments, R-ES-SPLIT). */
  readonly default: 'half-each' | 'by-separate-tax';
  /** The estimate's injured refund with this one split at the default. */
  readonly injuredRefund: Dec;
  /** Whether it is within a dollar of what was received (less interest). */
  readonly reproduces: boolean;
}

/** The community property figures the refund check shows (method.md section 6). */
export interface CheckCommunityProperty {
  readonly states: readonly string[];
  readonly ruleGroup: string;
  /** S_i + C/2. */
  readonly injuredShare: Dec;
  readonly debts: readonly {
    readonly type: DebtType;
    readonly formula: string;
    readonly citation: string;
    readonly confidence: Confidence;
    readonly reachable: Dec;
  }[];
}

/** R-CHECK-REFUND: money received for the injured spouse, less interest, against the estimate. */
export interface RefundCheckResult extends CheckBase<'R-CHECK-REFUND', RefundClass | 'not-given'> {
  /** Everything received for the injured spouse, interest included. */
  readonly received: Dec | null;
  /** The interest taken off before comparing (R-CHECK-INTEREST). */
  readonly interest: Dec;
  readonly pending: PendingWait;
  /** `irs-default-split`: the split that reproduces what was received. */
  readonly split: SplitTrial | null;
  /** Every split tried for `irs-default-split` (empty when an earlier class matched). */
  readonly splitsTried: readonly SplitTrial[];
  /** `community-property`: the state rule and the reachable amounts. */
  readonly communityProperty: CheckCommunityProperty | null;
}

/** R-CHECK-INTEREST: interest on its own line, never part of the refund. */
export type InterestCheckResult = CheckBase<'R-CHECK-INTEREST', 'shown' | 'none'>;

/** One deadline of R-CHECK-DEADLINES. */
export interface CheckDeadline {
  readonly id: 'three-years' | 'two-years' | 'last-day' | 'refund-suit';
  readonly label: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly source: string;
  readonly confidence: Confidence;
  /** Whether `asOf` is after it; `null` without `asOf`. */
  readonly passed: boolean | null;
}

/** R-CHECK-DEADLINES: the last day to file (or refile) Form 8379, and a refund suit's limit. */
export interface DeadlinesCheckResult extends CheckBase<
  'R-CHECK-DEADLINES',
  'open' | 'passed' | 'undecided'
> {
  readonly deadlines: readonly CheckDeadline[];
}

/** A phone number the page may print (result-check.md section 4). */
export interface CheckPhone {
  readonly name: string;
  readonly number: string;
  readonly tty: string | null;
}

/** The after-filing check of a result: `result.check`, `null` when the case has no `afterFiling`. */
export interface AfterFilingCheck {
  /** "Today" as given (`options.asOf`), or `null`: then `pending` cannot be decided. */
  readonly asOf: string | null;
  /** R-CHECK-OVERPAYMENT found that the IRS changed the return: the checks are on the return as filed. */
  readonly onReturnAsFiled: boolean;
  /**
   * "You received $X; the estimate is $Y; the difference of $Z is (class in words)." `null` when
   * nothing received is entered.
   */
  readonly headline: string | null;
  /** The sentences page 1 leads with: that the IRS changed the return (when it did), then the headline. */
  readonly lead: readonly string[];
  /** The five checks, in the order of result-check.md section 2. */
  readonly checks: readonly [
    OverpaymentCheckResult,
    OffsetsCheckResult,
    RefundCheckResult,
    InterestCheckResult,
    DeadlinesCheckResult,
  ];
  /** The next steps of the checks, in order, then the follow-ups (the Taxpayer Advocate). */
  readonly nextSteps: readonly CheckNextStep[];
  /** The letters the next steps name, in the order of result-check.md section 4. */
  readonly letters: readonly CheckLetter[];
  /** What the check assumed for this case (transcript codes, processing times), one sentence each. */
  readonly notes: readonly string[];
  readonly phones: readonly CheckPhone[];
}

export type CheckResultItem = AfterFilingCheck['checks'][number];
