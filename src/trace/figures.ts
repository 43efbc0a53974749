import { formatMoney, type Dec } from '../core/money.js';
import type { RuleId } from '../law/rules.js';
import type { FigureKind, TraceInput, Traced } from './traced.js';

/** Formats a ratio with a fixed number of places ("0.6009"). */
export function formatRatio(value: Dec, places: number): string {
  return value.toFixed(places);
}

/** Builds a money {@link Traced} figure; `inputs` values are already formatted strings. */
export function money(
  key: string,
  label: string,
  rule: RuleId,
  amount: Dec,
  formula: string,
  inputs: Record<string, string> = {},
): Traced {
  return figure(key, label, rule, 'money', amount, formula, inputs);
}

export function figure(
  key: string,
  label: string,
  rule: RuleId,
  kind: FigureKind,
  amount: Dec,
  formula: string,
  inputs: Record<string, string>,
): Traced {
  const list: TraceInput[] = [];
  for (const name in inputs) list.push({ name, value: inputs[name] as string });
  return { key, label, rule, kind, amount, formula, inputs: list };
}

export const m = formatMoney;
