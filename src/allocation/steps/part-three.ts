import {
  LINE_OF_KIND,
  PART_III_LABELS,
  PART_III_LINE_IDS,
  itemLabel,
  type PartIIILineId,
} from '../../trace/form.js';
import type { LineEntry } from '../../trace/line-entry.js';
import { Dec, ZERO, addDec, maxDec, toCents, subDec } from '../../core/money.js';
import type { TaxYearParameters } from '../../law/parameters/types.js';
import type { CaseItem, Form8379Case, ItemKind } from '../../input/schema.js';

/** Payments that, held jointly without an agreed split, are divided by the tax ratio (R-ES-SPLIT). */
export const JOINT_PAYMENT_KINDS: ReadonlySet<ItemKind> = new Set([
  'estimatedPayment',
  'priorYearOverpayment',
]);

/** A Part III line: column (a) = (b) + (c). */
export interface PartIIILine {
  readonly line: PartIIILineId;
  readonly label: string;
  readonly total: Dec;
  readonly injured: Dec;
  readonly other: Dec;
  readonly entries: readonly LineEntry[];
}

/** The figures of one spouse that the later steps use, summed from the allocated items. */
export interface SpouseFigures {
  readonly wages: Dec;
  readonly selfEmployment: Dec;
  /** Lines 13a + 13b. */
  readonly income: Dec;
  readonly qualifiedDividends: Dec;
  /** Net capital gain or loss (Form 1040 line 7), at its joint-return amount. */
  readonly capitalGain: Dec;
  /** Qualified dividends plus the net capital gain above 0 (taxed by the capital gain worksheet). */
  readonly preferentialIncome: Dec;
  readonly adjustments: Dec;
  /** Line 15, including any Schedule 1-A deductions. */
  readonly deduction: Dec;
  readonly schedule1A: Dec;
  readonly nonrefundableCredits: Dec;
  /** Line 17, including the additional child tax credit. */
  readonly refundableCredits: Dec;
  readonly additionalChildTaxCredit: Dec;
  readonly otherTaxes: Dec;
  readonly withholding: Dec;
  /** Estimated payments of this spouse alone plus joint ones split by agreement. */
  readonly estimatedPayments: Dec;
}

export interface StandardDeductionSplit {
  readonly basicTotal: Dec;
  readonly additionalPerBox: Dec;
  readonly injuredBoxes: number;
  readonly otherBoxes: number;
  readonly injured: Dec;
  readonly other: Dec;
}

/** Part III before the joint estimated payments without an agreed split are divided. */
export interface ItemAllocation {
  readonly entries: Readonly<Record<PartIIILineId, readonly LineEntry[]>>;
  readonly injured: SpouseFigures;
  readonly other: SpouseFigures;
  /** Joint estimated payments with no agreed split: divided later by R-ES-SPLIT. */
  readonly unsplitJointEstimated: Dec;
  readonly unsplitJointEstimatedItems: readonly number[];
  readonly standardDeduction: StandardDeductionSplit | null;
}

interface Split {
  readonly injured: Dec;
  readonly other: Dec;
}

/** Splits an item's amount between the spouses: owner takes all; joint as agreed or equally. */
function splitItem(item: CaseItem, amount: Dec): Split {
  if (item.spouse === 'injured') return { injured: amount, other: ZERO };
  if (item.spouse === 'other') return { injured: ZERO, other: amount };
  const injured =
    item.injuredShare !== undefined ? new Dec(item.injuredShare) : toCents(amount.dividedBy(2));
  return { injured, other: subDec(amount, injured) };
}

/** Withholding on a joint item follows the item's split (agreed share or half). */
function splitWithholding(item: CaseItem, withholding: Dec): Split {
  if (item.spouse !== 'joint' || item.injuredShare === undefined)
    return splitItem(item, withholding);
  const amount = new Dec(item.amount);
  if (amount.isZero())
    return { injured: toCents(withholding.dividedBy(2)), other: toCents(withholding.dividedBy(2)) };
  const injured = toCents(withholding.times(item.injuredShare).dividedBy(amount));
  return { injured, other: subDec(withholding, injured) };
}

function boxes(spouse: { age65OrOlder: boolean; blind: boolean }): number {
  return (spouse.age65OrOlder ? 1 : 0) + (spouse.blind ? 1 : 0);
}

/** R-ALLOC-ITEM and R-STD-DED: every item of the case to a Part III line and a spouse. */
export function allocateItems(c: Form8379Case, params: TaxYearParameters): ItemAllocation {
  const entries: Record<PartIIILineId, LineEntry[]> = {
    '13a': [],
    '13b': [],
    '14': [],
    '15': [],
    '16': [],
    '17': [],
    '18': [],
    '19': [],
    '20': [],
  };
  const acc = {
    injured: emptyFigures(),
    other: emptyFigures(),
  };
  let unsplitJointEstimated = ZERO;
  const unsplitJointEstimatedItems: number[] = [];

  c.items.forEach((item, index) => {
    const amount = new Dec(item.amount);
    const label = itemLabel(item, index);
    if (
      JOINT_PAYMENT_KINDS.has(item.kind) &&
      item.spouse === 'joint' &&
      item.injuredShare === undefined
    ) {
      unsplitJointEstimated = addDec(unsplitJointEstimated, amount);
      unsplitJointEstimatedItems.push(index);
    } else {
      const split = splitItem(item, amount);
      entries[LINE_OF_KIND[item.kind]].push({
        source: label,
        itemIndex: index,
        rule: 'R-ALLOC-ITEM',
        how: howSplit(item),
        ...split,
      });
      addToFigures(acc.injured, item.kind, split.injured);
      addToFigures(acc.other, item.kind, split.other);
    }
    if (item.withholding !== undefined) {
      const w = splitWithholding(item, new Dec(item.withholding));
      entries['19'].push({
        source: `withholding on ${label}`,
        itemIndex: index,
        rule: 'R-ALLOC-ITEM',
        how:
          item.spouse === 'joint' && item.injuredShare !== undefined
            ? 'in proportion to the agreed split of the item'
            : howSplit(item),
        ...w,
      });
      acc.injured.withholding = addDec(acc.injured.withholding, w.injured);
      acc.other.withholding = addDec(acc.other.withholding, w.other);
    }
    if (item.selfEmploymentTax !== undefined) {
      // Schedule SE: the tax goes to line 18 and its deductible half (Schedule 1 line 15) to
      // line 14, both to the spouse with the self-employment income (R-SE-TAX).
      const seTax = new Dec(item.selfEmploymentTax);
      const half = toCents(seTax.dividedBy(2));
      const tax = splitItem(item, seTax);
      const deductible = splitItem(item, half);
      entries['18'].push({
        source: `self-employment tax on ${label}`,
        itemIndex: index,
        rule: 'R-SE-TAX',
        how: howSplit(item),
        ...tax,
      });
      entries['14'].push({
        source: `deductible part of self-employment tax on ${label}`,
        itemIndex: index,
        rule: 'R-SE-TAX',
        how: `half of ${seTax.toFixed(2)}, rounded to the cent; ${howSplit(item)}`,
        ...deductible,
      });
      acc.injured.otherTaxes = addDec(acc.injured.otherTaxes, tax.injured);
      acc.other.otherTaxes = addDec(acc.other.otherTaxes, tax.other);
      acc.injured.adjustments = addDec(acc.injured.adjustments, deductible.injured);
      acc.other.adjustments = addDec(acc.other.adjustments, deductible.other);
    }
  });
  for (const f of [acc.injured, acc.other]) {
    f.preferentialIncome = addDec(f.qualifiedDividends, maxDec(f.capitalGain, ZERO));
  }

  let standardDeduction: StandardDeductionSplit | null = null;
  if (c.deduction.kind === 'standard') {
    const basicTotal = new Dec(params.standardDeductionBasic.MFJ);
    const perBox = new Dec(params.additionalStandardDeductionMarried);
    const injuredBoxes = boxes(c.spouses.injured);
    const otherBoxes = boxes(c.spouses.other);
    const halfBasic = toCents(basicTotal.dividedBy(2));
    const injured = addDec(halfBasic, perBox.times(injuredBoxes));
    const other = addDec(subDec(basicTotal, halfBasic), perBox.times(otherBoxes));
    standardDeduction = {
      basicTotal,
      additionalPerBox: perBox,
      injuredBoxes,
      otherBoxes,
      injured,
      other,
    };
    entries['15'].unshift({
      source: 'standard deduction',
      itemIndex: null,
      rule: 'R-STD-DED',
      how: `basic ${basicTotal.toFixed(2)} split equally; ${perBox.toFixed(2)} per box: injured ${injuredBoxes}, other ${otherBoxes}`,
      injured,
      other,
    });
    acc.injured.deduction = addDec(acc.injured.deduction, injured);
    acc.other.deduction = addDec(acc.other.deduction, other);
  }

  return {
    entries,
    injured: acc.injured,
    other: acc.other,
    unsplitJointEstimated,
    unsplitJointEstimatedItems,
    standardDeduction,
  };
}

type MutableFigures = { -readonly [K in keyof SpouseFigures]: Dec };

function emptyFigures(): MutableFigures {
  return {
    wages: ZERO,
    selfEmployment: ZERO,
    income: ZERO,
    qualifiedDividends: ZERO,
    capitalGain: ZERO,
    preferentialIncome: ZERO,
    adjustments: ZERO,
    deduction: ZERO,
    schedule1A: ZERO,
    nonrefundableCredits: ZERO,
    refundableCredits: ZERO,
    additionalChildTaxCredit: ZERO,
    otherTaxes: ZERO,
    withholding: ZERO,
    estimatedPayments: ZERO,
  };
}

function addToFigures(f: MutableFigures, kind: ItemKind, amount: Dec): void {
  // Adding 0 leaves every figure as it is (they start at +0, which 0 or -0 added keeps).
  if (amount.isZero()) return;
  switch (LINE_OF_KIND[kind]) {
    case '13a':
    case '13b':
      f.income = addDec(f.income, amount);
      break;
    case '14':
      f.adjustments = addDec(f.adjustments, amount);
      break;
    case '15':
      f.deduction = addDec(f.deduction, amount);
      break;
    case '16':
      f.nonrefundableCredits = addDec(f.nonrefundableCredits, amount);
      break;
    case '17':
      f.refundableCredits = addDec(f.refundableCredits, amount);
      break;
    case '18':
      f.otherTaxes = addDec(f.otherTaxes, amount);
      break;
    case '19':
      f.withholding = addDec(f.withholding, amount);
      break;
    case '20':
      f.estimatedPayments = addDec(f.estimatedPayments, amount);
      break;
  }
  if (kind === 'wages') f.wages = addDec(f.wages, amount);
  if (kind === 'selfEmployment') f.selfEmployment = addDec(f.selfEmployment, amount);
  if (kind === 'qualifiedDividends') f.qualifiedDividends = addDec(f.qualifiedDividends, amount);
  if (kind === 'capitalGain') f.capitalGain = addDec(f.capitalGain, amount);
  if (kind === 'additionalChildTaxCredit') {
    f.additionalChildTaxCredit = addDec(f.additionalChildTaxCredit, amount);
  }
  if (kind === 'schedule1ADeduction') f.schedule1A = addDec(f.schedule1A, amount);
}

function howSplit(item: CaseItem): string {
  if (item.spouse === 'injured') return 'all to the injured spouse';
  if (item.spouse === 'other') return 'all to the other spouse';
  return item.injuredShare !== undefined
    ? 'joint: split as agreed (injuredShare)'
    : 'joint: split equally';
}

/**
 * Builds the final Part III lines from the items' entries and the computed ones (the joint
 * payments divided by R-ES-SPLIT on line 20, the R-CREDIT-LIMIT reduction on line 16).
 */
export function buildPartIIILines(
  entries: Readonly<Record<PartIIILineId, readonly LineEntry[]>>,
  computed: Readonly<Partial<Record<PartIIILineId, readonly LineEntry[]>>>,
): PartIIILine[] {
  return PART_III_LINE_IDS.map((line) => {
    const extra = computed[line];
    const list = extra && extra.length > 0 ? [...entries[line], ...extra] : entries[line];
    let injured = ZERO;
    let other = ZERO;
    for (const e of list) {
      injured = addDec(injured, e.injured);
      other = addDec(other, e.other);
    }
    return {
      line,
      label: PART_III_LABELS[line],
      total: addDec(injured, other),
      injured,
      other,
      entries: list,
    };
  });
}
