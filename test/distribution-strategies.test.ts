import { describe, expect, it } from 'vitest';
import { generateCases } from '../bench/generate.js';
import { ZERO, addDec, maxDec } from '../src/core/money.js';
import {
  BUILT_IN_COMMUNITY_PROPERTY_RULES,
  COMMUNITY_PROPERTY_STATES,
  DEFAULT_OPTIONS,
  validateCase,
  type CaseInput,
} from '../src/index.js';
import { selectStrategy } from '../src/pipeline/select-strategy.js';
import { allocateUntyped, referenceCases } from './helpers.js';

const nonCommunity = referenceCases().find((c) => c.json.communityProperty === undefined)!.json;
const arizona = referenceCases().find((c) => c.file === 'rev-rul-2004-71-az.json')!.json;

describe('the distribution strategy the pipeline picks', () => {
  it('separate property without a communityProperty block', () => {
    const strategy = selectStrategy(validateCase(nonCommunity as CaseInput), DEFAULT_OPTIONS);
    expect(strategy.id).toBe('separate-property');
    expect(strategy.rules).toEqual(['R-IS-REFUND', 'R-OFFSET-ORDER']);
  });

  it('one strategy per community property rule group, whatever state of the group', () => {
    for (const state of COMMUNITY_PROPERTY_STATES) {
      const c = validateCase({
        ...arizona,
        communityProperty: { ...(arizona.communityProperty as object), states: [state] },
      } as CaseInput);
      const strategy = selectStrategy(c, DEFAULT_OPTIONS);
      expect(strategy.id).toBe(
        `community-property:${BUILT_IN_COMMUNITY_PROPERTY_RULES[state].name}`,
      );
      expect(strategy.rules).toContain('R-CP-REACHABLE');
    }
  });

  it('a rule of options.communityPropertyRules is a strategy of its own', () => {
    const mine = { ...BUILT_IN_COMMUNITY_PROPERTY_RULES.AZ, name: 'AZ (our reading)' };
    const options = { ...DEFAULT_OPTIONS, communityPropertyRules: { AZ: mine } };
    const strategy = selectStrategy(validateCase(arizona as CaseInput), options);
    expect(strategy.id).toBe('community-property:AZ (our reading)');
  });

  it('every strategy divides exactly the overpayment: refunds + offsets = max(overpayment, 0)', () => {
    const seen = new Set<string>();
    for (const c of generateCases(8379, 600)) {
      const r = allocateUntyped(c);
      seen.add(selectStrategy(r.input, r.options).id);
      const d = r.distribution;
      const parts = [d.injuredRefund.amount, d.totalOffset.amount, d.otherRefund.amount].reduce(
        addDec,
      );
      expect(parts.equals(maxDec(r.overpayment.recomputed.amount, ZERO))).toBe(true);
    }
    // Separate property and the four built-in rule groups all took part.
    expect(seen.size).toBe(5);
  });
});
