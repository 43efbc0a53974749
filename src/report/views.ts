/**
 * What the built-in templates print beyond the public model: display strings computed once in
 * plain code, so a template prints a field where it used to call a helper or run a small loop per
 * cell (each helper call and `{{#each}}` costs a Handlebars frame, options object and wrapper).
 *
 * Every string here is exactly what the template fragment it replaces printed, before escaping:
 * HTML escaping is per character, so escaping a joined string gives the same bytes as escaping
 * its parts. The fields are added to a freshly built model that only the built-in templates see;
 * `buildWorksheetModel` and custom templates get the public model without them.
 */
import { citeRule, confidenceTag, displayMoney } from './format.js';
import { escapeMarkdown, textRow, wrapJoined } from './plain.js';
import type {
  WorksheetFigure,
  WorksheetModel,
  WorksheetPartIII,
  WorksheetPartIIIEntry,
  WorksheetPartIIILine,
  WorksheetStep,
  WorksheetStepRow,
} from './model.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Handlebars `{{#if}}`: false, null, undefined, '', 0, NaN and [] are false. */
function truthy(value: unknown): boolean {
  if (!value) return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** What `{{value}}` prints (before escaping): nothing for null and undefined. */
function str(value: unknown): string {
  return value == null ? '' : String(value);
}

/** What `{{figure f}}` prints. */
function figureText(f: WorksheetFigure | null | undefined): string {
  if (!f) return '';
  return f.kind === 'money' ? displayMoney(f.amount) : String(f.amount);
}

/** The inputs as printed: `income $39,000.00; deduction $14,600.00`. */
function inputsText(inputs: readonly { name: string; text: string }[]): string {
  return inputs.map((input) => `${str(input.name)} ${str(input.text)}`).join('; ');
}

/**
 * The step table partial is printed indented by two spaces: Handlebars indents every line of its
 * output, including the lines inside a value that holds a line break. The indent is now in the
 * partial's source, so a value with a line break gets it here.
 */
function indented(text: string): string {
  return text.includes('\n') ? text.replace(/\n/g, '\n  ') : text;
}

/** One piece of a step row's "how" cell: ` <i>who:</i>` (when `who` is set), then text. */
interface HowSegment {
  readonly who: string | null;
  readonly text: string;
}

interface HtmlStepRowView extends WorksheetStepRow {
  readonly htmlLabel: string;
  readonly htmlRule: string;
  /** The text after the rule, up to the first tagged segment. */
  readonly how: string;
  /** The segments that start with a tag (` <i>Injured:</i> ...`). */
  readonly howTagged: readonly HowSegment[];
  readonly injuredText: string;
  readonly otherText: string;
  readonly jointText: string;
}

interface HtmlStepView extends WorksheetStep {
  readonly htmlHead: string;
  readonly rows: readonly HtmlStepRowView[];
}

/** An input printed as zero (`$0.00`, `0.0000`): the printed worksheet leaves those out. */
function isZeroText(text: string): boolean {
  return /^-?\$?0(?:\.0+)?$/.test(text);
}

/**
 * The "how" cell of html-step-table.hbs, after the rule, as segments. Inputs that are zero are
 * left out (the reviewer part says so): on paper they cost a line and say nothing.
 */
function howSegments(row: WorksheetStepRow): HowSegment[] {
  const segments: HowSegment[] = [];
  let tag: string | null = null;
  let text = truthy(row.formula) ? ` ${str(row.formula)}.` : '';
  const rowFormula = truthy(row.formula);
  const paired = truthy(row.pairedInputs);
  for (const part of row.parts) {
    if (truthy(part.hasWork) && truthy(part.who)) {
      segments.push({ who: tag, text });
      tag = str(part.who);
      text = '';
    }
    const f = part.figure;
    if (!rowFormula) text += ` ${str(f.formula)}.`;
    const inputs = f.inputs.filter((input) => !isZeroText(input.text));
    if (!paired && inputs.length > 0) text += ` ${inputsText(inputs)}.`;
    for (const detail of f.details) text += ` ${str(detail)}.`;
  }
  if (paired) {
    segments.push({ who: tag, text });
    tag = 'Injured / other';
    let list = '';
    const inputs = row.pairedInputs!.filter((p) => !isZeroText(p.injured) || !isZeroText(p.other));
    for (let i = 0; i < inputs.length; i++) {
      const p = inputs[i]!;
      if (i > 0) list += '; ';
      list += `${str(p.name)} ${str(p.injured)} / ${str(p.other)}`;
    }
    text = list === '' ? '' : ` ${list}.`;
  }
  segments.push({ who: tag, text });
  for (const s of segments as Mutable<HowSegment>[]) {
    if (s.who !== null) s.who = indented(s.who);
    s.text = indented(s.text);
  }
  return segments;
}

function decorateHtmlSteps(steps: readonly WorksheetStep[]): void {
  for (const step of steps) {
    let head = `${str(step.number)}. ${str(step.title)} `;
    const rules = step.rules;
    let cite = '';
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (i > 0) cite += '; ';
      cite += `${str(r.id)} ${confidenceTag(r.confidence)}: ${str(r.citation)}`;
    }
    head = indented(head);
    const view = step as Mutable<HtmlStepView> & { htmlCite?: string };
    view.htmlHead = head;
    view.htmlCite = indented(cite);
    for (const row of step.rows) {
      const r = row as Mutable<HtmlStepRowView>;
      r.htmlLabel = indented(str(row.label));
      // Rule ids and amounts never hold a line break: only text is indented.
      // The step's head cites its rule; a row names it again only in a step of several rules.
      r.htmlRule = step.rules.length > 1 ? str(row.rule) : '';
      // A row of zeros needs no formula to be checked: the printed page keeps its label only.
      const zero = row.parts.every((p) => /^-?0(?:\.0+)?$/.test(p.figure.amount));
      const segments = zero ? [{ who: null, text: ' zero.' }] : howSegments(row);
      r.how = segments[0]!.text;
      r.howTagged = segments.slice(1);
      r.injuredText = truthy(row.injured) ? figureText(row.injured) : '';
      r.otherText = truthy(row.other) ? figureText(row.other) : '';
      r.jointText = truthy(row.joint) ? figureText(row.joint) : '';
    }
  }
}

/** The lists the templates print with separators, joined once in plain code. */
function decorateLists(
  model: WorksheetModel,
  rule: (r: WorksheetModel['partIII']['rules'][number]) => string,
  choice: (c: string) => string,
  meaning: (m: string) => string,
): void {
  let rules = '';
  for (const r of model.partIII.rules) rules += (rules ? '; ' : '') + rule(r);
  (model.partIII as PartIIIView).rulesText = rules;
  for (const a of model.assumptions) {
    let choices = '';
    const list = a.otherChoices;
    for (let i = 0; i < list.length; i++) choices += (i > 0 ? ', ' : '') + choice(list[i]!);
    (a as typeof a & { otherChoicesText?: string }).otherChoicesText = choices;
  }
  let legend = '';
  const tags = model.confidenceLegend;
  for (let i = 0; i < tags.length; i++) {
    legend += `${i > 0 ? '; ' : ''}${str(tags[i]!.tag)} ${meaning(tags[i]!.meaning)}`;
  }
  (model as ModelView).confidenceLegendText = legend;
}

/**
 * A CSS string's content (the quotes are the template's): every character but letters, digits,
 * spaces, commas and periods as a CSS escape, so a name can neither end the string nor the
 * `<style>` element, and HTML escaping (which the template applies) leaves it unchanged.
 */
export function cssStringContent(text: string): string {
  let out = '';
  for (const ch of text) {
    // CSS takes the space after an escape as part of it, so every escape ends with one.
    out += /^[A-Za-z0-9 .,]$/.test(ch)
      ? ch
      : `\\${ch.codePointAt(0)!.toString(16).padStart(6, '0')} `;
  }
  return out;
}

/** Whole dollars as the form shows them: `52,200`, `-3,000`. */
export function wholeDollarsText(amount: string): string {
  return displayMoney(amount, { cents: false }).replace('$', '');
}

type CommonView = WorksheetModel & {
  spouseNames?: string;
  pageHeader?: string;
  pageHeaderCss?: string;
  /** The printed page number's words ("Page 2 of 3"), as CSS string content. */
  pageWordCss?: string;
  pageOfCss?: string;
  zeroStepsText?: string;
  /** Page 1 and "Enter on Form 8379" are in another language than the form's English. */
  translated?: boolean;
};

/** The display fields every format's page 1, preparer part and folded steps print. */
function decorateCommon(model: WorksheetModel): void {
  const view = model as CommonView;
  view.spouseNames = model.header.spouses.map((s) => s.name).join(` ${model.words.and} `);
  view.pageHeader = `${view.spouseNames} · ${model.words.pageHeader}`;
  view.pageHeaderCss = cssStringContent(view.pageHeader);
  view.pageWordCss = cssStringContent(model.words.pageWord);
  view.pageOfCss = cssStringContent(model.words.pageOf);
  const client = model.client as WorksheetModel['client'] & {
    refundText?: string;
    whyText?: string;
  };
  client.refundText = displayMoney(model.client.refund);
  client.whyText = model.client.why.join(' ');
  const entry = model.formEntry as WorksheetModel['formEntry'] & { anyAdjusted?: boolean };
  entry.anyAdjusted = model.formEntry.partIII.some((l) => l.adjusted);
  view.translated = model.lang !== 'en';
  const w = model.words;
  for (const row of model.formEntry.partII) {
    (row as typeof row & { orderText?: string }).orderText =
      row.order === null ? w.orderNotGiven : row.order === 'first' ? w.shownFirst : w.shownSecond;
  }
  const sources = new Map(model.partIII.lines.map((l) => [l.line, l.entries]));
  for (const line of model.formEntry.partIII) {
    const l = line as typeof line & Amounts & { sourcesText?: string; adjustedText?: string };
    l.sourcesText = (sources.get(line.line) ?? [])
      .map((e) => `${str(e.source)} (${displayMoney(e.injured)} / ${displayMoney(e.other)})`)
      .join('; ');
    l.totalText = wholeDollarsText(line.total);
    l.injuredText = wholeDollarsText(line.injured);
    l.otherText = wholeDollarsText(line.other);
    l.adjustedText = line.adjusted ? `${l.otherText}*` : l.otherText;
  }
  const zero = model.zeroSteps;
  view.zeroStepsText =
    zero.length === 0
      ? ''
      : `Not shown because every figure is zero: ${zero.map((z) => z.title).join('; ')} (${[
          ...new Set(zero.flatMap((z) => z.rules.map((r) => r.id))),
        ].join(', ')}).`;
}

/** Adds the HTML templates' display fields to a freshly built model (mutates it). */
export function decorateHtml(model: WorksheetModel): WorksheetModel {
  decorateCommon(model);
  decorateAmounts(model);
  for (const line of model.partIII.lines) {
    let entries = '';
    for (let i = 0; i < line.entries.length; i++) {
      const e = line.entries[i]!;
      if (i > 0) entries += '; ';
      entries += `${str(e.source)} (${displayMoney(e.injured)} / ${displayMoney(e.other)})`;
    }
    (line as { entriesText?: string }).entriesText = entries;
  }
  decorateHtmlSteps(model.computation);
  const cp = model.communityProperty;
  if (cp) {
    decorateHtmlSteps(cp.steps);
    for (const rule of cp.stateRules) {
      const r = rule as typeof rule & { reachableInputs?: string; reachableText?: string };
      r.reachableInputs = inputsText(rule.reachable.inputs);
      r.reachableText = figureText(rule.reachable);
    }
  }
  decorateLists(
    model,
    (r) => `${str(r.id)} ${confidenceTag(str(r.confidence))}: ${str(r.source)}`,
    str,
    str,
  );
  return model;
}

type Figure = WorksheetFigure & { amountText?: string; inputsText?: string; mdInputs?: string };

/** Every figure of the model once (a figure object can sit in several places). */
function eachFigure(model: WorksheetModel, visit: (f: Figure) => void): void {
  const seen = new Set<WorksheetFigure>();
  const one = (f: WorksheetFigure) => {
    if (seen.has(f)) return;
    seen.add(f);
    visit(f as Figure);
  };
  for (const step of model.computation) for (const f of step.figures) one(f);
  const cp = model.communityProperty;
  if (cp) {
    for (const step of cp.steps) for (const f of step.figures) one(f);
    for (const rule of cp.stateRules) one(rule.reachable);
  }
}

type Amounts = { totalText?: string; injuredText?: string; otherText?: string };

/** The money fields Markdown and text print with `money`/`figure`, formatted once. */
function decorateAmounts(model: WorksheetModel): void {
  for (const row of model.answer.rows) {
    (row as { amountText?: string }).amountText = displayMoney(row.amount);
  }
  const amounts = (x: { total: string; injured: string; other: string } & Amounts) => {
    x.totalText = displayMoney(x.total);
    x.injuredText = displayMoney(x.injured);
    x.otherText = displayMoney(x.other);
  };
  for (const line of model.partIII.lines) {
    amounts(line);
    for (const entry of line.entries) amounts(entry);
  }
  const cp = model.communityProperty;
  if (cp) {
    const c = cp as typeof cp & { injuredContributionText?: string; injuredRefundText?: string };
    c.injuredContributionText = displayMoney(cp.injuredContribution);
    c.injuredRefundText = displayMoney(cp.injuredRefund);
  }
}

/**
 * One figure in Markdown, as the figure list printed it with a `{{#each figures}}` loop and a
 * helper call per field: the bold label and amount with the rule, then the formula, inputs and
 * detail lines. Every line ends with a line break.
 */
function markdownFigure(f: Figure): string {
  let out =
    `- **${escapeMarkdown(f.label)}: ${str(f.amountText)}** (${escapeMarkdown(f.rule)} ` +
    `${confidenceTag(str(f.confidence))} · ${escapeMarkdown(f.citation)})\n` +
    `  - Formula: ${escapeMarkdown(f.formula)}\n`;
  if (truthy(f.inputs.length)) out += `  - Inputs: ${str(f.mdInputs)}\n`;
  for (const detail of f.details) out += `  - ${escapeMarkdown(detail)}\n`;
  return out;
}

/** A step's figures in Markdown, without the last line break (the template's line gives it). */
function markdownFigures(step: WorksheetStep): string {
  let out = '';
  for (const f of step.figures) out += markdownFigure(f as Figure);
  return out.slice(0, -1);
}

/** Adds the Markdown template's display fields to a freshly built model (mutates it). */
export function decorateMarkdown(model: WorksheetModel): WorksheetModel {
  decorateCommon(model);
  decorateAmounts(model);
  eachFigure(model, (f) => {
    f.amountText = figureText(f);
    let list = '';
    for (let i = 0; i < f.inputs.length; i++) {
      const input = f.inputs[i]!;
      if (i > 0) list += '; ';
      list += `${escapeMarkdown(input.name)} ${escapeMarkdown(input.text)}`;
    }
    f.mdInputs = list;
  });
  const cp = model.communityProperty;
  for (const step of cp ? [...model.computation, ...cp.steps] : model.computation) {
    const view = step as StepView;
    view.headingText = `${str(step.number)}. ${escapeMarkdown(step.title)}`;
    view.figuresText = markdownFigures(step);
  }
  let lines = '';
  for (const line of model.partIII.lines as readonly AmountLine[]) {
    lines +=
      `| ${str(line.line)} | ${escapeMarkdown(line.label)} | ${line.totalText} | ` +
      `${line.injuredText} | ${line.otherText} |\n`;
    for (const e of line.entries as readonly AmountEntry[]) {
      lines +=
        `|  | ↳ ${escapeMarkdown(e.source)} | ${e.totalText} | ${e.injuredText} | ` +
        `${e.otherText} |\n`;
    }
  }
  (model.partIII as PartIIIView).linesText = lines.slice(0, -1);
  let rules = '';
  for (const rule of model.rulesCited) {
    rules +=
      `| ${escapeMarkdown(rule.id)} ${confidenceTag(str(rule.confidence))} | ` +
      `${escapeMarkdown(rule.title)} | ${escapeMarkdown(rule.source)} |\n`;
  }
  (model as ModelView).rulesCitedText = rules.slice(0, -1);
  decorateLists(model, (r) => citeRule(r.id), escapeMarkdown, escapeMarkdown);
  return model;
}

type AmountEntry = WorksheetPartIIIEntry & Amounts;
type AmountLine = WorksheetPartIIILine & Amounts;
type PartIIIView = WorksheetPartIII & { linesText?: string; rulesText?: string };
type ModelView = WorksheetModel & { rulesCitedText?: string; confidenceLegendText?: string };

type StepView = WorksheetStep & { figuresText?: string; headingText?: string };

/** `{{#wrap 78 first=... indent=...}}text{{/wrap}}` followed by its line break. */
function wrapLine(text: string, first: string, indent: string): string {
  return `${wrapJoined(text, 78, first, indent)}\n`;
}

/**
 * One figure in fixed-width text, as the figure partial printed it with a `row` and a `wrap` per
 * line: label and amount, then the rule, formula, inputs and details, hanging-indented. Every line
 * ends with a line break; without the last one for the template line that prints it.
 */
function textFigure(f: Figure): string {
  let out =
    `${textRow('2 57 >17', ['', f.label, f.amountText])}\n` +
    wrapLine(
      `${str(f.rule)} ${confidenceTag(str(f.confidence))} - ${str(f.citation)}`,
      '     Rule: ',
      '           ',
    ) +
    wrapLine(str(f.formula), '     How: ', '          ');
  if (truthy(f.inputs.length)) {
    out += wrapLine(str(f.inputsText), '     Inputs: ', '             ');
  }
  for (const detail of f.details) out += wrapLine(str(detail), '     - ', '       ');
  return out;
}

/** A step's figures in text, without the last line break (the template's line gives it). */
function textFigures(step: WorksheetStep): string {
  let out = '';
  for (const f of step.figures) out += textFigure(f as Figure);
  return out.slice(0, -1);
}

/** Adds the text template's display fields to a freshly built model (mutates it). */
export function decorateText(model: WorksheetModel): WorksheetModel {
  decorateCommon(model);
  decorateAmounts(model);

  eachFigure(model, (f) => {
    f.amountText = figureText(f);
    f.inputsText = inputsText(f.inputs);
  });
  const cp = model.communityProperty;
  for (const step of cp ? [...model.computation, ...cp.steps] : model.computation) {
    const view = step as StepView;
    // {{#wrap 78}}{{number}}. {{title}}{{/wrap}}
    view.headingText = wrapJoined(`${str(step.number)}. ${str(step.title)}`, 78, '', '');
    view.figuresText = textFigures(step);
  }
  let lines = '';
  for (const line of model.partIII.lines as readonly AmountLine[]) {
    lines += `${textRow('5 30 >13 >13 >13', [line.line, line.label, line.totalText, line.injuredText, line.otherText])}\n`;
    for (const e of line.entries as readonly AmountEntry[]) {
      lines += `${textRow('5 1 28 >13 >13 >13', ['', '-', e.source, e.totalText, e.injuredText, e.otherText])}\n`;
    }
  }
  (model.partIII as PartIIIView).linesText = lines.slice(0, -1);
  let rules = '';
  for (const rule of model.rulesCited) {
    rules += wrapLine(
      `${str(rule.id)} ${confidenceTag(str(rule.confidence))}: ${str(rule.title)}. Source: ${str(rule.source)}.`,
      '  ',
      '      ',
    );
  }
  (model as ModelView).rulesCitedText = rules.slice(0, -1);
  if (cp) {
    for (const rule of cp.stateRules) {
      (rule as typeof rule & { reachableBlock?: string }).reachableBlock = textFigure(
        rule.reachable as Figure,
      ).slice(0, -1);
    }
  }
  decorateLists(
    model,
    (r) => `${str(r.id)} ${confidenceTag(str(r.confidence))}: ${str(r.citation)}`,
    str,
    str,
  );
  return model;
}
