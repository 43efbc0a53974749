/** Valid but implausible figures are warnings that name the field and what was read. */
import { describe, expect, it } from 'vitest';
import { allocateUntyped as allocate } from './helpers.js';

const base = () => ({
  taxYear: 2024,
  spouses: {
    injured: { name: 'Dana Reyes', ssn: '400-00-0001' },
    other: { name: 'Chris Reyes', ssn: '400-00-0002' },
  },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  items: [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
  ] as Record<string, unknown>[],
  debts: [{ type: 'childSupport', amount: '3000', date: '2023-06-01' }] as Record<
    string,
    unknown
  >[],
});

const codes = (c: unknown) => allocate(c).warnings.map((w) => w.code);

describe('implausible figures', () => {
  it('a plausible case has none of these warnings', () => {
    expect(codes(base())).toEqual([]);
  });

  it('the same SSN for both spouses, written either way', () => {
    const c = base();
    c.spouses.other.ssn = '400000001';
    expect(allocate(c).warnings).toEqual([
      {
        code: 'same-ssn',
        path: 'spouses.other.ssn',
        message:
          'Both spouses have the same SSN (ending 0001): check both against the joint return.',
      },
    ]);
  });

  it('withholding larger than the wages it is withheld from', () => {
    const c = base();
    c.items[0] = {
      kind: 'wages',
      spouse: 'injured',
      amount: '5000',
      withholding: '9000',
      description: 'Acme W-2',
    };
    expect(allocate(c).warnings).toEqual([
      {
        code: 'withholding-above-income',
        path: 'items[0].withholding',
        figures: { withholding: '9000.00', amount: '5000.00' },
        message:
          "Dana Reyes's wages (Acme W-2) of 5000.00 shows 9000.00 of tax withheld, more than the income it was withheld from: check both figures (Form W-2 boxes 1 and 2, or the Form 1099).",
      },
    ]);
    c.items[0] = { kind: 'wages', spouse: 'injured', amount: '5000', withholding: '5000' };
    expect(codes(c)).toEqual([]);
  });

  it('a debt dated before 1900 or after the claim window of the return', () => {
    const c = base();
    c.debts = [
      { type: 'childSupport', amount: '3000', date: '1850-01-01' },
      { type: 'stateIncomeTax', amount: '500', date: '2028-04-16' },
      { type: 'federalNontax', amount: '500', date: '2028-04-15' },
    ];
    expect(allocate(c).warnings).toEqual([
      {
        code: 'debt-date-implausible',
        path: 'debts[0].date',
        message: 'The past-due child support dated 1850-01-01 is before 1900: check the date.',
      },
      {
        code: 'debt-date-implausible',
        path: 'debts[1].date',
        message:
          'The state income tax dated 2028-04-16 is later than 2028-04-15, the end of the claim window for this 2024 return (3 years after its due date): a debt that arose later cannot have taken this refund; check the date and the tax year.',
      },
    ]);
  });
});

describe('a debt whose community property formula gives less than 0', () => {
  it('reaches 0.00, and the formula says why', () => {
    // California: the other spouse's tax on separate interest is far more than that spouse paid
    // in, and the injured spouse paid with separate funds, so S_o + C/2 is -14,255.66.
    const r = allocate({
      taxYear: 2024,
      spouses: { injured: { name: 'Ana' }, other: { name: 'Ben' } },
      partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
      communityProperty: { states: ['CA'] },
      items: [
        { kind: 'wages', spouse: 'injured', amount: '60000' },
        {
          kind: 'estimatedPayment',
          spouse: 'injured',
          amount: '40000',
          fromSeparateProperty: true,
        },
        { kind: 'wages', spouse: 'other', amount: '1000' },
        { kind: 'interest', spouse: 'other', amount: '90000', fromSeparateProperty: true },
      ],
      debts: [{ type: 'childSupport', amount: '5000' }],
    });
    const reach = r.communityProperty!.debts[0]!;
    expect(reach.reachable.amount.toFixed(2)).toBe('0.00');
    expect(reach.rule.formula).toBe('max(0, S_o + C/2)');
    expect(reach.reachable.inputs).toContainEqual({ name: 'formula amount', value: '-14255.66' });
    expect(reach.reachable.formula).toContain(
      "the formula gives -14255.66, below 0: the other spouse's part of the overpayment is below 0 (that spouse's share of the tax is more than that spouse paid in), so this debt reaches nothing",
    );
    expect(r.summary.offsets).toEqual([{ type: 'childSupport', amount: '0.00' }]);
    expect(r.summary.injuredSpouseRefund).toBe('23098.00');
  });
});
