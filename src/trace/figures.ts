import { formatMoney, type Dec } from '../core/money.js';
import type { RuleId } from '../law/rules.js';
import type { FigureKind, TraceInput, Traced } from './traced.js';

/** A formula in words, or how to write it when someone reads it. */
export type FormulaText = string | (() => string);
/** A figure's named inputs, already formatted, or how to list them when someone reads them. */
export type FigureInputs =
  Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);

/** Formats a ratio with a fixed number of places ("0.6009"). */
export function formatRatio(value: Dec, places: number): string {
  return value.toFixed(places);
}

const NO_INPUTS: readonly TraceInput[] = Object.freeze([]);

/**
 * A traced figure whose formula text and inputs are written on first read: a batch that asks only
 * for summaries never formats them (the worksheet and `resultToJson` read them). The amount, key,
 * label, rule and kind are plain fields.
 */
class Figure implements Traced {
  readonly key: string;
  readonly label: string;
  readonly rule: RuleId;
  readonly kind: FigureKind;
  readonly amount: Dec;
  #formula: FormulaText;
  #inputs: FigureInputs | readonly TraceInput[];
  #inputsListed = false;

  constructor(
    key: string,
    label: string,
    rule: RuleId,
    kind: FigureKind,
    amount: Dec,
    formula: FormulaText,
    inputs: FigureInputs,
  ) {
    this.key = key;
    this.label = label;
    this.rule = rule;
    this.kind = kind;
    this.amount = amount;
    this.#formula = formula;
    this.#inputs = inputs;
  }

  get formula(): string {
    const f = this.#formula;
    if (typeof f === 'string') return f;
    const text = f();
    this.#formula = text;
    return text;
  }

  get inputs(): readonly TraceInput[] {
    if (this.#inputsListed) return this.#inputs as readonly TraceInput[];
    const source = this.#inputs as FigureInputs;
    const record = typeof source === 'function' ? source() : source;
    let list: TraceInput[] | readonly TraceInput[] = NO_INPUTS;
    for (const name in record) {
      if (list === NO_INPUTS) list = [];
      (list as TraceInput[]).push({ name, value: record[name] as string });
    }
    this.#inputs = list;
    this.#inputsListed = true;
    return list;
  }

  /** The figure as a plain object (what `JSON.stringify` and `console.log` show). */
  toJSON(): Omit<Traced, 'amount'> & { amount: Dec } {
    return {
      key: this.key,
      label: this.label,
      rule: this.rule,
      kind: this.kind,
      amount: this.amount,
      formula: this.formula,
      inputs: this.inputs,
    };
  }
}

/** Builds a money {@link Traced} figure; `inputs` values are already formatted strings. */
export function money(
  key: string,
  label: string,
  rule: RuleId,
  amount: Dec,
  formula: FormulaText,
  inputs: FigureInputs = {},
): Traced {
  return new Figure(key, label, rule, 'money', amount, formula, inputs);
}

export function figure(
  key: string,
  label: string,
  rule: RuleId,
  kind: FigureKind,
  amount: Dec,
  formula: FormulaText,
  inputs: FigureInputs,
): Traced {
  return new Figure(key, label, rule, kind, amount, formula, inputs);
}

export const m = formatMoney;
