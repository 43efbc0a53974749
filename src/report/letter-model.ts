/**
 * The four letters of result-check.md section 4, as data: A asks the IRS for its injured spouse
 * allocation worksheet (`request`), B asks it to reconsider with a new Form 8379 (`reconsider`),
 * C asks the Taxpayer Advocate Service for help with Form 911 (`advocate`), D writes to the agency
 * that took the refund (`agency`). Each is filled from the case (names and SSNs in the return's
 * order, the addresses of `afterFiling`) and its after-filing check (the notices, the dates, what
 * was received and expected). Every draft says it is based on an estimate, asks for an explanation
 * or a reconsideration, and makes no legal demand. See docs/check.md.
 *
 * Like the worksheet model, it is plain JSON data with raw text: the templates escape it.
 */
import type { AfterFilingCheck, CheckLetter, RefundCheckResult } from '../check/types.js';
import { CHECK_LETTERS } from '../check/types.js';
import { IRS_PHONE, dateWords, dollars, TAS_PHONE, TOP_PHONE } from '../check/words.js';
import { Dec, ZERO, subDec, sumDec } from '../core/money.js';
import { InvalidOptionError, UnsupportedCaseError } from '../core/errors.js';
import type { AfterFiling, NoticeOffset } from '../input/after-filing.js';
import type { AllocationResult } from '../pipeline/result.js';
import { parseIsoDate } from '../law/filing-dates.js';
import { DEBT_TYPES, type DebtType } from '../input/schema.js';
import { STATE_NAMES } from '../official-form/index.js';
import { DEBT_LABELS, LINE_OF_KIND, PART_III_LABELS } from '../trace/form.js';
import { buildWorksheetModel } from './build-model.js';
import { LETTER_REFS, splitItemName } from './check-section.js';
import { displayMoney, displayPercent, joinAnd, midSentence } from './format.js';
import type { WorksheetFormat, WorksheetModel } from './model.js';
import { caseNames, firstName, type CaseNames } from './names.js';
import { formatLongDate, isLang, joinList, type Lang } from './i18n/lang.js';
import { lettersEn, type LettersCatalogue } from './i18n/letters-en.js';
import { lettersEs } from './i18n/letters-es.js';

/** The letters' words, by language (i18n/letters-en.ts, i18n/letters-es.ts). */
export const LETTER_CATALOGUES: Readonly<Record<Lang, LettersCatalogue>> = {
  en: lettersEn,
  es: lettersEs,
};

/** The letters written in the person's language; the others go to the IRS or an agency in English. */
const TRANSLATED: readonly CheckLetter[] = ['advocate'];

/** Options that shape a letter (everything but the output format). */
export interface LetterModelOptions {
  /** Which letter: `request` (A), `reconsider` (B), `advocate` (C) or `agency` (D). */
  readonly letter: CheckLetter;
  /**
   * The date of the letter. `YYYY-MM-DD` is written out ("June 2, 2025"); any other text is
   * printed as given. The library never reads the clock: without it the letter shows a blank.
   */
  readonly date?: string;
  /** Show full SSNs. Default `false`: masked to the last four digits (`***-**-6789`). */
  readonly showFullSsn?: boolean;
  /**
   * Letter D: which offset of `afterFiling.offsetNotice.offsets` the letter is about (0-based).
   * Default: the first whose debt the check questions, else the first that names its agency.
   */
  readonly offset?: number;
  /**
   * The person's language. Default `'en'`. With `'es'`, letter C (`advocate`, for the Taxpayer
   * Advocate Service, which takes Form 911(SP) in Spanish) is written in Spanish; letters A, B
   * and D stay English (the IRS and the agency read them) and carry one Spanish sentence for the
   * person saying what the letter asks (`personNote`).
   */
  readonly lang?: Lang;
}

/** Options of {@link renderLetter}: the letter's options plus the output format. */
export interface RenderLetterOptions extends LetterModelOptions {
  readonly format: WorksheetFormat;
}

/** A row of a letter's table: a label and three amounts (any may be empty). */
export interface LetterTableRow {
  readonly cells: readonly [string, string, string, string];
  /** The row that matters most (the refund): printed in bold. */
  readonly emphasis: boolean;
  /** A row that heads the rows below it (its label only). */
  readonly subheading: boolean;
}

/** A table of figures: four columns, the label first. */
export interface LetterTable {
  readonly columns: readonly [string, string, string, string];
  readonly rows: readonly LetterTableRow[];
  /** A sentence under the table (how the amounts are rounded), or `null`. */
  readonly note: string | null;
}

/** Space left to fill in by hand: what to write, and how many lines. */
export interface LetterBlank {
  readonly prompt: string;
  readonly lines: number;
}

/** A part of a letter's body, printed in this order: heading, paragraphs, list, blanks, table. */
export interface LetterSection {
  readonly heading: string | null;
  readonly paragraphs: readonly string[];
  readonly table: LetterTable | null;
  /** A list (what is asked, the earlier contacts). */
  readonly list: readonly string[];
  readonly blanks: readonly LetterBlank[];
}

/** A label and its value in the letter's "Re:" block. */
export interface LetterReference {
  readonly label: string;
  readonly value: string;
}

/** One letter, in the order it is printed. */
export interface LetterModel {
  /** Changes only when a field is removed or changes meaning. */
  readonly letterModelVersion: 1;
  readonly letter: CheckLetter;
  /** A, B, C or D (result-check.md section 4). */
  readonly mark: 'A' | 'B' | 'C' | 'D';
  readonly title: string;
  /**
   * What to do with the draft before sending it: in HTML on the screen only (not printed), in
   * Markdown and text first, to delete before sending.
   */
  readonly draftNote: string;
  readonly taxYear: number;
  /** The date as printed, or `null` for a blank to fill in. */
  readonly date: string | null;
  /** Who writes: the names (the injured spouse; for letter D both spouses) and the address. */
  readonly sender: {
    readonly names: readonly string[];
    readonly address: readonly string[];
    /** The phone number from the case (`form8379.phone`), or `null` for a blank. */
    readonly phone: string | null;
  };
  /** The recipient's name and address, line by line. */
  readonly recipient: readonly string[];
  /** The letter's subject first, then the return, the names and SSNs, the notices and dates. */
  readonly references: readonly LetterReference[];
  readonly salutation: string;
  readonly sections: readonly LetterSection[];
  readonly closing: string;
  /** The signature lines: each signer's name. */
  readonly signatures: readonly string[];
  readonly enclosures: readonly string[];
  /** Whether SSNs are masked to their last four digits. */
  readonly ssnMasked: boolean;
  /** The person's language, as asked (`options.lang`, default `'en'`). */
  readonly lang: Lang;
  /**
   * The language the letter is written in: `lang` for letter C, English for the letters that go
   * to the IRS or an agency (A, B, D).
   */
  readonly letterLang: Lang;
  /**
   * For a letter written in another language than `lang`: one sentence in `lang` saying what the
   * letter asks, shown where the draft note is (in HTML on the screen only), or `null`.
   */
  readonly personNote: string | null;
}

/**
 * Builds one letter's model from an allocation result with an after-filing check. Pure: the same
 * result and options give the same model (the date is the caller's, never the clock).
 *
 * @throws InvalidOptionError for an unknown letter or a wrong option.
 * @throws UnsupportedCaseError when the case has no `afterFiling`, or lacks what the letter needs
 *   (the error's `path` names the field: `afterFiling.senderAddress`, `afterFiling.irsNotice.address`...).
 */
export function buildLetterModel(
  result: AllocationResult,
  options: LetterModelOptions,
): LetterModel {
  checkLetterOptions(options);
  const ref = LETTER_REFS[options.letter];
  const check = result.check;
  const af = result.input.afterFiling;
  if (!check || !af) {
    throw new UnsupportedCaseError(
      'afterFiling',
      `letter ${ref.mark} ("${ref.id}") is drafted from what happened after Form 8379 was filed: add an "afterFiling" block with the notices, what was received and the addresses (docs/check.md)`,
    );
  }
  if (options.letter !== 'agency' && !result.eligibility.qualifies) {
    throw new UnsupportedCaseError(
      'partI',
      `${result.input.spouses.injured.name} is not an injured spouse for this return (Part I stops at line ${result.eligibility.decidedAtLine}), so there is no allocation to write to the IRS about`,
    );
  }
  const senderAddress = af.senderAddress;
  if (!senderAddress) {
    throw new UnsupportedCaseError(
      'afterFiling.senderAddress',
      `letter ${ref.mark} ("${ref.id}") needs the address it comes from, where the answer should go: add it line by line, e.g. "senderAddress": ["120 Elm Street, Apt 4", "Austin, TX 78701"]`,
    );
  }
  const worksheet = buildWorksheetModel(result, {
    showFullSsn: options.showFullSsn === true,
  });
  const lang: Lang = options.lang ?? 'en';
  const letterLang: Lang = TRANSLATED.includes(options.letter) ? lang : 'en';
  const t = LETTER_CATALOGUES[letterLang];
  const ctx: LetterContext = {
    lang: letterLang,
    t,
    date: (iso) => {
      if (letterLang === 'en') return dateWords(iso);
      const d = parseIsoDate(iso);
      return d ? formatLongDate(letterLang, d) : iso;
    },
    result,
    check,
    af,
    worksheet,
    names: caseNames(result.input),
    refund: check.checks[2],
    senderAddress,
  };
  const body = BODIES[options.letter](ctx, options);
  return {
    letterModelVersion: 1,
    letter: ref.id,
    mark: ref.mark,
    title: body.title ?? ref.title,
    draftNote: t.draftNote(ref.mark),
    taxYear: result.taxYear,
    date: options.date === undefined ? null : ctx.date(options.date),
    sender: {
      names: body.senders,
      address: senderAddress,
      phone: result.input.form8379.phone ?? null,
    },
    recipient: body.recipient,
    references: body.references,
    salutation: body.salutation,
    sections: body.sections,
    closing: t.closing,
    signatures: body.senders,
    enclosures: body.enclosures,
    ssnMasked: options.showFullSsn !== true,
    lang,
    letterLang,
    personNote: letterLang === lang ? null : (body.personNote?.(LETTER_CATALOGUES[lang]) ?? null),
  };
}

/** Options come from callers in plain JavaScript too: a wrong one is named. */
function checkLetterOptions(options: LetterModelOptions): void {
  const letter: unknown = options?.letter;
  if (typeof letter !== 'string' || !(CHECK_LETTERS as readonly string[]).includes(letter)) {
    throw new InvalidOptionError(
      'options.letter',
      `must be one of ${CHECK_LETTERS.map((l) => `"${l}"`).join(', ')}, got ${JSON.stringify(letter)}`,
    );
  }
  const date: unknown = options.date;
  if (date !== undefined && typeof date !== 'string') {
    throw new InvalidOptionError('options.date', `must be a string, got ${typeof date}`);
  }
  const full: unknown = options.showFullSsn;
  if (full !== undefined && typeof full !== 'boolean') {
    throw new InvalidOptionError(
      'options.showFullSsn',
      `must be true or false, got ${typeof full}`,
    );
  }
  const lang: unknown = options.lang;
  if (lang !== undefined && !isLang(lang)) {
    throw new InvalidOptionError(
      'options.lang',
      `must be "en" or "es", got ${JSON.stringify(lang)}`,
    );
  }
  const offset: unknown = options.offset;
  if (offset !== undefined && !(Number.isInteger(offset) && (offset as number) >= 0)) {
    throw new InvalidOptionError(
      'options.offset',
      `must be the 0-based index of an offset of afterFiling.offsetNotice.offsets, got ${JSON.stringify(offset)}`,
    );
  }
}

interface LetterContext {
  /** The language the letter is written in, its words and its way of writing a date. */
  readonly lang: Lang;
  readonly t: LettersCatalogue;
  /** "June 2, 2025" or "2 de junio de 2025" from "2025-06-02" (other text as given). */
  readonly date: (iso: string) => string;
  readonly result: AllocationResult;
  readonly check: AfterFilingCheck;
  readonly af: AfterFiling;
  readonly worksheet: WorksheetModel;
  readonly names: CaseNames;
  readonly refund: RefundCheckResult;
  readonly senderAddress: readonly string[];
}

interface LetterBody {
  /** The title, when the letter writes its own (in its language); else the check's. */
  readonly title?: string;
  /** The person's note, in the person's language, for a letter that stays English. */
  readonly personNote?: (t: LettersCatalogue) => string;
  readonly senders: readonly string[];
  readonly recipient: readonly string[];
  readonly references: readonly LetterReference[];
  readonly salutation: string;
  readonly sections: readonly LetterSection[];
  readonly enclosures: readonly string[];
}

const BODIES: Readonly<
  Record<CheckLetter, (ctx: LetterContext, options: LetterModelOptions) => LetterBody>
> = {
  request: requestLetter,
  reconsider: reconsiderLetter,
  advocate: advocateLetter,
  agency: agencyLetter,
};

const section = (s: Partial<LetterSection>): LetterSection => ({
  heading: s.heading ?? null,
  paragraphs: s.paragraphs ?? [],
  table: s.table ?? null,
  list: s.list ?? [],
  blanks: s.blanks ?? [],
});

const BLANK = '________________';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// --- The pieces the letters share --------------------------------------------------------------

const injuredName = (ctx: LetterContext) => ctx.result.input.spouses.injured.name;
const otherName = (ctx: LetterContext) => ctx.result.input.spouses.other.name;

/** The names and SSNs in the order of the joint return (SSNs masked unless asked). */
function taxpayerReferences(ctx: LetterContext): LetterReference[] {
  const { t } = ctx;
  return ctx.worksheet.header.spouses.map((s, i) => ({
    label: i === 0 ? t.nameShownFirst : t.nameShownSecond,
    value: (s.isInjured ? t.nameAndSsnInjured : t.nameAndSsn)(s.name, s.ssn ?? '___-__-____'),
  }));
}

/** The IRS's notice or letter without its date: "Notice CP49", "Letter 105C", "Your notice". */
function noticeKind(t: LettersCatalogue, kind: string): string {
  return kind === 'other'
    ? t.noticeUnnumbered
    : /^\d/.test(kind)
      ? t.letterNumbered(kind)
      : t.noticeNumbered(kind);
}

/** "Notice CP49 of March 25, 2025" or "Letter 105C of ..." or "Your notice of ...". */
function noticeWords(ctx: LetterContext): string | null {
  const n = ctx.af.irsNotice;
  if (!n) return null;
  const kind = noticeKind(ctx.t, n.kind);
  return n.date ? ctx.t.noticeOf(kind, ctx.date(n.date)) : kind;
}

/** How Form 8379 was filed, in words: "with the e-filed joint return". */
function filedHow(ctx: LetterContext, year: number | null = null): string {
  const { t } = ctx;
  switch (ctx.result.input.form8379.filedWith) {
    case 'originalReturn':
      return ctx.af.form8379Filed?.efiled === true
        ? year === null
          ? t.filedEfiled
          : t.filedEfiledYear(year)
        : ctx.af.form8379Filed?.efiled === false
          ? year === null
            ? t.filedPaper
            : t.filedPaperYear(year)
          : year === null
            ? t.filedOriginal
            : t.filedOriginalYear(year);
    case 'amendedReturn':
      return year === null ? t.filedAmended : t.filedAmendedYear(year);
    case 'alone':
      return year === null ? t.filedAlone : t.filedAloneYear(year);
    default:
      return year === null ? '' : t.filedForYear(year);
  }
}

/** The date Form 8379 was filed, in words, or a blank to fill in. */
function filedDate(ctx: LetterContext): string {
  const filed = ctx.refund.pending.filed;
  return filed ? ctx.date(filed) : BLANK;
}

function filedReference(ctx: LetterContext): LetterReference {
  const how = filedHow(ctx);
  return { label: ctx.t.form8379FiledLabel, value: `${filedDate(ctx)}${how ? `, ${how}` : ''}` };
}

function noticeReferences(ctx: LetterContext): LetterReference[] {
  const { t } = ctx;
  const refs: LetterReference[] = [];
  const notice = noticeWords(ctx);
  if (notice) refs.push({ label: t.irsNoticeLabel, value: notice });
  const offsetDate = ctx.af.offsetNotice?.date;
  if (ctx.af.offsetNotice) {
    refs.push({
      label: t.offsetNoticeLabel,
      value: `${t.fiscalService}${offsetDate ? `, ${ctx.date(offsetDate)}` : ''}`,
    });
  }
  return refs;
}

/** What was received, in a sentence ("I received $1,300.00 on May 2, 2025."), or ''. */
function receivedSentence(ctx: LetterContext): string {
  const { t } = ctx;
  const r = ctx.refund;
  if (r.received === null) return '';
  if (r.received.isZero()) {
    return t.receivedNothing;
  }
  const dates = (ctx.af.received ?? [])
    .filter((x) => x.issuedTo !== 'other' && x.date)
    .map((x) => ctx.date(x.date ?? ''));
  const when =
    dates.length === 0
      ? ''
      : dates.length === 1
        ? t.receivedOn(dates[0]!)
        : t.receivedInAll(joinList(ctx.lang, dates));
  const interest = r.interest.isZero() ? '' : t.receivedInterest(dollars(r.interest));
  return t.received(dollars(r.received), when, interest);
}

/** What the estimate gives, said as an estimate, and how far what was received is from it. */
function estimateSentence(ctx: LetterContext): string {
  const { t } = ctx;
  const est = dollars(ctx.result.distribution.injuredRefund.amount);
  const r = ctx.refund;
  const net = r.irs?.amount ?? null;
  const subject = r.interest.isZero() ? t.whatIReceived : t.whatIReceivedLessInterest;
  const diff =
    net === null || r.difference === null || r.difference.isZero()
      ? ''
      : ` ${(r.difference.isNegative() ? t.differenceLess : t.differenceMore)(subject, dollars(r.difference.abs()))}`;
  return `${t.estimateMine(t.estimateBasis, est)}${diff}`;
}

/** The check's words about the difference, where they add to the letter. */
function classSentence(ctx: LetterContext): string | null {
  const r = ctx.refund;
  const overpayment = ctx.check.checks[0];
  const parts: string[] = [];
  if (overpayment.class === 'return-changed' && overpayment.irs && overpayment.estimate) {
    parts.push(
      `The refund before the offset was ${dollars(overpayment.irs.amount)}, but the return shows an overpayment of ${dollars(overpayment.estimate.amount)}, so the return may have been changed.`,
    );
  }
  if (r.class === 'community-property' && r.communityProperty) {
    const states = r.communityProperty.states.map(
      (s) => STATE_NAMES[s as keyof typeof STATE_NAMES] ?? s,
    );
    parts.push(
      `We lived in ${joinAnd(states)}, where the refund is divided under community property law; an item may have been treated as community or separate property differently from the way I did.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "What I received and what I expected": the check's figures, the IRS's against the estimate. */
function comparisonTable(ctx: LetterContext): LetterTable | null {
  const rows: LetterTableRow[] = [];
  const row = (label: string, irs: Dec | null, est: Dec | null, emphasis = false) =>
    rows.push({
      cells: [
        label,
        irs === null ? '' : dollars(irs),
        est === null ? '' : dollars(est),
        irs === null || est === null ? '' : dollars(subDec(irs, est)),
      ],
      emphasis,
      subheading: false,
    });
  const [overpayment, offsets, refund] = ctx.check.checks;
  if (overpayment.irs && overpayment.estimate) {
    row(
      'Refund before the offset (overpayment)',
      overpayment.irs.amount,
      overpayment.estimate.amount,
    );
  }
  if (offsets.irs) {
    for (const d of offsets.byDebt) {
      // A kind of debt no document names and the estimate does not reach says nothing.
      if (d.irs === null && d.estimate.isZero()) continue;
      row(`Offset to ${midSentence(d.label)}`, d.irs ?? ZERO, d.estimate);
    }
    if (offsets.byDebt.length !== 1 || !offsets.untyped.isZero() || !offsets.reversed.isZero()) {
      row('Offsets, in all', offsets.irs.amount, offsets.estimate?.amount ?? null);
    }
  }
  if (refund.received !== null) {
    if (!refund.interest.isZero()) {
      row('Received, interest included', refund.received, null);
      row('Interest (not part of the refund)', refund.interest, null);
    }
    row(
      refund.interest.isZero() ? 'My share of the refund' : 'My share of the refund, less interest',
      refund.irs?.amount ?? null,
      refund.estimate?.amount ?? null,
      true,
    );
  }
  if (rows.length === 0) return null;
  return {
    columns: ['', 'Received or taken', 'My estimate', 'Difference'],
    rows,
    note: null,
  };
}

/** The estimate line by line: Part III as on Form 8379, then the computation in cents. */
function estimateTable(ctx: LetterContext, partIIIOnly = false): LetterTable {
  const r = ctx.result;
  const w = ctx.worksheet;
  const rows: LetterTableRow[] = [];
  const whole = (s: string) => displayMoney(s, { cents: false });
  const add = (
    label: string,
    joint: Dec | null,
    injured: Dec | null,
    other: Dec | null,
    emphasis = false,
  ) =>
    rows.push({
      cells: [
        label,
        joint === null ? '' : dollars(joint),
        injured === null ? '' : dollars(injured),
        other === null ? '' : dollars(other),
      ],
      emphasis,
      subheading: false,
    });
  const heading = (label: string) =>
    rows.push({ cells: [label, '', '', ''], emphasis: false, subheading: true });
  const nonZero = (...xs: (Dec | null)[]) => xs.some((x) => x !== null && !x.isZero());

  heading('Form 8379, Part III, in whole dollars');
  for (const l of w.formEntry.partIII) {
    if (/^-?0$/.test(l.total) && /^-?0$/.test(l.injured) && /^-?0$/.test(l.other)) continue;
    rows.push({
      cells: [`Line ${l.line}: ${l.label}`, whole(l.total), whole(l.injured), whole(l.other)],
      emphasis: false,
      subheading: false,
    });
  }
  if (!partIIIOnly) {
    heading('The computation, in cents');
    const ratio = r.taxRatio.amount;
    const ratioText = (x: Dec) => displayPercent(x.toFixed(r.options.ratioDecimals));
    add(
      'Separate tax (as if filing separately)',
      null,
      r.separate.injured.tax.amount,
      r.separate.other.tax.amount,
    );
    add(
      `Share of the joint tax (${ratioText(ratio)} / ${ratioText(new Dec(1).minus(ratio))})`,
      r.jointTax.amount,
      r.taxShare.injured.amount,
      r.taxShare.other.amount,
    );
    const net = r.netTax;
    if (
      !net.injured.amount.equals(r.taxShare.injured.amount) ||
      !net.other.amount.equals(r.taxShare.other.amount)
    ) {
      add('Tax after nonrefundable credits', null, net.injured.amount, net.other.amount);
    }
    if (nonZero(r.otherTaxes.injured.amount, r.otherTaxes.other.amount)) {
      add('Other taxes', null, r.otherTaxes.injured.amount, r.otherTaxes.other.amount);
    }
    const pay = (label: string, p: { injured: { amount: Dec }; other: { amount: Dec } }) => {
      if (nonZero(p.injured.amount, p.other.amount)) {
        add(label, sumDec([p.injured.amount, p.other.amount]), p.injured.amount, p.other.amount);
      }
    };
    pay('Federal income tax withheld', r.withholding);
    pay('Estimated payments', r.estimatedPayments);
    pay('Refundable credits', r.refundableCredits);
    pay('Earned income credit', r.eic);
    const cp = r.communityProperty;
    add(
      'Contribution to the joint overpayment',
      r.overpayment.recomputed.amount,
      r.contribution.injured.amount,
      r.contribution.other.amount,
    );
    if (cp) {
      add(
        `Share under ${joinAnd(cp.states.map((st) => STATE_NAMES[st]))} community property law`,
        null,
        cp.injuredShare.amount,
        null,
      );
    }
    for (const o of r.distribution.offsets) {
      if (o.applied.amount.isZero()) continue;
      add(`Offset to ${ctx.names.debt(o.index)}`, o.applied.amount, null, null);
    }
    add(
      'Refund',
      sumDec([r.distribution.injuredRefund.amount, r.distribution.otherRefund.amount]),
      r.distribution.injuredRefund.amount,
      r.distribution.otherRefund.amount,
      true,
    );
  }
  return {
    columns: ['', 'Joint return', firstName(injuredName(ctx)), firstName(otherName(ctx))],
    rows,
    note: partIIIOnly ? w.formEntry.rounding : null,
  };
}

/** Copies of the documents the letter is about. */
function documentEnclosures(ctx: LetterContext): string[] {
  const { t } = ctx;
  const out: string[] = [];
  const n = ctx.af.irsNotice;
  if (n) {
    const copy =
      n.kind === 'other'
        ? t.copyOfNoticeUnnumbered
        : /^\d/.test(n.kind)
          ? t.copyOfLetterNumbered(n.kind)
          : t.copyOfNoticeNumbered(n.kind);
    out.push(n.date ? t.copyDated(copy, ctx.date(n.date)) : copy);
  }
  if (ctx.af.offsetNotice) {
    const d = ctx.af.offsetNotice.date;
    out.push(d ? t.copyDated(t.copyOfOffsetNotice, ctx.date(d)) : t.copyOfOffsetNotice);
  }
  return out;
}

// --- A. Request for the allocation worksheet ---------------------------------------------------

function irsAddress(ctx: LetterContext, mark: string, id: string): string[] {
  const address = ctx.af.irsNotice?.address;
  if (!address) {
    throw new UnsupportedCaseError(
      'afterFiling.irsNotice.address',
      `letter ${mark} ("${id}") goes to the IRS address on the notice or letter: add it line by line with the notice, e.g. "irsNotice": { "kind": "CP49", "address": ["Internal Revenue Service", "Kansas City, MO 64999-0025"] }; without a notice, the address of the service center where the joint return was filed, with "kind": "other"`,
    );
  }
  return [...address];
}

function intro(ctx: LetterContext): string {
  const how = filedHow(ctx, ctx.result.taxYear);
  return `${ctx.t.intro(filedDate(ctx), how, otherName(ctx), debtWords(ctx))} ${receivedSentence(ctx)}`.trim();
}

/** Each kind of debt after "past-due": "child support", "federal tax". */
const DEBT_WORDS: Readonly<Record<DebtType, (t: LettersCatalogue) => string>> = {
  federalTax: (t) => t.debtFederalTax,
  childSupport: (t) => t.debtChildSupport,
  spousalSupport: (t) => t.debtSpousalSupport,
  federalNontax: (t) => t.debtFederalNontax,
  stateIncomeTax: (t) => t.debtStateIncomeTax,
  stateUnemployment: (t) => t.debtStateUnemployment,
};

/** "child support", "federal tax and child support": the case's kinds of debt, in words. */
function debtWords(ctx: LetterContext): string {
  const kinds = DEBT_TYPES.filter((t) => ctx.result.input.debts.some((d) => d.type === t));
  return kinds.length === 0
    ? ctx.t.debtsNone
    : joinList(
        ctx.lang,
        kinds.map((k) => DEBT_WORDS[k](ctx.t)),
      );
}

function requestLetter(ctx: LetterContext): LetterBody {
  const year = ctx.result.taxYear;
  const comparison = comparisonTable(ctx);
  const changed = ctx.check.checks[0].class === 'return-changed';
  return {
    personNote: (t) => t.personNoteRequest,
    senders: [injuredName(ctx)],
    recipient: irsAddress(ctx, 'A', 'request'),
    references: [
      {
        label: ctx.t.reLabel,
        value: `Request for the injured spouse allocation worksheet, Form 8379, tax year ${year}`,
      },
      ...taxpayerReferences(ctx),
      { label: 'Tax year', value: `${year}, Form 1040, married filing jointly` },
      ...noticeReferences(ctx),
      filedReference(ctx),
    ],
    salutation: 'Dear Sir or Madam:',
    sections: [
      section({
        paragraphs: [
          intro(ctx),
          estimateSentence(ctx),
          ...(classSentence(ctx) ? [classSentence(ctx)!] : []),
          'I would like to understand how my share was computed, and I ask for the following:',
        ],
        list: [
          `A copy of the injured spouse allocation worksheet used to compute my share of the ${year} joint overpayment. I understand that IRM 21.4.6 allows it to be sent on request.`,
          'An explanation of each item that was allocated differently from the figures below (income, deductions, credits, withholding and payments), and of the amount refunded to me.',
          ...(changed
            ? ['An explanation of the change made to the return, if it was changed.']
            : []),
          'If the review shows that my share is more than what I received, a reconsideration of the allocation.',
        ],
      }),
      ...(comparison
        ? [section({ heading: 'What I received and what I expected', table: comparison })]
        : []),
      section({ heading: 'My estimate, line by line', table: estimateTable(ctx) }),
      section({
        paragraphs: ['Please write to me at the address above. Thank you for your help.'],
      }),
    ],
    enclosures: [
      ...documentEnclosures(ctx),
      ctx.t.copyOfForm8379(filedDate(ctx)),
      ctx.t.worksheetEnclosure,
    ],
  };
}

// --- B. Reconsideration with a new Form 8379 ---------------------------------------------------

function reconsiderLetter(ctx: LetterContext): LetterBody {
  const year = ctx.result.taxYear;
  const r = ctx.refund;
  const split = r.split;
  const differs: LetterSection[] = [];
  if (split) {
    const item = ctx.result.input.items[split.itemIndex];
    const name = splitItemName(split, ctx.names);
    const line = item ? LINE_OF_KIND[item.kind] : null;
    const otherPart = subDec(split.amount, split.agreed);
    const half = split.amount.dividedBy(2).toDecimalPlaces(2);
    const byTax = split.default !== 'half-each';
    const injuredFirst = firstName(injuredName(ctx));
    const otherFirst = firstName(otherName(ctx));
    const estimate = ctx.result.distribution.injuredRefund.amount;
    const row = (cells: [string, string, string, string], emphasis = false): LetterTableRow => ({
      cells,
      emphasis,
      subheading: false,
    });
    const part = (agreed: Dec, byDefault: Dec) =>
      [
        dollars(agreed),
        byTax ? 'by separate tax' : dollars(byDefault),
        byTax ? '' : dollars(subDec(agreed, byDefault)),
      ] as const;
    differs.push(
      section({
        heading: 'The line that differs, and why',
        paragraphs: [
          `What I received${r.interest.isZero() ? '' : ', less the interest,'} is what the allocation gives when ${name} of ${dollars(split.amount)}${line ? ` (Part III line ${line}, ${midSentence(PART_III_LABELS[line])})` : ''} is divided ${byTax ? 'in proportion to our separate taxes, the default for joint estimated payments' : 'half each, the default for a joint item'}: with that split my share would be ${dollars(split.injuredRefund)}.`,
          `We agreed to divide it ${dollars(split.agreed)} to ${injuredFirst} and ${dollars(otherPart)} to ${otherFirst}, as the enclosed Form 8379 shows; with that split my share is ${dollars(estimate)}. I ask that it be allocated as agreed.`,
        ],
        table: {
          columns: ['', 'As agreed', 'The default', 'Difference'],
          rows: [
            row([
              `${upperFirst(name)}, line ${line ?? ''}: ${injuredFirst}`.replace(', line :', ':'),
              ...part(split.agreed, half),
            ]),
            row([
              `${upperFirst(name)}, line ${line ?? ''}: ${otherFirst}`.replace(', line :', ':'),
              ...part(otherPart, subDec(split.amount, half)),
            ]),
            row(
              [
                'My share of the refund',
                dollars(estimate),
                dollars(split.injuredRefund),
                dollars(subDec(estimate, split.injuredRefund)),
              ],
              true,
            ),
          ],
          note: null,
        },
      }),
    );
  } else {
    const comparison = comparisonTable(ctx);
    if (comparison) {
      differs.push(section({ heading: 'What I received and what I expected', table: comparison }));
    }
    differs.push(
      section({
        heading: 'The lines that differ, and why',
        paragraphs: [
          'The enclosed Form 8379 shows my allocation line by line. The lines I believe were allocated differently, and why:',
        ],
        blanks: [{ prompt: 'Line, item and reason', lines: 3 }],
      }),
    );
  }
  return {
    personNote: (t) => t.personNoteReconsider,
    senders: [injuredName(ctx)],
    recipient: irsAddress(ctx, 'B', 'reconsider'),
    references: [
      {
        label: ctx.t.reLabel,
        value: `Request for reconsideration of the injured spouse allocation, Form 8379, tax year ${year}`,
      },
      ...taxpayerReferences(ctx),
      { label: 'Tax year', value: `${year}, Form 1040, married filing jointly` },
      ...noticeReferences(ctx),
      filedReference(ctx),
    ],
    salutation: 'Dear Sir or Madam:',
    sections: [
      section({
        paragraphs: [
          intro(ctx),
          `I ask you to reconsider the allocation with the enclosed new Form 8379. ${estimateSentence(ctx)}`,
          ...(classSentence(ctx) ? [classSentence(ctx)!] : []),
        ],
      }),
      ...differs,
      section({
        heading: 'Form 8379, Part III, as on the enclosed form',
        table: estimateTable(ctx, true),
      }),
      section({
        paragraphs: [
          `Please reconsider the allocation of my share of the ${year} joint overpayment on the enclosed Form 8379, and explain any item you still allocate differently. Please write to me at the address above. Thank you for your help.`,
        ],
      }),
    ],
    enclosures: [
      'A new Form 8379, Injured Spouse Allocation (Rev. November 2023), with Part III as above',
      "Copies of both spouses' Forms W-2, and of any Forms W-2G and 1099, that show federal income tax withheld",
      ...documentEnclosures(ctx),
      ctx.t.worksheetEnclosure,
    ],
  };
}

// --- C. Taxpayer Advocate Service (Form 911) ---------------------------------------------------

function advocateLetter(ctx: LetterContext): LetterBody {
  const { t } = ctx;
  const year = ctx.result.taxYear;
  const asked = ctx.check.letters.includes('reconsider')
    ? t.askedReconsider
    : ctx.check.letters.includes('request')
      ? t.askedWorksheet
      : t.askedShare;
  const offsets = ctx.af.offsetNotice;
  const taken = ctx.check.checks[1].irs;
  const offsetSentence =
    offsets && taken
      ? ` ${
          offsets.date
            ? t.offsetTakenDated(ctx.date(offsets.date), dollars(taken.amount), otherName(ctx))
            : t.offsetTaken(dollars(taken.amount), otherName(ctx))
        }`
      : '';
  // What the documents date, in the order it happened (the sort is stable for a same day).
  const dated: { date: string; text: string }[] = [];
  const filed = ctx.refund.pending.filed;
  if (filed) dated.push({ date: filed, text: t.contactFiled(filedHow(ctx, year)) });
  if (offsets?.date) {
    dated.push({ date: offsets.date, text: t.contactOffsetNotice });
  }
  const notice = ctx.af.irsNotice;
  if (notice?.date) {
    dated.push({ date: notice.date, text: t.noticeFromIrs(noticeKind(t, notice.kind)) });
  }
  for (const x of ctx.af.received ?? []) {
    if (x.issuedTo === 'other' || !x.date) continue;
    dated.push({ date: x.date, text: t.contactReceived(dollars(new Dec(x.amount))) });
  }
  const contacts = dated
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((d) => `${ctx.date(d.date)}: ${d.text}`);
  return {
    title: t.advocateTitle,
    senders: [injuredName(ctx)],
    recipient: [t.advocateRecipient, t.advocateRecipientNote],
    references: [
      { label: t.reLabel, value: t.advocateRe(year) },
      ...taxpayerReferences(ctx),
      ...noticeReferences(ctx),
      filedReference(ctx),
    ],
    salutation: t.advocateSalutation,
    sections: [
      section({ paragraphs: [t.advocateOpening(year)] }),
      section({
        heading: t.problemHeading,
        paragraphs: [
          `${intro(ctx)}${offsetSentence} ${estimateSentence(ctx)} ${t.wroteNoAnswer(BLANK, asked)}`,
        ],
      }),
      section({
        heading: t.contactsHeading,
        list: [
          ...contacts,
          `${BLANK}: ${t.contactMyLetter}`,
          `${BLANK}: ${t.contactCalls(IRS_PHONE)}`,
        ],
      }),
      section({
        heading: t.hardshipHeading,
        paragraphs: [t.hardshipText],
        blanks: [{ prompt: t.hardshipPrompt, lines: 3 }],
      }),
      section({ paragraphs: [t.advocateAsk(year, TAS_PHONE)] }),
    ],
    enclosures: [
      t.enclosureForm911,
      t.copyOfMyLetter(BLANK),
      ...documentEnclosures(ctx),
      t.copyOfForm8379(filedDate(ctx)),
      t.worksheetEnclosure,
    ],
  };
}

// --- D. The agency that took the refund --------------------------------------------------------

/** Letter D's offset: the one asked for, else the first the check questions, else the first named. */
function chosenOffset(
  ctx: LetterContext,
  requested: number | undefined,
): { offset: NoticeOffset; index: number } {
  const offsets = ctx.af.offsetNotice?.offsets ?? [];
  if (offsets.length === 0) {
    throw new UnsupportedCaseError(
      'afterFiling.offsetNotice.offsets',
      'letter D ("agency") goes to the agency on the offset notice: add the offset as the notice gives it, with its amount, "agency" and "address"',
    );
  }
  if (requested !== undefined) {
    const offset = offsets[requested];
    if (!offset) {
      throw new InvalidOptionError(
        'options.offset',
        `the offset notice lists ${offsets.length === 1 ? '1 offset: give 0' : `${offsets.length} offsets: give 0 to ${offsets.length - 1}`}, got ${requested}`,
      );
    }
    return { offset, index: requested };
  }
  const balances = new Map<string, Dec>();
  for (const d of ctx.result.input.debts) {
    balances.set(d.type, sumDec([balances.get(d.type) ?? ZERO, new Dec(d.amount)]));
  }
  const questioned = offsets.findIndex(
    (o) =>
      o.debtType !== undefined &&
      (!balances.has(o.debtType) || new Dec(o.amount).greaterThan(balances.get(o.debtType)!)),
  );
  const named = offsets.findIndex((o) => o.agency !== undefined);
  const index = questioned >= 0 ? questioned : named >= 0 ? named : 0;
  return { offset: offsets[index]!, index };
}

function agencyLetter(ctx: LetterContext, options: LetterModelOptions): LetterBody {
  const year = ctx.result.taxYear;
  const { offset, index } = chosenOffset(ctx, options.offset);
  const path = `afterFiling.offsetNotice.offsets[${index}]`;
  if (offset.agency === undefined) {
    throw new UnsupportedCaseError(
      `${path}.agency`,
      'letter D ("agency") goes to the agency the offset notice names: add its name as the notice gives it',
    );
  }
  if (offset.address === undefined) {
    throw new UnsupportedCaseError(
      `${path}.address`,
      `letter D ("agency") goes to the address of ${offset.agency} on the offset notice: add it line by line, e.g. "address": ["Office of the Attorney General", "PO Box 12017", "Austin, TX 78711-2017"]`,
    );
  }
  const amount = new Dec(offset.amount);
  const noticeDate = ctx.af.offsetNotice?.date;
  const other = otherName(ctx);
  const injured = injuredName(ctx);
  const kind = offset.debtType ? midSentence(DEBT_LABELS[offset.debtType]) : null;
  const owed = offset.debtType
    ? sumDec(
        ctx.result.input.debts
          .filter((d) => d.type === offset.debtType)
          .map((d) => new Dec(d.amount)),
      )
    : null;
  const listed = offset.debtType
    ? ctx.result.input.debts.some((d) => d.type === offset.debtType)
    : true;
  const reasons: string[] = [];
  if (!listed) {
    reasons.push(`We do not know of a debt of this kind that ${other} owes you.`);
  } else if (owed !== null && amount.greaterThan(owed)) {
    reasons.push(
      `The offset, ${dollars(amount)}, is more than the ${dollars(owed)} we believe ${other} owed.`,
    );
  }
  const otherPortion = subDec(
    ctx.result.overpayment.recomputed.amount,
    ctx.result.distribution.injuredRefund.amount,
  );
  const filed = ctx.refund.pending.filed;
  const fee = offset.fee ? ` The notice also shows a fee of ${dollars(new Dec(offset.fee))}.` : '';
  const agency = offset.agency;
  return {
    personNote: (t) => t.personNoteAgency(agency, other),
    senders: ctx.worksheet.header.spouses.map((s) => s.name),
    recipient: [offset.agency, ...offset.address],
    references: [
      {
        label: ctx.t.reLabel,
        value: `Offset of ${dollars(amount)}${kind ? ` for ${kind}` : ''} from our ${year} federal income tax refund (Treasury Offset Program${noticeDate ? `, offset notice of ${dateWords(noticeDate)}` : ''})`,
      },
      { label: 'Debt owed by', value: other },
      ...taxpayerReferences(ctx),
    ],
    salutation: 'Dear Sir or Madam:',
    sections: [
      section({
        paragraphs: [
          `${offset.debtType === 'federalTax' ? 'The IRS applied' : 'The Treasury Offset Program took'} ${dollars(amount)} from our ${year} joint federal income tax refund${noticeDate ? ` (offset notice of ${dateWords(noticeDate)})` : ''} and paid it to ${offset.agency} for ${kind ?? 'a debt'} owed by ${other}.${fee} We ask you to review the debt, because we believe it is wrong or already paid.`,
          ...reasons,
        ],
        blanks: [
          {
            prompt:
              'Why the debt is wrong or already paid (with the dates and amounts of payments)',
            lines: 3,
          },
        ],
      }),
      section({
        paragraphs: [
          `We understand that the Treasury Offset Program (Bureau of the Fiscal Service, ${TOP_PHONE}) cannot resolve a dispute about the debt itself, which is why we are writing to you.`,
          `Based on our estimate of the injured spouse allocation, ${ctx.t.estimateBasis}, ${firstName(injured)}'s share of the joint overpayment is ${dollars(ctx.result.distribution.injuredRefund.amount)} and ${firstName(other)}'s ${dollars(otherPortion)}; it is an estimate, not a determination. ${firstName(injured)} ${filed ? `filed Form 8379 with the IRS on ${dateWords(filed)}` : 'is claiming that share from the IRS with Form 8379'}; this letter is about the debt itself.`,
          'We ask for the following:',
        ],
        list: [
          'A statement of the debt: what it is for, its balance before and after this offset, and the payments credited to it.',
          'If the debt was already paid, or the offset was more than the balance, a review of the offset and an explanation of how the amount taken in excess can be returned.',
        ],
      }),
      section({
        paragraphs: ['Please write to us at the address above. Thank you for your help.'],
      }),
    ],
    enclosures: [
      `A copy of the offset notice${noticeDate ? ` of ${dateWords(noticeDate)}` : ''}`,
      `Proof of payment, if any: ${BLANK}`,
    ],
  };
}
