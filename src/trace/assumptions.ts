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

/**
 * The order in which a result lists the separate-property assumptions, whichever step or strategy
 * applied them; any other (the community property ones) follows, in the order applied.
 */
const ASSUMPTION_ORDER: readonly string[] = [
  'A-JOINT-EQUAL',
  'A-ZERO-TAX-RATIO',
  'A-CREDIT-FLOOR',
  'A-CREDIT-LIMIT',
  'A-UNDATED-DEBTS',
  'A-SCHEDULE-1A',
  'A-REFUND-CLAMP',
  'A-NO-EIC',
];

/** `list` in the order of {@link ASSUMPTION_ORDER} (a stable sort). */
export function orderAssumptions(list: readonly AppliedAssumption[]): AppliedAssumption[] {
  const rank = (a: AppliedAssumption) => {
    const i = ASSUMPTION_ORDER.indexOf(a.id);
    return i === -1 ? ASSUMPTION_ORDER.length : i;
  };
  return [...list].sort((a, b) => rank(a) - rank(b));
}
