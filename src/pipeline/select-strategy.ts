import type { DistributionStrategy } from '../allocation/index.js';
import { separatePropertyStrategy } from '../allocation/distribution/separate-property.js';
import { resolveJurisdiction } from '../community-property/jurisdiction.js';
import { communityPropertyStrategy } from '../community-property/strategy.js';
import type { CommunityPropertyResult } from '../community-property/types.js';
import type { Form8379Case } from '../input/schema.js';
import type { ResolvedOptions } from './options.js';

/** The strategies a result can come from: its `communityProperty` is the strategy's details. */
export type AnyDistributionStrategy = DistributionStrategy<CommunityPropertyResult | null>;

/**
 * The distribution strategy of a case: separate property unless the case has a
 * `communityProperty` block, then the rule group of its state(s) (throws `UnsupportedCaseError`
 * for a part-year domicile or two states under different rules).
 */
export function selectStrategy(c: Form8379Case, o: ResolvedOptions): AnyDistributionStrategy {
  if (!c.communityProperty) return separatePropertyStrategy;
  return communityPropertyStrategy(
    resolveJurisdiction(c.communityProperty, o.communityPropertyRules),
    o,
  );
}
