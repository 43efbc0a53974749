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
import { Dec, toWholeDollars } from '../core/money.js';
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

/** `Dec` whole dollars as the model's canonical string ("52200", "-3000"). */
function whole(d: Dec): string {
  const s = d.toFixed(0);
  return s === '-0' ? '0' : s;
}

/** Part III in whole dollars, (a) = (b) + (c) on every line. */
export function wholeDollarLines(partIII: WorksheetPartIII): WorksheetWholeDollarLine[] {
  return partIII.lines.map((l) => {
    const total = toWholeDollars(decimal(l.total));
    const injured = toWholeDollars(decimal(l.injured));
    const other = total.minus(injured);
    return {
      line: l.line,
      label: l.label,
      total: whole(total),
      injured: whole(injured),
      other: whole(other),
      // (c) differs from its own cents rounded: the dollar that keeps (a) = (b) + (c).
      adjusted: !toWholeDollars(decimal(l.other)).equals(other),
    };
  });
}

/** The model's money strings are exact decimals; Dec reads them without loss. */
function decimal(s: string): Dec {
  return new Dec(s);
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
