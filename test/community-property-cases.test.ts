import { describe, expect, it } from 'vitest';
import { COMMUNITY_PROPERTY_STATES, type CommunityPropertyState } from '../src/index.js';
import { formatMoney } from '../src/core/money.js';
import { referenceCases } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

const cases = referenceCases().filter((c) => c.json.communityProperty !== undefined);

describe('reference cases in community property states', () => {
  it('has the community property reference cases to check', () => {
    expect(cases.map((c) => c.file)).toEqual([
      'rev-rul-2004-71-az.json',
      'rev-rul-2004-71-wi.json',
      'rev-rul-2004-72-ca.json',
      'rev-rul-2004-72-la.json',
      'rev-rul-2004-73-nm.json',
      'rev-rul-2004-73-wa.json',
      'rev-rul-2004-74-tx.json',
      'rev-rul-facts-ca-child-support.json',
      'tx-wages-mixed-debts-2024.json',
    ]);
  });
  for (const { file, json } of cases) {
    it(`${file}: every expected figure to the cent`, () => {
      expect(allocate(json).summary).toEqual(json.expected);
    });
  }
});

/** The Rev. Rul. 2004-71..74 facts: $750 and $250 of community withholding, no tax. */
function revRulFacts(
  states: readonly CommunityPropertyState[] | null,
  debt: { type: string; arose?: string },
) {
  return {
    taxYear: 2024,
    spouses: { injured: { name: 'Non-Liable Spouse' }, other: { name: 'Liable Spouse' } },
    partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
    ...(states ? { communityProperty: { states } } : {}),
    items: [
      { kind: 'withholding', spouse: 'other', amount: '750.00' },
      { kind: 'withholding', spouse: 'injured', amount: '250.00' },
    ],
    jointReturn: { incomeTax: '0' },
    debts: [{ amount: '20000.00', ...debt }],
  };
}

const PREMARITAL_TAX = { type: 'federalTax', arose: 'beforeMarriage' };
const CHILD_SUPPORT = { type: 'childSupport' };

/** method.md section 6, "Reference vectors": offset and refund to the injured spouse. */
const REFERENCE_VECTORS: Readonly<Record<CommunityPropertyState, [string, string]>> = {
  AZ: ['875.00', '125.00'],
  WI: ['875.00', '125.00'],
  TX: ['875.00', '125.00'],
  CA: ['1000.00', '0.00'],
  ID: ['1000.00', '0.00'],
  LA: ['1000.00', '0.00'],
  NV: ['500.00', '500.00'],
  NM: ['500.00', '500.00'],
  WA: ['500.00', '500.00'],
};

describe('method.md 6 reference vectors ($1,000 overpayment, $750/$250 community withholding)', () => {
  it('covers all nine states', () => {
    expect(Object.keys(REFERENCE_VECTORS).sort()).toEqual([...COMMUNITY_PROPERTY_STATES].sort());
  });

  describe.each(COMMUNITY_PROPERTY_STATES)('%s', (state) => {
    const [offset, refund] = REFERENCE_VECTORS[state];
    it(`premarital federal tax debt: offset ${offset}, injured refund ${refund}`, () => {
      const r = allocate(revRulFacts([state], PREMARITAL_TAX));
      expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: offset }]);
      expect(r.summary.injuredSpouseRefund).toBe(refund);
      expect(r.summary.otherSpouseRefund).toBe('0.00');
    });
    it('child support instead: offset 500.00, injured refund 500.00', () => {
      const r = allocate(revRulFacts([state], CHILD_SUPPORT));
      expect(r.summary.offsets).toEqual([{ type: 'childSupport', amount: '500.00' }]);
      expect(r.summary.injuredSpouseRefund).toBe('500.00');
      expect(r.summary.otherSpouseRefund).toBe('0.00');
    });
  });

  it('a non-community-property state (same facts): offset 750.00, injured refund 250.00', () => {
    const r = allocate(revRulFacts(null, PREMARITAL_TAX));
    expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: '750.00' }]);
    expect(r.summary.injuredSpouseRefund).toBe('250.00');
    expect(r.communityProperty).toBeNull();
  });
});

/** Derived from the table of method.md 6.3 (not a published vector): the debt arose during the marriage. */
const DURING_MARRIAGE: Readonly<Record<CommunityPropertyState, [string, string, string]>> = {
  AZ: ['1000.00', '0.00', 'S_o + C'],
  WI: ['1000.00', '0.00', 'S_o + C'],
  CA: ['1000.00', '0.00', 'S_o + C'],
  ID: ['1000.00', '0.00', 'S_o + C'],
  LA: ['1000.00', '0.00', 'S_o + C'],
  NV: ['500.00', '500.00', 'S_o + C/2'],
  NM: ['500.00', '500.00', 'S_o + C/2'],
  WA: ['500.00', '500.00', 'S_o + C/2'],
  TX: ['875.00', '125.00', 'S_o + L + N/2'],
};

describe('federal tax debt arising during the marriage (method.md 6.3 table)', () => {
  it.each(COMMUNITY_PROPERTY_STATES)('%s', (state) => {
    const [offset, refund, formula] = DURING_MARRIAGE[state];
    const r = allocate(revRulFacts([state], { type: 'federalTax', arose: 'duringMarriage' }));
    expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: offset }]);
    expect(r.summary.injuredSpouseRefund).toBe(refund);
    expect(r.communityProperty?.debts[0]?.rule.formula).toBe(formula);
  });
});

describe('what a Rev. Rul. result shows', () => {
  it('AZ: S_i, S_o, N, L, C, the share, the rule, its citation and tag', () => {
    const r = allocate(revRulFacts(['AZ'], PREMARITAL_TAX));
    const cp = r.communityProperty;
    expect(cp).not.toBeNull();
    if (!cp) return;
    const a = cp.attribution;
    expect(
      [
        a.separateInjured,
        a.separateOther,
        a.communityInjured,
        a.communityOther,
        a.community,
        cp.injuredShare,
      ].map((x) => [x.key, x.rule, formatMoney(x.amount)]),
    ).toEqual([
      ['communityProperty.S_i', 'R-CP-ATTRIBUTION', '0.00'],
      ['communityProperty.S_o', 'R-CP-ATTRIBUTION', '0.00'],
      ['communityProperty.N', 'R-CP-ATTRIBUTION', '250.00'],
      ['communityProperty.L', 'R-CP-ATTRIBUTION', '750.00'],
      ['communityProperty.C', 'R-CP-ATTRIBUTION', '1000.00'],
      ['communityProperty.injuredShare', 'R-CP-SHARE', '500.00'],
    ]);
    expect(cp.states).toEqual(['AZ']);
    expect(cp.ruleGroup).toBe('AZ/WI');
    expect(cp.userRule).toBe(false);
    expect(cp.debts).toHaveLength(1);
    const d = cp.debts[0];
    expect(d?.rule).toEqual({
      state: 'AZ',
      debtKind: 'federalTaxBeforeMarriage',
      formula: 'S_o + L + N/2',
      citation:
        'Rev. Rul. 2004-71, Situation 1 (Arizona): the facts and the $875 offset are stated; the formula generalizing them is an assumption',
      confidence: 'S/A',
    });
    expect(d?.reachable.rule).toBe('R-CP-REACHABLE');
    expect(formatMoney(d?.reachable.amount ?? r.jointTax.amount)).toBe('875.00');
    expect(r.distribution.offsets[0]?.reachable).toBe(d?.reachable);
    expect(r.distribution.offsets[0]?.applied.rule).toBe('R-CP-ORDER');
    expect(cp.characterization).toEqual([
      {
        itemIndex: 0,
        kind: 'withholding',
        spouse: 'other',
        character: 'community',
        basis: 'default',
        reason:
          'withholding not tied to an income item is presumed paid from community funds (mark it "separate" otherwise)',
        jointManagement: false,
      },
      {
        itemIndex: 1,
        kind: 'withholding',
        spouse: 'injured',
        character: 'community',
        basis: 'default',
        reason:
          'withholding not tied to an income item is presumed paid from community funds (mark it "separate" otherwise)',
        jointManagement: false,
      },
    ]);
    expect(cp.explanation).toBe(
      "In a community property state (AZ; rule AZ/WI) the overpayment is divided under state property law, not by who paid it in. The injured spouse's share is the separate part S_i (0.00) plus half of the community part C (1000.00): 500.00. The other spouse's debts are offset first, each only as far as state law lets it reach (debts[0] federalTax up to S_o + L + N/2 = 875.00); together they took 875.00. That is why the refund (125.00) is less than the injured spouse's own contribution (250.00): state law lets the debts reach more than the other spouse's own share, so they take part of the injured spouse's share before it is refunded.",
    );
  });

  it('every community property figure is in the trace once, with rule, formula and inputs', () => {
    const r = allocate(revRulFacts(['TX'], PREMARITAL_TAX));
    const keys = r.trace.map((t) => t.key);
    for (const key of [
      'communityProperty.S_i',
      'communityProperty.S_o',
      'communityProperty.N',
      'communityProperty.L',
      'communityProperty.C',
      'communityProperty.injuredShare',
      'communityProperty.reachable.debts[0]',
      'offset.debts[0]',
      'injuredRefund',
      'otherRefund',
    ]) {
      expect(keys.filter((k) => k === key)).toHaveLength(1);
    }
    for (const t of r.trace.filter((x) => x.key.startsWith('communityProperty.'))) {
      expect(t.rule).toMatch(/^R-CP-/);
      expect(t.formula.length).toBeGreaterThan(0);
      expect(t.inputs.length).toBeGreaterThan(0);
    }
  });

  it('lists the community property assumptions instead of the separate-property refund clamp', () => {
    const r = allocate(revRulFacts(['CA'], PREMARITAL_TAX));
    const ids = r.assumptions.map((a) => a.id);
    expect(ids).not.toContain('A-REFUND-CLAMP');
    expect(ids).toEqual(
      expect.arrayContaining([
        'A-CP-CHARACTER',
        'A-CP-ATTRIBUTION',
        'A-CP-REACHABLE',
        'A-CP-SHARE',
      ]),
    );
    const reach = r.assumptions.find((a) => a.id === 'A-CP-REACHABLE');
    expect(reach).toEqual({
      id: 'A-CP-REACHABLE',
      rule: 'R-CP-REACHABLE',
      option: 'communityPropertyRules',
      value: 'CA/ID/LA',
      alternatives: [
        'give your own rule for the state in options.communityPropertyRules (e.g. { AZ: myRule })',
      ],
      text: "debts[0] (federalTax) can reach S_o + C under CA law [A]: Rev. Rul. 2004-72: the community estate is liable for either spouse's debts, before or during the marriage.",
    });
  });
});
