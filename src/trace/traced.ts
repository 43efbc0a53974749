import type { Dec } from '../core/money.js';
import type { RuleId } from '../law/rules.js';

/** How a traced figure is formatted at the boundary. */
export type FigureKind = 'money' | 'ratio' | 'count';

/** A named input figure a traced value was computed from, already formatted. */
export interface TraceInput {
  readonly name: string;
  readonly value: string;
}

/**
 * One computed figure with its explanation: the rule it follows, the formula in words and the
 * inputs it used. Every figure of an allocation result is one of these.
 */
export interface Traced {
  /** Stable key, e.g. `taxShare.injured`. */
  readonly key: string;
  readonly label: string;
  readonly rule: RuleId;
  readonly kind: FigureKind;
  readonly amount: Dec;
  readonly formula: string;
  readonly inputs: readonly TraceInput[];
}

/** A traced figure at the JSON boundary: the amount as a string. */
export interface TracedJson {
  readonly key: string;
  readonly label: string;
  readonly rule: RuleId;
  readonly kind: FigureKind;
  readonly amount: string;
  readonly formula: string;
  readonly inputs: readonly TraceInput[];
}
