import { type PartIIILineId, DEBT_LABELS } from '../trace/form.js';
import type { Eligibility } from '../allocation/steps/part-one.js';
import { InvalidOptionError } from '../core/errors.js';
import type { AllocationResult } from '../pipeline/result.js';
import type { CommunityPropertyResult, StateRuleCitation } from '../community-property/types.js';
import { Dec, formatMoney, toCents } from '../core/money.js';
import { getTaxYearParameters } from '../law/parameters/index.js';
import { RULES, RULE_IDS, type RuleId } from '../law/rules.js';
import type { RegularTax, TaxComputation } from '../tax/compute-tax.js';
import { rateScheduleTax } from '../tax/rate-schedule.js';
import type { Traced } from '../trace/traced.js';
import { buildCheckSection, checkPageOne } from './check-section.js';
import { buildClientPage, topStep } from './client-page.js';
import { STATE_NAMES } from '../official-form/index.js';
import { buildFormEntry } from './form-entry.js';
import {
  displayDec,
  displayMoney,
  displayPercent,
  formatSsn,
  joinAnd,
  midSentence,
  ruleCitation,
} from './format.js';
import type {
  WorksheetAnswer,
  WorksheetAnswerRow,
  WorksheetAssumption,
  WorksheetCommunityPart,
  WorksheetCommunityProperty,
  WorksheetFigure,
  WorksheetHeader,
  WorksheetModel,
  WorksheetModelOptions,
  WorksheetWords,
  WorksheetOffset,
  WorksheetPartI,
  WorksheetPartIII,
  WorksheetPartIIIEntry,
  WorksheetPartIIILine,
  WorksheetPartIStep,
  WorksheetRule,
  WorksheetRuleRef,
  WorksheetSpouse,
  WorksheetStep,
  WorksheetStepRow,
  WorksheetZeroStep,
} from './model.js';
import { caseNames, moneyInProse, type CaseNames } from './names.js';
import { WORKSHEET_CATALOGUES, isLang, LANGS, type WorksheetCatalogue } from './i18n/index.js';
import { en } from './i18n/en.js';

/** Part III's column headings as the form prints them. */
const PART_III_COLUMNS = {
  total: '(a) Amount shown on joint return',
  injured: '(b) Allocated to injured spouse',
  other: '(c) Allocated to other spouse',
} as const;

/** Form order of the Part III lines; the result's array order is not relied on. */
const PART_III_ORDER: readonly PartIIILineId[] = [
  '13a',
  '13b',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
];

const DEBT_KIND_LABELS: Readonly<Record<StateRuleCitation['debtKind'], string>> = {
  federalTaxBeforeMarriage: 'federal tax debt from before the marriage',
  federalTaxDuringMarriage: 'federal tax debt arising during the marriage',
  nonTax: 'non-tax debt (support, federal agency, state tax, unemployment)',
};

const CONFIDENCE_LEGEND = [
  { tag: '[S]', meaning: 'stated in an IRS source' },
  { tag: '[D]', meaning: 'derived by arithmetic' },
  { tag: '[A]', meaning: 'assumption where the sources are silent' },
  { tag: '[S/A]', meaning: 'stated, with an assumed detail' },
] as const;

const WHY_LESS =
  "Why the refund can be less than the injured spouse's own contribution: community income and " +
  'the payments made from it belong to both spouses, so a debt of the other spouse can reach part ' +
  'of what the injured spouse paid in; the refund follows state property law, not who paid.';

/**
 * Builds the worksheet's view model from an allocation result: every figure the templates print,
 * already placed in worksheet order, as JSON-friendly data. Pure: the same result and options
 * always give the same model (the date is the caller's `preparedDate`, never the clock).
 */
export function buildWorksheetModel(
  result: AllocationResult,
  options: WorksheetModelOptions = {},
): WorksheetModel {
  checkOptions(options);
  const cited = new Set<RuleId>();
  const ref = (id: RuleId): WorksheetRuleRef => {
    cited.add(id);
    return {
      id,
      citation: ruleCitation(id),
      source: RULES[id].source,
      confidence: RULES[id].confidence,
    };
  };
  const ratioDecimals = result.options.ratioDecimals;
  const names = caseNames(result.input);
  const fig = (t: Traced, details: readonly string[] = []): WorksheetFigure => {
    cited.add(t.rule);
    return makeFigure(t, ratioDecimals, details, names);
  };

  const lang = options.lang ?? 'en';
  const cat = WORKSHEET_CATALOGUES[lang];
  const header = buildHeader(result, options, cat.page.title);
  const partI = buildPartI(result, header, ref, names);
  const partIII = buildPartIII(result, ref, names);
  const communityProperty = result.communityProperty
    ? buildCommunityProperty(result, result.communityProperty, fig, ref, names)
    : null;
  const { computation, zeroSteps } = buildSteps(result, fig, ref, communityProperty);
  const assumptions: WorksheetAssumption[] = result.assumptions.map((a) => ({
    id: a.id,
    rule: ref(a.rule).id,
    citation: ruleCitation(a.rule),
    text: names.text(a.text),
    option: a.option,
    value: a.value,
    otherChoices: a.alternatives.filter((alt) => alt !== a.value).map(names.text),
  }));
  const warnings = result.warnings.map((w) => ({
    code: w.code,
    message: moneyInProse(names.text(w.message)),
  }));
  const check = buildCheckSection(result, names, ref);
  const client = buildClientPage(result, names, warnings.length, cat);
  const outcome = lang === 'en' ? partI.outcome : client.headline;
  const pageOne = checkPageOne(result, names, cat, topStep(cat));

  return {
    modelVersion: 2,
    lang,
    words: worksheetWords(cat, result),
    header,
    client: pageOne
      ? {
          ...client,
          lead: pageOne.lead,
          nextSteps: client.status === 'refund' ? pageOne.nextSteps : client.nextSteps,
        }
      : client,
    formEntry: buildFormEntry(result, header, partI, partIII, cat, outcome),
    answer: buildAnswer(result, header, names),
    partI,
    partIII,
    computation,
    zeroSteps,
    communityProperty,
    check,
    assumptions,
    warnings,
    processingNotes: processingNotes(result.taxYear),
    disclaimer: cat.page.disclaimer,
    rulesCited: RULE_IDS.filter((id) => cited.has(id)).map((id): WorksheetRule => ({
      id,
      title: RULES[id].title,
      source: RULES[id].source,
      citation: ruleCitation(id),
      confidence: RULES[id].confidence,
    })),
    confidenceLegend: CONFIDENCE_LEGEND.map((l) => ({ tag: l.tag, meaning: l.meaning })),
  };
}

/**
 * Whether an input value is money: the trace formats money with two places and ratios with
 * `ratioDecimals` (two at the least), so a ratio is told apart by its name.
 */
function isMoneyInput(name: string, value: string): boolean {
  return /^-?\d+\.\d\d$/.test(value) && !/ratio|income share/i.test(name);
}

function makeFigure(
  t: Traced,
  ratioDecimals: number,
  details: readonly string[],
  names: CaseNames,
): WorksheetFigure {
  return {
    key: t.key,
    label: names.text(t.label),
    rule: t.rule,
    citation: ruleCitation(t.rule),
    confidence: RULES[t.rule].confidence,
    kind: t.kind,
    amount: figureAmount(t, ratioDecimals),
    formula: moneyInProse(names.text(t.formula)),
    inputs: t.inputs.map((input) => ({
      name: names.text(input.name),
      value: input.value,
      text: isMoneyInput(input.name, input.value) ? displayMoney(input.value) : input.value,
    })),
    details: details.map((d) => moneyInProse(names.text(d))),
    column: figureColumn(t),
  };
}

/**
 * Whose figure it is. Keys of per-spouse figures end in `.injured` / `.other`; the others name
 * the spouse in their label ("Refund to the injured spouse") or belong to the couple.
 */
function figureColumn(t: Traced): 'injured' | 'other' | 'joint' {
  if (t.key.endsWith('.injured')) return 'injured';
  if (t.key.endsWith('.other')) return 'other';
  const label = t.label.toLowerCase();
  if (label.includes('injured spouse')) return 'injured';
  if (label.includes('other spouse') && !label.includes('either spouse')) return 'other';
  return 'joint';
}

const SPOUSE_SUFFIX = /,? (injured|other) spouse( part)?$/;

function hasInputsOrDetails(f: WorksheetFigure): boolean {
  return f.inputs.length > 0 || f.details.length > 0;
}

/** A row holding both spouses' figures of one kind. */
export function pairRow(
  label: string,
  injured: WorksheetFigure,
  other: WorksheetFigure,
): WorksheetStepRow {
  const formula = injured.formula === other.formula ? injured.formula : null;
  const pairedInputs = pairInputs(injured.inputs, other.inputs);
  return {
    label,
    rule: injured.rule,
    confidence: injured.confidence,
    formula,
    pairedInputs,
    parts: [
      { who: 'Injured', figure: injured, hasWork: hasPairWork(injured, formula, pairedInputs) },
      { who: 'Other', figure: other, hasWork: hasPairWork(other, formula, pairedInputs) },
    ],
    injured,
    other,
    joint: null,
  };
}

/** Both figures' inputs side by side when they have the same names, in order; otherwise null. */
function pairInputs(
  injured: WorksheetFigure['inputs'],
  other: WorksheetFigure['inputs'],
): WorksheetStepRow['pairedInputs'] {
  const n = injured.length;
  if (n === 0 || n !== other.length) return null;
  for (let i = 0; i < n; i++) if (injured[i]!.name !== other[i]!.name) return null;
  return injured.map((input, i) => ({
    name: input.name,
    injured: input.text,
    other: other[i]!.text,
  }));
}

/** Whether a figure of a pair row prints anything beyond the row's formula and paired inputs. */
function hasPairWork(
  x: WorksheetFigure,
  formula: string | null,
  pairedInputs: WorksheetStepRow['pairedInputs'],
): boolean {
  return formula === null || x.details.length > 0 || (pairedInputs === null && x.inputs.length > 0);
}

/** A row of one figure, its amount in the column of whose figure it is. */
export function singleRow(f: WorksheetFigure): WorksheetStepRow {
  return {
    label: f.label,
    rule: f.rule,
    confidence: f.confidence,
    formula: f.formula,
    pairedInputs: null,
    parts: [{ who: null, figure: f, hasWork: hasInputsOrDetails(f) }],
    injured: f.column === 'injured' ? f : null,
    other: f.column === 'other' ? f : null,
    joint: f.column === 'joint' ? f : null,
  };
}

/**
 * Groups figures into rows: a figure `x.injured` and the figure `x.other` of the same rule share
 * a row (placed where the first of them comes), under the label without the spouse.
 */
export function stepRows(figures: readonly WorksheetFigure[]): WorksheetStepRow[] {
  const rows: WorksheetStepRow[] = [];
  const paired = new Set<string>();
  for (const f of figures) {
    if (paired.size > 0 && paired.has(f.key)) continue;
    const other = f.key.endsWith('.injured') ? otherOf(figures, f) : undefined;
    const label = other ? pairLabel(f.label) : null;
    if (other && label !== null) {
      paired.add(other.key);
      rows.push(pairRow(label, f, other));
    } else {
      rows.push(singleRow(f));
    }
  }
  return rows;
}

/** The figure `x.other` of the same rule as `x.injured`, if the list has it. */
function otherOf(
  figures: readonly WorksheetFigure[],
  f: WorksheetFigure,
): WorksheetFigure | undefined {
  const key = `${f.key.slice(0, -'.injured'.length)}.other`;
  for (const g of figures) if (g.key === key && g.rule === f.rule) return g;
  return undefined;
}

/** A pair's label without the spouse, or null when the label does not name one. */
function pairLabel(label: string): string | null {
  return SPOUSE_SUFFIX.test(label) ? label.replace(SPOUSE_SUFFIX, '') : null;
}

/** A step of figures already in rows. */
function makeStep(
  number: number,
  id: string,
  title: string,
  rows: readonly WorksheetStepRow[],
  ref: (id: RuleId) => WorksheetRuleRef,
): WorksheetStep {
  const figures: WorksheetFigure[] = [];
  const rules: WorksheetRuleRef[] = [];
  const seen = new Set<RuleId>();
  for (const row of rows) {
    for (const part of row.parts) {
      const f = part.figure;
      figures.push(f);
      if (!seen.has(f.rule)) {
        seen.add(f.rule);
        rules.push(ref(f.rule));
      }
    }
  }
  return { number, id, title, rules, figures, rows };
}

/** Options come from callers in plain JavaScript too: a wrong type is named, not printed. */
/** The fixed words of page 1 and "Enter on Form 8379" in the catalogue's language. */
function worksheetWords(cat: WorksheetCatalogue, result: AllocationResult): WorksheetWords {
  const p = cat.page;
  const f = cat.formEntry;
  const columns = f.translate?.columns ?? PART_III_COLUMNS;
  return {
    taxYear: p.taxYear,
    jointReturnOf: p.jointReturnOf,
    datePrepared: p.datePrepared,
    preparedBy: p.preparedBy,
    caseTitle: p.caseTitle,
    why: p.why,
    whatNext: p.whatNext,
    formEntry: f.heading(result.formRevision),
    formEntryText: f.headingText(result.formRevision),
    partI: f.partI,
    partII: f.partII,
    partIII: f.partIII,
    line: f.line,
    onTheReturn: f.onTheReturn,
    name: f.name,
    ssn: f.ssn,
    injuredBox: f.injuredBox,
    ssnShort: f.ssnShort,
    injuredBoxMid: f.injuredBoxMid,
    shortColumns: f.shortColumns,
    shownFirst: f.shown('first'),
    shownSecond: f.shown('second'),
    orderNotGiven: f.orderNotGiven,
    ssnNotGiven: f.ssnNotGiven,
    checked: f.checked,
    notChecked: f.notChecked,
    item: f.item,
    ssnMasked: f.ssnMasked,
    markedAdjusted: f.markedAdjusted,
    sourcesUnder: f.sourcesUnder,
    sourcesBelow: f.sourcesBelow,
    columns,
    columnsText: f.columns(columns.total, columns.injured, columns.other),
    and: p.and,
    pageHeader: p.pageHeader(result.taxYear),
    pageWord: p.pageWord,
    pageOf: p.pageOf,
    reviewerInEnglish: p.reviewerInEnglish,
  };
}

function checkOptions(options: WorksheetModelOptions): void {
  const lang: unknown = options.lang;
  if (lang !== undefined && !isLang(lang)) {
    throw new InvalidOptionError(
      'options.lang',
      `must be one of ${LANGS.map((l) => `"${l}"`).join(', ')}, got ${JSON.stringify(lang)}`,
    );
  }
  for (const key of ['preparedDate', 'preparedBy'] as const) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new InvalidOptionError(`options.${key}`, `must be a string, got ${typeof value}`);
    }
  }
  const full: unknown = options.showFullSsn;
  if (full !== undefined && typeof full !== 'boolean') {
    throw new InvalidOptionError(
      'options.showFullSsn',
      `must be true or false, got ${typeof full}`,
    );
  }
}

/** The canonical string of a traced figure: cents for money, the ratio's fixed places. */
function figureAmount(t: Traced, ratioDecimals: number): string {
  if (t.kind === 'money') return formatMoney(t.amount);
  if (t.kind === 'ratio') return t.amount.toFixed(ratioDecimals);
  return t.amount.toString();
}

function buildHeader(
  result: AllocationResult,
  options: WorksheetModelOptions,
  title: string,
): WorksheetHeader {
  const { injured, other } = result.input.spouses;
  const full = options.showFullSsn === true;
  const spouse = (role: 'injured' | 'other'): WorksheetSpouse => {
    const s = role === 'injured' ? injured : other;
    return {
      role,
      roleLabel: role === 'injured' ? 'Injured spouse' : 'Other spouse',
      isInjured: role === 'injured',
      name: s.name,
      ssn: formatSsn(s.ssn, full),
      shownFirst: false,
    };
  };
  // The return's order: whoever is marked shownFirst; the injured spouse when neither is.
  const otherFirst = other.shownFirst === true && injured.shownFirst !== true;
  const order = otherFirst ? (['other', 'injured'] as const) : (['injured', 'other'] as const);
  const spouses = order.map((role, i) => ({ ...spouse(role), shownFirst: i === 0 }));
  return {
    title,
    taxYear: result.taxYear,
    formRevision: result.formRevision,
    preparedDate: options.preparedDate ?? null,
    preparedBy: options.preparedBy ?? null,
    caseTitle: result.input.title ?? null,
    spouses,
    injuredName: injured.name,
    otherName: other.name,
    ssnMasked: !full,
  };
}

function buildAnswer(
  result: AllocationResult,
  header: WorksheetHeader,
  names: CaseNames,
): WorksheetAnswer {
  const d = result.distribution;
  const debts = result.input.debts;
  const offsets: WorksheetOffset[] = d.offsets.map((s) => ({
    debtIndex: s.index,
    type: s.type,
    label: DEBT_LABELS[s.type],
    description: debts[s.index]?.description ?? names.debtQualifier(s.index),
    balance: formatMoney(s.balance),
    reachable: s.reachable ? formatMoney(s.reachable.amount) : null,
    applied: formatMoney(s.applied.amount),
    balanceAfter: formatMoney(s.balanceAfter),
  }));
  const injuredRefund = formatMoney(d.injuredRefund.amount);
  const jointOverpayment = formatMoney(result.overpayment.recomputed.amount);
  const otherRefund = formatMoney(d.otherRefund.amount);
  const rows: WorksheetAnswerRow[] = [
    {
      label: `Estimated refund to the injured spouse, ${header.injuredName}`,
      amount: injuredRefund,
      emphasis: true,
    },
    { label: 'Joint overpayment', amount: jointOverpayment, emphasis: false },
    ...offsets.map((o) => ({
      label: `Applied to ${midSentence(o.label)} owed by ${header.otherName}${o.description ? ` (${o.description})` : ''}`,
      amount: o.applied,
      emphasis: false,
    })),
    {
      label: `Refund to the other spouse, ${header.otherName}`,
      amount: otherRefund,
      emphasis: false,
    },
  ];
  return {
    qualifies: result.eligibility.qualifies,
    injuredRefund,
    jointOverpayment,
    otherRefund,
    totalOffset: formatMoney(d.totalOffset.amount),
    offsets,
    rows,
    sentence: answerSentence(result, header, offsets),
  };
}

function answerSentence(
  result: AllocationResult,
  header: WorksheetHeader,
  offsets: readonly WorksheetOffset[],
): string {
  const $ = (s: string) => displayMoney(s);
  const { injuredName: injured, otherName: other } = header;
  const e = result.eligibility;
  const overpayment = result.overpayment.recomputed.amount;
  if (overpayment.lessThanOrEqualTo(0)) {
    return `The ${result.taxYear} joint return shows no overpayment, so there is no refund for ${injured} to claim and nothing to offset.`;
  }
  const taken = offsets.filter((o) => new Dec(o.applied).greaterThan(0));
  let debtsPart: string;
  if (taken.length === 1) {
    const o = taken[0]!;
    debtsPart = `${$(o.applied)} goes to the ${midSentence(o.label)} owed by ${other}`;
  } else if (taken.length > 1) {
    const list = taken.map((o) => `${$(o.applied)} to ${midSentence(o.label)}`).join(', ');
    debtsPart = `${$(formatMoney(result.distribution.totalOffset.amount))} goes to debts owed by ${other} (${list})`;
  } else if (offsets.length > 0) {
    debtsPart = `nothing goes to the debts owed by ${other}`;
  } else {
    debtsPart = `no debt of ${other} is offset`;
  }
  const otherPart = `${$(formatMoney(result.distribution.otherRefund.amount))} is refunded to ${other}`;
  if (!e.qualifies) {
    return (
      `${injured} is not an injured spouse for this ${result.taxYear} return (Part I stops at line ${e.decidedAtLine}), ` +
      `so no part of the joint overpayment of ${$(formatMoney(overpayment))} is set aside for ${injured}; ` +
      `${debtsPart}, and ${otherPart}.`
    );
  }
  return (
    `Of the joint overpayment of ${$(formatMoney(overpayment))}, ${injured}, the injured spouse, ` +
    `should receive an estimated ${$(formatMoney(result.distribution.injuredRefund.amount))}; ` +
    `${debtsPart}, and ${otherPart}.`
  );
}

const QUALIFIES_NEXT = 'Injured spouse: complete Parts II to IV';
const NOTHING_TO_CLAIM_NEXT = 'Stop: the return has no overpayment, so there is nothing to claim';
const STOP_NEXT = 'Stop: not an injured spouse';

/**
 * Where each Part I answer leads, per the form's instructions (method section 1); with no
 * overpayment, the answers that would qualify lead nowhere.
 */
function partINext(line: number, yes: boolean, nothingToClaim: boolean): string {
  const next = partINextOnForm(line, yes);
  return nothingToClaim && next.startsWith(QUALIFIES_NEXT) ? NOTHING_TO_CLAIM_NEXT : next;
}

function partINextOnForm(line: number, yes: boolean): string {
  switch (line) {
    case 2:
      return yes ? 'Go to line 3' : STOP_NEXT;
    case 3:
      return yes ? 'Go to line 4' : STOP_NEXT;
    case 4:
      return yes ? STOP_NEXT : 'Go to line 5';
    case 5:
      return yes ? `${QUALIFIES_NEXT}, skip lines 6-9` : 'Go to line 6';
    case 6:
      return yes ? QUALIFIES_NEXT : 'Go to line 7';
    case 7:
      return yes ? 'Go to line 8' : 'Go to line 9';
    case 8:
      return yes ? QUALIFIES_NEXT : 'Go to line 9';
    case 9:
      return yes ? QUALIFIES_NEXT : STOP_NEXT;
    default:
      return '';
  }
}

function buildPartI(
  result: AllocationResult,
  header: WorksheetHeader,
  ref: (id: RuleId) => WorksheetRuleRef,
  names: CaseNames,
): WorksheetPartI {
  const e: Eligibility = result.eligibility;
  const steps: WorksheetPartIStep[] = [
    {
      line: 1,
      question: 'Tax year for which you are filing this form',
      answer: String(result.taxYear),
      basis: 'given',
      detail: null,
      next: 'Go to line 2',
    },
    ...e.answers.map((a) => ({
      line: a.line,
      question: a.question,
      answer: a.answer ? 'Yes' : 'No',
      basis: a.basis,
      detail: a.detail === undefined ? null : moneyInProse(names.text(a.detail)),
      next: partINext(a.line, a.answer, e.stopReason === 'no-overpayment'),
    })),
  ];
  const states = e.communityPropertyStates;
  const outcome = e.qualifies
    ? `${header.injuredName} is an injured spouse (Part I line ${e.decidedAtLine})` +
      (states.length > 0
        ? `; community property state: ${states.join(', ')}, so the refund is divided under state law.`
        : '.')
    : e.stopReason === 'no-overpayment'
      ? `The joint return has no overpayment, so ${header.injuredName} has nothing to claim on Form 8379 for this return.`
      : `Part I stops at line ${e.decidedAtLine}: ${header.injuredName} is not an injured spouse for this return.`;
  return {
    rules: [ref('R-PART-I')],
    qualifies: e.qualifies,
    decidedAtLine: e.decidedAtLine,
    steps,
    outcome,
    stopReason: e.stopReason,
    advice: e.advice === null ? null : moneyInProse(e.advice),
    communityPropertyStates: [...states],
  };
}

/** The result's Part III line with this id (the last one, as a Map by line would keep). */
function lastLine<T extends { line: PartIIILineId }>(lines: readonly T[], id: PartIIILineId) {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.line === id) return lines[i];
  return undefined;
}

function buildPartIII(
  result: AllocationResult,
  ref: (id: RuleId) => WorksheetRuleRef,
  names: CaseNames,
): WorksheetPartIII {
  const lines: WorksheetPartIIILine[] = [];
  for (const id of PART_III_ORDER) {
    const l = lastLine(result.partIII, id);
    if (!l) continue;
    const entries: WorksheetPartIIIEntry[] = new Array(l.entries.length);
    for (let i = 0; i < l.entries.length; i++) {
      const en = l.entries[i]!;
      entries[i] = {
        source: names.text(en.source),
        total: formatMoney(en.injured.plus(en.other)),
        injured: formatMoney(en.injured),
        other: formatMoney(en.other),
      };
    }
    lines.push({
      line: l.line,
      label: l.label,
      total: formatMoney(l.total),
      injured: formatMoney(l.injured),
      other: formatMoney(l.other),
      entries,
    });
  }
  const notes: string[] = [];
  const rules = [ref('R-ALLOC-ITEM')];
  const sd = result.standardDeduction;
  if (sd) {
    rules.push(ref('R-STD-DED'));
    notes.push(
      en.formEntry.standardDeduction(
        money(sd.basicTotal),
        money(sd.additionalPerBox),
        sd.injuredBoxes,
        sd.otherBoxes,
      ),
    );
  }
  return {
    rules,
    formRevision: result.formRevision,
    columns: PART_III_COLUMNS,
    lines,
    notes,
  };
}

function statusLabel(status: TaxComputation['status']): string {
  return status === 'MFS' ? 'married filing separately' : 'married filing jointly';
}

/** The Tax Table row or the rate schedule arithmetic behind a regular tax. */
function regularTaxLine(r: RegularTax, status: TaxComputation['status'], taxYear: number): string {
  if (r.how.method === 'tax-table') {
    return (
      `Tax Table, ${statusLabel(status)} column: row "at least ${dollars(r.how.atLeast)} but less than ` +
      `${dollars(r.how.lessThan)}" gives ${money(r.tax)} on ${money(r.income)}`
    );
  }
  const over = formatMoney(r.how.bracketOver);
  const brackets = getTaxYearParameters(taxYear).brackets[status];
  const base = toCents(rateScheduleTax(r.how.bracketOver, brackets));
  return (
    `${taxYear} ${statusLabel(status)} rate schedule: ${money(base)} tax on the first ${displayMoney(over)} + ` +
    `${displayPercent(r.how.rate.toString())} x (${money(r.income)} - ${displayMoney(over)}) = ${money(r.tax)}`
  );
}

const money = (d: Dec): string => displayDec(d);
const dollars = (d: Dec): string => displayDec(d, { cents: false });

/** The lines that show how a tax was found (Tax Table, rate schedule or capital gain worksheet). */
export function taxComputationDetails(t: TaxComputation, taxYear: number): string[] {
  const $ = money;
  // A Tax Table row is already stated in the figure's formula; the arithmetic of the rate
  // schedule and the worksheet lines are not.
  if (!t.capitalGain) {
    return t.regular.how.method === 'tax-table'
      ? []
      : [regularTaxLine(t.regular, t.status, taxYear)];
  }
  const g = t.capitalGain;
  return [
    `Qualified Dividends and Capital Gain Tax Worksheet (${statusLabel(t.status)}): taxable income ${$(t.taxableIncome)}, of which ${$(g.preferentialIncome)} qualified dividends and net capital gain and ${$(g.ordinaryIncome)} ordinary income`,
    `Tax on the ordinary income: ${regularTaxLine(g.ordinaryTax, t.status, taxYear)}`,
    `Preferential part: ${$(g.atZero)} at 0%, ${$(g.atFifteen)} at 15%, ${$(g.atTwenty)} at 20%; worksheet tax ${$(g.worksheetTax)}`,
    `Regular tax on all taxable income: ${regularTaxLine(g.regularTaxOnAll, t.status, taxYear)}`,
    `Tax: the smaller of the worksheet tax and the regular tax, ${$(t.tax)}`,
  ];
}

type FigureFn = (t: Traced, details?: readonly string[]) => WorksheetFigure;

function buildSteps(
  result: AllocationResult,
  fig: FigureFn,
  ref: (id: RuleId) => WorksheetRuleRef,
  cp: WorksheetCommunityProperty | null,
): { computation: WorksheetStep[]; zeroSteps: WorksheetZeroStep[] } {
  const r = result;
  const used = new Set<string>();
  const steps: WorksheetStep[] = [];
  const zeroSteps: WorksheetZeroStep[] = [];
  const add = (id: string, title: string, figures: readonly (WorksheetFigure | null)[]) => {
    const list = figures.filter((f): f is WorksheetFigure => f !== null);
    if (list.length === 0) return;
    for (const f of list) used.add(f.key);
    // A reviewer reads a step of nothing but zeros in one line, not a table of $0.00.
    if (list.every(isZeroFigure)) {
      const step = makeStep(0, id, title, stepRows(list), ref);
      zeroSteps.push({ id, title, rules: step.rules, figureKeys: list.map((f) => f.key) });
      return;
    }
    steps.push(makeStep(steps.length + 1, id, title, stepRows(list), ref));
  };
  const pair = (p: { injured: Traced; other: Traced }) => [fig(p.injured), fig(p.other)];

  add('separate-taxable-income', 'Separate taxable income', [
    fig(r.separate.injured.taxableIncome),
    fig(r.separate.other.taxableIncome),
  ]);
  add('separate-tax', 'Separate tax (as if married filing separately)', [
    fig(r.separate.injured.tax, taxComputationDetails(r.separate.injured.computation, r.taxYear)),
    fig(r.separate.other.tax, taxComputationDetails(r.separate.other.computation, r.taxYear)),
  ]);
  add('joint-tax', 'Joint income tax', [
    fig(
      r.jointTax,
      r.jointTaxComputation ? taxComputationDetails(r.jointTaxComputation, r.taxYear) : [],
    ),
  ]);
  add('tax-share', 'Tax ratio and share of the joint tax', [
    fig(r.taxRatio, [
      `As a percentage: ${displayPercent(figureAmount(r.taxRatio, r.options.ratioDecimals))}`,
    ]),
    ...pair(r.taxShare),
  ]);
  add('credits', 'Nonrefundable credits', [
    ...(r.creditLimit
      ? [fig(r.creditLimit.entered), fig(r.creditLimit.ratio), ...pair(r.creditLimit.allowed)]
      : []),
    ...pair(r.netTax),
  ]);
  add('other-taxes', 'Other taxes', pair(r.otherTaxes));
  add('payments', 'Withholding and refundable credits', [
    ...pair(r.withholding),
    ...pair(r.refundableCredits),
  ]);
  add('estimated-payments', 'Estimated payments', [
    ...(r.estimatedSplit ? pair(r.estimatedSplit) : []),
    ...pair(r.estimatedPayments),
  ]);
  add('eic', 'Earned income credit', [fig(r.eic.ratio), fig(r.eic.injured), fig(r.eic.other)]);
  add('contributions', 'Contributions to the joint overpayment', pair(r.contribution));
  add('joint-overpayment', 'Joint overpayment', [
    fig(r.overpayment.recomputed),
    r.overpayment.reported ? fig(r.overpayment.reported) : null,
    r.overpayment.difference ? fig(r.overpayment.difference) : null,
    fig(r.overpayment.unattributed),
  ]);
  const d = r.distribution;
  // With community property the share is the last figure of that section's parts.
  // With community property the share is worked out in that section; the clamped share then
  // opens the refunds.
  if (!cp) add('injured-share', "The injured spouse's share", [fig(d.injuredShare)]);
  add(
    'offsets',
    "Offsets to the other spouse's debts",
    d.offsets.flatMap((s) => {
      const balance = money(s.balance);
      const after = money(s.balanceAfter);
      // With community property the reachable amounts are explained with their state rule.
      const reach = s.reachable && !cp ? fig(s.reachable) : null;
      return [
        reach,
        fig(s.applied, [`Priority ${s.priority}; balance ${balance}, after the offset ${after}`]),
      ];
    }),
  );
  add('refunds', 'Refunds', [
    cp ? fig(d.injuredShare) : null,
    fig(d.totalOffset),
    fig(d.injuredRefund),
    fig(d.otherRefund),
  ]);

  // The community property section explains its own figures; anything else the trace holds (a
  // figure a newer engine adds) still gets printed, so the worksheet never drops a figure.
  const cpKeys = new Set<string>();
  if (cp) {
    for (const p of cp.parts) cpKeys.add(p.figure.key);
    cpKeys.add(cp.injuredShare.key);
    for (const s of cp.stateRules) cpKeys.add(s.reachable.key);
    for (const step of cp.steps) for (const f of step.figures) cpKeys.add(f.key);
  }
  const rest = r.trace.filter((t) => !used.has(t.key) && !cpKeys.has(t.key));
  add(
    'other-figures',
    'Other figures of the computation',
    rest.map((t) => fig(t)),
  );
  return { computation: steps, zeroSteps };
}

/** A figure whose amount is zero ("0.00", "0.0000", "0"). */
function isZeroFigure(f: WorksheetFigure): boolean {
  return /^-?0(?:\.0+)?$/.test(f.amount);
}

function buildCommunityProperty(
  result: AllocationResult,
  cp: CommunityPropertyResult,
  fig: FigureFn,
  ref: (id: RuleId) => WorksheetRuleRef,
  names: CaseNames,
): WorksheetCommunityProperty {
  const a = cp.attribution;
  const part = (
    symbol: WorksheetCommunityPart['symbol'],
    meaning: string,
    t: Traced,
  ): WorksheetCommunityPart => ({ symbol, meaning, figure: fig(t) });
  const parts: WorksheetCommunityPart[] = [
    part(
      'S_i',
      "separate part of the injured spouse's contribution (with that spouse's EIC share)",
      a.separateInjured,
    ),
    part(
      'S_o',
      "separate part of the other spouse's contribution (with that spouse's EIC share)",
      a.separateOther,
    ),
    part('N', 'community part attributable to the injured spouse', a.communityInjured),
    part('L', 'community part attributable to the other spouse', a.communityOther),
    part('C', 'community part, N + L', a.community),
  ];
  if (a.jointManagementInjured) {
    parts.push(
      part(
        'N_jm',
        'part of N under joint management (Texas: fully reachable for tax debts)',
        a.jointManagementInjured,
      ),
    );
  }
  const [sI, sO, n, l, c, ...rest] = parts.map((p) => p.figure) as [
    WorksheetFigure,
    WorksheetFigure,
    WorksheetFigure,
    WorksheetFigure,
    WorksheetFigure,
    ...WorksheetFigure[],
  ];
  const injuredShare = fig(cp.injuredShare);
  const shown = new Set<string>([
    ...parts.map((p) => p.figure.key),
    cp.injuredShare.key,
    ...cp.debts.map((d) => d.reachable.key),
    ...distributionKeys(result),
  ]);
  // The intermediate figures of the community property rules, in the order computed.
  const workings = [
    a.separateIncomeShare.injured,
    a.separateIncomeShare.other,
    ...result.trace.filter((t) => t.rule.startsWith('R-CP-')),
  ].filter((t, i, all) => !shown.has(t.key) && all.findIndex((u) => u.key === t.key) === i);
  const character = workings.filter((t) => t.rule === 'R-CP-CHARACTER').map((t) => fig(t));
  const attribution = workings.filter((t) => t.rule !== 'R-CP-CHARACTER').map((t) => fig(t));
  const steps: WorksheetStep[] = [];
  const addStep = (id: string, title: string, rows: WorksheetStepRow[]) => {
    if (rows.length > 0) steps.push(makeStep(steps.length + 1, id, title, rows, ref));
  };
  addStep('cp-payments', 'Payments by character', stepRows(character));
  addStep(
    'cp-income-share',
    'Separate share of the income behind the tax share',
    stepRows(attribution),
  );
  addStep('cp-parts', 'Separate and community parts', [
    pairRow('Separate parts S_i, S_o', sI, sO),
    pairRow('Community parts N, L', n, l),
    singleRow(c),
    ...rest.map((f) => ({ ...singleRow(f), injured: f, joint: null })),
    singleRow(injuredShare),
  ]);

  const spouseLabel = { injured: 'injured spouse', other: 'other spouse', joint: 'joint' } as const;
  return {
    states: [...cp.states],
    statesText: joinAnd(cp.states.map((s) => `${STATE_NAMES[s]} (${s})`)),
    ruleGroup: cp.ruleGroup,
    userRule: cp.userRule,
    characterization: cp.characterization.map((ch) => {
      return {
        item: names.item(ch.itemIndex),
        spouse: spouseLabel[ch.spouse],
        character: ch.character,
        basis: ch.basis,
        reason: names.text(ch.reason),
        jointManagement: ch.jointManagement,
      };
    }),
    parts,
    injuredShare,
    steps,
    stateRules: cp.debts.map((debt) => ({
      debtIndex: debt.debtIndex,
      type: debt.type,
      debtLabel: qualified(DEBT_LABELS[debt.type], names.debtQualifier(debt.debtIndex)),
      state: debt.rule.state,
      stateName: STATE_NAMES[debt.rule.state],
      debtKind: DEBT_KIND_LABELS[debt.rule.debtKind],
      formula: debt.rule.formula,
      citation: debt.rule.citation,
      confidence: debt.rule.confidence,
      reachable: fig(debt.reachable),
    })),
    injuredContribution: formatMoney(result.contribution.injured.amount),
    injuredRefund: formatMoney(result.distribution.injuredRefund.amount),
    explanation: moneyInProse(names.text(cp.explanation)),
    whyLess: WHY_LESS,
  };
}

/** `Past-due child support (Ohio CSEA)`: a debt's label with what tells it apart, if anything. */
function qualified(label: string, qualifier: string | null): string {
  return qualifier ? `${label} (${qualifier})` : label;
}

/** Keys of the figures the computation steps print from the distribution. */
function distributionKeys(result: AllocationResult): string[] {
  const d = result.distribution;
  return [
    d.injuredShare.key,
    d.totalOffset.key,
    d.injuredRefund.key,
    d.otherRefund.key,
    ...d.offsets.flatMap((s) => [s.applied.key, ...(s.reachable ? [s.reachable.key] : [])]),
  ];
}

function processingNotes(taxYear: number): string[] {
  return [
    'Filed with the joint return, Form 8379 takes the IRS about 11 weeks to process when the return is filed electronically and about 14 weeks when it is filed on paper.',
    'Filed by itself after the joint return was processed, it takes about 8 weeks.',
    `Claim window: file Form 8379 within 3 years from the due date of the original ${taxYear} return (including extensions) or within 2 years from the date the tax was paid, whichever is later.`,
  ];
}
