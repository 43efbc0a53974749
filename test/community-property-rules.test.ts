import { describe, expect, it } from 'vitest';
import {
  ARIZONA_WISCONSIN_RULE,
  BUILT_IN_COMMUNITY_PROPERTY_RULES,
  CALIFORNIA_IDAHO_LOUISIANA_RULE,
  InvalidCaseError,
  InvalidOptionError,
  NEVADA_NEW_MEXICO_WASHINGTON_RULE,
  TEXAS_RULE,
  UnsupportedCaseError,
  type AllocationResult,
  type CommunityPropertyRule,
} from '../src/index.js';
import { Dec, formatMoney } from '../src/core/money.js';
import { allocateUntyped as allocate } from './helpers.js';

type Json = Record<string, unknown>;

function baseCase(state: string | string[], items: Json[], debts: Json[], extra: Json = {}): Json {
  return {
    taxYear: 2024,
    spouses: { injured: { name: 'Injured Spouse' }, other: { name: 'Other Spouse' } },
    partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
    communityProperty: { states: Array.isArray(state) ? state : [state] },
    items,
    jointReturn: { incomeTax: '0' },
    debts,
    ...extra,
  };
}

const REV_RUL_ITEMS = [
  { kind: 'withholding', spouse: 'other', amount: '750.00' },
  { kind: 'withholding', spouse: 'injured', amount: '250.00' },
];
const PREMARITAL_TAX = { type: 'federalTax', amount: '20000', arose: 'beforeMarriage' };

function figures(r: AllocationResult) {
  const cp = r.communityProperty;
  if (!cp) throw new Error('expected a community property result');
  const a = cp.attribution;
  return {
    S_i: formatMoney(a.separateInjured.amount),
    S_o: formatMoney(a.separateOther.amount),
    N: formatMoney(a.communityInjured.amount),
    L: formatMoney(a.communityOther.amount),
    C: formatMoney(a.community.amount),
    N_jm: a.jointManagementInjured ? formatMoney(a.jointManagementInjured.amount) : null,
    share: formatMoney(cp.injuredShare.amount),
    reach: cp.debts.map((d) => [d.debtIndex, d.rule.formula, formatMoney(d.reachable.amount)]),
  };
}

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('character and attribution (hand-computed)', () => {
  // No joint tax, so each contribution is what the spouse paid in: the split is by character only.
  const items = [
    { kind: 'wages', spouse: 'injured', amount: '20000', withholding: '2000' },
    {
      kind: 'interest',
      spouse: 'injured',
      amount: '1000',
      withholding: '300',
      fromSeparateProperty: true,
    },
    { kind: 'wages', spouse: 'other', amount: '10000', withholding: '1000' },
    { kind: 'estimatedPayment', spouse: 'other', amount: '500', character: 'separate' },
    { kind: 'refundableCredit', spouse: 'injured', amount: '400' },
  ];
  const debts = [
    { type: 'childSupport', amount: '3000' },
    { type: 'federalTax', amount: '5000', arose: 'beforeMarriage' },
  ];
  const eic = { jointReturn: { incomeTax: '0', earnedIncomeCredit: '600' } };

  it('AZ: interest from separate property and its withholding are separate; EIC shares separate', () => {
    const r = allocate(baseCase('AZ', items, debts, eic));
    // EIC 600 x 0.6667 = 400.02 injured, 199.98 other.
    expect(r.summary.contribution).toEqual({ injured: '3100.02', other: '1699.98' });
    expect(figures(r)).toEqual({
      S_i: '700.02', // 300 separate withholding + 400.02 EIC
      S_o: '699.98', // 500 separate estimated payment + 199.98 EIC
      N: '2400.00', // 2000 wage withholding + 400 refundable credit
      L: '1000.00',
      C: '3400.00',
      N_jm: null,
      share: '2400.02', // 700.02 + 3400 / 2
      reach: [
        [1, 'S_o + L + N/2', '2899.98'], // 699.98 + 1000 + 1200
        [0, 'S_o + C/2', '2399.98'], // 699.98 + 1700, all taken already by the tax debt
      ],
    });
    expect(r.summary.offsets).toEqual([
      { type: 'federalTax', amount: '2899.98' },
      { type: 'childSupport', amount: '0.00' },
    ]);
    expect(r.summary.injuredSpouseRefund).toBe('1900.02'); // min(2400.02, 4800 - 2899.98)
    expect(r.summary.otherSpouseRefund).toBe('0.00');
    expect(
      r.communityProperty?.characterization.map((c) => [c.itemIndex, c.character, c.basis]),
    ).toEqual([
      [0, 'community', 'default'],
      [1, 'separate', 'default'],
      [2, 'community', 'default'],
      [3, 'separate', 'given'],
      [4, 'community', 'default'],
    ]);
    expect(r.communityProperty?.characterization[1]?.reason).toBe(
      'income from separate property is separate in AZ; the withholding follows the income',
    );
  });

  it('TX: the same interest is community (income from separate property is community there)', () => {
    const r = allocate(baseCase('TX', items, debts, eic));
    expect(figures(r)).toMatchObject({
      S_i: '400.02',
      N: '2700.00',
      C: '3700.00',
      share: '2250.02',
    });
    expect(r.communityProperty?.characterization[1]?.reason).toBe(
      'income from separate property is community in TX; the withholding follows the income',
    );
  });

  it('an explicit character overrides the state default', () => {
    const marked = items.map((i, n) => (n === 1 ? { ...i, character: 'community' } : i));
    const r = allocate(baseCase('AZ', marked, debts, eic));
    expect(figures(r)).toMatchObject({ S_i: '400.02', N: '2700.00' });
    expect(r.communityProperty?.characterization[1]).toEqual({
      itemIndex: 1,
      kind: 'interest',
      spouse: 'injured',
      character: 'community',
      basis: 'given',
      reason:
        'marked "community" on the item (the default would be "separate": income from separate property is separate in AZ; the withholding follows the income)',
      jointManagement: false,
    });
  });

  it('AZ, the tax debt arose during the marriage: S_o + C', () => {
    const during = [{ type: 'federalTax', amount: '5000', arose: 'duringMarriage' }];
    const r = allocate(baseCase('AZ', items, during, eic));
    expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: '4099.98' }]);
    expect(r.summary.injuredSpouseRefund).toBe('700.02');
    expect(r.communityProperty?.debts[0]?.rule.confidence).toBe('S');
  });

  it('the tax share is split by the separate share of the income behind it', () => {
    // Joint tax 1000 given; separate interest is a quarter of the other spouse's income.
    const c = baseCase(
      'CA',
      [
        { kind: 'wages', spouse: 'injured', amount: '30000', withholding: '3000' },
        { kind: 'wages', spouse: 'other', amount: '30000', withholding: '2000' },
        { kind: 'interest', spouse: 'other', amount: '10000', fromSeparateProperty: true },
      ],
      [{ type: 'childSupport', amount: '9000' }],
      { jointReturn: { incomeTax: '1000' } },
    );
    const r = allocate(c);
    const other = r.taxShare.other.amount;
    const share = r.communityProperty?.attribution.separateIncomeShare.other;
    expect(share?.amount.toString()).toBe('0.25');
    // community part of the tax share = other tax share x 0.75, rounded to the cent.
    const communityTax = other.times('0.75').toDecimalPlaces(2);
    expect(figures(r).S_o).toBe(formatMoney(new Dec(0).minus(other.minus(communityTax))));
    expect(figures(r).L).toBe(formatMoney(new Dec(2000).minus(communityTax)));
  });
});

describe('Texas joint management', () => {
  const items = [
    {
      kind: 'wages',
      spouse: 'injured',
      amount: '20000',
      withholding: '2000',
      jointManagement: true,
    },
    { kind: 'estimatedPayment', spouse: 'injured', amount: '1000' },
    { kind: 'withholding', spouse: 'other', amount: '500' },
  ];
  it('joint-management community is fully reachable for the federal tax debt', () => {
    const r = allocate(
      baseCase('TX', items, [
        { type: 'federalTax', amount: '10000', arose: 'beforeMarriage' },
        { type: 'childSupport', amount: '10000' },
      ]),
    );
    expect(figures(r)).toEqual({
      S_i: '0.00',
      S_o: '0.00',
      N: '3000.00',
      L: '500.00',
      C: '3500.00',
      N_jm: '2000.00', // 3000 x 2000 / 3000
      share: '1750.00',
      reach: [
        [0, 'S_o + L + (N - N_jm)/2 + N_jm', '3000.00'], // 500 + 500 + 2000
        [1, 'S_o + C/2', '1750.00'],
      ],
    });
    expect(r.summary.offsets).toEqual([
      { type: 'federalTax', amount: '3000.00' },
      { type: 'childSupport', amount: '0.00' },
    ]);
    expect(r.summary.injuredSpouseRefund).toBe('500.00');
    expect(r.communityProperty?.debts[0]?.rule.confidence).toBe('S/A');
    expect(r.assumptions.map((a) => a.id)).toContain('A-CP-TX-JOINT-MANAGEMENT');
  });

  it('without joint management the Rev. Rul. 2004-74 formula applies', () => {
    const plain = items.map((i) => ({ ...i, jointManagement: undefined }));
    const r = allocate(baseCase('TX', plain, [PREMARITAL_TAX]));
    expect(figures(r).reach).toEqual([[0, 'S_o + L + N/2', '2000.00']]);
    expect(figures(r).N_jm).toBeNull();
  });

  it('joint management outside Texas has no effect and says so', () => {
    const r = allocate(baseCase('AZ', items, [PREMARITAL_TAX]));
    expect(figures(r).reach).toEqual([[0, 'S_o + L + N/2', '2000.00']]);
    expect(r.warnings).toContainEqual({
      code: 'community-property-mark-ignored',
      message: 'items[0]: jointManagement has no effect outside Texas (the case lists AZ).',
    });
  });
});

describe('Part I says not eligible', () => {
  it('no injured share; the debt can take the whole overpayment', () => {
    const c = baseCase('NV', REV_RUL_ITEMS, [PREMARITAL_TAX]);
    c.partI = { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: true };
    const r = allocate(c);
    expect(r.eligibility.qualifies).toBe(false);
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
    expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: '1000.00' }]);
    expect(r.assumptions.map((a) => a.id)).toContain('A-CP-NO-CLAIM');
  });
});

describe('validation and unsupported cases', () => {
  it('a federal tax debt without "arose" is rejected at debts[i].arose', () => {
    const e = caught(() =>
      allocate(
        baseCase('CA', REV_RUL_ITEMS, [
          { type: 'childSupport', amount: '100' },
          { type: 'federalTax', amount: '100' },
        ]),
      ),
    );
    expect(e).toBeInstanceOf(InvalidCaseError);
    expect((e as InvalidCaseError).issues).toEqual([
      {
        path: 'debts[1].arose',
        message:
          'required for a federal tax debt in a community property state (CA): "beforeMarriage" or "duringMarriage" decides how much of the overpayment the debt can reach',
      },
    ]);
  });

  it('two states with different rules are rejected at communityProperty.states', () => {
    const e = caught(() => allocate(baseCase(['AZ', 'CA'], REV_RUL_ITEMS, [PREMARITAL_TAX])));
    expect(e).toBeInstanceOf(UnsupportedCaseError);
    expect((e as UnsupportedCaseError).path).toBe('communityProperty.states');
    expect((e as Error).message).toBe(
      "communityProperty.states: a year in two community property states whose rules differ (AZ: AZ/WI; CA: CA/ID/LA) is not supported: each period would need its own state's rule. Compute the case for one state, or give one rule for both states in options.communityPropertyRules",
    );
  });

  it('two states of one group are computed under their rule, with the assumption listed', () => {
    const r = allocate(baseCase(['AZ', 'WI'], REV_RUL_ITEMS, [PREMARITAL_TAX]));
    expect(r.summary.injuredSpouseRefund).toBe('125.00');
    expect(r.communityProperty?.states).toEqual(['AZ', 'WI']);
    const d = r.communityProperty?.debts[0];
    expect(d?.rule.confidence).toBe('A'); // the weaker of AZ [S/A] and WI [A]
    expect(d?.rule.citation).toBe(
      'AZ: Rev. Rul. 2004-71, Situation 1 (Arizona): the facts and the $875 offset are stated; the formula generalizing them is an assumption; WI: Rev. Rul. 2004-71 (Wisconsin); Wis. Stat. 766.55(2)(c)',
    );
    expect(r.assumptions.find((a) => a.id === 'A-CP-TWO-STATES')?.text).toBe(
      'The case lists AZ and WI, which follow the same rule (AZ/WI) and agree on the character of every item, so the year is treated as one domicile under that rule.',
    );
  });

  it('the same state twice counts once', () => {
    const r = allocate(baseCase(['NM', 'NM'], REV_RUL_ITEMS, [PREMARITAL_TAX]));
    expect(r.communityProperty?.states).toEqual(['NM']);
    expect(r.assumptions.map((a) => a.id)).not.toContain('A-CP-TWO-STATES');
  });

  it('two states of one group that differ on income from separate property need the character', () => {
    const e = caught(() =>
      allocate(
        baseCase(
          ['CA', 'LA'],
          [
            ...REV_RUL_ITEMS,
            { kind: 'dividends', spouse: 'other', amount: '50', fromSeparateProperty: true },
          ],
          [PREMARITAL_TAX],
        ),
      ),
    );
    expect(e).toBeInstanceOf(InvalidCaseError);
    expect((e as InvalidCaseError).issues).toEqual([
      {
        path: 'items[2].character',
        message:
          'required: the case lists CA and LA, whose laws differ on income from separate property (separate in CA, community in LA); mark the item "community" or "separate"',
      },
    ]);
  });

  it('part of the year is rejected at communityProperty.wholeYear', () => {
    const c = baseCase('WA', REV_RUL_ITEMS, [PREMARITAL_TAX]);
    c.communityProperty = { states: ['WA'], wholeYear: false };
    const e = caught(() => allocate(c));
    expect(e).toBeInstanceOf(UnsupportedCaseError);
    expect((e as UnsupportedCaseError).path).toBe('communityProperty.wholeYear');
    expect((e as Error).message).toBe(
      'communityProperty.wholeYear: a couple domiciled in a community property state for only part of the year is not supported: the items would have to be characterized period by period',
    );
  });

  it('joint management on a separate item is rejected at items[i].jointManagement', () => {
    const e = caught(() =>
      allocate(
        baseCase(
          'TX',
          [
            {
              kind: 'withholding',
              spouse: 'other',
              amount: '10',
              character: 'separate',
              jointManagement: true,
            },
            { kind: 'interest', spouse: 'injured', amount: '10', fromSeparateProperty: true },
          ],
          [],
        ),
      ),
    );
    expect((e as InvalidCaseError).issues).toEqual([
      {
        path: 'items[0].jointManagement',
        message:
          'joint management applies to community property only, but the item\'s character is "separate"',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const e = caught(() =>
      allocate(
        baseCase(
          ['ID', 'AZ'].slice(0, 1),
          [
            {
              kind: 'otherTax',
              spouse: 'other',
              amount: '1',
              fromSeparateProperty: true,
              character: 'separate',
              jointManagement: true,
            },
          ],
          [
            { type: 'federalTax', amount: '1' },
            { type: 'federalTax', amount: '2' },
          ],
        ),
      ),
    );
    expect((e as InvalidCaseError).issues.map((i) => i.path)).toEqual([
      'debts[0].arose',
      'debts[1].arose',
      'items[0].jointManagement',
    ]);
  });

  it('marks on items whose character is never read give a warning, not an error', () => {
    const r = allocate(
      baseCase(
        'WA',
        [
          ...REV_RUL_ITEMS,
          { kind: 'adjustment', spouse: 'injured', amount: '100', character: 'separate' },
        ],
        [PREMARITAL_TAX],
      ),
    );
    expect(r.warnings).toContainEqual({
      code: 'community-property-mark-ignored',
      message:
        "items[2]: character has no effect on a adjustment item; its effect on the tax share follows the character of the spouse's income.",
    });
  });
});

describe('user-supplied state rules (options.communityPropertyRules)', () => {
  const debtorOnly: CommunityPropertyRule = {
    name: 'AZ: debtor contribution only',
    reachable: (q, f) => ({
      amount: f.separateOther.plus(f.communityOther),
      formula: 'S_o + L',
      citation: 'A.R.S. 25-215(B) (our reading)',
      confidence: 'A',
    }),
  };

  it('replaces the built-in rule for the state it names', () => {
    const r = allocate(baseCase('AZ', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
      communityPropertyRules: { AZ: debtorOnly },
    });
    expect(r.summary.offsets).toEqual([{ type: 'federalTax', amount: '750.00' }]);
    expect(r.summary.injuredSpouseRefund).toBe('250.00');
    expect(r.communityProperty?.ruleGroup).toBe('AZ: debtor contribution only');
    expect(r.communityProperty?.userRule).toBe(true);
    expect(r.communityProperty?.debts[0]?.rule).toEqual({
      state: 'AZ',
      debtKind: 'federalTaxBeforeMarriage',
      formula: 'S_o + L',
      citation: 'A.R.S. 25-215(B) (our reading)',
      confidence: 'A',
    });
    expect(r.assumptions.map((a) => a.id)).toContain('A-CP-USER-RULE');
    // The caller's object is not frozen with the result.
    expect(Object.isFrozen(debtorOnly)).toBe(false);
  });

  it('leaves the other states on their built-in rules', () => {
    const r = allocate(baseCase('WI', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
      communityPropertyRules: { AZ: debtorOnly },
    });
    expect(r.summary.injuredSpouseRefund).toBe('125.00');
    expect(r.communityProperty?.userRule).toBe(false);
  });

  it('one rule given for two states lets a case list both', () => {
    const r = allocate(baseCase(['AZ', 'CA'], REV_RUL_ITEMS, [PREMARITAL_TAX]), {
      communityPropertyRules: { AZ: debtorOnly, CA: debtorOnly },
    });
    expect(r.summary.injuredSpouseRefund).toBe('250.00');
  });

  it('still caps a non-tax debt at S_o + C/2', () => {
    const greedy: CommunityPropertyRule = {
      name: 'greedy',
      reachable: (q, f) => ({
        amount: f.separateOther.plus(f.community),
        formula: 'S_o + C',
        citation: 'none',
        confidence: 'A',
      }),
    };
    const r = allocate(baseCase('NV', REV_RUL_ITEMS, [{ type: 'childSupport', amount: '20000' }]), {
      communityPropertyRules: { NV: greedy },
    });
    expect(r.summary.offsets).toEqual([{ type: 'childSupport', amount: '500.00' }]);
    expect(r.communityProperty?.debts[0]?.rule.formula).toBe('min(S_o + C, S_o + C/2)');
  });

  it('a rule that answers with a plain number is reported at its option path', () => {
    const bad = {
      name: 'bad',
      reachable: () => ({ amount: 5, formula: 'x', citation: 'y', confidence: 'A' }),
    } as unknown as CommunityPropertyRule;
    const e = caught(() =>
      allocate(baseCase('ID', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
        communityPropertyRules: { ID: bad },
      }),
    );
    expect(e).toBeInstanceOf(InvalidOptionError);
    expect((e as InvalidOptionError).path).toBe('options.communityPropertyRules.ID');
    expect((e as Error).message).toBe(
      'options.communityPropertyRules.ID: rule "bad" returned an amount that is not a decimal.js Decimal for a federal tax debt from before the marriage',
    );
  });

  it('an unknown state or a rule without reachable() is an option error', () => {
    const e1 = caught(() =>
      allocate(baseCase('ID', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
        communityPropertyRules: { OH: debtorOnly } as never,
      }),
    );
    expect((e1 as InvalidOptionError).path).toBe('options.communityPropertyRules.OH');
    expect((e1 as Error).message).toBe(
      'options.communityPropertyRules.OH: unknown community property state; expected one of AZ, CA, ID, LA, NV, NM, TX, WA, WI',
    );
    const e2 = caught(() =>
      allocate(baseCase('ID', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
        communityPropertyRules: { ID: { name: 'x' } as never },
      }),
    );
    expect((e2 as Error).message).toBe(
      'options.communityPropertyRules.ID.reachable: must be a function (query, figures) => { amount, formula, citation, confidence }',
    );
  });

  it('exports the built-in rules by state', () => {
    expect(BUILT_IN_COMMUNITY_PROPERTY_RULES).toEqual({
      AZ: ARIZONA_WISCONSIN_RULE,
      WI: ARIZONA_WISCONSIN_RULE,
      CA: CALIFORNIA_IDAHO_LOUISIANA_RULE,
      ID: CALIFORNIA_IDAHO_LOUISIANA_RULE,
      LA: CALIFORNIA_IDAHO_LOUISIANA_RULE,
      NV: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
      NM: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
      WA: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
      TX: TEXAS_RULE,
    });
    // A built-in rule can be wrapped by a user rule.
    const cautious: CommunityPropertyRule = {
      name: 'CA, but never more than NV',
      reachable: (q, f) => NEVADA_NEW_MEXICO_WASHINGTON_RULE.reachable({ ...q, state: 'NV' }, f),
    };
    const r = allocate(baseCase('CA', REV_RUL_ITEMS, [PREMARITAL_TAX]), {
      communityPropertyRules: { CA: cautious },
    });
    expect(r.summary.injuredSpouseRefund).toBe('500.00');
  });
});

describe('option communityPropertyNetting', () => {
  // Rev. Rul. 2004-71 facts in Arizona: C = 1,000 (N = 250, L = 750), S_i = S_o = 0.
  // A premarital federal tax debt of 500 reaches S_o + L + N/2 = 875 and takes 500;
  // the child support debt reaches S_o + C/2 = 500.
  const c = baseCase('AZ', REV_RUL_ITEMS, [
    { type: 'childSupport', amount: '20000.00' },
    { type: 'federalTax', amount: '500.00', arose: 'beforeMarriage' },
  ]);

  it('by default a later debt takes only its reachable amount less the earlier offsets', () => {
    const r = allocate(c);
    expect(r.summary.offsets).toEqual([
      { type: 'federalTax', amount: '500.00' },
      { type: 'childSupport', amount: '0.00' },
    ]);
    expect(r.summary.injuredSpouseRefund).toBe('500.00');
    expect(r.assumptions.find((a) => a.id === 'A-CP-NETTING')).toMatchObject({
      option: 'communityPropertyNetting',
      value: 'net-earlier-offsets',
    });
  });

  it('"independent" measures each reachable amount on its own', () => {
    const r = allocate(c, { communityPropertyNetting: 'independent' });
    expect(r.summary.offsets).toEqual([
      { type: 'federalTax', amount: '500.00' },
      { type: 'childSupport', amount: '500.00' },
    ]);
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
    expect(r.assumptions.find((a) => a.id === 'A-CP-NETTING')?.value).toBe('independent');
  });

  it('rejects an unknown netting', () => {
    expect(() => allocate(c, { communityPropertyNetting: 'x' as 'independent' })).toThrow(
      'options.communityPropertyNetting: must be "net-earlier-offsets" or "independent", got "x"',
    );
  });
});
