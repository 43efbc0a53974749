import { Dec, formatMoney } from '../core/money.js';
import type { OffsetStep } from '../trace/distribution.js';
import type { Traced, TracedJson } from '../trace/traced.js';
import type { AllocationResult } from './result.js';

/**
 * The version of the JSON form of a result (`formatVersion`, CHANGELOG.md). 2: each traced figure
 * once, where the result holds it (no `trace` list); an offset's `reachable` is the key of its
 * figure in `communityProperty.debts`.
 */
export const RESULT_FORMAT_VERSION = 2;

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

/** An offset in the JSON form: `reachable` names the figure in `communityProperty.debts`. */
export type OffsetStepJson = JsonOf<Omit<OffsetStep, 'reachable'>> & {
  /** The key of the debt's reachable figure (community property), or `null`. */
  readonly reachable: string | null;
};

/**
 * The JSON form of an allocation result (format version 2): every Decimal as a string, each
 * traced figure once. The validated input and the in-memory `trace` list are left out.
 */
export type AllocationResultJson = {
  readonly formatVersion: typeof RESULT_FORMAT_VERSION;
} & JsonOf<Omit<AllocationResult, 'input' | 'trace'>> & {
    readonly summary: AllocationResult['summary'];
  };

type JsonOf<T> = T extends Dec
  ? string
  : T extends Traced
    ? TracedJson
    : T extends OffsetStep
      ? OffsetStepJson
      : T extends readonly (infer U)[]
        ? readonly JsonOf<U>[]
        : T extends object
          ? { readonly [K in keyof T]: JsonOf<T[K]> }
          : T;

/** The JSON form of `result.check` (docs/result-format.md, "The after-filing check"): money as strings. */
export type AfterFilingCheckJson = AllocationResultJson['check'];

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
 * The JSON form of a result (format version 2, docs/result-format.md): `summary` first (the
 * `expected` keys of the case format), then the `warnings` (a reviewer reads them before any
 * figure), `formatVersion`, then the rest in the order of {@link AllocationResult}, ending with
 * `check` (the after-filing check, `null` when the case has no `afterFiling`). Money is two-decimal
 * strings, ratios keep their places.
 */
export function resultToJson(result: AllocationResult): AllocationResultJson {
  const { summary, warnings, input: _input, trace: _trace, ...rest } = result;
  void _input;
  void _trace;
  const json = convert(rest) as {
    distribution: { offsets: { reachable: unknown }[] };
    officialForm: { partII: { ssn: string | null }[] | null };
  };
  // The reachable figure is written once, in communityProperty.debts; the offset names it.
  const offsets = result.distribution.offsets;
  for (let i = 0; i < offsets.length; i++) {
    const step = json.distribution.offsets[i];
    if (step) step.reachable = offsets[i]?.reachable?.key ?? null;
  }
  // The JSON is printed and stored: SSNs in it are masked to the last four digits, as on the
  // worksheet. The filled PDF (form8379/pdf) is the one place an SSN is written in full.
  const rows = json.officialForm.partII;
  if (rows) for (const row of rows) if (row.ssn) row.ssn = `***-**-${row.ssn.slice(-4)}`;
  const out = { summary, warnings, formatVersion: RESULT_FORMAT_VERSION, ...json };
  return out as unknown as AllocationResultJson;
}
