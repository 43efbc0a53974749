import { InvalidCaseError } from '../../core/errors.js';
import type { TaxYearParameters } from './types.js';
import { parametersByYear } from './years/index.js';

export type {
  TaxYearParameters,
  FilingStatus,
  RateBracket,
  CapitalGainThresholds,
} from './types.js';

/** Tax years the allocation supports (the Nov 2023 Form 8379 layout, no exemptions). */
export const SUPPORTED_TAX_YEARS: readonly number[] = Object.keys(parametersByYear)
  .map(Number)
  .filter((y) => y >= 2018)
  .sort((a, b) => a - b);

/** True when the library has parameters for `year` and computes it. */
export function isSupportedTaxYear(year: number): boolean {
  return SUPPORTED_TAX_YEARS.includes(year);
}

/**
 * The yearly figures for `year`. Throws {@link InvalidCaseError} (path `taxYear`) for a year
 * without parameters.
 */
export function getTaxYearParameters(year: number): TaxYearParameters {
  const params = isSupportedTaxYear(year) ? parametersByYear[year] : undefined;
  if (!params) {
    throw new InvalidCaseError([{ path: 'taxYear', message: unsupportedYearMessage(year) }]);
  }
  return params;
}

export function unsupportedYearMessage(year: number): string {
  const first = SUPPORTED_TAX_YEARS[0];
  const last = SUPPORTED_TAX_YEARS[SUPPORTED_TAX_YEARS.length - 1];
  const pre =
    year >= 2015 && year < 2018
      ? ' (tax years before 2018 use exemptions on line 16, which this version does not compute)'
      : '';
  return `no tax parameters for tax year ${year}; supported years are ${first}-${last}${pre}`;
}
