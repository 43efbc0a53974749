/**
 * The helpers every worksheet template can call. Each returns a plain string, never a
 * `SafeString`, so in the HTML environment Handlebars still escapes what a helper returns.
 */
import Handlebars, { type HelperOptions } from 'handlebars';
import type { WorksheetFormat } from './model.js';
import { citeRule, confidenceTag, displayMoney, displayPercent } from './format.js';
import { escapeMarkdown, markdownCode, oneLine, textRow, wrapJoined } from './plain.js';

type Helper = (this: unknown, ...args: unknown[]) => string;

/** Handlebars passes its options object last; the rest are the template's arguments. */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  const options = args[args.length - 1] as HelperOptions;
  return { params: args.slice(0, -1), options };
}

function isFigure(value: unknown): value is { kind: string; amount: string } {
  return typeof value === 'object' && value !== null && 'kind' in value && 'amount' in value;
}

/** Helpers of every format: money, percent, figure, cite, tag. */
export const COMMON_HELPERS: Readonly<Record<string, Helper>> = {
  /** `{{money "1819.00"}}` → `$1,819.00`; `{{money x cents=false}}` drops a `.00`. */
  money: (...args) => {
    const { params, options } = split(args);
    return displayMoney(params[0], { cents: options.hash?.cents !== false });
  },
  /** `{{percent "0.7533"}}` → `75.33%`. */
  percent: (...args) => displayPercent(split(args).params[0]),
  /** A model figure by its kind: money as `$1,234.00`, a ratio as its digits. */
  figure: (...args) => {
    const value = split(args).params[0];
    if (!isFigure(value)) return '';
    return value.kind === 'money' ? displayMoney(value.amount) : String(value.amount);
  },
  /** `{{cite "R-TAX-SHARE"}}` → `R-TAX-SHARE · IRM 21.4.6.5.11 [S]`. */
  cite: (...args) => citeRule(split(args).params[0]),
  /** `{{tag "S"}}` → `[S]`. */
  tag: (...args) => confidenceTag(String(split(args).params[0] ?? '')),
};

/**
 * Markdown: `md` escapes inline text (`{{md x block=true}}` where it starts a line), `code` makes
 * a code span.
 */
export const MARKDOWN_HELPERS: Readonly<Record<string, Helper>> = {
  md: (...args) => {
    const { params, options } = split(args);
    return escapeMarkdown(params[0], options.hash?.block === true);
  },
  code: (...args) => markdownCode(split(args).params[0]),
};

/** Fixed-width text: `flat` makes text one safe line, `row` a table row, `wrap` a paragraph. */
export const TEXT_HELPERS: Readonly<Record<string, Helper>> = {
  flat: (...args) => oneLine(split(args).params[0]),
  /** A heading in capitals (`WHY`, `POR QUÉ`). */
  upper: (...args) => oneLine(split(args).params[0]).toUpperCase(),
  /** `{{row "6 34 >12" a b c}}`: cells wrapped in their columns. */
  row: (...args) => {
    const { params } = split(args);
    return textRow(String(params[0] ?? ''), params.slice(1));
  },
  /**
   * `{{#wrap 78 first="- " indent="  "}}text{{/wrap}}`: the block's text reflowed to the width,
   * with a first-line prefix and a hanging indent.
   */
  wrap: function (this: unknown, ...args: unknown[]) {
    const { params, options } = split(args);
    const width = Number(params[0] ?? 78);
    const hash = (options.hash ?? {}) as Record<string, unknown>;
    const first = typeof hash.first === 'string' ? hash.first : '';
    const indent = typeof hash.indent === 'string' ? hash.indent : ' '.repeat(first.length);
    return wrapJoined(options.fn(this), width, first, indent);
  },
};

/**
 * A Handlebars environment of its own for one format (helpers never leak into the caller's
 * global Handlebars), with the format's helpers. `{{log}}` prints nothing: in a caller's template
 * it would print case data raw to the console (a terminal, the CLI's standard output).
 */
export function formatEnvironment(format: WorksheetFormat): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('log', () => '');
  hb.registerHelper({
    ...COMMON_HELPERS,
    ...(format === 'markdown' ? MARKDOWN_HELPERS : {}),
    ...(format === 'text' ? TEXT_HELPERS : {}),
  });
  return hb;
}
