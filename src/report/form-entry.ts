/**
 * "Enter on Form 8379", for the preparer: the Part I answers, the Part II names and the Part III
 * lines as the form lays them out, in whole dollars.
 *
 * The form allows whole dollars (Form 1040 instructions, "Rounding off to whole dollars": drop
 * amounts under 50 cents, raise amounts from 50 to 99 cents). Rounding both spouses' columns on
 * their own can break (a) = (b) + (c) by a dollar (10.50 + 10.50 is 21, but 11 + 11 is 22), so
 * column (a), the figure on the joint return, and column (b) are rounded, and column (c) is
 * (a) - (b). Rounding is monotone, so (c) keeps the sign it had in cents.
 */
import type { AllocationResult } from '../pipeline/result.js';
import type {
  WorksheetFormEntry,
  WorksheetHeader,
  WorksheetPartI,
  WorksheetPartIII,
  WorksheetWholeDollarLine,
} from './model.js';

/** The rule for cents, as printed under the table. */
export const WHOLE_DOLLAR_ROUNDING =
  'Whole dollars: in columns (a) and (b) cents under 50 are dropped and 50 to 99 cents go up a dollar; column (c) is (a) minus (b), so (a) = (b) + (c) on every line.';

/**
 * A canonical money string ("-1234.50") as whole cents. Exact: every amount is below one
 * trillion dollars (src/input/money.ts), so its cents are an integer below 2^53.
 */
function cents(amount: string): number {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

/** Whole cents rounded half-up to whole dollars (50 cents and more away from zero). */
function dollars(c: number): number {
  const rounded = Math.floor((Math.abs(c) + 50) / 100);
  return c < 0 ? -rounded : rounded;
}

/** Whole dollars as the model's canonical string ("52200", "-3000"; never "-0"). */
function whole(d: number): string {
  return d === 0 ? '0' : String(d);
}

/** Part III in whole dollars, (a) = (b) + (c) on every line. */
export function wholeDollarLines(partIII: WorksheetPartIII): WorksheetWholeDollarLine[] {
  return partIII.lines.map((l) => {
    const total = dollars(cents(l.total));
    const injured = dollars(cents(l.injured));
    const other = total - injured;
    return {
      line: l.line,
      label: l.label,
      total: whole(total),
      injured: whole(injured),
      other: whole(other),
      // (c) differs from its own cents rounded: the dollar that keeps (a) = (b) + (c).
      adjusted: dollars(cents(l.other)) !== other,
    };
  });
}

/** Builds the preparer's part. */
export function buildFormEntry(
  result: AllocationResult,
  header: WorksheetHeader,
  partI: WorksheetPartI,
  partIII: WorksheetPartIII,
): WorksheetFormEntry {
  const lines = wholeDollarLines(partIII);
  const adjusted = lines.filter((l) => l.adjusted).map((l) => l.line);
  return {
    applies: result.eligibility.qualifies,
    formRevision: result.formRevision,
    partI: partI.steps.map((s) => ({ line: s.line, question: s.question, answer: s.answer })),
    partII: header.spouses.map((s) => ({
      order: s.shownFirst ? 'first' : 'second',
      name: s.name,
      ssn: s.ssn,
      injured: s.isInjured,
    })),
    partIINote:
      "Line 10: names and SSNs exactly as on the joint return, in its order, with the injured spouse's box checked. Lines 11 and 12 (refund in one name if divorced or separated; a different address) depend on facts the case does not hold.",
    partIII: lines,
    rounding:
      WHOLE_DOLLAR_ROUNDING +
      (adjusted.length > 0
        ? ` On line${adjusted.length > 1 ? 's' : ''} ${adjusted.join(', ')}, (c) is a dollar away from its own cents rounded for that reason.`
        : ''),
  };
}
