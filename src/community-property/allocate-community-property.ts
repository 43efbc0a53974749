import type { AppliedAssumption } from '../trace/assumptions.js';
import { m, money } from '../trace/figures.js';
import type { Distribution, OrderedDebt } from '../allocation/distribution/offsets.js';
import type { ResolvedOptions } from '../pipeline/options.js';
import type { ResultWarning } from '../pipeline/result.js';
import { InvalidCaseError } from '../core/errors.js';
import type { Form8379Case } from '../input/schema.js';
import { HALF, toCents, type Dec } from '../core/money.js';
import type { Traced } from '../trace/traced.js';
import { communityPropertyAssumptions } from './assumptions.js';
import { attribute, reachFigures, type AttributionInputs } from './attribution.js';
import { characterizeItems } from './character.js';
import { distributeCommunityProperty } from './distribute.js';
import { explain } from './explanation.js';
import { checkDebtDates, resolveJurisdiction } from './jurisdiction.js';
import { reachableFor } from './reach.js';
import type { CommunityPropertyResult } from './types.js';

/** The figures of the separate-property computation the community property step starts from. */
export type CommunityPropertyInputs = Omit<
  AttributionInputs,
  'items' | 'characters' | 'ratioDecimals' | 'jointManagementApplies'
> & {
  readonly case: Form8379Case;
  readonly options: ResolvedOptions;
  readonly jointOverpayment: Dec;
  /** Part I outcome. */
  readonly eligible: boolean;
  /** The other spouse's debts in offset order (R-OFFSET-ORDER). */
  readonly debts: readonly OrderedDebt[];
};

/** The community property allocation: how the overpayment is divided, and why. */
export interface CommunityPropertyAllocation {
  readonly distribution: Distribution;
  readonly result: CommunityPropertyResult;
  /** The figures of the characterization and attribution (the distribution's are not repeated). */
  readonly trace: readonly Traced[];
  readonly assumptions: readonly AppliedAssumption[];
  readonly warnings: readonly ResultWarning[];
}

/**
 * Method.md section 6: characterizes the items, splits each contribution into separate and
 * community parts, finds how far each debt reaches under the state rule and nets the offsets.
 * Throws `InvalidCaseError` (a federal tax debt without `arose`; an item whose character the
 * listed states disagree on) and `UnsupportedCaseError` (part-year; two states with different
 * rules).
 */
export function allocateCommunityProperty(x: CommunityPropertyInputs): CommunityPropertyAllocation {
  const c = x.case;
  const cp = c.communityProperty;
  if (!cp) throw new Error('allocateCommunityProperty needs a case with a communityProperty block');
  const jurisdiction = resolveJurisdiction(cp, x.options.communityPropertyRules);
  const { states } = jurisdiction;

  const dateIssues = checkDebtDates(c.debts, states);
  const characters = characterizeItems(c.items, states);
  const issues = [...dateIssues, ...characters.issues];
  if (issues.length > 0) throw new InvalidCaseError(issues);

  // N_jm only exists where joint management changes the reach: Texas, with a marked item.
  const jointManagement = characters.items.some((i) => i.jointManagement);
  const attribution = attribute({
    ...x,
    items: c.items,
    characters: characters.byIndex,
    ratioDecimals: x.options.ratioDecimals,
    jointManagementApplies: jointManagement,
  });
  const figures = reachFigures(attribution);

  const injuredShare = money(
    'communityProperty.injuredShare',
    'Injured spouse share under community property law (S_i + C/2)',
    'R-CP-SHARE',
    toCents(figures.separateInjured.plus(figures.community.times(HALF))),
    'S_i + C/2, rounded to the cent half-up [A]',
    { S_i: m(figures.separateInjured), C: m(figures.community) },
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
    netting: x.options.communityPropertyNetting,
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
    result,
    trace: [...attribution.trace, injuredShare],
    assumptions: communityPropertyAssumptions({
      jurisdiction,
      attribution,
      debts,
      eligible: x.eligible,
      defaultCharacters: characters.anyDefault,
      jointManagementItems: jointManagement,
      netting: x.options.communityPropertyNetting,
    }),
    warnings: characters.warnings,
  };
}
