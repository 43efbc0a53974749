import { InvalidOptionError } from '../core/errors.js';
import { COMMUNITY_PROPERTY_STATES, type CommunityPropertyState } from '../input/schema.js';
import type { CommunityPropertyRule } from './state-rules.js';

/** User rules by state, as `AllocationOptions.communityPropertyRules` takes them. */
export type CommunityPropertyRules = Readonly<
  Partial<Record<CommunityPropertyState, CommunityPropertyRule>>
>;

/** The community property options, every default filled in (part of `ResolvedOptions`). */
export interface CommunityPropertyOptions {
  /** User rules by state (frozen copies); empty when the built-in rules apply. */
  readonly communityPropertyRules: CommunityPropertyRules;
  readonly communityPropertyNetting: 'net-earlier-offsets' | 'independent';
}

const OPTION = 'options.communityPropertyRules';
const EMPTY: CommunityPropertyRules = Object.freeze({});

/**
 * Checks the user's state rules and returns them as frozen copies, so freezing a result never
 * freezes the caller's objects. One rule given for two states stays one rule (the two states
 * then count as one strategy group).
 */
export function resolveCommunityPropertyRules(value: unknown): CommunityPropertyRules {
  if (value === undefined) return EMPTY;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidOptionError(
      OPTION,
      'must be an object mapping a state code (e.g. "AZ") to a rule with a name and a reachable() function',
    );
  }
  const copies = new Map<object, CommunityPropertyRule>();
  const out: Partial<Record<CommunityPropertyState, CommunityPropertyRule>> = {};
  for (const [state, rule] of Object.entries(value)) {
    const path = `${OPTION}.${state}`;
    if (!(COMMUNITY_PROPERTY_STATES as readonly string[]).includes(state)) {
      throw new InvalidOptionError(
        path,
        `unknown community property state; expected one of ${COMMUNITY_PROPERTY_STATES.join(', ')}`,
      );
    }
    if (rule === undefined) continue;
    if (typeof rule !== 'object' || rule === null) {
      throw new InvalidOptionError(
        path,
        'must be a rule object with a name and a reachable() function',
      );
    }
    const r = rule as Partial<CommunityPropertyRule>;
    if (typeof r.name !== 'string' || r.name.trim() === '') {
      throw new InvalidOptionError(`${path}.name`, 'must be a non-empty string naming the rule');
    }
    if (typeof r.reachable !== 'function') {
      throw new InvalidOptionError(
        `${path}.reachable`,
        'must be a function (query, figures) => { amount, formula, citation, confidence }',
      );
    }
    let copy = copies.get(rule);
    if (!copy) {
      const original = rule as CommunityPropertyRule;
      copy = Object.freeze({
        name: original.name,
        reachable: (query, figures) => original.reachable(query, figures),
      } satisfies CommunityPropertyRule);
      copies.set(rule, copy);
    }
    out[state as CommunityPropertyState] = copy;
  }
  return Object.freeze(out);
}
