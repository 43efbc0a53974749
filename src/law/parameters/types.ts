/** One bracket of a rate schedule: `rate` applies to income over `over` and not over `notOver`. */
export interface RateBracket {
  readonly rate: string;
  readonly over: string;
  /** `null` for the top bracket. */
  readonly notOver: string | null;
}

/** Filing statuses the calculator needs: married filing separately and jointly. */
export type FilingStatus = 'MFS' | 'MFJ';

/** Top of the 0% and 15% bands of the Qualified Dividends and Capital Gain Tax Worksheet. */
export interface CapitalGainThresholds {
  readonly zeroRateMaxTaxableIncome: string;
  readonly fifteenRateMaxTaxableIncome: string;
}

/** The yearly figures the computation uses, as decimal strings in US dollars, with their sources. */
export interface TaxYearParameters {
  readonly year: number;
  /** Where the figures come from (revenue procedure, statute and the places they were read). */
  readonly source: string;
  readonly notes: readonly string[];
  readonly brackets: Readonly<Record<FilingStatus, readonly RateBracket[]>>;
  readonly standardDeductionBasic: Readonly<Record<FilingStatus, string>>;
  /** Additional standard deduction per box (65 or older, blind) for a married person. */
  readonly additionalStandardDeductionMarried: string;
  /** Personal exemption amount (0 from 2018 on). */
  readonly personalExemption: string;
  readonly qualifiedDividendsCapitalGain: Readonly<Record<FilingStatus, CapitalGainThresholds>>;
}
