/**
 * The worksheet's view model: what every template (built-in or a caller's own) receives.
 *
 * It is plain JSON data: strings, numbers, booleans, arrays and objects, no class instances, so a
 * caller can also `JSON.stringify` it and render it with another tool. Money and ratios are the
 * canonical strings of `resultToJson` ("1819.00", "0.7533"); the template helpers `money`,
 * `percent` and `figure` format them for display. Text fields (names, labels, questions,
 * formulas) are raw and unescaped: the HTML environment escapes them, the Markdown and text
 * helpers make them safe for their format. See docs/worksheet.md.
 */
import type { PartIIILineId } from '../trace/form.js';
import type { StopReason } from '../allocation/steps/part-one.js';
import type { Character } from '../community-property/types.js';
import type { CommunityPropertyState, DebtType } from '../input/schema.js';
import type { Confidence, RuleId } from '../law/rules.js';
import type { CheckLetter } from '../check/types.js';
import type { FigureKind } from '../trace/traced.js';
import type { Lang } from './i18n/lang.js';

/** Output formats with a built-in template. */
export type WorksheetFormat = 'html' | 'markdown' | 'text';

/** Options that shape the model (everything but the output format and template). */
export interface WorksheetModelOptions {
  /**
   * The date shown as "Date prepared", as the caller wants it printed ("2025-03-14",
   * "March 14, 2025"). The library never reads the clock, so output stays reproducible; when
   * omitted the header shows a blank to fill in by hand.
   */
  readonly preparedDate?: string;
  /** Show full SSNs. Default `false`: masked to the last four digits (`***-**-6789`). */
  readonly showFullSsn?: boolean;
  /** Who prepared the worksheet (a person or a firm), printed in the header when given. */
  readonly preparedBy?: string;
  /**
   * The language of what the person reads: page 1 and "Enter on Form 8379" (whose form labels
   * stay English, the form's own, with the words in `lang` beside them). The reviewer part is
   * English in every language. Default `'en'`. The figures never depend on it.
   */
  readonly lang?: Lang;
}

/** Options of {@link renderWorksheet}: the model options plus the format and a custom template. */
export interface RenderWorksheetOptions extends WorksheetModelOptions {
  readonly format: WorksheetFormat;
  /**
   * A Handlebars template source that replaces the built-in one for `format` (e.g. a firm's
   * letterhead). It receives the same {@link WorksheetModel} and helpers, and may include the
   * built-in body with `{{> worksheetBody}}` (and, for HTML, the stylesheet with
   * `{{> worksheetStyle}}`). HTML output escapes every `{{value}}`; do not use `{{{ }}}` on model data.
   */
  readonly template?: string;
}

/** One figure of the computation, as traced by the allocation. */
export interface WorksheetFigure {
  /** Stable key of the traced figure, e.g. `taxShare.injured`. */
  readonly key: string;
  readonly label: string;
  readonly rule: RuleId;
  /** The rule's source, shortened (parenthesized details dropped). */
  readonly citation: string;
  readonly confidence: Confidence;
  /** `money` (two-decimal string), `ratio` (e.g. "0.7533") or `count`. */
  readonly kind: FigureKind;
  readonly amount: string;
  /** The formula in words. */
  readonly formula: string;
  /**
   * The input figures the formula used: `value` as the trace formatted it ("52200.00"), `text` as
   * the worksheet prints it ("$52,200.00"); names of items and debts in words.
   */
  readonly inputs: readonly WorksheetFigureInput[];
  /** Extra lines that show the work, e.g. the rate schedule arithmetic. */
  readonly details: readonly string[];
  /** Whose figure it is: one spouse's, or the couple's (joint tax, overpayment, an offset). */
  readonly column: 'injured' | 'other' | 'joint';
}

/** An input of a {@link WorksheetFigure}. */
export interface WorksheetFigureInput {
  readonly name: string;
  readonly value: string;
  /** The value as printed: money as `$52,200.00`, a ratio or count as its digits. */
  readonly text: string;
}

/** One figure of a {@link WorksheetStepRow}, with whose it is when the row is a pair. */
export interface WorksheetRowPart {
  /** "Injured" or "Other" in a pair row; `null` in a row of one figure. */
  readonly who: 'Injured' | 'Other' | null;
  readonly figure: WorksheetFigure;
  /**
   * Whether the figure has anything of its own to print beyond the row's shared formula and
   * paired inputs: its formula (when the row has none), inputs (when not paired) or details.
   */
  readonly hasWork: boolean;
}

/**
 * A step's figures arranged for a table with injured, other and joint amount columns: the two
 * spouses' figures of the same kind share a row. The same figures as `WorksheetStep.figures`.
 */
export interface WorksheetStepRow {
  /** The label; for a pair, without the spouse ("Separate taxable income"). */
  readonly label: string;
  readonly rule: RuleId;
  readonly confidence: Confidence;
  /** The formula when every figure of the row has the same one; otherwise `null`. */
  readonly formula: string | null;
  /**
   * For a pair whose figures have inputs of the same names: each input with both values, so a
   * table can print `income 39000.00 / 45000.00`; otherwise `null` (see each part's inputs).
   */
  readonly pairedInputs:
    | readonly {
        readonly name: string;
        readonly injured: string;
        readonly other: string;
      }[]
    | null;
  readonly parts: readonly WorksheetRowPart[];
  readonly injured: WorksheetFigure | null;
  readonly other: WorksheetFigure | null;
  readonly joint: WorksheetFigure | null;
}

/** A step of the computation: a group of figures that follow the same part of the method. */
export interface WorksheetStep {
  /** 1-based position. */
  readonly number: number;
  /** Stable id, e.g. `separate-tax`, `offsets`. */
  readonly id: string;
  readonly title: string;
  /** The distinct rules of the step's figures, in order, with short citation and tag. */
  readonly rules: readonly WorksheetRuleRef[];
  readonly figures: readonly WorksheetFigure[];
  /** The same figures, a spouse pair per row (for tables with an amount column per spouse). */
  readonly rows: readonly WorksheetStepRow[];
}

/** A rule id with its short citation and confidence tag. */
export interface WorksheetRuleRef {
  readonly id: RuleId;
  /** The source, shortened. */
  readonly citation: string;
  /** The source in full, as in the rule catalogue. */
  readonly source: string;
  readonly confidence: Confidence;
}

/** A rule cited anywhere on the worksheet, with its full title and source. */
export interface WorksheetRule extends WorksheetRuleRef {
  readonly title: string;
}

/** A taxpayer as on the return. */
export interface WorksheetSpouse {
  readonly role: 'injured' | 'other';
  /** "Injured spouse" or "Other spouse". */
  readonly roleLabel: string;
  readonly isInjured: boolean;
  readonly name: string;
  /** Masked (`***-**-6789`) unless `showFullSsn`; `null` when the case gives none. */
  readonly ssn: string | null;
  /** Whether this name is shown first on the return. */
  readonly shownFirst: boolean;
}

export interface WorksheetHeader {
  readonly title: string;
  readonly taxYear: number;
  /** The Form 8379 revision whose line numbers are used, e.g. "Nov 2023". */
  readonly formRevision: string;
  readonly preparedDate: string | null;
  readonly preparedBy: string | null;
  /** The case file's `title`, when it has one. */
  readonly caseTitle: string | null;
  /** In the order of the return: the spouse shown first comes first. */
  readonly spouses: readonly WorksheetSpouse[];
  readonly injuredName: string;
  readonly otherName: string;
  readonly ssnMasked: boolean;
}

/** A row of the answer table. */
export interface WorksheetAnswerRow {
  readonly label: string;
  readonly amount: string;
  /** The row with the injured spouse's refund (printed in bold). */
  readonly emphasis: boolean;
}

/** One debt of the other spouse and what the overpayment paid on it. */
export interface WorksheetOffset {
  /** Position in the case's `debts`. */
  readonly debtIndex: number;
  readonly type: DebtType;
  /** e.g. "Past-due child support". */
  readonly label: string;
  /** The debt's `description` from the case, when given. */
  readonly description: string | null;
  readonly balance: string;
  /** Community property: how much of the overpayment the debt could reach; otherwise `null`. */
  readonly reachable: string | null;
  readonly applied: string;
  readonly balanceAfter: string;
}

/** The answer first: the figures a client asks about, and one sentence. */
export interface WorksheetAnswer {
  readonly qualifies: boolean;
  readonly injuredRefund: string;
  readonly jointOverpayment: string;
  readonly otherRefund: string;
  readonly totalOffset: string;
  readonly offsets: readonly WorksheetOffset[];
  /** The short table, in order: refund, overpayment, each offset, other spouse's refund. */
  readonly rows: readonly WorksheetAnswerRow[];
  /** The answer in one plain-English sentence. */
  readonly sentence: string;
}

/** One line of the Part I path. */
export interface WorksheetPartIStep {
  readonly line: number;
  readonly question: string;
  /** "Yes", "No", or the tax year on line 1. */
  readonly answer: string;
  /** `given` by the case, or `derived` from the items. */
  readonly basis: 'given' | 'derived';
  readonly detail: string | null;
  /** Where the answer leads: "Go to line 3", "Stop: ...", "You are an injured spouse ...". */
  readonly next: string;
}

export interface WorksheetPartI {
  /** R-PART-I. */
  readonly rules: readonly WorksheetRuleRef[];
  readonly qualifies: boolean;
  readonly decidedAtLine: number;
  readonly steps: readonly WorksheetPartIStep[];
  /** The conclusion in one sentence. */
  readonly outcome: string;
  readonly stopReason: StopReason | null;
  /** What to do instead when the path stops (e.g. Form 8857 for innocent spouse relief). */
  readonly advice: string | null;
  readonly communityPropertyStates: readonly string[];
}

/** One source entry of a Part III line (an item, its withholding, or a computed amount). */
export interface WorksheetPartIIIEntry {
  readonly source: string;
  readonly total: string;
  readonly injured: string;
  readonly other: string;
}

export interface WorksheetPartIIILine {
  readonly line: PartIIILineId;
  readonly label: string;
  /** Column (a). */
  readonly total: string;
  /** Column (b). */
  readonly injured: string;
  /** Column (c). */
  readonly other: string;
  readonly entries: readonly WorksheetPartIIIEntry[];
}

export interface WorksheetPartIII {
  /** R-ALLOC-ITEM, and R-STD-DED with the standard deduction. */
  readonly rules: readonly WorksheetRuleRef[];
  readonly formRevision: string;
  readonly columns: { readonly total: string; readonly injured: string; readonly other: string };
  /** Lines 13a to 20 in form order. */
  readonly lines: readonly WorksheetPartIIILine[];
  /** How computed entries were found, e.g. the standard deduction split. */
  readonly notes: readonly string[];
}

/** The character given to one item in a community property state. */
export interface WorksheetCharacter {
  readonly item: string;
  readonly spouse: string;
  readonly character: Character;
  /** `given` by the item's `character` field, or `default` from the state's rule. */
  readonly basis: 'given' | 'default';
  readonly reason: string;
  /** Texas: community property under the spouses' joint management. */
  readonly jointManagement: boolean;
}

/** `S_i`, `S_o`, `N`, `L`, `C` (and `N_jm` in Texas), with its meaning and its traced figure. */
export interface WorksheetCommunityPart {
  readonly symbol: 'S_i' | 'S_o' | 'N' | 'L' | 'C' | 'N_jm';
  readonly meaning: string;
  readonly figure: WorksheetFigure;
}

/** The state rule applied to one debt of the other spouse. */
export interface WorksheetStateRule {
  readonly debtIndex: number;
  readonly type: DebtType;
  readonly debtLabel: string;
  readonly state: CommunityPropertyState;
  readonly stateName: string;
  /** e.g. "federal tax debt from before the marriage". */
  readonly debtKind: string;
  /** The reachable amount in symbols, e.g. `S_o + L + N/2`. */
  readonly formula: string;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly reachable: WorksheetFigure;
}

/** The community property section; `null` outside community property states. */
export interface WorksheetCommunityProperty {
  readonly states: readonly CommunityPropertyState[];
  /** "Texas (TX)", "Arizona (AZ) and California (CA)". */
  readonly statesText: string;
  readonly ruleGroup: string;
  /** The rule came from the caller's `communityPropertyRules` option, not the library. */
  readonly userRule: boolean;
  readonly characterization: readonly WorksheetCharacter[];
  readonly parts: readonly WorksheetCommunityPart[];
  readonly injuredShare: WorksheetFigure;
  /**
   * The community property figures step by step (payments by character, income shares, the
   * parts above and the injured share), in rows like the computation's.
   */
  readonly steps: readonly WorksheetStep[];
  readonly stateRules: readonly WorksheetStateRule[];
  readonly injuredContribution: string;
  readonly injuredRefund: string;
  /** The allocation's explanation of this case (the refund against the contribution). */
  readonly explanation: string;
  /** Why, in general, the refund can be less than the injured spouse's own contribution. */
  readonly whyLess: string;
}

export interface WorksheetAssumption {
  readonly id: string;
  readonly rule: RuleId;
  readonly citation: string;
  readonly text: string;
  /** The option that changes it, or `null` when it has no alternative in this version. */
  readonly option: string | null;
  readonly value: string | null;
  /** The other values the option accepts, or the other ways to change it. */
  readonly otherChoices: readonly string[];
}

export interface WorksheetWarning {
  readonly code: string;
  /** The engine's message, with items and debts named and money printed as `$1,234.00`. */
  readonly message: string;
}

/** A step of the computation whose figures are all zero, printed folded into one line. */
export interface WorksheetZeroStep {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly WorksheetRuleRef[];
  /** The keys of the figures folded into the line. */
  readonly figureKeys: readonly string[];
}

/** One thing the injured spouse does next. */
export interface WorksheetNextStep {
  readonly title: string;
  readonly text: string;
}

/** Page 1, for the injured spouse: plain language, no rule ids. */
export interface WorksheetClientPage {
  /** `refund` when the case qualifies and has an overpayment; otherwise why there is nothing. */
  readonly status: 'refund' | 'not-injured' | 'no-overpayment';
  /** The page's heading: "For Dana Smith: your share of the 2024 joint refund". */
  readonly title: string;
  /**
   * For a case with `afterFiling`: what the IRS changed, and what was received against the
   * estimate, before the refund (the check's `lead`, in the page's language); otherwise empty.
   */
  readonly lead: readonly string[];
  /** "Estimated refund to the injured spouse": the refund's stable accessible name. */
  readonly refundLabel: string;
  readonly refund: string;
  /** The refund (or why there is none) in one sentence. */
  readonly headline: string;
  /** The offsets and the other spouse's refund in one sentence. */
  readonly offsets: string;
  /** Why, in two or three plain sentences with the figures. */
  readonly why: readonly string[];
  /** A pointer to the warnings, when there are any. */
  readonly checkFirst: string | null;
  readonly nextSteps: readonly WorksheetNextStep[];
}

/** A Part III line in whole dollars, as it goes on the form. */
export interface WorksheetWholeDollarLine {
  readonly line: PartIIILineId;
  /** The form's label, in English as on the form. */
  readonly label: string;
  /** The label in the page's language, printed beside it; `null` in English. */
  readonly translation: string | null;
  /** Whole dollars as a canonical string ("52200", "-3000"). */
  readonly total: string;
  readonly injured: string;
  readonly other: string;
  /** Column (c) is a dollar away from its own cents rounded, to keep (a) = (b) + (c). */
  readonly adjusted: boolean;
}

/** "Enter on Form 8379", for the preparer. */
export interface WorksheetFormEntry {
  /** False when Part I stops: only Part I applies then. */
  readonly applies: boolean;
  readonly formRevision: string;
  readonly partI: readonly {
    readonly line: number;
    /** The form's question, in English as on the form. */
    readonly question: string;
    /** The form's answer as checked on it ("Yes", "No", the year). */
    readonly answer: string;
    /** The question and the answer in the page's language, beside the form's; `null` in English. */
    readonly questionTranslation: string | null;
    readonly answerTranslation: string | null;
  }[];
  /** Part II line 10: the names in the return's order. */
  readonly partII: readonly {
    /** `null` when the case does not say whose name is shown first (rows in the case's order). */
    readonly order: 'first' | 'second' | null;
    readonly name: string;
    readonly ssn: string | null;
    readonly injured: boolean;
  }[];
  readonly partIINote: string;
  /** The e-file rules this form would fail, each a sentence, printed first in this part. */
  readonly efileRejects: readonly string[];
  /** Lines 11 and 12, Part IV and the e-file pre-flight, a sentence each. */
  readonly otherEntries: readonly string[];
  readonly partIII: readonly WorksheetWholeDollarLine[];
  /** How cents were rounded. */
  readonly rounding: string;
  /** Notes on single lines (how line 15's standard deduction is split). */
  readonly notes: readonly string[];
  /** When Part I stops: what it found and that Form 8379 is not filed; `null` when it applies. */
  readonly doNotFile: string | null;
}

/**
 * The fixed words of page 1 and "Enter on Form 8379" in the page's language (headings, column
 * names, labels), so a template prints no language of its own.
 */
export interface WorksheetWords {
  readonly taxYear: string;
  readonly jointReturnOf: string;
  readonly datePrepared: string;
  readonly preparedBy: string;
  readonly caseTitle: string;
  readonly why: string;
  readonly whatNext: string;
  /** "Enter on Form 8379 (Rev. November 2023)". */
  readonly formEntry: string;
  /** The same heading as fixed-width text prints it. */
  readonly formEntryText: string;
  readonly partI: string;
  readonly partII: string;
  readonly partIII: string;
  readonly line: string;
  readonly onTheReturn: string;
  readonly name: string;
  readonly ssn: string;
  readonly injuredBox: string;
  /** Fixed-width text: the SSN and the box mid-sentence, and short column headings. */
  readonly ssnShort: string;
  readonly injuredBoxMid: string;
  readonly shortColumns: {
    readonly total: string;
    readonly injured: string;
    readonly other: string;
  };
  readonly shownFirst: string;
  readonly shownSecond: string;
  readonly orderNotGiven: string;
  readonly ssnNotGiven: string;
  readonly checked: string;
  readonly notChecked: string;
  readonly item: string;
  readonly ssnMasked: string;
  readonly markedAdjusted: string;
  /** HTML: what the small lines under each Part III line are (with the rules cited). */
  readonly sourcesUnder: string;
  /** Markdown and text: where the sources of each line are. */
  readonly sourcesBelow: string;
  /** Part III's column headings in the page's language (the form's are `partIII.columns`). */
  readonly columns: { readonly total: string; readonly injured: string; readonly other: string };
  /** Text: the three columns, with their headings. */
  readonly columnsText: string;
  /** "and", between the spouses' names. */
  readonly and: string;
  /** The printed page's running header: "Form 8379 worksheet, tax year 2024". */
  readonly pageHeader: string;
  /** The printed page number: "Page" 2 "of" 3. */
  readonly pageWord: string;
  readonly pageOf: string;
  /** One sentence at the top of the reviewer part saying it is in English; `null` in English. */
  readonly reviewerInEnglish: string | null;
}

/** A letter a next step names: its id (`--letter`), its letter of result-check.md section 4, its title. */
export interface WorksheetLetterRef {
  readonly id: CheckLetter;
  /** `A` (request), `B` (reconsider), `C` (advocate) or `D` (agency). */
  readonly mark: 'A' | 'B' | 'C' | 'D';
  /** e.g. "Request for the IRS's injured spouse allocation worksheet". */
  readonly title: string;
}

/** A next step of the after-filing check, with the letter to send when a letter is the step. */
export interface WorksheetCheckStep {
  readonly text: string;
  readonly letter: WorksheetLetterRef | null;
}

/** A figure one check read or compared, with the document it comes from. */
export interface WorksheetCheckFigure {
  readonly label: string;
  /** Money as a canonical string ("1819.00"). */
  readonly amount: string;
  /** The document (or the estimate's rule) it comes from, in words. */
  readonly source: string;
}

/** One check of the after-filing check (result.check.checks), as the reviewer part prints it. */
export interface WorksheetCheckItem {
  /** 1-based position (the order of result-check.md section 2). */
  readonly number: number;
  readonly rule: RuleId;
  readonly title: string;
  readonly citation: string;
  readonly confidence: Confidence;
  /** The outcome, as in the result (`agrees`, `unexplained`, `pending`...). */
  readonly class: string;
  readonly explanation: string;
  /** The IRS's figure against the estimate's, in one line; `null` when either is unknown. */
  readonly comparison: string | null;
  readonly figures: readonly WorksheetCheckFigure[];
  /** What else the check found, a line each: offsets by debt, splits tried, deadlines, the wait. */
  readonly details: readonly string[];
  readonly onReturnAsFiled: boolean;
  readonly nextStep: WorksheetCheckStep | null;
}

/**
 * The after-filing check (docs/check.md) on the worksheet: `null` when the case has no
 * `afterFiling`. Its texts are the result's, with items named as on the rest of the worksheet.
 */
export interface WorksheetCheck {
  /** "Today" the check used (YYYY-MM-DD), or `null`. */
  readonly asOf: string | null;
  readonly onReturnAsFiled: boolean;
  /**
   * The sentences page 1 leads with: that the IRS changed the return (when it did), then "You
   * received $X; the estimate is $Y; the difference of $Z is ...". Empty when nothing received is
   * entered and the return was not changed.
   */
  readonly lead: readonly string[];
  readonly checks: readonly WorksheetCheckItem[];
  /** The check's next steps in order, each with the letter to send, if any. */
  readonly nextSteps: readonly WorksheetCheckStep[];
  /** The letters the next steps name, in the order A, B, C, D. */
  readonly letters: readonly WorksheetLetterRef[];
  readonly notes: readonly string[];
  readonly phones: readonly {
    readonly name: string;
    readonly number: string;
    readonly tty: string | null;
  }[];
}

/** The whole worksheet, in the order it is printed. */
export interface WorksheetModel {
  /** Changes only when a field is removed or changes meaning. */
  readonly modelVersion: 2;
  /** The language of page 1 and "Enter on Form 8379" (option `lang`); the rest is English. */
  readonly lang: Lang;
  /** The fixed words of page 1 and "Enter on Form 8379", in `lang`. */
  readonly words: WorksheetWords;
  readonly header: WorksheetHeader;
  /** Page 1, for the client. */
  readonly client: WorksheetClientPage;
  /** "Enter on Form 8379", for the preparer. */
  readonly formEntry: WorksheetFormEntry;
  readonly answer: WorksheetAnswer;
  readonly partI: WorksheetPartI;
  readonly partIII: WorksheetPartIII;
  /** The steps with a figure that is not zero, numbered in order. */
  readonly computation: readonly WorksheetStep[];
  /** The steps whose figures are all zero, folded into one line. */
  readonly zeroSteps: readonly WorksheetZeroStep[];
  readonly communityProperty: WorksheetCommunityProperty | null;
  /**
   * What the IRS did, checked against the estimate (the case's `afterFiling`); `null` without it.
   * Page 1 then leads with `check.lead` and its next steps are the check's.
   */
  readonly check: WorksheetCheck | null;
  readonly assumptions: readonly WorksheetAssumption[];
  readonly warnings: readonly WorksheetWarning[];
  readonly processingNotes: readonly string[];
  /** "The figure is an estimate of the IRS computation, not a determination" line. */
  readonly disclaimer: string;
  /** Every rule cited on the worksheet, in the catalogue's order. */
  readonly rulesCited: readonly WorksheetRule[];
  readonly confidenceLegend: readonly { readonly tag: string; readonly meaning: string }[];
}
