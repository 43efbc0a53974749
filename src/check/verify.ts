import { Dec, formatMoney, subDec } from '../core/money.js';
import type { PerSpouse } from '../core/per-spouse.js';
import { readAmount } from '../input/money.js';
import type { RuleId } from '../law/rules.js';
import type { Distribution } from '../trace/distribution.js';
import type { Traced } from '../trace/traced.js';

/**
 * `verifyExpected`: a case's `expected` figures (a reference case, a worked example from a
 * revenue ruling or a textbook) against the computed `summary`, key by key, each with the rule
 * behind the figure. `form8379 verify` prints it as a table.
 */

/** What {@link verifyExpected} reads of a result (an `AllocationResult` has all of it). */
export interface VerifiableResult {
  readonly input: { readonly expected?: unknown };
  readonly summary: {
    readonly separateTax: { readonly injured: string; readonly other: string };
    readonly taxRatio: string;
    readonly taxShare: { readonly injured: string; readonly other: string };
    readonly contribution: { readonly injured: string; readonly other: string };
    readonly jointOverpayment: string;
    readonly injuredSpouseRefund: string;
    readonly otherSpouseRefund: string;
    readonly offsets: readonly { readonly type: string; readonly amount: string }[];
  };
  readonly separate: PerSpouse<{ readonly tax: Traced }>;
  readonly taxRatio: Traced;
  readonly taxShare: PerSpouse<Traced>;
  readonly contribution: PerSpouse<Traced>;
  readonly overpayment: { readonly recomputed: Traced };
  readonly distribution: Distribution;
}

/** One expected figure against the computed one. */
export interface VerifyRow {
  /** The key in `summary`, e.g. `separateTax.injured`, `offsets[0].amount`. */
  readonly figure: string;
  /** The expected value as written in the case, or `null` when `expected` does not give it. */
  readonly expected: string | null;
  /** The computed value as in `summary`, or `null` when the result has no such figure. */
  readonly computed: string | null;
  /** `computed - expected` (two decimals for money, the ratio's places for a ratio), when both are numbers. */
  readonly difference: string | null;
  readonly matches: boolean;
  /** The rule behind the computed figure (e.g. `R-TAX-SHARE`), `null` for a key the summary does not have. */
  readonly rule: RuleId | null;
  /** Why the row cannot match, beyond a different figure (an unknown key, a value that is not a number). */
  readonly problem: string | null;
}

/** The comparison of one case. */
export interface VerifyOutcome {
  /** Whether the case gives `expected` at all; without it nothing is compared and `matches` is false. */
  readonly hasExpected: boolean;
  /** Every row matches (and there is at least one). */
  readonly matches: boolean;
  readonly rows: readonly VerifyRow[];
  /** The rows that do not match. */
  readonly differences: readonly VerifyRow[];
}

type Kind = 'money' | 'ratio' | 'text';

interface Computed {
  readonly figure: string;
  readonly value: string;
  readonly kind: Kind;
  readonly rule: RuleId;
}

type Pair = 'separateTax' | 'taxShare' | 'contribution';
type Single = 'taxRatio' | 'jointOverpayment' | 'injuredSpouseRefund' | 'otherSpouseRefund';
const SUMMARY_KEYS = [
  'separateTax',
  'taxRatio',
  'taxShare',
  'contribution',
  'jointOverpayment',
  'injuredSpouseRefund',
  'otherSpouseRefund',
  'offsets',
] as const;

/** The computed figures of the summary, in its order, each with its rule. */
function computedFigures(r: VerifiableResult): Map<string, Computed> {
  const s = r.summary;
  const rules: Record<Pair, PerSpouse<RuleId>> = {
    separateTax: { injured: r.separate.injured.tax.rule, other: r.separate.other.tax.rule },
    taxShare: { injured: r.taxShare.injured.rule, other: r.taxShare.other.rule },
    contribution: { injured: r.contribution.injured.rule, other: r.contribution.other.rule },
  };
  const single: Record<Single, RuleId> = {
    taxRatio: r.taxRatio.rule,
    jointOverpayment: r.overpayment.recomputed.rule,
    injuredSpouseRefund: r.distribution.injuredRefund.rule,
    otherSpouseRefund: r.distribution.otherRefund.rule,
  };
  const out = new Map<string, Computed>();
  const add = (figure: string, value: string, kind: Kind, rule: RuleId) =>
    out.set(figure, { figure, value, kind, rule });
  for (const key of SUMMARY_KEYS) {
    if (key === 'offsets') {
      s.offsets.forEach((o, i) => {
        const rule = r.distribution.offsets[i]?.applied.rule ?? 'R-OFFSET-ORDER';
        add(`offsets[${i}].type`, o.type, 'text', rule);
        add(`offsets[${i}].amount`, o.amount, 'money', rule);
      });
    } else if (key === 'separateTax' || key === 'taxShare' || key === 'contribution') {
      add(`${key}.injured`, s[key].injured, 'money', rules[key].injured);
      add(`${key}.other`, s[key].other, 'money', rules[key].other);
    } else {
      add(key, s[key], key === 'taxRatio' ? 'ratio' : 'money', single[key]);
    }
  }
  return out;
}

const RATIO = /^-?\d+(?:\.\d+)?$/;

/** The expected value as a number, or why it is not one. */
function readExpected(
  value: unknown,
  kind: Kind,
): { ok: true; dec: Dec } | { ok: false; why: string } {
  if (kind === 'ratio') {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && RATIO.test(text)) return { ok: true, dec: new Dec(text) };
    return { ok: false, why: 'expected a ratio such as "0.7533"' };
  }
  const reading = readAmount(value, true);
  return reading.ok
    ? { ok: true, dec: new Dec(reading.amount) }
    : { ok: false, why: reading.message };
}

function written(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function compare(c: Computed, value: unknown): VerifyRow {
  const expected = written(value);
  if (c.kind === 'text') {
    const matches = value === c.value;
    return {
      figure: c.figure,
      expected,
      computed: c.value,
      difference: null,
      matches,
      rule: c.rule,
      problem: null,
    };
  }
  const read = readExpected(value, c.kind);
  if (!read.ok) {
    return {
      figure: c.figure,
      expected,
      computed: c.value,
      difference: null,
      matches: false,
      rule: c.rule,
      problem: read.why,
    };
  }
  const computed = new Dec(c.value);
  const diff = subDec(computed, read.dec);
  // Places as written: decimal.js drops trailing zeros ("1.0000" has 0 decimal places to it).
  const decimals = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);
  const places = Math.max(decimals(expected), decimals(c.value));
  return {
    figure: c.figure,
    expected,
    computed: c.value,
    difference: c.kind === 'money' ? formatMoney(diff) : diff.toFixed(places),
    matches: diff.isZero(),
    rule: c.rule,
    problem: null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Compares a case's `expected` figures (the keys of `summary`: docs/case-format.md) with the
 * computed `summary`, key by key: each key `expected` gives is one row with both values, the
 * difference (`computed - expected`) and the rule behind the figure. Amounts compare as numbers
 * ("1819" matches "1819.00"); an offset's `type` as text. A key the summary does not have, a value
 * that is not a number, or an offset on one side only is a row that does not match. A case without
 * `expected` has no rows and does not match.
 *
 * @example
 * ```ts
 * const outcome = verifyExpected(allocate(caseJson));
 * for (const row of outcome.differences) console.log(row.figure, row.expected, row.computed, row.rule);
 * ```
 */
export function verifyExpected(result: VerifiableResult): VerifyOutcome {
  const expected = result.input.expected;
  if (expected === undefined || expected === null) {
    return { hasExpected: false, matches: false, rows: [], differences: [] };
  }
  const rows: VerifyRow[] = [];
  const problem = (figure: string, value: unknown, why: string, c?: Computed) =>
    rows.push({
      figure,
      expected: value === undefined ? null : written(value),
      computed: c?.value ?? null,
      difference: null,
      matches: false,
      rule: c?.rule ?? null,
      problem: why,
    });
  if (!isRecord(expected)) {
    problem('expected', expected, 'expected an object with the keys of "summary"');
    return { hasExpected: true, matches: false, rows, differences: rows };
  }
  const computed = computedFigures(result);
  for (const key of SUMMARY_KEYS) {
    if (!(key in expected)) continue;
    const value = expected[key];
    if (key === 'offsets') {
      compareOffsets(value, computed, rows, problem);
    } else if (key === 'separateTax' || key === 'taxShare' || key === 'contribution') {
      if (!isRecord(value)) {
        problem(key, value, 'expected an object with "injured" and "other"');
        continue;
      }
      for (const spouse of ['injured', 'other'] as const) {
        const c = computed.get(`${key}.${spouse}`);
        if (c && spouse in value) rows.push(compare(c, value[spouse]));
      }
      for (const extra of Object.keys(value).filter((k) => k !== 'injured' && k !== 'other')) {
        problem(`${key}.${extra}`, value[extra], 'not a figure of the summary');
      }
    } else {
      const c = computed.get(key);
      if (c) rows.push(compare(c, value));
    }
  }
  for (const extra of Object.keys(expected).filter(
    (k) => !(SUMMARY_KEYS as readonly string[]).includes(k),
  )) {
    problem(extra, expected[extra], 'not a figure of the summary');
  }
  const differences = rows.filter((r) => !r.matches);
  return {
    hasExpected: true,
    matches: rows.length > 0 && differences.length === 0,
    rows,
    differences,
  };
}

function compareOffsets(
  value: unknown,
  computed: ReadonlyMap<string, Computed>,
  rows: VerifyRow[],
  problem: (figure: string, value: unknown, why: string, c?: Computed) => void,
): void {
  if (!Array.isArray(value)) {
    problem('offsets', value, 'expected a list of offsets, each { "type", "amount" }');
    return;
  }
  let count = 0;
  while (computed.has(`offsets[${count}].type`)) count++;
  for (let i = 0; i < Math.max(count, value.length); i++) {
    const entry: unknown = value[i];
    const type = computed.get(`offsets[${i}].type`);
    const amount = computed.get(`offsets[${i}].amount`);
    if (i >= value.length) {
      problem(`offsets[${i}]`, undefined, 'an offset the result has and expected does not', amount);
      continue;
    }
    if (!type || !amount) {
      problem(`offsets[${i}]`, entry, 'an offset expected gives and the result does not have');
      continue;
    }
    if (!isRecord(entry)) {
      problem(`offsets[${i}]`, entry, 'expected an offset as { "type", "amount" }', amount);
      continue;
    }
    if ('type' in entry) rows.push(compare(type, entry.type));
    if ('amount' in entry) rows.push(compare(amount, entry.amount));
    for (const extra of Object.keys(entry).filter((k) => k !== 'type' && k !== 'amount')) {
      problem(`offsets[${i}].${extra}`, entry[extra], 'not a figure of the summary');
    }
  }
}
