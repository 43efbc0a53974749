/**
 * The lines of the return an item can come from: one per item kind, in the order of Form 1040
 * and its schedules (docs/case-format.md, "From the return to the case"), so a person can copy the
 * return from top to bottom. Their words are the catalogue's (i18n/en.ts, `lines`).
 */
import type { ItemKind } from '../../src/index.js';
import { t } from './i18n/index.js';

export interface LineGroup {
  /** The item kind of the line's rows. */
  readonly kind: ItemKind;
  /** The line's name. */
  readonly title: string;
  /** Where the figure is on the return. */
  readonly lines: string;
  /** One or two sentences: what to enter and whose it is. */
  readonly help: string;
  /** The word for one row, in its name ("Wages 1"). */
  readonly noun: string;
  /** Income carries the tax withheld from it. */
  readonly withholding: boolean;
}

/** The kinds in the order of the return, and whether each carries withholding. */
const ORDER: readonly (readonly [ItemKind, boolean])[] = [
  ['wages', true],
  ['interest', true],
  ['qualifiedDividends', true],
  ['dividends', true],
  ['pension', true],
  ['socialSecurity', true],
  ['capitalGain', true],
  ['selfEmployment', true],
  ['unemployment', true],
  ['otherIncome', true],
  ['adjustment', false],
  ['itemizedDeduction', false],
  ['qbiDeduction', false],
  ['schedule1ADeduction', false],
  ['childTaxCredit', false],
  ['otherDependentsCredit', false],
  ['childCareCredit', false],
  ['educationCredit', false],
  ['nonrefundableCredit', false],
  ['otherTax', false],
  ['withholding', false],
  ['estimatedPayment', false],
  ['priorYearOverpayment', false],
  ['additionalChildTaxCredit', false],
  ['refundableCredit', false],
];

/** The groups, their words read from the catalogue when asked (the page's language may change). */
export const LINE_GROUPS: readonly LineGroup[] = ORDER.map(([kind, withholding]) => ({
  kind,
  withholding,
  get title() {
    return t.lines[kind].title;
  },
  get lines() {
    return t.lines[kind].lines;
  },
  get help() {
    return t.lines[kind].help;
  },
  get noun() {
    return t.lines[kind].noun;
  },
}));

export function groupOf(kind: ItemKind): LineGroup {
  const group = LINE_GROUPS.find((g) => g.kind === kind);
  if (!group) throw new Error(`no line of the return for the item kind ${kind}`);
  return group;
}

/** The place of a kind in the order of the return. */
export function orderOf(kind: ItemKind): number {
  return ORDER.findIndex(([k]) => k === kind);
}
