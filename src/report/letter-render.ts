/**
 * Renders the letters of result-check.md section 4 with the worksheet's template system: the
 * templates `html-letter.hbs`, `letter-markdown.hbs` and `letter-text.hbs`, precompiled by
 * scripts/generate-templates.mjs (nothing is compiled at run time), each format in its own
 * Handlebars environment with the worksheet's helpers. HTML escapes every value; the Markdown and
 * text display fields below are escaped or laid out by the same functions as the worksheet's.
 */
import type Handlebars from 'handlebars';
import { InvalidOptionError } from '../core/errors.js';
import type { AllocationResult } from '../pipeline/result.js';
import { formatEnvironment } from './helpers.js';
import { joinList } from './i18n/lang.js';
import {
  LETTER_CATALOGUES,
  buildLetterModel,
  type LetterBlank,
  type LetterModel,
  type LetterTable,
  type RenderLetterOptions,
} from './letter-model.js';
import type { WorksheetFormat } from './model.js';
import { escapeMarkdown, textRow, wrapJoined } from './plain.js';
import { WORKSHEET_FORMATS } from './render.js';
import { TEMPLATE_SPECS, type TemplateName } from './templates.generated.js';
import { cssStringContent } from './views.js';

type Template = Handlebars.TemplateDelegate<LetterModel>;

const TEMPLATES: Readonly<Record<WorksheetFormat, TemplateName>> = {
  html: 'html-letter',
  markdown: 'letter-markdown',
  text: 'letter-text',
};

const templates = new Map<WorksheetFormat, Template>();

/** The format's precompiled template, linked to an environment of its own on first use. */
function template(format: WorksheetFormat): Template {
  const existing = templates.get(format);
  if (existing) return existing;
  const hb = formatEnvironment(format);
  const t = hb.template<LetterModel>(TEMPLATE_SPECS[TEMPLATES[format]]);
  templates.set(format, t);
  return t;
}

const BLANK_LINE = '_'.repeat(60);

/** The display fields every format prints. */
interface CommonView {
  dateText?: string;
  senderNames?: string;
  pageHeader?: string;
  pageHeaderCss?: string;
  /** The page's <title>. */
  htmlTitle?: string;
  /** "Page" and "of" of the printed page numbers, as CSS string contents. */
  pageWordCss?: string;
  pageOfCss?: string;
  phoneLabel?: string;
  enclosuresLabel?: string;
  /** What follows the draft note: "This note is not printed." or "Delete this note ...". */
  draftNoteEnd?: string;
  /** What follows the person's note, in the person's language. */
  personNoteEnd?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function decorateCommon(
  model: LetterModel,
  format: WorksheetFormat = 'html',
): LetterModel & CommonView {
  const view = model as LetterModel & CommonView;
  const t = LETTER_CATALOGUES[model.letterLang];
  const own = LETTER_CATALOGUES[model.lang];
  view.dateText = model.date ?? t.dateBlank;
  view.senderNames = joinList(model.letterLang, model.sender.names);
  view.pageHeader = `${view.senderNames} · ${model.date ?? ''} · ${t.taxYearShort(model.taxYear)}`;
  view.pageHeaderCss = cssStringContent(view.pageHeader);
  view.htmlTitle = t.htmlTitle(model.title, model.taxYear);
  view.pageWordCss = cssStringContent(t.pageWord);
  view.pageOfCss = cssStringContent(t.pageOf);
  view.phoneLabel = t.phone;
  view.enclosuresLabel = t.enclosures;
  view.draftNoteEnd = format === 'html' ? t.noteNotPrinted : t.noteDelete;
  view.personNoteEnd = format === 'html' ? own.noteNotPrinted : own.noteDelete;
  for (const s of model.sections) {
    for (const b of s.blanks as (LetterBlank & { lineList?: null[] })[]) {
      b.lineList = new Array<null>(b.lines).fill(null);
    }
  }
  return view;
}

/** Lines joined with Markdown hard line breaks (a backslash at the end of each but the last). */
function markdownLines(lines: readonly string[]): string {
  return lines.map((l) => escapeMarkdown(l, true)).join('\\\n');
}

function markdownTable(t: LetterTable): string {
  const cell = (c: string, i: number, strong: boolean) => {
    const text = escapeMarkdown(c);
    return strong && text !== '' ? `**${text}**` : i === 0 && text === '' ? ' ' : text;
  };
  let out = `| ${t.columns.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |\n|---|---:|---:|---:|\n`;
  for (const r of t.rows) {
    out += `| ${r.cells.map((c, i) => cell(c, i, r.emphasis || r.subheading)).join(' | ')} |\n`;
  }
  if (t.note) out += `\n${escapeMarkdown(t.note, true)}\n`;
  return out.slice(0, -1);
}

function decorateMarkdown(model: LetterModel): LetterModel {
  const view = decorateCommon(model, 'markdown') as LetterModel &
    CommonView & { senderText?: string; recipientText?: string; referencesText?: string };
  view.senderText = markdownLines([
    view.senderNames ?? '',
    ...model.sender.address,
    `${view.phoneLabel}: ${model.sender.phone ?? '________________'}`,
  ]);
  view.recipientText = markdownLines(model.recipient);
  view.referencesText = model.references
    .map((r) => `**${escapeMarkdown(r.label)}:** ${escapeMarkdown(r.value)}`)
    .join('\\\n');
  for (const s of model.sections as (Mutable<LetterModel['sections'][number]> & {
    tableText?: string;
  })[]) {
    if (s.table) s.tableText = markdownTable(s.table);
    for (const b of s.blanks as (LetterBlank & { blankText?: string })[]) {
      b.blankText = new Array<string>(b.lines).fill(escapeMarkdown(BLANK_LINE)).join('\\\n');
    }
  }
  return view;
}

/** A table in fixed-width text: the label in 33 columns, the amounts in 14 each (78 in all). */
function textTable(t: LetterTable): string {
  const spec = '33 >14 >14 >14';
  const lines = [textRow(spec, t.columns), '-'.repeat(78)];
  for (const r of t.rows) {
    if (r.subheading) {
      if (lines.length > 2) lines.push('');
      lines.push(textRow('78', [r.cells[0]]));
    } else lines.push(textRow(spec, r.cells));
  }
  if (t.note) lines.push('', wrapJoined(t.note, 78));
  return lines.join('\n');
}

function decorateText(model: LetterModel): LetterModel {
  const view = decorateCommon(model, 'text') as LetterModel &
    CommonView & { referencesText?: string };
  // The labels' column: 19 characters (every English label fits), wider for longer labels.
  const labels = Math.min(30, Math.max(19, ...model.references.map((r) => r.label.length + 2)));
  view.referencesText = model.references
    .map((r) => textRow(`${labels} ${77 - labels}`, [`${r.label}:`, r.value]))
    .join('\n');
  for (const s of model.sections as (Mutable<LetterModel['sections'][number]> & {
    tableText?: string;
    headingText?: string;
  })[]) {
    if (s.table) s.tableText = textTable(s.table);
    if (s.heading) {
      const heading = wrapJoined(s.heading, 78);
      s.headingText = `${heading}\n${'-'.repeat(Math.min(78, Math.max(...heading.split('\n').map((l) => l.length))))}`;
    }
    for (const b of s.blanks as (LetterBlank & { blankText?: string })[]) {
      b.blankText = new Array<string>(b.lines).fill(`  ${BLANK_LINE}`).join('\n\n');
    }
  }
  return view;
}

const DECORATE: Readonly<Record<WorksheetFormat, (model: LetterModel) => LetterModel>> = {
  html: (model) => decorateCommon(model, 'html'),
  markdown: decorateMarkdown,
  text: decorateText,
};

/**
 * Renders one of the four letters of result-check.md section 4 for a case with `afterFiling`: A
 * `request` (the IRS's allocation worksheet), B `reconsider` (with a new Form 8379), C `advocate`
 * (Taxpayer Advocate Service, Form 911), D `agency` (the agency that took the refund). HTML is a
 * self-contained page with print CSS for US Letter (one or two pages); Markdown and text are for
 * email and terminals. Deterministic: the same result and options give the same string.
 *
 * @example
 * ```ts
 * const result = allocate(caseJson, { asOf: '2025-06-02' });
 * const html = renderLetter(result, { letter: 'request', format: 'html', date: '2025-06-02' });
 * ```
 * @throws InvalidOptionError for an unknown letter or format, or a wrong option.
 * @throws UnsupportedCaseError when the case has no `afterFiling` or lacks what the letter needs;
 *   its `path` names the field to add (`afterFiling.senderAddress`, `afterFiling.irsNotice.address`,
 *   `afterFiling.offsetNotice.offsets[0].address`...).
 */
export function renderLetter(result: AllocationResult, options: RenderLetterOptions): string {
  const format = options?.format;
  if (!WORKSHEET_FORMATS.includes(format)) {
    throw new InvalidOptionError(
      'options.format',
      `must be one of ${WORKSHEET_FORMATS.map((f) => `"${f}"`).join(', ')}, got ${JSON.stringify(format)}`,
    );
  }
  const model = buildLetterModel(result, options);
  return template(format)(DECORATE[format](model));
}
