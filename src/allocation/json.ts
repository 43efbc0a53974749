import { formatMoney, type Dec } from '../money.js';
import type { Traced, TracedJson } from '../trace.js';
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

function isDecimal(value: unknown): value is Dec {
  return (
    typeof value === 'object' &&
    value !== null &&
    'toFixed' in value &&
    'd' in value &&
    'e' in value &&
    's' in value
  );
}

function isTraced(value: unknown): value is Traced {
  return (
    typeof value === 'object' &&
    value !== null &&
    'rule' in value &&
    'formula' in value &&
    'amount' in value
  );
}

function convert(value: unknown): unknown {
  if (isDecimal(value)) return formatMoney(value);
  if (isTraced(value)) return tracedToJson(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = convert(v);
    return out;
  }
  return value;
}

/**
 * The JSON form of a result, with `summary` first (the `expected` keys of the case format). The
 * validated input is left out; money is two-decimal strings, ratios keep their places.
 */
export function resultToJson(result: AllocationResult): AllocationResultJson {
  const { summary, input: _input, ...rest } = result;
  void _input;
  return { summary, ...(convert(rest) as object) } as AllocationResultJson;
}
