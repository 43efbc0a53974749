import type { DistributionInput, DistributionOutcome } from '../allocation/index.js';
import { InvalidCaseError } from '../core/errors.js';
import { HALF, toCents, addDec } from '../core/money.js';
import { m, money } from '../trace/figures.js';
import { communityPropertyAssumptions } from './assumptions.js';
import { attribute, reachFigures } from './attribution.js';
import { characterizeItems } from './character.js';
import { distributeCommunityProperty } from './distribute.js';
import { explain } from './explanation.js';
import { checkDebtDates, type Jurisdiction } from './jurisdiction.js';
import type { CommunityPropertyOptions } from './rule-options.js';
import { reachableFor } from './reach.js';
import type { CommunityPropertyResult } from './types.js';

/**
 * Method.md section 6: characterizes the items, splits each contribution into separate and
 * community parts, finds how far each debt reaches under the state rule and nets the offsets.
 * Throws `InvalidCaseError` (a federal tax debt without `arose`; an item whose character the
 * listed states disagree on). The jurisdiction (and its `UnsupportedCaseError`s) is resolved
 * before, when the pipeline picks the strategy.
 */
export function allocateCommunityProperty(
  x: DistributionInput,
  jurisdiction: Jurisdiction,
  netting: CommunityPropertyOptions['communityPropertyNetting'],
): DistributionOutcome<CommunityPropertyResult> {
  const c = x.case;
  const { states } = jurisdiction;

  const dateIssues = checkDebtDates(c.debts, states);
  const characters = characterizeItems(c.items, states);
  const issues = [...dateIssues, ...characters.issues];
  if (issues.length > 0) throw new InvalidCaseError(issues);

  // N_jm only exists where joint management changes the reach: Texas, with a marked item.
  const jointManagement = characters.items.some((i) => i.jointManagement);
  // Listed field by field: spreading the 15 fields of `x` into a new object was a tenth of a
  // community property allocation.
  const attribution = attribute({
    items: c.items,
    characters: characters.byIndex,
    entries: x.entries,
    unsplitJointEstimatedItems: x.unsplitJointEstimatedItems,
    taxRatio: x.taxRatio,
    withholding: x.withholding,
    estimatedPayments: x.estimatedPayments,
    refundableCredits: x.refundableCredits,
    eic: x.eic,
    netTax: x.netTax,
    otherTaxes: x.otherTaxes,
    contribution: x.contribution,
    ratioDecimals: x.ratioDecimals,
    jointManagementApplies: jointManagement,
  });
  const figures = reachFigures(attribution);

  const injuredShare = money(
    'communityProperty.injuredShare',
    'Injured spouse share under community property law (S_i + C/2)',
    'R-CP-SHARE',
    toCents(addDec(figures.separateInjured, figures.community.times(HALF))),
    'S_i + C/2, rounded to the cent half-up [A]',
    () => ({ S_i: m(figures.separateInjured), C: m(figures.community) }),
  );

  const reaches = x.debts.map((debt) => ({
    debt,
    reach: reachableFor(debt, jurisdiction, figures),
  }));
  const distribution = distributeCommunityProperty({
    jointOverpayment: x.jointOverpayment,
    eligible: x.eligible,
    injuredShare,
    debts: reaches,
    netting,
  });
  const debts = reaches.map((r) => r.reach);

  const result: CommunityPropertyResult = {
    states,
    ruleGroup: jurisdiction.rule.name,
    userRule: jurisdiction.userRule,
    characterization: characters.items,
    attribution: {
      separateInjured: attribution.separateInjured,
      separateOther: attribution.separateOther,
      communityInjured: attribution.communityInjured,
      communityOther: attribution.communityOther,
      community: attribution.community,
      jointManagementInjured: attribution.jointManagementInjured,
      separateIncomeShare: attribution.separateIncomeShare,
      separatePayments: attribution.separatePayments,
      communityPayments: attribution.communityPayments,
    },
    injuredShare,
    debts,
    explanation: explain({
      jurisdiction,
      attribution,
      injuredShare: injuredShare.amount,
      injuredContribution: x.contribution.injured.amount,
      eligible: x.eligible,
      debts,
      distribution,
    }),
  };

  return {
    distribution,
    details: result,
    figures: [...attribution.trace, injuredShare],
    assumptions: communityPropertyAssumptions({
      jurisdiction,
      attribution,
      debts,
      eligible: x.eligible,
      defaultCharacters: characters.anyDefault,
      jointManagementItems: jointManagement,
      netting,
    }),
    warnings: characters.warnings,
  };
}
