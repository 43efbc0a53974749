import { Dec, ZERO, addDec } from '../../core/money.js';
import type { PerSpouse, SpouseKey } from '../../core/per-spouse.js';
import type { Form8379Case } from '../../input/schema.js';
import type { RuleId } from '../../law/rules.js';
import { money } from '../../trace/figures.js';
import type { LineEntry } from '../../trace/line-entry.js';
import type { Traced } from '../../trace/traced.js';
import type { ItemAllocation, SpouseFigures } from './part-three.js';
import { splitEic, splitJointEstimated, type EicSplit } from './shares.js';

/** What each spouse paid in and the taxes beside the income tax (Part III lines 17-20, 18). */
export interface PaymentStep {
  readonly otherTaxes: PerSpouse<Traced>;
  readonly withholding: PerSpouse<Traced>;
  /** R-ES-SPLIT, when joint estimated payments had no agreed split. */
  readonly estimatedSplit: PerSpouse<Traced> | null;
  /** The line 20 entry of that split. */
  readonly estimatedSplitEntries: readonly LineEntry[];
  readonly estimatedPayments: PerSpouse<Traced>;
  /** The EIC on the joint return (0 when the case gives none). */
  readonly eicTotal: Dec;
  readonly eic: EicSplit;
  readonly refundableCredits: PerSpouse<Traced>;
  readonly figures: readonly Traced[];
}

/** R-OTHER-TAXES, R-ALLOC-ITEM (withholding, refundable credits), R-ES-SPLIT and R-EIC-SPLIT. */
export function allocatePayments(
  c: Form8379Case,
  items: ItemAllocation,
  ratio: Traced,
  ratioDecimals: number,
): PaymentStep {
  const fig = { injured: items.injured, other: items.other };
  const otherTaxes = perSpouseMoney(
    'otherTaxes',
    'Other taxes (line 18)',
    'R-OTHER-TAXES',
    fig,
    (f) => f.otherTaxes,
    'other taxes allocated to the spouse they arise from (line 18)',
  );
  const withholding = perSpouseMoney(
    'withholding',
    'Federal income tax withheld (line 19)',
    'R-ALLOC-ITEM',
    fig,
    (f) => f.withholding,
    "withholding from the spouse's own Forms W-2, W-2G and 1099 (line 19)",
  );
  const figures: Traced[] = [
    otherTaxes.injured,
    otherTaxes.other,
    withholding.injured,
    withholding.other,
  ];

  let estimatedSplit: PerSpouse<Traced> | null = null;
  const estimatedSplitEntries: LineEntry[] = [];
  if (items.unsplitJointEstimatedItems.length > 0) {
    const split = splitJointEstimated(items.unsplitJointEstimated, ratio, ratioDecimals);
    estimatedSplit = split;
    figures.push(split.injured, split.other);
    estimatedSplitEntries.push({
      source: `joint estimated payments (${items.unsplitJointEstimatedItems.map((i) => `items[${i}]`).join(', ')}) split by R-ES-SPLIT`,
      itemIndex: items.unsplitJointEstimatedItems[0] ?? null,
      rule: 'R-ES-SPLIT',
      how: 'no agreed split: by the tax ratio',
      injured: split.injured.amount,
      other: split.other.amount,
    });
  }
  const estimatedPayments = perSpouseMoney(
    'estimatedPayments',
    'Estimated payments (line 20)',
    'R-ES-SPLIT',
    fig,
    (f, k) => addDec(f.estimatedPayments, estimatedSplit ? estimatedSplit[k].amount : ZERO),
    "the spouse's own estimated payments + agreed shares of joint ones + R-ES-SPLIT part (line 20)",
  );
  figures.push(estimatedPayments.injured, estimatedPayments.other);

  const eicTotal = new Dec(c.jointReturn.earnedIncomeCredit ?? '0');
  const eic = splitEic(eicTotal, fig, ratioDecimals);
  figures.push(eic.ratio, eic.injured, eic.other);
  const refundableCredits = perSpouseMoney(
    'refundableCredits',
    'Refundable credits (line 17)',
    'R-ALLOC-ITEM',
    fig,
    (f) => f.refundableCredits,
    'refundable credits other than the EIC allocated to the spouse (line 17)',
  );
  figures.push(refundableCredits.injured, refundableCredits.other);
  return {
    otherTaxes,
    withholding,
    estimatedSplit,
    estimatedSplitEntries,
    estimatedPayments,
    eicTotal,
    eic,
    refundableCredits,
    figures,
  };
}

function perSpouseMoney(
  key: string,
  label: string,
  rule: RuleId,
  fig: PerSpouse<SpouseFigures>,
  pick: (f: SpouseFigures, k: SpouseKey) => Dec,
  formula: string,
): PerSpouse<Traced> {
  const one = (k: SpouseKey) =>
    money(
      `${key}.${k}`,
      `${label}, ${k === 'injured' ? 'injured' : 'other'} spouse`,
      rule,
      pick(fig[k], k),
      formula,
    );
  return { injured: one('injured'), other: one('other') };
}
