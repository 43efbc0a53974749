import { InvalidOptionError } from '../core/errors.js';
import { parseIsoDate } from '../law/filing-dates.js';
import type { MethodOptions } from '../allocation/options.js';
import {
  resolveCommunityPropertyRules,
  type CommunityPropertyOptions,
  type CommunityPropertyRules,
} from '../community-property/rule-options.js';

/**
 * Options for every assumption ([A] rule) of the method. Each has a default that reproduces the
 * reference cases; each applied assumption is listed in the result and printed on the worksheet.
 */
export interface AllocationOptions {
  /** Decimal places of the tax ratio and the EIC ratio (R-TAX-RATIO). Default 4 (IRM 21.4.6.5.11). */
  readonly ratioDecimals?: number;
  /**
   * R-TAX-RATIO when both separate taxes are 0: `'taxable-income'` (default) uses the separate
   * taxable incomes, then 1/2; `'equal'` always uses 1/2.
   */
  readonly zeroTaxRatio?: 'taxable-income' | 'equal';
  /**
   * R-CREDITS: `'none'` (default) lets a spouse's net tax go below 0 so the credits stay with the
   * spouse they belong to and the contributions add up to the joint overpayment; `'per-spouse'`
   * floors each spouse's net tax at 0, recomputes the joint overpayment with the credits limited
   * to the joint tax (as Form 1040 does) and reports what is left unattributed.
   */
  readonly creditFloor?: 'none' | 'per-spouse';
  /**
   * R-CREDIT-LIMIT: `'joint-tax'` (default) uses nonrefundable credits entered above the joint
   * tax only up to the joint tax (Form 1040 line 22 is not below 0), split in proportion to each
   * spouse's credits, and warns; `'none'` uses the credits as entered (the joint overpayment then
   * counts credits the return could not use).
   */
  readonly creditLimit?: 'joint-tax' | 'none';
  /**
   * R-OFFSET-ORDER within one priority level: debts with a `date` oldest first; `'input-order'`
   * (default) puts undated debts after dated ones in the order given, `'undated-first'` before.
   */
  readonly undatedDebts?: 'input-order' | 'undated-first';
  /**
   * R-CP-REACHABLE: your own rule for a community property state, replacing the library's
   * (for a newer ruling or your own legal position), e.g. `{ AZ: myRule }`. A state not named
   * keeps the built-in rule (`BUILT_IN_COMMUNITY_PROPERTY_RULES`). Non-tax debts stay capped at
   * `S_o + C/2` whatever the rule says.
   */
  readonly communityPropertyRules?: CommunityPropertyRules;
  /**
   * R-CP-ORDER netting: `'net-earlier-offsets'` (default, method.md 6.4) lets a later debt take
   * only its own reachable amount less the offsets already taken; `'independent'` measures each
   * debt's reachable amount on its own, limited only by what is left of the overpayment.
   */
  readonly communityPropertyNetting?: 'net-earlier-offsets' | 'independent';
  /**
   * "Today" as `YYYY-MM-DD`, for the after-filing check (`result.check`, docs/check.md): whether
   * Form 8379 may still be in processing (`pending`) and whether a deadline has passed. The
   * library never reads the clock: without it, `pending` is not decided and the check says so.
   * Not an assumption of the method: it is left out of `result.options`.
   */
  readonly asOf?: string;
}

/** Options with every default filled in. */
export interface ResolvedOptions extends MethodOptions, CommunityPropertyOptions {}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  ratioDecimals: 4,
  zeroTaxRatio: 'taxable-income',
  creditFloor: 'none',
  creditLimit: 'joint-tax',
  undatedDebts: 'input-order',
  communityPropertyRules: Object.freeze({}),
  communityPropertyNetting: 'net-earlier-offsets',
});

export function resolveOptions(options: AllocationOptions | undefined): ResolvedOptions {
  const { asOf: _asOf, ...method } = options ?? {};
  resolveAsOf(options);
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(method) };
  if (
    !Number.isInteger(resolved.ratioDecimals) ||
    resolved.ratioDecimals < 2 ||
    resolved.ratioDecimals > 10
  ) {
    throw new InvalidOptionError(
      'options.ratioDecimals',
      `must be a whole number from 2 to 10, got ${String(resolved.ratioDecimals)}`,
    );
  }
  if (resolved.zeroTaxRatio !== 'taxable-income' && resolved.zeroTaxRatio !== 'equal') {
    throw new InvalidOptionError(
      'options.zeroTaxRatio',
      `must be "taxable-income" or "equal", got ${JSON.stringify(resolved.zeroTaxRatio)}`,
    );
  }
  if (resolved.creditFloor !== 'none' && resolved.creditFloor !== 'per-spouse') {
    throw new InvalidOptionError(
      'options.creditFloor',
      `must be "none" or "per-spouse", got ${JSON.stringify(resolved.creditFloor)}`,
    );
  }
  if (resolved.creditLimit !== 'joint-tax' && resolved.creditLimit !== 'none') {
    throw new InvalidOptionError(
      'options.creditLimit',
      `must be "joint-tax" or "none", got ${JSON.stringify(resolved.creditLimit)}`,
    );
  }
  if (resolved.undatedDebts !== 'input-order' && resolved.undatedDebts !== 'undated-first') {
    throw new InvalidOptionError(
      'options.undatedDebts',
      `must be "input-order" or "undated-first", got ${JSON.stringify(resolved.undatedDebts)}`,
    );
  }
  if (
    resolved.communityPropertyNetting !== 'net-earlier-offsets' &&
    resolved.communityPropertyNetting !== 'independent'
  ) {
    throw new InvalidOptionError(
      'options.communityPropertyNetting',
      `must be "net-earlier-offsets" or "independent", got ${JSON.stringify(resolved.communityPropertyNetting)}`,
    );
  }
  return {
    ...resolved,
    communityPropertyRules: resolveCommunityPropertyRules(options?.communityPropertyRules),
  };
}

/**
 * `options.asOf` checked: a real calendar date written `YYYY-MM-DD`, or `null` when not given.
 * @throws InvalidOptionError for anything else.
 */
export function resolveAsOf(options: AllocationOptions | undefined): string | null {
  const asOf: unknown = options?.asOf;
  if (asOf === undefined) return null;
  if (typeof asOf !== 'string' || parseIsoDate(asOf) === null) {
    throw new InvalidOptionError(
      'options.asOf',
      `must be a date as YYYY-MM-DD, e.g. "2025-06-30", got ${JSON.stringify(asOf) ?? String(asOf)}`,
    );
  }
  return asOf;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
