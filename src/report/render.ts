import Handlebars from 'handlebars';
import type { AllocationResult } from '../pipeline/result.js';
import { InvalidOptionError } from '../core/errors.js';
import { buildWorksheetModel } from './build-model.js';
import { COMMON_HELPERS, MARKDOWN_HELPERS, TEXT_HELPERS } from './helpers.js';
import type { RenderWorksheetOptions, WorksheetFormat, WorksheetModel } from './model.js';
import { TEMPLATE_SOURCES } from './templates.generated.js';
import { decorateHtml, decorateMarkdown, decorateText } from './views.js';

/** The formats with a built-in template. */
export const WORKSHEET_FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];

type Template = Handlebars.TemplateDelegate<WorksheetModel>;

interface FormatEnvironment {
  readonly hb: typeof Handlebars;
  /** The built-in template; it expects a model with the format's display fields (`decorate`). */
  readonly main: Template;
  /** Caller templates compiled in this environment, by source. */
  readonly custom: Map<string, Template>;
}

/** Enough for a few letterheads per process; beyond it the oldest compiled one is dropped. */
const CUSTOM_CACHE_LIMIT = 16;

/** The partials of each format's main template (partial name → template file). */
const PARTIALS: Readonly<
  Record<WorksheetFormat, Readonly<Record<string, keyof typeof TEMPLATE_SOURCES>>>
> = {
  html: { worksheetStyle: 'html-style', stepTable: 'html-step-table' },
  markdown: {},
  text: {},
};

const environments = new Map<WorksheetFormat, FormatEnvironment>();

/** Adds the display fields the built-in templates print (see views.ts) to a fresh model. */
const DECORATE: Readonly<Record<WorksheetFormat, (model: WorksheetModel) => WorksheetModel>> = {
  html: decorateHtml,
  markdown: decorateMarkdown,
  text: decorateText,
};

/** Models decorated for the built-in templates, so `worksheetBody` knows not to copy them. */
const decorated = new WeakSet<object>();

/**
 * One isolated Handlebars environment per format (helpers and partials never leak into the
 * caller's global Handlebars), built on first use and kept. Only HTML escapes: Markdown and text
 * are not HTML, and their helpers (`md`, `line`, `row`, `wrap`) make user text safe instead.
 */
function environment(format: WorksheetFormat): FormatEnvironment {
  const existing = environments.get(format);
  if (existing) return existing;
  const hb = Handlebars.create();
  const helpers = {
    ...COMMON_HELPERS,
    ...(format === 'markdown' ? MARKDOWN_HELPERS : {}),
    ...(format === 'text' ? TEXT_HELPERS : {}),
  };
  hb.registerHelper(helpers);
  // strict: a typo in a built-in template fails loudly instead of printing an empty cell.
  // knownHelpersOnly: the built-in templates call only these helpers, so the compiled code calls
  // them directly and reads `{{label}}` as a plain field instead of first looking for a helper of
  // that name on every lookup.
  const compileOptions = {
    strict: true,
    // No template uses @index, @first, @last or @root (views.ts joins those lists): without a
    // data frame Handlebars reuses its compiled block programs instead of wrapping them per call.
    data: false,
    noEscape: format !== 'html',
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
    knownHelpersOnly: true,
  };
  const compile = (name: keyof typeof TEMPLATE_SOURCES): Template =>
    hb.compile<WorksheetModel>(TEMPLATE_SOURCES[name], compileOptions);
  // The shared pieces are real partials, registered once: as `{{#*inline}}` blocks they were
  // re-registered (partials object copied, decorator run) on every render.
  for (const [partial, source] of Object.entries(PARTIALS[format])) {
    hb.registerPartial(partial, compile(source));
  }
  const body = compile(format === 'html' ? 'html-body' : format);
  const main = format === 'html' ? compile('html') : body;
  // A custom template renders the public model; the built-in body it includes gets a decorated
  // copy of whatever context it is given (the model itself, or the model with hash fields).
  const worksheetBody = (context: WorksheetModel, options?: Handlebars.RuntimeOptions): string =>
    body(decorated.has(context) ? context : DECORATE[format](structuredClone(context)), options);
  hb.registerPartial('worksheetBody', worksheetBody as unknown as Template);
  const env: FormatEnvironment = { hb, main, custom: new Map() };
  environments.set(format, env);
  return env;
}

function customTemplate(env: FormatEnvironment, format: WorksheetFormat, source: string): Template {
  const cached = env.custom.get(source);
  if (cached) return cached;
  // Not strict: a letterhead may test optional fields with {{#if}} on any model.
  const compiled = env.hb.compile<WorksheetModel>(source, { noEscape: format !== 'html' });
  if (env.custom.size >= CUSTOM_CACHE_LIMIT) {
    const oldest = env.custom.keys().next().value;
    if (oldest !== undefined) env.custom.delete(oldest);
  }
  env.custom.set(source, compiled);
  return compiled;
}

/**
 * Renders an allocation result as the printable worksheet: a self-contained HTML page (print CSS
 * for US Letter), Markdown (tickets, email) or fixed-width text (terminals). Deterministic: the
 * same result and options always give the same string.
 *
 * @example
 * ```ts
 * const html = renderWorksheet(allocate(caseJson), { format: 'html', preparedDate: '2025-03-14' });
 * ```
 * @throws InvalidOptionError for an unknown format or a template that is not a string.
 */
export function renderWorksheet(result: AllocationResult, options: RenderWorksheetOptions): string {
  const format = options?.format;
  if (!WORKSHEET_FORMATS.includes(format)) {
    throw new InvalidOptionError(
      'options.format',
      `must be one of ${WORKSHEET_FORMATS.map((f) => `"${f}"`).join(', ')}, got ${JSON.stringify(format)}`,
    );
  }
  if (options.template !== undefined && typeof options.template !== 'string') {
    throw new InvalidOptionError('options.template', 'must be a Handlebars template source string');
  }
  const model = buildWorksheetModel(result, options);
  const env = environment(format);
  if (options.template !== undefined) {
    return customTemplate(env, format, options.template)(model);
  }
  const view = DECORATE[format](model);
  decorated.add(view);
  return env.main(view);
}
