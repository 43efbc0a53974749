import { describe, expect, it } from 'vitest';
import {
  Form8379Error,
  InvalidCaseError,
  InvalidOptionError,
  validateCase,
  safeValidateCase,
  type InputIssue,
} from '../src/index.js';
import { allocateUntyped as allocate } from './helpers.js';

/** A small valid case; each test breaks one thing in a fresh copy. */
function base(): Record<string, unknown> & {
  items: Record<string, unknown>[];
  partI: Record<string, unknown>;
  debts: Record<string, unknown>[];
} {
  return {
    taxYear: 2024,
    spouses: {
      injured: { name: 'Dana Reyes', ssn: '400-00-0001' },
      other: { name: 'Chris Reyes' },
    },
    partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
    deduction: { kind: 'standard' },
    items: [
      { kind: 'wages', spouse: 'injured', amount: '52000.00', withholding: '6100.00' },
      { kind: 'wages', spouse: 'other', amount: '28000.00', withholding: '2400.00' },
      { kind: 'interest', spouse: 'joint', amount: '400.00' },
    ],
    debts: [{ type: 'childSupport', amount: '3000.00', arose: 'beforeMarriage' }],
  };
}

function issuesOf(input: unknown): readonly InputIssue[] {
  const outcome = safeValidateCase(input);
  if (outcome.ok) throw new Error('expected the case to be rejected');
  return outcome.issues;
}

describe('validation: every kind of bad input names the path and what was expected', () => {
  it('accepts the base case and normalizes amounts', () => {
    const c = validateCase(base());
    expect(c.items[0]?.amount).toBe('52000.00');
    const n = base();
    n.items[2] = { kind: 'interest', spouse: 'joint', amount: 400.5 };
    expect(validateCase(n).items[2]?.amount).toBe('400.50');
  });

  it('non-numeric amount', () => {
    const c = base();
    c.items[0] = { ...c.items[0], amount: 'lots' };
    expect(issuesOf(c)).toEqual([
      { path: 'items[0].amount', message: 'expected an amount such as "1234.50", got "lots"' },
    ]);
  });

  it('amount of the wrong type', () => {
    const c = base();
    c.items[1] = { ...c.items[1], withholding: true };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[1].withholding',
        message:
          'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50", got true',
      },
    ]);
  });

  it('an amount given as null, and a missing one, say what was read', () => {
    const c = base();
    c.debts[0] = { ...c.debts[0], amount: null };
    c.items[1] = { kind: 'wages', spouse: 'other', withholding: '2400.00' };
    const expected =
      'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50"';
    expect(issuesOf(c)).toEqual([
      { path: 'items[1].amount', message: expected },
      { path: 'debts[0].amount', message: `${expected}, got null` },
    ]);
  });

  it.each([
    ['03/15/2024', '"03/15/2024"'],
    ['2024-02-30', '"2024-02-30"'],
    [null, 'null'],
    [20240315, '20240315'],
    [{ year: 2024 }, 'an object'],
    ['2024-03-15'.repeat(100), `"${'2024-03-15'.repeat(4)}"... (1,000 characters)`],
  ])('a debt date %j that is not a date says what was read', (date, shown) => {
    const c = base();
    c.debts[0] = { ...c.debts[0], date };
    expect(issuesOf(c)).toEqual([
      { path: 'debts[0].date', message: `expected a date as YYYY-MM-DD, got ${shown}` },
    ]);
  });

  it('more than two decimals, as a string and as a number', () => {
    const c = base();
    c.items[0] = { ...c.items[0], amount: '52000.005' };
    c.items[1] = { ...c.items[1], withholding: 0.1 + 0.2 };
    expect(issuesOf(c)).toEqual([
      { path: 'items[0].amount', message: 'expected at most two decimals, got "52000.005"' },
      {
        path: 'items[1].withholding',
        message: 'expected at most two decimals, got "0.30000000000000004"',
      },
    ]);
  });

  it('negative amounts where impossible', () => {
    const c = base();
    c.items[0] = { ...c.items[0], amount: '-100' };
    c.debts[0] = { ...c.debts[0], amount: '-1' };
    expect(issuesOf(c)).toEqual([
      { path: 'debts[0].amount', message: 'must not be negative, got "-1"' },
    ]);
    const d = base();
    d.items[0] = { ...d.items[0], amount: '-100' };
    expect(issuesOf(d)).toEqual([
      { path: 'items[0].amount', message: 'must not be negative for a wages item, got "-100.00"' },
    ]);
  });

  it('a loss is allowed where it can happen', () => {
    const c = base();
    c.items.push({ kind: 'selfEmployment', spouse: 'other', amount: '-2500.00' });
    expect(validateCase(c).items[3]?.amount).toBe('-2500.00');
  });

  it('unknown item kind, spouse and debt type', () => {
    const c = base();
    c.items[0] = { ...c.items[0], kind: 'salary' };
    c.items[1] = { ...c.items[1], spouse: 'husband' };
    c.debts[0] = { ...c.debts[0], type: 'parkingTicket' };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[0].kind',
        message:
          'unknown item kind "salary"; expected one of wages, selfEmployment, interest, dividends, qualifiedDividends, capitalGain, unemployment, pension, socialSecurity, otherIncome, adjustment, schedule1ADeduction, qbiDeduction, itemizedDeduction, childTaxCredit, otherDependentsCredit, childCareCredit, educationCredit, nonrefundableCredit, refundableCredit, additionalChildTaxCredit, otherTax, withholding, estimatedPayment, priorYearOverpayment',
      },
      {
        path: 'items[1].spouse',
        message: 'unknown spouse "husband"; expected one of injured, other, joint',
      },
      {
        path: 'debts[0].type',
        message:
          'unknown debt type "parkingTicket"; expected one of federalTax, childSupport, spousalSupport, federalNontax, stateIncomeTax, stateUnemployment',
      },
    ]);
  });

  it('injuredShare larger than the item, or on an item that is not joint', () => {
    const c = base();
    c.items[2] = { ...c.items[2], injuredShare: '400.01' };
    c.items[0] = { ...c.items[0], injuredShare: '10' };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[0].injuredShare',
        message: 'only a joint item can be split; this item belongs to the injured spouse',
      },
      {
        path: 'items[2].injuredShare',
        message: "must lie between 0 and the item's amount 400.00, got 400.01",
      },
    ]);
  });

  it('joint wages', () => {
    const c = base();
    c.items[0] = { ...c.items[0], spouse: 'joint' };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[0].spouse',
        message:
          'wages belong to the spouse who earned them: use "injured" or "other", not "joint"',
      },
    ]);
  });

  it('missing tax year, or a year without parameters', () => {
    const c = base();
    delete c.taxYear;
    expect(issuesOf(c)).toEqual([
      { path: 'taxYear', message: 'required: expected the tax year as a number, e.g. 2024' },
    ]);
    const d = { ...base(), taxYear: 2031 };
    expect(issuesOf(d)).toEqual([
      {
        path: 'taxYear',
        message: 'no tax parameters for tax year 2031; supported years are 2018-2026',
      },
    ]);
    const e = { ...base(), taxYear: '2024' };
    expect(issuesOf(e)).toEqual([
      { path: 'taxYear', message: 'expected the tax year as a number, e.g. 2024, got "2024"' },
    ]);
  });

  it('an itemized case without itemized items, and itemized items on a standard case', () => {
    const c = { ...base(), deduction: { kind: 'itemized' } };
    expect(issuesOf(c)).toEqual([
      { path: 'deduction.kind', message: 'is "itemized" but no item has kind "itemizedDeduction"' },
    ]);
    const d = base();
    d.items.push({ kind: 'itemizedDeduction', spouse: 'joint', amount: '100' });
    expect(issuesOf(d)).toEqual([
      { path: 'items[3].kind', message: 'itemizedDeduction items need deduction.kind "itemized"' },
    ]);
  });

  it('contradictory Part I answers', () => {
    const c = base();
    c.partI = { ...c.partI, communityPropertyResident: true };
    expect(issuesOf(c)).toEqual([
      {
        path: 'partI.communityPropertyResident',
        message: 'is true but the case has no communityProperty block naming the state',
      },
    ]);
    const d = base();
    d.partI = { ...d.partI, madePayments: false, hadEarnedIncome: true };
    expect(() => allocate(d)).toThrow(
      new InvalidCaseError([
        {
          path: 'partI.madePayments',
          message:
            'answers line 6 no, but the items say yes (injured spouse withholding and estimated payments (lines 19-20): 6100.00)',
        },
      ]),
    );
    try {
      allocate(d);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCaseError);
      expect((e as InvalidCaseError).issues[0]?.path).toBe('partI.madePayments');
    }
  });

  it('missing Part I answers, unknown fields and a non-object case', () => {
    const c = base();
    delete c.partI.injuredLegallyObligated;
    (c as Record<string, unknown>).itmes = [];
    expect(issuesOf(c)).toEqual([
      {
        path: 'partI.injuredLegallyObligated',
        message: 'required: expected true or false (Form 8379 line 4)',
      },
      { path: '', message: 'unknown field "itmes"' },
    ]);
    expect(issuesOf(null)).toEqual([
      { path: '', message: 'expected a case as a JSON object, received null' },
    ]);
    expect(issuesOf([])).toEqual([
      { path: '', message: 'expected a case as a JSON object, received array' },
    ]);
  });

  it('InvalidCaseError lists every issue on its own line', () => {
    const c = base();
    c.items[0] = { ...c.items[0], amount: 'x' };
    c.debts[0] = { ...c.debts[0], date: '2024-13-01' };
    expect(() => allocate(c)).toThrow(
      'items[0].amount: expected an amount such as "1234.50", got "x"\ndebts[0].date: expected a date as YYYY-MM-DD, got "2024-13-01"',
    );
  });

  it('an earned income credit with no earned income to split it by', () => {
    const c = { ...base(), jointReturn: { earnedIncomeCredit: '600.00' } };
    c.items = [{ kind: 'withholding', spouse: 'injured', amount: '100.00' }];
    expect(issuesOf(c)).toEqual([
      {
        path: 'jointReturn.earnedIncomeCredit',
        message:
          'the return claims 600.00 of earned income credit, but no item gives either spouse earned income (wages or selfEmployment); add them so the credit can be split by earned income',
      },
    ]);
  });

  it('accepts the JSON text of a case, and names a syntax error', () => {
    expect(allocate(JSON.stringify(base())).summary.jointOverpayment).toBe('2817.00');
    expect(() => allocate('{"taxYear": 2024,')).toThrow(InvalidCaseError);
    expect(() => allocate('{"taxYear": 2024,')).toThrow(
      /^\(root\): expected a case as JSON text: /,
    );
  });

  it('wraps an unexpected failure in a typed error, never a bare one', () => {
    const hostile = {
      get creditFloor(): 'none' {
        throw new TypeError('boom');
      },
    };
    let caught: unknown;
    try {
      allocate(base(), hostile);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Form8379Error);
    expect((caught as Form8379Error).code).toBe('internal-error');
    expect((caught as Form8379Error).message).toBe(
      'form8379 internal error: boom; please report it with the case',
    );
  });

  it('bad options are typed errors naming the option', () => {
    expect(() => allocate(base(), { ratioDecimals: 1 })).toThrow(InvalidOptionError);
    expect(() => allocate(base(), { ratioDecimals: 1 })).toThrow(
      'options.ratioDecimals: must be a whole number from 2 to 10, got 1',
    );
    expect(() => allocate(base(), { creditFloor: 'x' as 'none' })).toThrow(
      'options.creditFloor: must be "none" or "per-spouse", got "x"',
    );
  });
});
