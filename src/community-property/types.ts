import type { Traced } from '../trace.js';

/**
 * What the community property computation adds to a result. Filled in by
 * `src/community-property`; `null` on a result outside community property states.
 */
export interface CommunityPropertyResult {
  readonly states: readonly string[];
  /** Figures S_i, S_o, N, L, C and the reachable amounts, each traced. */
  readonly figures: readonly Traced[];
}
