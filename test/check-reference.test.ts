/**
 * The six reference checks of result-check.md section 5, exactly: class, figures, dates. The case
 * is the bundled example (two wage earners, child support; the estimate gives the injured spouse
 * 1,819.00 of a 2,817.00 overpayment).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  resultToJson,
  type AfterFilingCheck,
  type AllocationOptions,
  type RefundCheckResult,
} from '../src/index.js';
import { allocateUntyped } from './helpers.js';

const EXAMPLE = join(
  import.meta.dirname,
  '..',
  'examples',
  'two-earners-child-support',
  'case.json',
);

function example(): Record<string, unknown> & { items: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(EXAMPLE, 'utf8'));
}

function checked(c: Record<string, unknown>, options?: AllocationOptions): AfterFilingCheck {
  const check = allocateUntyped(c, options).check;
  if (!check) throw new Error('no check');
  return check;
}

const refundOf = (check: AfterFilingCheck): RefundCheckResult => check.checks[2];
const money = (x: { toFixed(n: number): string } | null | undefined) => x?.toFixed(2) ?? null;

describe('the reference checks of result-check.md section 5', () => {
  it('1. filed with an e-filed return 5 weeks ago, nothing received: pending until 11 weeks after filing', () => {
    const c = {
      ...example(),
      form8379: { filedWith: 'originalReturn' },
      afterFiling: { form8379Filed: { date: '2025-02-10', efiled: true }, received: [] },
    };
    const check = checked(c, { asOf: '2025-03-17' }); // 5 weeks after 2025-02-10
    const refund = refundOf(check);
    expect(refund.class).toBe('pending');
    expect(refund.pending).toEqual({
      filed: '2025-02-10',
      filedWith: 'originalReturn',
      weeks: 11,
      waitEnds: '2025-04-28', // 77 days after filing
      waiting: true,
      basis: 'about 11 weeks with an e-filed return (Form 8379 instructions)',
      unknownBecause: null,
    });
    expect(money(refund.received)).toBe('0.00');
    expect(money(refund.estimate?.amount)).toBe('1819.00');
    expect(money(refund.difference)).toBe('-1819.00');
    expect(refund.nextStep).toEqual({
      text: 'Wait until April 28, 2025; if the refund has not arrived by then, call the IRS at 800-829-1040.',
      letter: null,
    });
    expect(check.headline).toBe(
      'You received $0.00; the estimate is $1,819.00; the difference of $1,819.00 is not a problem yet: the IRS may still be processing Form 8379 until April 28, 2025.',
    );
    expect(check.letters).toEqual([]);
    // The day the wait ends, it is no longer pending.
    expect(refundOf(checked(c, { asOf: '2025-04-28' })).class).toBe('unexplained');
    expect(refundOf(checked(c, { asOf: '2025-04-27' })).class).toBe('pending');
  });

  it('2. received 1,821.00 of which 0.00 interest against 1,819.00: rounding', () => {
    const check = checked({
      ...example(),
      afterFiling: {
        received: [{ amount: '1,821.00' }],
        irsNotice: { kind: 'other', interest: 0 },
      },
    });
    const refund = refundOf(check);
    expect(refund.class).toBe('rounding');
    expect(money(refund.irs?.amount)).toBe('1821.00');
    expect(money(refund.interest)).toBe('0.00');
    expect(money(refund.estimate?.amount)).toBe('1819.00');
    expect(money(refund.difference)).toBe('2.00');
    expect(refund.nextStep).toBeNull();
    expect(check.headline).toBe(
      'You received $1,821.00; the estimate is $1,819.00; the difference of $2.00 is rounding (whole-dollar forms and a 4-decimal ratio).',
    );
  });

  it("3. the notice's original refund is 2,617.00 instead of 2,817.00: return-changed, the other checks on the return as filed", () => {
    const check = checked({
      ...example(),
      afterFiling: {
        offsetNotice: { originalRefund: '2617.00' },
        received: [{ amount: '1821.00' }],
      },
    });
    const [overpayment, ...others] = check.checks;
    expect(overpayment.class).toBe('return-changed');
    expect(money(overpayment.irs?.amount)).toBe('2617.00');
    expect(money(overpayment.estimate?.amount)).toBe('2817.00');
    expect(money(overpayment.difference)).toBe('-200.00');
    expect(overpayment.onReturnAsFiled).toBe(false);
    expect(others.map((c) => [c.rule, c.onReturnAsFiled])).toEqual([
      ['R-CHECK-OFFSETS', true],
      ['R-CHECK-REFUND', true],
      ['R-CHECK-INTEREST', true],
      ['R-CHECK-DEADLINES', true],
    ]);
    expect(check.onReturnAsFiled).toBe(true);
    // Said first: the lead opens with the change, then the received sentence.
    expect(check.lead).toEqual([overpayment.explanation, check.headline]);
    expect(overpayment.explanation).toBe(
      "The IRS changed the return: its figure is $2,617.00 but the return's overpayment is $2,817.00 (-$200.00), so the estimate must be recomputed on the IRS's figures, and the other checks are on the return as filed.",
    );
    // Within $5 the refund is still rounding (first match wins); beyond, the change explains it.
    expect(refundOf(check).class).toBe('rounding');
    const beyond = checked({
      ...example(),
      afterFiling: {
        offsetNotice: { originalRefund: '2617.00' },
        received: [{ amount: '1619.00' }],
      },
    });
    expect(refundOf(beyond).class).toBe('return-changed');
    expect(money(refundOf(beyond).difference)).toBe('-200.00');
  });

  it('4. the joint interest of 400.00 split 400/0 by agreement; received what a 200/200 split gives: irs-default-split naming the interest', () => {
    const c = example();
    c.items[2] = { ...c.items[2], injuredShare: '400.00' };
    const check = checked({ ...c, afterFiling: { received: [{ amount: '1819.00' }] } });
    const refund = refundOf(check);
    expect(refund.class).toBe('irs-default-split');
    expect(money(refund.estimate?.amount)).toBe('1795.13'); // the agreed 400/0 split
    expect(money(refund.difference)).toBe('23.87');
    expect(refund.split).toMatchObject({ itemIndex: 2, kind: 'interest', default: 'half-each' });
    expect(refund.split?.item).toBe('the joint interest (items[2])');
    expect(money(refund.split?.injuredRefund)).toBe('1819.00');
    expect(money(refund.split?.agreed)).toBe('400.00');
    expect(refund.splitsTried).toHaveLength(1);
    expect(refund.nextStep?.letter).toBe('reconsider');
    expect(check.letters).toEqual(['reconsider', 'advocate']);
    expect(check.headline).toBe(
      "You received $1,819.00; the estimate is $1,795.13; the difference of $23.87 is what the estimate gives when the joint interest (items[2]) is split the IRS's default way instead of as agreed.",
    );
  });

  it('5. received 1,300.00 against 1,819.00 with no other input: unexplained, letter A offered', () => {
    const check = checked({ ...example(), afterFiling: { received: [{ amount: '1300.00' }] } });
    const refund = refundOf(check);
    expect(refund.class).toBe('unexplained');
    expect(money(refund.irs?.amount)).toBe('1300.00');
    expect(money(refund.difference)).toBe('-519.00');
    expect(refund.splitsTried).toEqual([]);
    expect(refund.nextStep).toEqual({
      text: 'Ask the IRS for a copy of the injured spouse allocation worksheet it used and for the items it allocated differently.',
      letter: 'request',
    });
    expect(check.letters).toEqual(['request', 'advocate']);
    // No filing date and no today: whether it is still pending cannot be told, and it says so.
    expect(refund.pending.waiting).toBeNull();
    expect(refund.explanation).toContain('cannot be told');
  });

  it('6. received 1,850.00 including 31.00 interest (776): 1,819.00 compared, rounding 0 apart, the interest on its own line', () => {
    const check = checked({
      ...example(),
      afterFiling: {
        received: [{ amount: '1850.00', date: '2025-05-02' }],
        transcript: [{ code: '776', date: '2025-05-02', amount: '-31.00' }],
      },
    });
    const refund = refundOf(check);
    expect(refund.class).toBe('rounding');
    expect(money(refund.received)).toBe('1850.00');
    expect(money(refund.interest)).toBe('31.00');
    expect(money(refund.irs?.amount)).toBe('1819.00');
    expect(money(refund.difference)).toBe('0.00');
    const interest = check.checks[3];
    expect(interest.class).toBe('shown');
    expect(money(interest.irs?.amount)).toBe('31.00');
    expect(interest.figures.map((f) => f.source)).toEqual([
      'account transcript (afterFiling.transcript[0])',
    ]);
    expect(check.headline).toBe(
      'You received $1,850.00 ($31.00 of it interest); the estimate is $1,819.00; the difference of $0.00 is rounding (whole-dollar forms and a 4-decimal ratio).',
    );
  });

  it('the JSON form writes the check last, money as strings', () => {
    const result = allocateUntyped({
      ...example(),
      afterFiling: { received: [{ amount: '1300.00' }] },
    });
    const json = resultToJson(result);
    expect(Object.keys(json).at(-1)).toBe('check');
    const refund = json.check?.checks[2];
    expect(refund).toMatchObject({
      rule: 'R-CHECK-REFUND',
      class: 'unexplained',
      irs: { amount: '1300.00' },
      estimate: { amount: '1819.00', source: 'estimate, R-IS-REFUND' },
      difference: '-519.00',
    });
    expect(Object.keys(refund ?? {}).slice(0, 11)).toEqual([
      'rule',
      'title',
      'confidence',
      'class',
      'irs',
      'estimate',
      'difference',
      'explanation',
      'nextStep',
      'onReturnAsFiled',
      'figures',
    ]);
    expect(JSON.parse(JSON.stringify(json)).check.checks[2].class).toBe('unexplained');
  });
});
