/**
 * The library's problems, stops and warnings in the page's own words (i18n/en.ts): each library
 * issue is recognised by its path and its kind, and becomes one message of the catalogue, for
 * the person at that field, saying what to type instead. An amount, a date or a year is judged on
 * what the person typed, so the common mistakes are named (a dollar sign, a decimal comma, words
 * for numbers, a date as 03/15/2024) with the value to type instead.
 *
 * Pure: no DOM. Every function returns a message id with its text, so test/app-messages.test.ts
 * can check that every problem the library reports has a message of its own (not the fallback).
 */
import type { InputIssue, ResultWarning } from '../../src/index.js';
import { Dec } from '../../src/core/money.js';
import { readAmount } from '../../src/input/money.js';
import { SUPPORTED_TAX_YEARS } from '../../src/law/parameters/index.js';
import { formatCount, joinList } from '../../src/report/i18n/lang.js';
import { money } from './format.js';
import { fieldForPath, pathParts, type FormState, type JointReturnField } from './form-state.js';
import { t } from './i18n/index.js';

/** A message and which one it is (`amount.dollarSign`). */
export interface Explained {
  readonly id: string;
  readonly text: string;
}

const say = (id: string, text: string): Explained => ({ id, text });

const FIRST_YEAR = SUPPORTED_TAX_YEARS[0] ?? 2018;
const LAST_YEAR = SUPPORTED_TAX_YEARS[SUPPORTED_TAX_YEARS.length - 1] ?? 2026;

/** Kinds whose amount may be a loss (the schema's SIGNED_KINDS). */
const SIGNED = new Set(['selfEmployment', 'capitalGain', 'otherIncome']);
/** Joint-return fields that may be negative (the schema's signed amounts). */
const SIGNED_TOTALS = new Set<JointReturnField>([
  'totalIncome',
  'adjustedGrossIncome',
  'overpayment',
]);

const parses = (text: string, allowNegative: boolean) => readAmount(text, allowNegative).ok;

/**
 * The amount the person most likely meant, written as the case format reads it, or null: the
 * typed text with a dollar sign, spaces and a plus sign left out, parentheses as a minus sign, and
 * a decimal comma (41.250,00 or 52,50) as a decimal point.
 */
export function repairAmount(typed: string, allowNegative: boolean): string | null {
  let s = typed.replace(/[$\s\u00a0+]/g, '');
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) s = `-${paren[1] ?? ''}`;
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) {
    s = s.replace(/\./g, '#').replace(',', '.').replace(/#/g, ',');
  } else if (/^-?\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  return s !== typed && s !== '' && parses(s, allowNegative) ? s : null;
}

/** Why `typed` is not an amount, in the person's terms, with what to type instead. */
export function amountMessage(typed: string, allowNegative: boolean): Explained {
  const a = t.problems.amount;
  const fix = repairAmount(typed, allowNegative);
  const bare = typed.trim();
  if (bare === '') return say('amount.empty', a.empty);
  if (bare.includes('%')) return say('amount.percent', a.percent);
  if (/^-?[\d.,]*\d[eE][+-]?\d+$/.test(bare)) return say('amount.exponent', a.exponent);
  if (bare.includes('$') && fix) return say('amount.dollarSign', a.dollarSign(fix));
  if (/\p{L}{3}/u.test(bare)) return say('amount.words', a.words);
  if (/\p{L}/u.test(bare)) return say('amount.notAmount', a.notAmount);
  if (/[^\x20-\x7e]/.test(bare) && /\p{Nd}/u.test(bare.replace(/[0-9]/g, ''))) {
    return say('amount.otherDigits', a.otherDigits);
  }
  if (/\d[,.]\d/.test(bare) && fix && /,\d{1,2}$/.test(bare.replace(/\s/g, ''))) {
    return say('amount.decimalComma', a.decimalComma(bare, fix));
  }
  if (/[\s\u00a0]/.test(typed) && fix) return say('amount.spaces', a.spaces(fix));
  if (bare.startsWith('+') && fix) return say('amount.plus', a.plus(fix));
  if (/^\(.*\)$/.test(bare)) {
    return allowNegative && fix
      ? say('amount.parentheses', a.parentheses(fix))
      : say('amount.negative', a.negative);
  }
  if (bare.startsWith('-') && !allowNegative && parses(bare.slice(1), false)) {
    return say('amount.negative', a.negative);
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(bare)) {
    const thousands = bare.replace(/\./g, ',');
    return say('amount.pointForThousands', a.pointForThousands(thousands));
  }
  const decimals = /^(-?[\d,]*\d)\.(\d{3,})$/.exec(bare);
  if (decimals) {
    const rounded = new Dec(`${(decimals[1] ?? '0').replace(/,/g, '')}.${decimals[2] ?? ''}`)
      .toFixed(2)
      .replace(/^(-?)0*(?=\d)/, '$1');
    return say('amount.tooManyDecimals', a.tooManyDecimals(rounded));
  }
  if (/^-?\.\d+$/.test(bare)) {
    return say('amount.pointDigits', a.pointDigits(bare.replace('.', '0.')));
  }
  if (/^-?[\d,]+\.$/.test(bare)) return say('amount.pointDigits', a.pointDigits(`${bare}00`));
  if (/^-?[\d,]+(\.\d{1,2})?$/.test(bare)) {
    const digits = bare.replace(/^-/, '').split('.')[0]!.replace(/,/g, '').replace(/^0+/, '');
    if (digits.length > 12) return say('amount.tooLarge', a.tooLarge);
    if (bare.includes(',')) return say('amount.grouping', a.grouping);
  }
  if (fix) return say('amount.dollarSign', a.dollarSign(fix));
  return say('amount.notAmount', a.notAmount);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether year-month-day is a day of the calendar. */
function isDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/**
 * The date the person most likely meant, as year-month-day: 03/15/2024 (month first, as on US
 * forms), 15.03.2024 (day first, with points), 2024/3/15, March 15, 2024.
 */
export function repairDate(typed: string): string | null {
  const s = typed.trim();
  let y = 0;
  let m = 0;
  let d = 0;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s))) {
    const [first, second] = [Number(match[1]), Number(match[3])];
    [m, d] = match[2] === '.' ? [second, first] : [first, second];
    y = Number(match[4]);
  } else if ((match = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s))) {
    const month = MONTHS.findIndex((name) => name.startsWith((match![1] ?? '').toLowerCase()));
    if (month < 0 || (match[1] ?? '').length < 3) return null;
    [y, m, d] = [Number(match[3]), month + 1, Number(match[2])];
  } else return null;
  return isDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function dateMessage(typed: string): Explained {
  const p = t.problems.date;
  const fix = repairDate(typed);
  if (fix && fix !== typed.trim()) return say('date.usOrder', p.usOrder(typed.trim(), fix));
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed.trim())) {
    return say('date.notADay', p.notADay(typed.trim()));
  }
  return say('date.format', p.format);
}

export function taxYearMessage(typed: string, libraryMessage: string): Explained {
  const p = t.problems.taxYear;
  const s = typed.trim();
  if (s === '') return say('taxYear.missing', p.missing);
  if (/^\d{2}$/.test(s)) return say('taxYear.twoDigits', p.twoDigits(s, `20${s}`));
  if (!/^\d{4}$/.test(s)) return say('taxYear.notYear', p.notYear(s));
  const year = Number(s);
  if (year >= 2015 && year < FIRST_YEAR)
    return say('taxYear.beforeExemptions', p.beforeExemptions(s));
  if (/^no tax parameters/.test(libraryMessage) || year < FIRST_YEAR || year > LAST_YEAR) {
    return say('taxYear.unsupported', p.unsupported(s, FIRST_YEAR, LAST_YEAR));
  }
  return say('taxYear.notYear', p.notYear(s));
}

/** The text the person typed into the field a path names (amounts, dates, the year). */
function typedAt(state: FormState, path: string): string | undefined {
  const [head, a, b] = pathParts(path);
  if (head === 'taxYear') return state.taxYear;
  if (head === 'jointReturn' && typeof a === 'string') {
    return state.jointReturn[a as JointReturnField];
  }
  if (head === 'items' && typeof a === 'number' && typeof b === 'string') {
    const item = state.items[a] as unknown as Record<string, unknown> | undefined;
    const v = item?.[b];
    return typeof v === 'string' ? v : undefined;
  }
  if (head === 'debts' && typeof a === 'number' && typeof b === 'string') {
    const debt = state.debts[a] as unknown as Record<string, unknown> | undefined;
    const v = debt?.[b];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

const AMOUNT_FIELDS = new Set(['amount', 'withholding', 'injuredShare', 'selfEmploymentTax']);

/** `AZ and WI` → `Arizona and Wisconsin` (`Arizona y Wisconsin`). */
function stateNames(codes: string): string {
  const names = codes
    .split(/\s*(?:,|and)\s*/)
    .filter(Boolean)
    .map((c) => t.partI.stateName[c as keyof typeof t.partI.stateName] ?? c);
  return joinList(t.lang, names);
}

/** A two-decimal figure of a library message as the page shows money. */
const shown = (amount: string) => money(new Dec(amount.replace(/,/g, '')).toFixed(2));

/**
 * The message of one library issue at its field, in the page's words. `state` is the form the
 * case came from: the typed text of an amount, a date or the year is read from it.
 */
export function explainIssue(issue: InputIssue, state: FormState): Explained {
  const p = t.problems;
  const { path, message } = issue;
  const [head, a, b] = pathParts(path);
  const typed = typedAt(state, path);
  const tooLong = /must be at most ([\d,]+) characters(?:, got ([\d,]+))?/.exec(message);
  const charsOf = (m: RegExpExecArray) => [
    Number((m[2] ?? '0').replace(/,/g, '')),
    Number((m[1] ?? '0').replace(/,/g, '')),
  ];

  switch (head) {
    case 'taxYear':
      return taxYearMessage(typed ?? '', message);
    case 'title':
    case 'source':
      if (tooLong) {
        const [chars = 0, max = 0] = charsOf(tooLong);
        return say('title.tooLong', p.title.tooLong(chars, max));
      }
      break;
    case 'spouses':
      if (b === 'name') {
        if (tooLong) {
          const [chars = 0, max = 0] = charsOf(tooLong);
          return say('name.tooLong', p.name.tooLong(chars, max));
        }
        return a === 'injured'
          ? say('name.injuredMissing', p.name.injuredMissing)
          : say('name.otherMissing', p.name.otherMissing);
      }
      if (b === 'ssn') {
        const ssn = a === 'injured' || a === 'other' ? state.spouses[a].ssn : '';
        return say('ssn', p.ssn(ssn.replace(/\D/g, '').length));
      }
      if (b === 'shownFirst') return say('bothShownFirst', p.bothShownFirst);
      break;
    case 'partI': {
      if (a === 'communityPropertyResident' && /communityProperty block/.test(message)) {
        return say('partI.line5Mismatch', p.partI.line5Mismatch);
      }
      const contradicts = /^answers line (\d) (yes|no), but the items say (yes|no)/.exec(message);
      if (contradicts) {
        return say(
          'partI.contradicts',
          p.partI.contradicts(
            Number(contradicts[1]),
            contradicts[2] as 'yes' | 'no',
            contradicts[3] as 'yes' | 'no',
          ),
        );
      }
      return say('partI.missing', p.partI.missing);
    }
    case 'communityProperty':
      if (a === 'wholeYear') return say('communityProperty.partYear', p.communityProperty.partYear);
      if (a === 'states') {
        const differ = /\((\w\w): [^;]*; (\w\w): /.exec(message);
        if (differ || /different reachable amounts|rules differ/.test(message)) {
          const cp = state.communityProperty?.states ?? [];
          const x = differ?.[1] ?? cp[0] ?? '';
          const y = differ?.[2] ?? cp[1] ?? '';
          return say(
            'communityProperty.statesDiffer',
            p.communityProperty.statesDiffer(stateNames(x), stateNames(y)),
          );
        }
        return say('communityProperty.noState', p.communityProperty.noState);
      }
      break;
    case 'deduction':
      return say('deduction.itemizedNoLines', p.deduction.itemizedNoLines);
    case 'items':
      if (a === undefined) {
        return say(
          'item.tooMany',
          p.item.tooMany(Number(/at most ([\d,]+)/.exec(message)?.[1]?.replace(/,/g, '') ?? 1000)),
        );
      }
      return explainItemIssue(state, a, b, message, typed);
    case 'jointReturn':
      if (a === 'address' || a === 'efileBlockingForms') break;
      if (a === 'earnedIncomeCredit' && /no item gives either spouse earned income/.test(message)) {
        return say(
          'eicWithoutEarnings',
          p.eicWithoutEarnings(shown(state.jointReturn.earnedIncomeCredit || '0')),
        );
      }
      if (typeof a === 'string') {
        return amountMessage(typed ?? '', SIGNED_TOTALS.has(a as JointReturnField));
      }
      break;
    case 'afterFiling': {
      const key = fieldForPath(state, path)?.replace(/^afterFiling\./, '') ?? '';
      const typedHere = (state.afterFiling as unknown as Record<string, unknown>)[key];
      const value = typeof typedHere === 'string' ? typedHere : '';
      if (/Date$/.test(key)) return dateMessage(value);
      if (/Amount$|Refund$|Fee$|^irs(Overpayment|AppliedToTax|Interest)$/.test(key)) {
        return amountMessage(value, false);
      }
      if (/Address$/.test(key)) {
        const lines = /at most (\d+) lines, got (\d+)/.exec(message);
        if (lines) {
          return say(
            'letterAddress.tooManyLines',
            p.letterAddress.tooManyLines(Number(lines[2]), Number(lines[1])),
          );
        }
        if (tooLong) {
          return say(
            'letterAddress.lineTooLong',
            p.letterAddress.lineTooLong(Number((tooLong[1] ?? '0').replace(/,/g, ''))),
          );
        }
        return say('letterAddress.lines', p.letterAddress.lines);
      }
      break;
    }
    case 'form8379':
      return explainFormFact(
        a,
        b,
        message,
        tooLong ? Number((tooLong[1] ?? '0').replace(/,/g, '')) : 0,
      );
    case 'debts':
      if (a === undefined) {
        return say(
          'debt.tooMany',
          p.debt.tooMany(Number(/at most ([\d,]+)/.exec(message)?.[1] ?? 100)),
        );
      }
      if (b === 'type') return say('debt.typeMissing', p.debt.typeMissing);
      if (b === 'amount') return amountMessage(typed ?? '', false);
      if (b === 'arose') {
        const states = /community property state \(([^)]*)\)/.exec(message)?.[1] ?? '';
        return say('debt.aroseNeeded', p.debt.aroseNeeded(stateNames(states)));
      }
      if (b === 'date') return dateMessage(typed ?? '');
      if (b === 'description' && tooLong) {
        const [chars = 0, max = 0] = charsOf(tooLong);
        return say('item.textTooLong', p.item.textTooLong(chars, max));
      }
      break;
  }
  return say('fallback', p.fallback);
}

/** A problem of what the official form asks besides the figures (lines 11 and 12, Part IV). */
function explainFormFact(
  part: string | number | undefined,
  field: string | number | undefined,
  message: string,
  max: number,
): Explained {
  const p = t.problems.formFacts;
  if (/^Part IV is completed only/.test(message)) {
    return say('formFacts.partIVNotAlone', p.partIVNotAlone);
  }
  if (max > 0) return say('formFacts.tooLong', p.tooLong(max));
  if (field === 'phone' || (part === 'phone' && field === undefined)) {
    return say('formFacts.phone', p.phone);
  }
  if (part === 'mailingAddress') {
    if (field === 'state') return say('formFacts.state', p.state);
    if (field === 'zip') return say('formFacts.zip', p.zip);
    if (field === undefined) return say('formFacts.address', p.address);
    return say('formFacts.missing', p.missing);
  }
  if (part === 'preparer') {
    if (field === 'ptin') return say('formFacts.ptin', p.ptin);
    if (field === 'firmEin') return say('formFacts.ein', p.ein);
    if (field === 'name') return say('formFacts.preparerName', p.preparerName);
  }
  return say('fallback', t.problems.fallback);
}

/** An e-file rule the form fails, in the page's words, by the IRS's rule number. */
export function explainEfileRule(id: string, detail: string): Explained {
  const x = t.warnings;
  const credits =
    /line 16 \(a\) is (\d+) but the return's total credits \(Form 1040 line 21\) are (\d+)/.exec(
      detail,
    );
  if (credits) {
    const whole = (n: string) => `$${formatCount(t.lang, Number(n))}`;
    return say(
      'warning.efileCredits',
      x.efileCredits(whole(credits[1] ?? '0'), whole(credits[2] ?? '0')),
    );
  }
  switch (id) {
    case 'F8379-011':
      return say('warning.efileForeign', x.efileForeign);
    case 'F8379-012-01':
      return say('warning.efilePrVi', x.efilePrVi);
    case 'F8379-019-01':
      return say('warning.efileForms', x.efileForms);
    case 'F8379-013':
      return say('warning.efileNotJoint', x.efileNotJoint);
    case 'F8379-003-01':
      return say('warning.efileState', x.efileState);
  }
  return say('warning.efileOther', x.efileOther);
}

function explainItemIssue(
  state: FormState,
  index: string | number,
  field: string | number | undefined,
  message: string,
  typed: string | undefined,
): Explained {
  const p = t.problems;
  const item = typeof index === 'number' ? state.items[index] : undefined;
  const kind = item?.kind ?? '';
  switch (field) {
    case 'spouse':
      if (/belong to the spouse who earned them/.test(message)) {
        return say('item.ownerJointEarned', p.item.ownerJointEarned);
      }
      if (/would claim the child/.test(message)) {
        return say('item.ownerJointDependent', p.item.ownerJointDependent);
      }
      return say('item.ownerMissing', p.item.ownerMissing);
    case 'kind':
      if (/^Schedule 1-A/.test(message))
        return say('item.schedule1A', p.item.schedule1A(state.taxYear));
      if (/need deduction.kind "itemized"/.test(message)) {
        return say('item.itemizedNeedsItemized', p.item.itemizedNeedsItemized);
      }
      break;
    case 'injuredShare': {
      if (/^only a joint item can be split/.test(message)) {
        return say('item.shareNotJoint', p.item.shareNotJoint);
      }
      const between = /^must lie between 0 and the item's amount (-?[\d.]+)/.exec(message);
      if (between) return say('item.shareOutside', p.item.shareOutside(shown(between[1] ?? '0')));
      return amountMessage(typed ?? '', true);
    }
    case 'withholding':
      if (/^a withholding item carries its amount/.test(message)) {
        return say('item.withholdingOnWithholding', p.item.withholdingOnWithholding);
      }
      return amountMessage(typed ?? '', false);
    case 'selfEmploymentTax':
      if (/^only a selfEmployment item carries/.test(message)) {
        return say('item.seTaxNotBusiness', p.item.seTaxNotBusiness);
      }
      return amountMessage(typed ?? '', false);
    case 'amount': {
      const loss = /add up to a loss of ([\d.]+)/.exec(message);
      if (loss) return say('item.capitalLoss', p.item.capitalLoss(shown(loss[1] ?? '0')));
      if (/^must not be negative for a/.test(message)) {
        const title = (t.lines as Record<string, { title: string }>)[kind]?.title ?? '';
        return say('amount.negativeForLine', p.amount.negativeForLine(title));
      }
      return amountMessage(typed ?? '', SIGNED.has(kind));
    }
    case 'character': {
      const states = /the case lists ([A-Z ,and]+?),/.exec(message)?.[1] ?? '';
      return say('item.characterNeeded', p.item.characterNeeded(stateNames(states)));
    }
    case 'jointManagement':
      return say('item.jointManagementSeparate', p.item.jointManagementSeparate);
    case 'description': {
      const tooLong = /must be at most ([\d,]+) characters(?:, got ([\d,]+))?/.exec(message);
      if (tooLong) {
        const num = (s: string | undefined) => Number((s ?? '0').replace(/,/g, ''));
        return say('item.textTooLong', p.item.textTooLong(num(tooLong[2]), num(tooLong[1])));
      }
      break;
    }
  }
  if (field !== undefined && AMOUNT_FIELDS.has(String(field))) {
    return amountMessage(typed ?? '', SIGNED.has(kind));
  }
  return say('fallback', p.fallback);
}

/** The Form 1040 line labels of the totals, by line number ("9" → "total income"). */
const TOTAL_BY_LINE: Record<string, string> = {
  '9': t.totals.labels.totalIncome,
  '11': t.totals.labels.adjustedGrossIncome,
  '15': t.totals.labels.taxableIncome,
  '18': t.totals.labels.incomeTax,
  '21': t.totals.labels.nonrefundableCredits,
  '23': t.totals.labels.otherTaxes,
  '24': t.totals.labels.totalTax,
  '27': t.totals.labels.earnedIncomeCredit,
  '33': t.totals.labels.totalPayments,
  '34': t.totals.labels.overpayment,
};

/** A warning of the result in the page's words, by its code and figures. */
export function explainWarning(w: ResultWarning): Explained {
  const x = t.warnings;
  const f = (name: string) => money(w.figures?.[name] ?? '0');
  switch (w.code) {
    case 'return-figure-mismatch': {
      const line = w.line ?? '';
      const label = (TOTAL_BY_LINE[line] ?? '').replace(/^Line \d+: /, '');
      return say(
        'warning.mismatch',
        x.mismatch(
          line,
          label,
          f('onReturn'),
          f('fromItems'),
          money(absolute(w.figures?.difference)),
        ),
      );
    }
    case 'joint-tax-mismatch':
      return say(
        'warning.jointTax',
        x.jointTax(f('onReturn'), f('fromItems'), money(absolute(w.figures?.difference))),
      );
    case 'overpayment-mismatch':
      return say(
        'warning.overpayment',
        x.overpayment(f('onReturn'), f('fromItems'), money(absolute(w.figures?.difference))),
      );
    case 'credits-above-tax':
      return say('warning.creditsAboveTax', x.creditsAboveTax(f('credits'), f('jointTax')));
    case 'self-employment-tax-missing':
      return say(
        'warning.selfEmploymentTaxMissing',
        x.selfEmploymentTaxMissing(f('selfEmploymentIncome')),
      );
    case 'same-ssn':
      return say('warning.sameSsn', x.sameSsn);
    case 'withholding-above-income':
      return say(
        'warning.withholdingAboveIncome',
        x.withholdingAboveIncome(f('withholding'), f('amount')),
      );
    case 'debt-date-implausible': {
      const later = /later than (\d{4}-\d{2}-\d{2})/.exec(w.message);
      return later
        ? say('warning.debtDateLate', x.debtDateLate(later[1] ?? ''))
        : say('warning.debtDateEarly', x.debtDateEarly);
    }
    case 'community-property-fields-ignored':
      return say('warning.communityMarksIgnored', x.communityMarksIgnored);
    case 'community-property-mark-ignored':
      return say('warning.communityMarkNoEffect', x.communityMarkNoEffect);
    case 'unattributed-overpayment':
      return say(
        'warning.unattributed',
        x.unattributed(money(/^(-?[\d.]+)/.exec(w.message)?.[1] ?? '0')),
      );
    case 'no-overpayment':
      return say('warning.noOverpayment', x.noOverpayment);
    case 'efile-reject': {
      const rule = /IRS e-file rule (F8379-[\d-]+)/.exec(w.message)?.[1] ?? '';
      return explainEfileRule(rule, w.message);
    }
  }
  return say('warning.other', x.other);
}

function absolute(amount: string | undefined): string {
  const a = amount ?? '0';
  return a.startsWith('-') ? a.slice(1) : a;
}
