import Handlebars from 'handlebars';
import type { AllocationResult } from '../allocation/result.js';
import { InvalidOptionError } from '../errors.js';
import { buildWorksheetModel } from './build-model.js';
import { COMMON_HELPERS, MARKDOWN_HELPERS, TEXT_HELPERS } from './helpers.js';
import type { RenderWorksheetOptions, WorksheetFormat, WorksheetModel } from './model.js';
import { TEMPLATE_SOURCES } from './templates.generated.js';

/** The formats with a built-in template. */
export const WORKSHEET_FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];

type Template = Handlebars.TemplateDelegate<WorksheetModel>;

interface FormatEnvironment {
  readonly hb: typeof Handlebars;
  readonly main: Template;
  /** Caller templates compiled in this environment, by source. */
  readonly custom: Map<string, Template>;
}

/** Enough for a few letterheads per process; beyond it the oldest compiled one is dropped. */
const CUSTOM_CACHE_LIMIT = 16;

const environments = new Map<WorksheetFormat, FormatEnvironment>();

/**
 * One isolated Handlebars environment per format (helpers and partials never leak into the
 * caller's global Handlebars), built on first use and kept. Only HTML escapes: Markdown and text
 * are not HTML, and their helpers (`md`, `line`, `row`, `wrap`) make user text safe instead.
 */
function environment(format: WorksheetFormat): FormatEnvironment {
  const existing = environments.get(format);
  if (existing) return existing;
  const hb = Handlebars.create();
  const noEscape = format !== 'html';
  // strict: a typo in a built-in template fails loudly instead of printing an empty cell.
  const compileOptions = { strict: true, noEscape };
  hb.registerHelper(COMMON_HELPERS);
  if (format === 'markdown') hb.registerHelper(MARKDOWN_HELPERS);
  if (format === 'text') hb.registerHelper(TEXT_HELPERS);
  let main: Template;
  if (format === 'html') {
    hb.registerPartial(
      'worksheetStyle',
      hb.compile(TEMPLATE_SOURCES['html-style'], compileOptions),
    );
    hb.registerPartial('worksheetBody', hb.compile(TEMPLATE_SOURCES['html-body'], compileOptions));
    main = hb.compile<WorksheetModel>(TEMPLATE_SOURCES.html, compileOptions);
  } else {
    main = hb.compile<WorksheetModel>(TEMPLATE_SOURCES[format], compileOptions);
    hb.registerPartial('worksheetBody', main);
  }
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
  const template =
    options.template === undefined ? env.main : customTemplate(env, format, options.template);
  return template(model);
}
