/**
 * What goes on the official Form 8379 (Rev. November 2023), field by field, in the words of the
 * form: the figures "Enter on Form 8379" prints and the filled PDF holds. Built once per
 * allocation (`buildOfficialForm`), so the worksheet, the PDF and the e-file pre-flight read the
 * same figures.
 */
import type { PartIIILineId } from '../trace/form.js';

/** How Form 8379 reaches the IRS (the case's `form8379.filedWith`). */
export type FilingMode = 'originalReturn' | 'amendedReturn' | 'alone';

/** A Part I check-box pair: `yes`, `no`, or `null` when the form's flow skips the line. */
export type YesNo = 'yes' | 'no' | null;

/** One Part II line 10 row, in the order the joint return shows the names. */
export interface OfficialFormSpouseRow {
  /** The name as given in the case (the form asks first name, initial and last name). */
  readonly name: string;
  /** The SSN as `123-45-6789`, in full (the form is filed); `null` when the case gives none. */
  readonly ssn: string | null;
  /** The "If injured spouse, check here" box of this row. */
  readonly injured: boolean;
}

/** Part III line in whole dollars, (a) = (b) + (c) (see `WHOLE_DOLLAR_ROUNDING`). */
export interface OfficialFormLine {
  readonly line: PartIIILineId;
  /** Column (a), whole dollars as a string ("52200", "-3000"; never "-0"). */
  readonly total: string;
  /** Column (b). */
  readonly injured: string;
  /** Column (c) = (a) - (b). */
  readonly other: string;
  /** (c) is a dollar away from its own cents rounded: the dollar that keeps (a) = (b) + (c). */
  readonly adjusted: boolean;
}

/** The paid preparer block of Part IV. */
export interface OfficialFormPreparer {
  readonly name: string;
  readonly ptin: string | null;
  readonly selfEmployed: boolean;
  readonly firmName: string | null;
  readonly firmAddress: string | null;
  readonly firmEin: string | null;
  readonly phone: string | null;
}

/** Part IV: filled only when Form 8379 is filed by itself. */
export interface OfficialFormPartIV {
  /** The injured spouse's phone number, as given. */
  readonly phone: string | null;
  readonly preparer: OfficialFormPreparer | null;
}

/** Why the form cannot be filled from this case (the PDF is refused with this message). */
export interface OfficialFormBlocker {
  readonly code: 'part-i-stop' | 'earlier-revision' | 'line-10-order';
  /** The case's field the blocker is about, when one (`spouses.injured.shownFirst`). */
  readonly path?: string;
  readonly message: string;
}

/** Every field of Form 8379 (Rev. November 2023) as this case fills it. */
export interface OfficialForm {
  readonly revision: 'Nov 2023';
  /** Line 1. */
  readonly taxYear: number;
  /** `null` when the case does not say (the form is filled the same; Part IV stays blank). */
  readonly filedWith: FilingMode | null;
  /** Lines 2-9: the answers the form's flow reaches; skipped lines are `null`. */
  readonly partI: Readonly<Record<2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, YesNo>>;
  /** Line 5: the community property states, full names ("Arizona, Texas"); `''` when line 5 is not yes. */
  readonly communityPropertyStates: string;
  /** Line 10 in the return's order; `null` when the case does not say whose name is shown first. */
  readonly partII: readonly [OfficialFormSpouseRow, OfficialFormSpouseRow] | null;
  /** Line 11: refund issued in both names. */
  readonly refundInBothNames: boolean;
  /** Line 12: `null` for "No", else the address on one line. */
  readonly mailingAddress: string | null;
  /** Part III, lines 13a-20; empty when Part I stops (Parts II-IV are not completed then). */
  readonly partIII: readonly OfficialFormLine[];
  /** Part IV; `null` unless filed by itself. */
  readonly partIV: OfficialFormPartIV | null;
  /** Empty when the form can be filled; else why not, each with its message. */
  readonly blockers: readonly OfficialFormBlocker[];
}

/** What one IRS e-file business rule for Form 8379 says of this case. */
export type EfileRuleStatus = 'passes' | 'fails' | 'unknown';

/** One e-file business rule (form-8379-fields.md, "Rules an e-filed Form 8379 must pass"). */
export interface EfileRuleCheck {
  /** The IRS's rule number(s), e.g. `F8379-001` or `F8379-004` for the (a) = (b) + (c) rules. */
  readonly id: string;
  /** What the rule requires, in our words. */
  readonly requires: string;
  readonly status: EfileRuleStatus;
  /** Why: the figures when it fails, what the case should say when it is not known. */
  readonly detail: string;
  /** The case field that would answer an `unknown` rule, or that a failure is about. */
  readonly path?: string;
}
