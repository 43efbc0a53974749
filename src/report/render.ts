import type Handlebars from 'handlebars';
import type { AllocationResult } from '../pipeline/result.js';
import { InvalidOptionError } from '../core/errors.js';
import { buildWorksheetModel } from './build-model.js';
import { formatEnvironment } from './helpers.js';
import type { RenderWorksheetOptions, WorksheetFormat, WorksheetModel } from './model.js';
import { TEMPLATE_SPECS, type TemplateName } from './templates.generated.js';
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

/** The partials of each format's main template (partial name → template). */
const PARTIALS: Readonly<Record<WorksheetFormat, Readonly<Record<string, TemplateName>>>> = {
  html: { stepTable: 'html-step-table' },
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

/** Models decorated for the built-in templates, so the shared partials know not to copy them. */
const decorated = new WeakSet<object>();

/**
 * One isolated Handlebars environment per format (helpers and partials never leak into the
 * caller's global Handlebars), built on first use and kept. The built-in templates are
 * precompiled (scripts/generate-templates.mjs): `template()` only links them to this
 * environment, so nothing here evaluates a string and a strict Content-Security-Policy holds.
 */
function environment(format: WorksheetFormat): FormatEnvironment {
  const existing = environments.get(format);
  if (existing) return existing;
  const hb = formatEnvironment(format);
  const load = (name: TemplateName): Template => hb.template<WorksheetModel>(TEMPLATE_SPECS[name]);
  for (const [partial, name] of Object.entries(PARTIALS[format])) {
    hb.registerPartial(partial, load(name));
  }
  // A custom template renders the public model; the built-in pieces it includes get a decorated
  // copy of whatever context they are given (the model itself, or the model with hash fields).
  const shared = (template: Template) =>
    ((context: WorksheetModel, options?: Handlebars.RuntimeOptions): string =>
      template(
        decorated.has(context) ? context : DECORATE[format](structuredClone(context)),
        options,
      )) as unknown as Template;
  const body = load(format === 'html' ? 'html-body' : format);
  hb.registerPartial('worksheetBody', shared(body));
  if (format === 'html') hb.registerPartial('worksheetStyle', shared(load('html-style')));
  const main = format === 'html' ? load('html') : body;
  const env: FormatEnvironment = { hb, main, custom: new Map() };
  environments.set(format, env);
  return env;
}

/**
 * A caller's template, compiled at run time: the one path that evaluates generated code, so in a
 * browser it needs a Content-Security-Policy that allows 'unsafe-eval' (docs/worksheet.md).
 */
function customTemplate(env: FormatEnvironment, format: WorksheetFormat, source: string): Template {
  const cached = env.custom.get(source);
  if (cached) return cached;
  // Not strict: a letterhead may test optional fields with {{#if}} on any model.
  const raw = env.hb.compile<WorksheetModel>(source, { noEscape: format !== 'html' });
  // Prototype access stays denied, and denied in silence: Handlebars would otherwise print a
  // warning of its own (without our prefix) on the console, and `{{log}}` case data (below).
  const compiled: Template = (context, options) =>
    raw(context, {
      ...options,
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
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
