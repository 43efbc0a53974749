import { describe, expect, it } from 'vitest';
import { allocateUntyped as allocate } from './helpers.js';

function caseWith(
  items: unknown[],
  partI: Record<string, boolean> = {},
  extra: Record<string, unknown> = {},
) {
  return {
    taxYear: 2024,
    spouses: { injured: { name: 'Maria Lopez' }, other: { name: 'Jose Lopez' } },
    partI: {
      jointReturn: true,
      debtOwedOnlyBySpouse: true,
      injuredLegallyObligated: false,
      ...partI,
    },
    items,
    debts: [{ type: 'childSupport', amount: '3000.00' }],
    ...extra,
  };
}

const twoEarners = [
  { kind: 'wages', spouse: 'injured', amount: '52000.00', withholding: '6100.00' },
  { kind: 'wages', spouse: 'other', amount: '28000.00', withholding: '2400.00' },
  { kind: 'interest', spouse: 'joint', amount: '400.00' },
];

const path = (r: ReturnType<typeof allocate>) =>
  r.eligibility.answers.map((a) => `${a.line}:${a.answer ? 'yes' : 'no'}`).join(' ');

describe('Part I: who is an injured spouse', () => {
  it('qualifies at line 6 with withholding', () => {
    const r = allocate(caseWith(twoEarners));
    expect(r.eligibility).toMatchObject({ qualifies: true, stopReason: null, decidedAtLine: 6 });
    expect(path(r)).toBe('2:yes 3:yes 4:no 5:no 6:yes');
  });

  it('stops at line 2 for a return that is not joint: no injured share, the offset takes the whole overpayment', () => {
    const r = allocate(caseWith(twoEarners, { jointReturn: false }));
    expect(r.eligibility).toMatchObject({
      qualifies: false,
      stopReason: 'not-joint-return',
      decidedAtLine: 2,
    });
    expect(r.summary.jointOverpayment).toBe('2817.00');
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
    expect(r.summary.offsets).toEqual([{ type: 'childSupport', amount: '2817.00' }]);
  });

  it('stops at line 3 and line 4, pointing to Form 8857 for a liability the spouse shares', () => {
    expect(
      allocate(caseWith(twoEarners, { debtOwedOnlyBySpouse: false })).eligibility.stopReason,
    ).toBe('no-separate-debt');
    const r = allocate(caseWith(twoEarners, { injuredLegallyObligated: true }));
    expect(r.eligibility.stopReason).toBe('legally-obligated');
    expect(r.eligibility.decidedAtLine).toBe(4);
    expect(r.eligibility.advice).toContain('Form 8857');
  });

  it('qualifies at line 8 with earned income and the EIC but no withholding', () => {
    const r = allocate(
      caseWith(
        [
          { kind: 'wages', spouse: 'injured', amount: '21000.00' },
          { kind: 'wages', spouse: 'other', amount: '14000.00', withholding: '300.00' },
        ],
        {},
        { jointReturn: { earnedIncomeCredit: '5520.00' } },
      ),
    );
    expect(path(r)).toBe('2:yes 3:yes 4:no 5:no 6:no 7:yes 8:yes');
    expect(r.eligibility.decidedAtLine).toBe(8);
    // EIC 5,520 x 0.6000 (21,000 / 35,000); 2024 MFS tax on 6,400 is 643, joint tax on 5,800 is 583.
    expect(r.summary.contribution.injured).toBe('2729.00');
  });

  it('goes from line 7 "no" straight to line 9 and qualifies with a refundable credit', () => {
    const r = allocate(
      caseWith([
        { kind: 'refundableCredit', spouse: 'injured', amount: '1000.00' },
        { kind: 'wages', spouse: 'other', amount: '30000.00', withholding: '2000.00' },
      ]),
    );
    expect(path(r)).toBe('2:yes 3:yes 4:no 5:no 6:no 7:no 9:yes');
    expect(r.eligibility.decidedAtLine).toBe(9);
  });

  it('stops at line 9 with no payments or credits', () => {
    const r = allocate(
      caseWith([{ kind: 'wages', spouse: 'injured', amount: '1000.00' }, ...twoEarners.slice(1)]),
    );
    expect(path(r)).toBe('2:yes 3:yes 4:no 5:no 6:no 7:yes 8:no 9:no');
    expect(r.eligibility.stopReason).toBe('no-payments-or-credits');
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
  });

  it('marks answers given in the case as given and derived ones as derived', () => {
    const r = allocate(caseWith(twoEarners, { madePayments: true }));
    expect(r.eligibility.answers.find((a) => a.line === 6)?.basis).toBe('given');
    expect(r.eligibility.answers.find((a) => a.line === 5)?.basis).toBe('derived');
  });
});
