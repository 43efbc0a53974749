import { Dec, ZERO, minDec, addDec, compareDec, subDec } from '../core/money.js';
import type { RateBracket } from '../law/parameters/types.js';

interface ParsedBracket {
  readonly rate: Dec;
  readonly over: Dec;
  readonly notOver: Dec | null;
  /** Tax on all income up to `over`, so a lookup needs one multiplication, not a loop. */
  readonly taxAtOver: Dec;
  readonly source: RateBracket;
}

// Parsing the yearly strings is most of the cost of a tax computation; parse each schedule once.
const parsedSchedules = new WeakMap<readonly RateBracket[], readonly ParsedBracket[]>();

function parsed(brackets: readonly RateBracket[]): readonly ParsedBracket[] {
  let list = parsedSchedules.get(brackets);
  if (!list) {
    let taxAtOver = ZERO;
    const out: ParsedBracket[] = [];
    for (const b of brackets) {
      const rate = new Dec(b.rate);
      const over = new Dec(b.over);
      const notOver = b.notOver === null ? null : new Dec(b.notOver);
      out.push({ rate, over, notOver, taxAtOver, source: b });
      if (notOver) taxAtOver = addDec(taxAtOver, subDec(notOver, over).times(rate));
    }
    list = out;
    parsedSchedules.set(brackets, list);
  }
  return list;
}

function parsedBracketFor(income: Dec, brackets: readonly RateBracket[]): ParsedBracket | null {
  let found: ParsedBracket | null = null;
  for (const b of parsed(brackets)) {
    if (compareDec(income, b.over) <= 0) break;
    found = b;
  }
  return found;
}

/** Exact rate-schedule tax on `income` (unrounded), bracket by bracket. */
export function rateScheduleTax(income: Dec, brackets: readonly RateBracket[]): Dec {
  const b = parsedBracketFor(income, brackets);
  if (!b) return ZERO;
  const top = b.notOver === null ? income : minDec(income, b.notOver);
  return addDec(b.taxAtOver, subDec(top, b.over).times(b.rate));
}

/** The bracket `income` falls in (for showing the marginal rate on the worksheet). */
export function bracketFor(income: Dec, brackets: readonly RateBracket[]): RateBracket {
  for (const b of brackets) {
    if (b.notOver === null || income.lessThanOrEqualTo(b.notOver)) return b;
  }
  return brackets[brackets.length - 1] as RateBracket;
}

/** The rate and lower bound of the bracket `income` falls in, as decimals. */
export function bracketFigures(
  income: Dec,
  brackets: readonly RateBracket[],
): { rate: Dec; over: Dec } {
  const source = bracketFor(income, brackets);
  const b = parsed(brackets).find((p) => p.source === source);
  return b
    ? { rate: b.rate, over: b.over }
    : { rate: new Dec(source.rate), over: new Dec(source.over) };
}
