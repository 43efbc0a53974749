import { ZERO, clampDec, maxDec, minDec, type Dec, subDec } from '../../core/money.js';
import type { Distribution, OrderedDebt } from '../../trace/distribution.js';
import { m, money } from '../../trace/figures.js';
import type { ResultWarning } from '../../trace/warnings.js';
import type { Form8379Case } from '../../input/schema.js';
import { offsetStep, totalOffsetFigure } from './offsets.js';
import type { DistributionInput, DistributionOutcome, DistributionStrategy } from './strategy.js';

/**
 * The distribution outside community property states: what the injured spouse put in is theirs
 * (R-IS-REFUND), the rest pays the other spouse's debts in order (R-OFFSET-ORDER).
 */
export const separatePropertyStrategy: DistributionStrategy<null> = Object.freeze({
  id: 'separate-property',
  rules: Object.freeze(['R-IS-REFUND', 'R-OFFSET-ORDER'] as const),
  distribute(input: DistributionInput): DistributionOutcome<null> {
    return {
      distribution: distributeSeparateProperty(
        input.jointOverpayment,
        input.contribution.injured.amount,
        input.eligible,
        input.debts,
      ),
      details: null,
      figures: [],
      assumptions: [
        {
          id: 'A-REFUND-CLAMP',
          rule: 'R-IS-REFUND',
          option: null,
          value: null,
          alternatives: [],
          text: "The injured spouse's refund is the injured contribution, not below 0 and not above the joint overpayment.",
        },
      ],
      warnings: ignoredCommunityPropertyFields(input.case),
    };
  },
});

/** Item fields that only a community property computation reads, named so nobody relies on them. */
function ignoredCommunityPropertyFields(c: Form8379Case): ResultWarning[] {
  const marked: string[] = [];
  c.items.forEach((item, i) => {
    for (const field of ['character', 'fromSeparateProperty', 'jointManagement'] as const) {
      if (item[field] !== undefined) marked.push(`items[${i}].${field}`);
    }
  });
  if (marked.length === 0) return [];
  return [
    {
      code: 'community-property-fields-ignored',
      message: `${marked.join(', ')} only matter in a community property state; this case has no communityProperty block, so they are ignored.`,
    },
  ];
}

/**
 * R-IS-REFUND and R-OFFSET-ORDER outside community property states: the injured spouse gets
 * their contribution (clamped to 0 .. overpayment); the rest pays the other spouse's debts in
 * order and what is left is refunded to the other spouse.
 */
function distributeSeparateProperty(
  jointOverpayment: Dec,
  injuredContribution: Dec,
  eligible: boolean,
  debts: readonly OrderedDebt[],
): Distribution {
  const available = maxDec(jointOverpayment, ZERO);
  const share = eligible ? clampDec(injuredContribution, ZERO, available) : ZERO;
  const injuredShare = money(
    'injuredShare',
    'Injured spouse share of the overpayment',
    'R-IS-REFUND',
    share,
    eligible
      ? 'injured contribution, not below 0 and not above the joint overpayment [A for the clamps]'
      : 'Part I stops: no injured spouse claim, so no share is set aside',
    () => ({
      'injured contribution': m(injuredContribution),
      'joint overpayment': m(jointOverpayment),
    }),
  );
  let remaining = subDec(available, share);
  const offsets = debts.map((d) => {
    const amount = minDec(d.balance, remaining);
    const before = remaining;
    remaining = subDec(remaining, amount);
    return offsetStep(
      d,
      amount,
      "min(debt balance, what is left of the other spouse's portion)",
      () => ({
        'debt balance': m(d.balance),
        "left of the other spouse's portion": m(before),
      }),
      null,
    );
  });
  const totalOffset = totalOffsetFigure(offsets);
  return {
    injuredShare,
    offsets,
    totalOffset,
    injuredRefund: money(
      'injuredRefund',
      'Refund to the injured spouse',
      'R-IS-REFUND',
      share,
      "injured spouse share (nothing of it can be offset for the other spouse's debts)",
      () => ({ 'injured spouse share': m(share) }),
    ),
    otherRefund: money(
      'otherRefund',
      'Refund to the other spouse',
      'R-OFFSET-ORDER',
      remaining,
      'joint overpayment - injured spouse refund - offsets, not below 0',
      () => ({
        'joint overpayment': m(available),
        'injured spouse refund': m(share),
        'total offset': m(totalOffset.amount),
      }),
    ),
  };
}
