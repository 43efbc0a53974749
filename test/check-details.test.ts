/**
 * The after-filing check beyond the reference checks: the afterFiling input and its messages,
 * options.asOf, each document the check reads (offset notice, IRS notice, transcript codes, money
 * received), the offsets, the waits, the deadlines, community property, and the library's
 * `verifyExpected`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEBT_TYPES,
  InvalidOptionError,
  resultToJson,
  safeValidateCase,
  verifyExpected,
  type AfterFilingCheck,
  type AllocationOptions,
} from '../src/index.js';
import { OFFSET_DEBT_TYPES } from '../src/input/after-filing.js';
import { referenceCases } from './helpers.js';
import { allocateUntyped } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
type Case = Record<string, unknown> & { items: Record<string, unknown>[] };

function example(name = 'two-earners-child-support'): Case {
  return JSON.parse(readFileSync(join(ROOT, 'examples', name, 'case.json'), 'utf8'));
}

function checked(c: Record<string, unknown>, options?: AllocationOptions): AfterFilingCheck {
  const check = allocateUntyped(c, options).check;
  if (!check) throw new Error('no check');
  return check;
}

const money = (x: { toFixed(n: number): string } | null | undefined) => x?.toFixed(2) ?? null;

function issues(afterFiling: unknown): { path: string; message: string }[] {
  const outcome = safeValidateCase({ ...example(), afterFiling });
  return outcome.ok ? [] : [...outcome.issues];
}

describe('the afterFiling input', () => {
  it('is optional: without it the check is null and the JSON says so', () => {
    const result = allocateUntyped(example());
    expect(result.check).toBeNull();
    const json = resultToJson(result);
    expect(json.check).toBeNull();
    expect(Object.keys(json).at(-1)).toBe('check');
  });

  it('an empty block is checked, and every check says what is missing', () => {
    const check = checked({ ...example(), afterFiling: {} });
    expect(check.checks.map((c) => [c.rule, c.class])).toEqual([
      ['R-CHECK-OVERPAYMENT', 'not-given'],
      ['R-CHECK-OFFSETS', 'not-given'],
      ['R-CHECK-REFUND', 'not-given'],
      ['R-CHECK-INTEREST', 'none'],
      ['R-CHECK-DEADLINES', 'undecided'],
    ]);
    expect(check.headline).toBeNull();
    expect(check.lead).toEqual([]);
    expect(check.phones.map((p) => p.number)).toEqual([
      '800-304-3107',
      '800-829-1040',
      '877-777-4778',
    ]);
  });

  it('reads every amount with the amount schema, to canonical two-decimal strings', () => {
    const outcome = safeValidateCase({
      ...example(),
      afterFiling: {
        offsetNotice: {
          originalRefund: '2,817',
          offsets: [{ amount: 998, debtType: 'childSupport', fee: '17.5' }],
        },
        irsNotice: { kind: 'CP49', refund: '1,819.00' },
        received: [{ amount: 1819 }],
        transcript: [{ code: '846', amount: '-1,819.00' }],
      },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.afterFiling).toEqual({
      offsetNotice: {
        originalRefund: '2817.00',
        offsets: [{ amount: '998.00', debtType: 'childSupport', fee: '17.50' }],
      },
      irsNotice: { kind: 'CP49', refund: '1819.00' },
      received: [{ amount: '1819.00' }],
      transcript: [{ code: '846', amount: '-1819.00' }],
    });
  });

  it('names the field and what was expected in every message', () => {
    expect(
      issues({
        form8379Filed: { date: '2025-02-30', efiled: 'yes' },
        offsetNotice: {
          originalRefund: '$2,817',
          offsets: [{ amount: '-5', debtType: 'alimony' }],
        },
        irsNotice: { kind: 'CP2000', interest: '1.234' },
        received: [{ amount: '12x', issuedTo: 'me', date: '5/2/2025' }],
        transcript: [{ code: 846 }, { code: '84', actionCode: 71 }],
      }),
    ).toEqual([
      {
        path: 'afterFiling.form8379Filed.date',
        message:
          'expected the date Form 8379 was filed as YYYY-MM-DD, e.g. "2025-02-10", got "2025-02-30"',
      },
      {
        path: 'afterFiling.form8379Filed.efiled',
        message:
          'expected true or false (whether the joint return with Form 8379 was e-filed), got "yes"',
      },
      {
        path: 'afterFiling.offsetNotice.originalRefund',
        message: 'expected an amount without the dollar sign, e.g. "61,250.00", got "$2,817"',
      },
      {
        path: 'afterFiling.offsetNotice.offsets[0].amount',
        message: 'must not be negative, got "-5"',
      },
      {
        path: 'afterFiling.offsetNotice.offsets[0].debtType',
        message:
          'unknown debt type "alimony"; expected one of federalTax, childSupport, spousalSupport, federalNontax, stateIncomeTax, stateUnemployment',
      },
      {
        path: 'afterFiling.irsNotice.kind',
        message:
          'unknown kind of IRS notice "CP2000"; expected one of CP49, CP42, 3179C, 916C, 105C, other',
      },
      {
        path: 'afterFiling.irsNotice.interest',
        message: 'expected at most two decimals, got "1.234"',
      },
      {
        path: 'afterFiling.received[0].amount',
        message: 'expected an amount such as "1234.50", got "12x"',
      },
      {
        path: 'afterFiling.received[0].date',
        message:
          'expected the date the money was received as YYYY-MM-DD, e.g. "2025-02-10", got "5/2/2025"',
      },
      {
        path: 'afterFiling.received[0].issuedTo',
        message: 'unknown name on the refund "me"; expected one of injured, both, other',
      },
      {
        path: 'afterFiling.transcript[0].code',
        message:
          'expected the transaction code as a string of 3 digits, e.g. "846", got the number 846',
      },
      {
        path: 'afterFiling.transcript[1].code',
        message: 'expected the transaction code as 3 digits, e.g. "846"',
      },
      {
        path: 'afterFiling.transcript[1].actionCode',
        message: 'expected the action code as a string of 3 digits, e.g. "071"',
      },
    ]);
  });

  it('required fields, wrong types and unknown fields', () => {
    expect(issues({ form8379Filed: {}, irsNotice: {}, received: [{}] })).toEqual([
      {
        path: 'afterFiling.form8379Filed.date',
        message: 'required: expected the date Form 8379 was filed as YYYY-MM-DD, e.g. "2025-02-10"',
      },
      {
        path: 'afterFiling.irsNotice.kind',
        message:
          'required: expected a kind of IRS notice, one of CP49, CP42, 3179C, 916C, 105C, other',
      },
      {
        path: 'afterFiling.received[0].amount',
        message:
          'expected an amount: a decimal string or number with at most two decimals, e.g. "1234.50"',
      },
    ]);
    expect(issues({ received: '1300' })).toEqual([
      { path: 'afterFiling.received', message: 'expected a list of amounts received, got "1300"' },
    ]);
    expect(issues('yes')).toEqual([
      {
        path: 'afterFiling',
        message: 'expected what happened after filing as an object, got "yes"',
      },
    ]);
    expect(issues({ offsetNotice: { refund: '1' } })).toEqual([
      { path: 'afterFiling.offsetNotice', message: 'unknown field "refund"' },
    ]);
    expect(issues({ received: Array.from({ length: 201 }, () => ({ amount: '1' })) })).toEqual([
      {
        path: 'afterFiling.received',
        message: 'at most 200 amounts received in one case, got 201 amounts received',
      },
    ]);
  });

  it("its debt types are the case schema's, in the same order", () => {
    expect(OFFSET_DEBT_TYPES).toEqual(DEBT_TYPES);
  });
});

describe('options.asOf', () => {
  it('is a real date as YYYY-MM-DD, or an InvalidOptionError', () => {
    for (const bad of ['2025-02-30', '2025-2-3', 'today', 20250101]) {
      expect(() =>
        allocateUntyped(example(), { asOf: bad } as unknown as AllocationOptions),
      ).toThrow(InvalidOptionError);
    }
  });

  it('is not an assumption: result.options does not change with it', () => {
    const plain = allocateUntyped(example());
    const dated = allocateUntyped(example(), { asOf: '2025-06-30' });
    expect(dated.options).toEqual(plain.options);
    expect(resultToJson(dated)).toEqual(resultToJson(plain));
  });

  it('the library never reads the clock: the same result whatever today is', () => {
    const c = {
      ...example(),
      form8379: { filedWith: 'alone' },
      afterFiling: { form8379Filed: { date: '2025-06-01' }, received: [] },
    };
    vi.useFakeTimers({ now: new Date('2025-06-10T12:00:00Z') });
    const early = resultToJson(allocateUntyped(c));
    vi.setSystemTime(new Date('2031-01-01T12:00:00Z'));
    const late = resultToJson(allocateUntyped(c));
    expect(late).toEqual(early);
    expect(early.check?.asOf).toBeNull();
    expect(early.check?.checks[2]?.class).toBe('unexplained');
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('the documents the check reads', () => {
  it('the wait by how Form 8379 was filed: alone 8 weeks, paper 14, e-file not said 14, amended 16', () => {
    const wait = (filedWith: string | undefined, efiled?: boolean) => {
      const c: Record<string, unknown> = {
        ...example(),
        afterFiling: {
          form8379Filed: { date: '2025-03-03', ...(efiled === undefined ? {} : { efiled }) },
          received: [],
        },
      };
      if (filedWith) c.form8379 = { filedWith };
      return checked(c, { asOf: '2025-03-10' }).checks[2].pending;
    };
    expect(wait('alone')).toMatchObject({ weeks: 8, waitEnds: '2025-04-28', waiting: true });
    expect(wait('originalReturn', false)).toMatchObject({ weeks: 14, waitEnds: '2025-06-09' });
    expect(wait('originalReturn')).toMatchObject({ weeks: 14, waiting: true });
    expect(wait('originalReturn').basis).toContain('the later date is used');
    expect(wait('amendedReturn')).toMatchObject({ weeks: 16, waitEnds: '2025-06-23' });
    expect(wait(undefined)).toMatchObject({
      weeks: null,
      waitEnds: null,
      waiting: null,
      unknownBecause: 'the case does not say how Form 8379 was filed (form8379.filedWith)',
    });
  });

  it('transcript 971 with action code 071 gives the filing date when the case does not', () => {
    const check = checked(
      {
        ...example(),
        form8379: { filedWith: 'alone' },
        afterFiling: { transcript: [{ code: '971', actionCode: '071', date: '2025-06-05' }] },
      },
      { asOf: '2025-06-20' },
    );
    const refund = check.checks[2];
    expect(refund.pending).toMatchObject({ filed: '2025-06-05', waitEnds: '2025-07-31' });
    // A transcript without an 846 line says nothing was refunded yet.
    expect(refund.class).toBe('pending');
    expect(check.notes[0]).toContain('971, action code 071');
  });

  it('846 lines from the filing date are what was received; earlier ones, and other codes, are not', () => {
    const check = checked({
      ...example(),
      afterFiling: {
        form8379Filed: { date: '2025-06-01' },
        transcript: [
          { code: '846', date: '2025-04-01', amount: '-500.00' },
          { code: '846', date: '2025-07-28', amount: '-1,819.00' },
          { code: '766', date: '2025-07-21', amount: '-1,819.00' },
          { code: '150', date: '2025-03-01', amount: '5683.00' },
        ],
      },
    });
    const refund = check.checks[2];
    expect(money(refund.received)).toBe('1819.00');
    expect(refund.class).toBe('rounding');
    expect(check.notes.join(' ')).toContain('Transcript code 150 is not read');
    expect(check.notes.join(' ')).toContain('766 a credit');
  });

  it("money issued to the other spouse alone is not the injured spouse's", () => {
    const refund = checked({
      ...example(),
      afterFiling: {
        received: [
          { amount: '1819.00', issuedTo: 'both' },
          { amount: '400.00', issuedTo: 'other' },
        ],
      },
    }).checks[2];
    expect(money(refund.received)).toBe('1819.00');
    expect(refund.figures.map((f) => f.label)).toEqual([
      'Received, in both names',
      "The estimate's refund to the injured spouse",
    ]);
  });

  it("the notice's refund and interest, when nothing else says what was received", () => {
    const check = checked({
      ...example(),
      afterFiling: {
        irsNotice: { kind: 'CP49', overpayment: '2817', refund: '1830', interest: '11' },
      },
    });
    expect(check.checks[0].class).toBe('agrees');
    expect(money(check.checks[2].irs?.amount)).toBe('1819.00');
    expect(check.checks[3].class).toBe('shown');
  });

  it('an overpayment a dollar or more off is a change; less is the whole-dollar return', () => {
    const cls = (originalRefund: string) =>
      checked({ ...example(), afterFiling: { offsetNotice: { originalRefund } } }).checks[0].class;
    expect(cls('2817.99')).toBe('agrees');
    expect(cls('2816.01')).toBe('agrees');
    expect(cls('2818.00')).toBe('return-changed');
    // The return's own line 34, when the case gives it, is what is compared.
    const given = checked({
      ...example(),
      jointReturn: { overpayment: '2,617' },
      afterFiling: { offsetNotice: { originalRefund: '2617' } },
    }).checks[0];
    expect(given.class).toBe('agrees');
    expect(given.estimate?.source).toBe('the joint return (jointReturn.overpayment)');
  });
});

describe('R-CHECK-OFFSETS', () => {
  it("filed alone after the whole refund was taken: the part beyond the other spouse's portion is named", () => {
    const check = checked({
      ...example(),
      afterFiling: {
        offsetNotice: {
          date: '2025-03-20',
          originalRefund: '2817.00',
          offsets: [{ amount: '2817.00', debtType: 'childSupport', agency: 'Texas OAG' }],
        },
      },
    });
    const offsets = check.checks[1];
    expect(offsets.class).toBe('beyond-other-portion');
    expect(money(offsets.beyondOtherPortion)).toBe('1819.00');
    expect(offsets.explanation).toBe(
      "The offsets took $2,817.00, $1,819.00 more than the other spouse's portion of the estimate ($998.00): that part is the injured spouse's, which Form 8379 claims back.",
    );
    expect(offsets.figures[0]?.label).toBe('Offset to Texas OAG (past-due child support)');
  });

  it('net of the 899 reversal, the offsets agree with the estimate', () => {
    const offsets = checked({
      ...example(),
      afterFiling: {
        transcript: [
          { code: '898', date: '2025-03-20', amount: '-2817.00' },
          { code: '899', date: '2025-08-01', amount: '1819.00' },
        ],
      },
    }).checks[1];
    expect(offsets.class).toBe('agrees');
    expect(money(offsets.irs?.amount)).toBe('998.00');
    expect(money(offsets.untyped)).toBe('2817.00');
    expect(money(offsets.reversed)).toBe('1819.00');
  });

  it('debt by debt in the order of the law; a debt the case does not list points to the agency', () => {
    const c = example();
    c.debts = [
      { type: 'federalTax', amount: '300.00' },
      { type: 'childSupport', amount: '3000.00' },
    ];
    const check = checked({
      ...c,
      afterFiling: {
        offsetNotice: {
          offsets: [
            { amount: '598.00', debtType: 'childSupport' },
            { amount: '100.00', debtType: 'federalNontax' },
          ],
        },
        irsNotice: { kind: 'CP49', appliedToTax: '300.00' },
      },
    });
    const offsets = check.checks[1];
    expect(
      offsets.byDebt.map((d) => [d.type, money(d.irs), money(d.estimate), money(d.difference)]),
    ).toEqual([
      ['federalTax', '300.00', '300.00', '0.00'],
      ['childSupport', '598.00', '698.00', '-100.00'],
      ['federalNontax', '100.00', '0.00', '100.00'],
    ]);
    // The same total, not the same debts.
    expect(money(offsets.difference)).toBe('0.00');
    expect(offsets.class).toBe('differs');
    expect(offsets.debtQuestions).toEqual([
      'An offset of $100.00 went to federal agency nontax debt, a debt the case does not list: add it to the debts, or ask the agency about it.',
    ]);
    expect(offsets.nextStep?.letter).toBe('agency');
    expect(check.letters).toEqual(['agency']);
  });
});

describe('R-CHECK-DEADLINES', () => {
  it('the later of 3 years from the due date and 2 years from the offset; a refund suit after a 105C', () => {
    const check = checked(
      {
        ...example(),
        taxYear: 2021,
        afterFiling: {
          offsetNotice: { date: '2024-09-16' },
          irsNotice: { kind: '105C', date: '2025-01-10' },
        },
      },
      { asOf: '2025-05-01' },
    );
    const deadlines = check.checks[4];
    expect(deadlines.deadlines.map((d) => [d.id, d.date, d.passed, d.confidence])).toEqual([
      ['three-years', '2025-04-15', true, 'S'],
      ['two-years', '2026-09-16', false, 'S'],
      ['last-day', '2026-09-16', false, 'S'],
      ['refund-suit', '2027-01-10', false, 'A'],
    ]);
    expect(deadlines.class).toBe('open');
    expect(deadlines.nextStep).toEqual({
      text: 'If Form 8379 is not filed yet, file it by September 16, 2026.',
      letter: null,
    });
  });

  it('passed, with today after the last day', () => {
    const deadlines = checked({ ...example(), afterFiling: {} }, { asOf: '2028-04-19' }).checks[4];
    expect(deadlines.class).toBe('passed');
    expect(deadlines.deadlines.at(-1)).toMatchObject({ date: '2028-04-18', passed: true });
  });
});

describe('community property', () => {
  it('a difference state law may explain: the state rule and the reachable amounts', () => {
    const c = example('texas-couple');
    const estimate = allocateUntyped(c).distribution.injuredRefund.amount;
    const check = checked({
      ...c,
      afterFiling: { received: [{ amount: estimate.plus(250).toFixed(2) }] },
    });
    const refund = check.checks[2];
    expect(refund.class).toBe('community-property');
    expect(refund.communityProperty?.states).toEqual(['TX']);
    expect(refund.communityProperty?.debts.length).toBeGreaterThan(0);
    expect(refund.explanation).toContain('In TX the refund is divided under state law');
    expect(refund.nextStep?.letter).toBe('request');
  });
});

describe('verifyExpected', () => {
  it('every reference case and example matches, with a rule on every row', () => {
    const cases = [
      ...referenceCases().map((r) => r.json),
      ...['two-earners-child-support', 'eic-family', 'texas-couple', 'arizona-couple'].map((n) =>
        example(n),
      ),
    ];
    for (const c of cases) {
      const outcome = verifyExpected(allocateUntyped(c));
      expect(outcome.matches, JSON.stringify(outcome.differences)).toBe(true);
      expect(outcome.rows.length).toBeGreaterThanOrEqual(11);
      expect(outcome.rows.every((r) => r.rule !== null)).toBe(true);
    }
  });

  it('a cent off names the figure and its rule', () => {
    const c = example();
    (c.expected as Record<string, unknown>).taxShare = { injured: '4281.01', other: '1402.00' };
    const outcome = verifyExpected(allocateUntyped(c));
    expect(outcome.matches).toBe(false);
    expect(outcome.differences).toEqual([
      {
        figure: 'taxShare.injured',
        expected: '4281.01',
        computed: '4281.00',
        difference: '-0.01',
        matches: false,
        rule: 'R-TAX-SHARE',
        problem: null,
      },
    ]);
  });

  it('amounts compare as numbers; unknown keys, bad values and missing offsets do not match', () => {
    const c = example();
    c.expected = {
      jointOverpayment: 2817,
      injuredSpouseRefund: '1,819',
      taxRatio: '0.75330',
      contribution: { injured: 'lots' },
      offsets: [
        { type: 'childSupport', amount: '998' },
        { type: 'federalTax', amount: '0' },
      ],
      refund: '1819.00',
    };
    const outcome = verifyExpected(allocateUntyped(c));
    expect(outcome.rows.map((r) => [r.figure, r.matches, r.problem])).toEqual([
      ['taxRatio', true, null],
      ['contribution.injured', false, 'expected an amount such as "1234.50", got "lots"'],
      ['jointOverpayment', true, null],
      ['injuredSpouseRefund', true, null],
      ['offsets[0].type', true, null],
      ['offsets[0].amount', true, null],
      ['offsets[1]', false, 'an offset expected gives and the result does not have'],
      ['refund', false, 'not a figure of the summary'],
    ]);
  });

  it('a case without expected has nothing to compare', () => {
    const c = example();
    delete c.expected;
    expect(verifyExpected(allocateUntyped(c))).toEqual({
      hasExpected: false,
      matches: false,
      rows: [],
      differences: [],
    });
  });
});
