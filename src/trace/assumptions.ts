import type { RuleId } from '../law/rules.js';

/** An assumption the computation relied on, with the option that changes it. */
export interface AppliedAssumption {
  readonly id: string;
  readonly rule: RuleId;
  /** What was assumed, in plain words. */
  readonly text: string;
  /** The option that controls it (`null` when it has no alternative in this version). */
  readonly option: string | null;
  readonly value: string | null;
  readonly alternatives: readonly string[];
}
