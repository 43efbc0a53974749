import type { DistributionStrategy } from '../allocation/index.js';
import { allocateCommunityProperty } from './allocate-community-property.js';
import type { Jurisdiction } from './jurisdiction.js';
import type { CommunityPropertyOptions } from './rule-options.js';
import type { CommunityPropertyResult } from './types.js';

const RULES = Object.freeze([
  'R-CP-CHARACTER',
  'R-CP-ATTRIBUTION',
  'R-CP-SHARE',
  'R-CP-REACHABLE',
  'R-CP-ORDER',
] as const);

/**
 * The distribution under one community property rule group (AZ/WI, CA/ID/LA, NV/NM/WA, TX, or a
 * rule from `options.communityPropertyRules`): method.md section 6.
 */
export function communityPropertyStrategy(
  jurisdiction: Jurisdiction,
  options: CommunityPropertyOptions,
): DistributionStrategy<CommunityPropertyResult> {
  return {
    id: `community-property:${jurisdiction.rule.name}`,
    rules: RULES,
    distribute: (input) =>
      allocateCommunityProperty(input, jurisdiction, options.communityPropertyNetting),
  };
}
