import { Dec, formatMoney } from '../core/money.js';
import type { Traced, TracedJson } from '../trace/traced.js';
import type { AllocationResult } from './result.js';

/** Converts a traced figure to its JSON form (money with two decimals, ratios as computed). */
export function tracedToJson(t: Traced): TracedJson {
  return {
    key: t.key,
    label: t.label,
    rule: t.rule,
    kind: t.kind,
    amount: t.kind === 'money' ? formatMoney(t.amount) : t.amount.toString(),
    formula: t.formula,
    inputs: t.inputs,
  };
}

/** The JSON form of an allocation result: every Decimal as a string. */
export type AllocationResultJson = JsonOf<Omit<AllocationResult, 'input'>> & {
  readonly summary: AllocationResult['summary'];
};

type JsonOf<T> = T extends Dec
  ? string
  : T extends Traced
    ? TracedJson
    : T extends readonly (infer U)[]
      ? readonly JsonOf<U>[]
      : T extends object
        ? { readonly [K in keyof T]: JsonOf<T[K]> }
        : T;

/** A Decimal of any clone: duck-typed, since the result holds ours but a caller may mix in theirs. */
function isDecimal(value: object): value is Dec {
  return 'toFixed' in value && 'd' in value && 'e' in value && 's' in value;
}

function isTraced(value: object): value is Traced {
  return 'rule' in value && 'formula' in value && 'amount' in value;
}

// Index and for...in loops, and the constructor test before the duck typing: this walk was a
// seventh of a batch line with the full result.
function convert(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === Dec) return formatMoney(value as Dec);
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = convert(value[i]);
    return out;
  }
  if (ctor !== Object && isDecimal(value)) return formatMoney(value);
  if (isTraced(value)) return tracedToJson(value);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in record) out[key] = convert(record[key]);
  return out;
}

/**
 * The JSON form of a result, with `summary` first (the `expected` keys of the case format), then
 * the `warnings` (a reviewer reads them before any figure). The
 * validated input is left out; money is two-decimal strings, ratios keep their places.
 */
export function resultToJson(result: AllocationResult): AllocationResultJson {
  const { summary, warnings, input: _input, ...rest } = result;
  void _input;
  return { summary, warnings, ...(convert(rest) as object) } as AllocationResultJson;
}
