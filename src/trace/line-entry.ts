import type { Dec } from '../core/money.js';
import type { RuleId } from '../law/rules.js';

/** One amount on a Part III line and where it came from. */
export interface LineEntry {
  readonly source: string;
  /** Index of the item in `case.items`, or `null` for computed entries (standard deduction). */
  readonly itemIndex: number | null;
  /** R-ALLOC-ITEM for items, R-STD-DED for the standard deduction, R-ES-SPLIT for split payments. */
  readonly rule: RuleId;
  /** How the amount was divided between the spouses, in words. */
  readonly how: string;
  readonly injured: Dec;
  readonly other: Dec;
}
