import type { ResultWarning } from '../../trace/warnings.js';
import type { Form8379Case } from '../../input/schema.js';
import { Dec, toCents, compareDec } from '../../core/money.js';
import { m } from '../../trace/figures.js';

/** Schedule SE: net earnings from self-employment are 92.35% of the net profit. */
const NET_EARNINGS_FACTOR = new Dec('0.9235');
/** Schedule SE is due when net earnings from self-employment are $400 or more. */
const SE_TAX_THRESHOLD = new Dec(400);

/**
 * A warning for each spouse whose self-employment income owes self-employment tax (net earnings
 * of $400 or more) when the case gives none: no `selfEmploymentTax` on that spouse's
 * selfEmployment items and no `otherTax` item of that spouse that could hold it.
 */
export function selfEmploymentTaxWarnings(c: Form8379Case): ResultWarning[] {
  const warnings: ResultWarning[] = [];
  for (const spouse of ['injured', 'other'] as const) {
    const own = c.items.filter((i) => i.spouse === spouse);
    const se = own.filter((i) => i.kind === 'selfEmployment');
    if (se.length === 0) continue;
    if (se.some((i) => i.selfEmploymentTax !== undefined)) continue;
    if (own.some((i) => i.kind === 'otherTax')) continue;
    const profit = se.reduce((t, i) => t.plus(i.amount), new Dec(0));
    const netEarnings = toCents(profit.times(NET_EARNINGS_FACTOR));
    if (compareDec(netEarnings, SE_TAX_THRESHOLD) < 0) continue;
    const name = c.spouses[spouse].name;
    warnings.push({
      code: 'self-employment-tax-missing',
      line: '23',
      figures: { selfEmploymentIncome: m(profit), netEarnings: m(netEarnings) },
      message: `${name} has self-employment income of ${m(profit)} (net earnings ${m(netEarnings)}, at least 400.00), but the case gives no self-employment tax: give it as "selfEmploymentTax" on the selfEmployment item (Schedule SE; it goes on Form 8379 line 18, and its deductible half on line 14).`,
    });
  }
  return warnings;
}
