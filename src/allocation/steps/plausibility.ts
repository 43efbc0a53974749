import { DEBT_LABELS, LINE_OF_KIND } from '../../trace/form.js';
import type { ResultWarning } from '../../trace/warnings.js';
import { ITEM_KINDS, type CaseItem, type Form8379Case } from '../../input/schema.js';
import { Dec, compareDec } from '../../core/money.js';
import { m } from '../../trace/figures.js';

/** Kinds whose `withholding` comes out of the item's own amount: the income lines 13a and 13b. */
const INCOME_KINDS: ReadonlySet<CaseItem['kind']> = new Set(
  ITEM_KINDS.filter((kind) => LINE_OF_KIND[kind] === '13a' || LINE_OF_KIND[kind] === '13b'),
);

const KIND_WORDS: Partial<Record<CaseItem['kind'], string>> = {
  wages: 'wages',
  selfEmployment: 'self-employment income',
  interest: 'interest',
  dividends: 'dividends',
  qualifiedDividends: 'qualified dividends',
  capitalGain: 'capital gain',
  unemployment: 'unemployment compensation',
  pension: 'pension or IRA distribution',
  socialSecurity: 'social security benefits',
  otherIncome: 'other income',
};

/** The earliest debt date taken as real: anything before is almost surely a typing slip. */
const EARLIEST_DEBT_DATE = '1900-01-01';

/**
 * The last day a claim for this return can be made: 3 years after its due date (April 15 of the
 * next year), the longer of the Form 8379 claim windows. A debt dated later cannot have taken
 * this return's refund.
 */
export function claimWindowEnd(taxYear: number): string {
  return `${taxYear + 4}-04-15`;
}

/**
 * Warnings for figures that are valid but implausible, each naming the field (`path`) and what
 * was read: the same SSN for both spouses, withholding larger than the income it was withheld
 * from, a debt dated before 1900 or after this return's claim window.
 */
export function plausibilityWarnings(c: Form8379Case): ResultWarning[] {
  const warnings: ResultWarning[] = [];
  const digits = (ssn: string | undefined) => ssn?.replace(/-/g, '');
  const injuredSsn = digits(c.spouses.injured.ssn);
  if (injuredSsn !== undefined && injuredSsn === digits(c.spouses.other.ssn)) {
    warnings.push({
      code: 'same-ssn',
      path: 'spouses.other.ssn',
      message: `Both spouses have the same SSN (ending ${injuredSsn.slice(-4)}): check both against the joint return.`,
    });
  }
  c.items.forEach((item, i) => {
    if (item.withholding === undefined || !INCOME_KINDS.has(item.kind)) return;
    const withheld = new Dec(item.withholding);
    const amount = new Dec(item.amount);
    if (compareDec(withheld, Dec.max(amount, 0)) <= 0) return;
    const owner = item.spouse === 'joint' ? 'The joint' : `${c.spouses[item.spouse].name}'s`;
    warnings.push({
      code: 'withholding-above-income',
      path: `items[${i}].withholding`,
      figures: { withholding: m(withheld), amount: m(amount) },
      message: `${owner} ${KIND_WORDS[item.kind] ?? item.kind}${item.description ? ` (${item.description})` : ''} of ${m(amount)} shows ${m(withheld)} of tax withheld, more than the income it was withheld from: check both figures (Form W-2 boxes 1 and 2, or the Form 1099).`,
    });
  });
  const latest = claimWindowEnd(c.taxYear);
  c.debts.forEach((debt, i) => {
    if (debt.date === undefined) return;
    const what = `The ${DEBT_LABELS[debt.type].toLowerCase()}${debt.description ? ` (${debt.description})` : ''} dated ${debt.date}`;
    if (debt.date < EARLIEST_DEBT_DATE) {
      warnings.push({
        code: 'debt-date-implausible',
        path: `debts[${i}].date`,
        message: `${what} is before 1900: check the date.`,
      });
    } else if (debt.date > latest) {
      warnings.push({
        code: 'debt-date-implausible',
        path: `debts[${i}].date`,
        message: `${what} is later than ${latest}, the end of the claim window for this ${c.taxYear} return (3 years after its due date): a debt that arose later cannot have taken this refund; check the date and the tax year.`,
      });
    }
  });
  return warnings;
}
