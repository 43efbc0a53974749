/**
 * From a Form 1040 to the case: the lines the case format gained (capital loss, self-employment
 * tax, the additional child tax credit, the prior-year overpayment), R-CREDIT-LIMIT, the checks
 * of the return's own figures and the rejections, each with its exact figures and messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorksheet, resultToJson, safeValidateCase, type InputIssue } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

type Json = Record<string, unknown> & { items: Record<string, unknown>[] };
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Json;

const dana = {
  taxYear: 2024,
  spouses: { injured: { name: 'Dana Reyes' }, other: { name: 'Chris Reyes' } },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  debts: [{ type: 'childSupport', amount: '3000' }],
};

function issuesOf(input: unknown): readonly InputIssue[] {
  const outcome = safeValidateCase(input);
  if (outcome.ok) throw new Error('expected the case to be rejected');
  return outcome.issues;
}

describe('R-CREDIT-LIMIT: credits above the joint tax', () => {
  it('uses only the joint tax in credits by default and warns (eic-children-2024)', () => {
    const r = allocate(fixture('eic-children-2024.json'));
    expect(r.summary.jointOverpayment).toBe('9870.00');
    expect(r.summary.injuredSpouseRefund).toBe('7362.00');
    expect(r.creditLimit?.entered.amount.toFixed(2)).toBe('620.00');
    expect(r.creditLimit?.ratio.amount.toFixed(4)).toBe('1.0000');
    expect(r.creditLimit?.allowed.injured.amount.toFixed(2)).toBe('583.00');
    expect(r.creditLimit?.allowed.other.amount.toFixed(2)).toBe('0.00');
    expect(r.netTax.injured.amount.toFixed(2)).toBe('0.00');
    const line16 = r.partIII.find((l) => l.line === '16')!;
    expect([line16.total, line16.injured, line16.other].map((d) => d.toFixed(2))).toEqual([
      '583.00',
      '583.00',
      '0.00',
    ]);
    expect(line16.entries.map((e) => [e.rule, e.injured.toFixed(2)])).toEqual([
      ['R-ALLOC-ITEM', '620.00'],
      ['R-CREDIT-LIMIT', '-37.00'],
    ]);
    expect(r.warnings[0]).toEqual({
      code: 'credits-above-tax',
      line: '21',
      figures: { credits: '620.00', jointTax: '583.00', creditsUsed: '583.00' },
      message:
        "The nonrefundable credits of the items (620.00) are more than the joint income tax (583.00), but Form 1040 line 22 cannot go below 0: the unused part of a child tax credit becomes the additional child tax credit (line 28), entered as its own item. The allocation uses 583.00 of credits, split in proportion to each spouse's credits (option creditLimit).",
    });
    expect(r.assumptions.find((a) => a.id === 'A-CREDIT-LIMIT')).toMatchObject({
      rule: 'R-CREDIT-LIMIT',
      option: 'creditLimit',
      value: 'joint-tax',
    });
  });

  it("splits the joint tax in proportion to each spouse's credits", () => {
    // 400 / 600 = 0.6667; 0.6667 x 300 = 200.01 to the injured spouse, 99.99 to the other.
    const r = allocate({
      ...dana,
      items: [
        { kind: 'wages', spouse: 'injured', amount: '30000', withholding: '3000' },
        { kind: 'wages', spouse: 'other', amount: '20000', withholding: '1000' },
        { kind: 'nonrefundableCredit', spouse: 'injured', amount: '400' },
        { kind: 'nonrefundableCredit', spouse: 'other', amount: '200' },
      ],
      jointReturn: { incomeTax: '300.00' },
    });
    expect(r.creditLimit?.ratio.amount.toFixed(4)).toBe('0.6667');
    expect(r.creditLimit?.allowed.injured.amount.toFixed(2)).toBe('200.01');
    expect(r.creditLimit?.allowed.other.amount.toFixed(2)).toBe('99.99');
    expect(r.summary.jointOverpayment).toBe('4000.00');
  });

  it('credits within the joint tax are used as entered', () => {
    const r = allocate(fixture('high-income-2025.json'));
    expect(r.creditLimit).toBeNull();
    expect(r.warnings.map((w) => w.code)).not.toContain('credits-above-tax');
  });
});

describe('self-employment tax on the selfEmployment item', () => {
  it('puts the tax on line 18 and its half on line 14: the same result as entering both by hand', () => {
    const byHand = fixture('self-employed-estimated-2023.json');
    const items = byHand.items
      .filter((i) => i.kind !== 'adjustment' && i.kind !== 'otherTax')
      .map((i) => (i.kind === 'selfEmployment' ? { ...i, selfEmploymentTax: '5369.46' } : i));
    const r = allocate({ ...byHand, items });
    expect(r.summary).toEqual(byHand.expected);
    const line = (id: string) => r.partIII.find((l) => l.line === id)!;
    expect(line('18').other.toFixed(2)).toBe('5369.46');
    expect(line('14').other.toFixed(2)).toBe('2684.73');
    expect(line('14').entries.map((e) => e.rule)).toEqual(['R-SE-TAX']);
    expect(r.warnings.map((w) => w.code)).not.toContain('self-employment-tax-missing');
  });

  it('warns when net earnings of 400.00 or more have no self-employment tax', () => {
    const r = allocate({
      ...dana,
      items: [
        { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
        { kind: 'selfEmployment', spouse: 'other', amount: '38,000.00' },
      ],
    });
    expect(r.warnings).toContainEqual({
      code: 'self-employment-tax-missing',
      line: '23',
      figures: { selfEmploymentIncome: '38000.00', netEarnings: '35093.00' },
      message:
        'Chris Reyes has self-employment income of 38000.00 (net earnings 35093.00, at least 400.00), but the case gives no self-employment tax: give it as "selfEmploymentTax" on the selfEmployment item (Schedule SE; it goes on Form 8379 line 18, and its deductible half on line 14).',
    });
  });

  it('does not warn below the threshold: 433.00 of profit is 399.88 of net earnings', () => {
    const at = (amount: string) =>
      allocate({
        ...dana,
        items: [
          { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
          { kind: 'selfEmployment', spouse: 'other', amount },
        ],
      }).warnings.filter((w) => w.code === 'self-employment-tax-missing');
    expect(at('433.00')).toEqual([]);
    expect(at('434.00').map((w) => w.figures?.netEarnings)).toEqual(['400.80']);
  });

  it('is rejected on any other kind of item', () => {
    const c = {
      ...dana,
      items: [{ kind: 'wages', spouse: 'injured', amount: '100', selfEmploymentTax: '10' }],
    };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[0].selfEmploymentTax',
        message:
          'only a selfEmployment item carries self-employment tax; this is a wages item (enter other taxes as kind "otherTax")',
      },
    ]);
  });
});

describe('capital gain or loss (Form 1040 line 7)', () => {
  const items = [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'capitalGain', spouse: 'injured', amount: '-3000' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
    { kind: 'capitalGain', spouse: 'other', amount: '5000' },
    { kind: 'qualifiedDividends', spouse: 'other', amount: '1000' },
  ];

  it('a loss is ordinary; the preferential part is qualified dividends + the net gain above 0', () => {
    const r = allocate({ ...dana, items });
    // Injured: 52,000 - 3,000 - 14,600 = 34,400, Tax Table row 34,400-34,450 (MFS): 3,899.
    expect(r.separate.injured.taxableIncome.amount.toFixed(2)).toBe('34400.00');
    expect(r.separate.injured.computation.capitalGain).toBeUndefined();
    expect(r.summary.separateTax.injured).toBe('3899.00');
    // Other: 34,000 - 14,600 = 19,400, of which 6,000 preferential (all at 0%), 13,400 ordinary.
    expect(r.separate.other.computation.capitalGain?.preferentialIncome.toFixed(2)).toBe('6000.00');
    expect(r.summary.separateTax.other).toBe('1379.00');
    // Joint: gains net to 2,000, so 3,000 preferential of 53,800, not 6,000.
    expect(r.jointTaxComputation?.taxableIncome.toFixed(2)).toBe('53800.00');
    expect(r.jointTaxComputation?.capitalGain?.preferentialIncome.toFixed(2)).toBe('3000.00');
    expect(r.jointTax.amount.toFixed(2)).toBe('5635.00');
  });

  it('rejects a net loss beyond the 3,000.00 a joint return deducts', () => {
    const c = {
      ...dana,
      items: [
        { kind: 'capitalGain', spouse: 'injured', amount: '500' },
        { kind: 'capitalGain', spouse: 'injured', amount: '-2000' },
        { kind: 'capitalGain', spouse: 'other', amount: '-1500.01' },
      ],
    };
    expect(issuesOf(c)).toEqual([
      {
        path: 'items[1].amount',
        message:
          'the capitalGain items add up to a loss of 3000.01, but a joint return deducts at most 3000.00 (Form 1040 line 7): enter the deductible loss; the rest carries over to next year',
      },
    ]);
  });
});

describe('additional child tax credit and prior-year overpayment', () => {
  it('Part I line 8 reads the additional child tax credit', () => {
    const c = {
      ...dana,
      items: [
        { kind: 'wages', spouse: 'injured', amount: '10000' },
        { kind: 'additionalChildTaxCredit', spouse: 'injured', amount: '1700' },
        { kind: 'wages', spouse: 'other', amount: '40000', withholding: '4000' },
      ],
    };
    const r = allocate(c);
    expect(r.eligibility.qualifies).toBe(true);
    expect(r.eligibility.decidedAtLine).toBe(8);
    expect(r.eligibility.answers.at(-1)).toEqual({
      line: 8,
      question: 'Did (or will) you claim the earned income credit or additional child tax credit?',
      answer: true,
      basis: 'derived',
      detail:
        'injured spouse share of the earned income credit: 0.00; additional child tax credit: 1700.00',
    });
    expect(r.partIII.find((l) => l.line === '17')?.injured.toFixed(2)).toBe('1700.00');
    const without = allocate({ ...c, items: c.items.filter((_, i) => i !== 1) });
    expect(without.eligibility.stopReason).toBe('no-payments-or-credits');
  });

  it('a joint prior-year overpayment is split like joint estimated payments (R-ES-SPLIT)', () => {
    const ref = fixture('self-employed-estimated-2023.json');
    const items = ref.items.map((i) =>
      i.kind === 'estimatedPayment' ? { ...i, kind: 'priorYearOverpayment' } : i,
    );
    const r = allocate({ ...ref, items });
    expect(r.summary).toEqual(ref.expected);
    expect(r.estimatedSplit?.injured.rule).toBe('R-ES-SPLIT');
    const mine = allocate({
      ...ref,
      items: items.map((i) => (i.kind === 'priorYearOverpayment' ? { ...i, spouse: 'other' } : i)),
    });
    expect(mine.estimatedSplit).toBeNull();
    expect(mine.estimatedPayments.other.amount.toFixed(2)).toBe('13500.00');
  });
});

describe("the return's own figures against the items", () => {
  const w2 = () => fixture('w2-child-support-2024.json');
  // Items: income 80,400, no adjustments, deduction 29,200, TI 51,200, MFJ tax 5,683,
  // withholding 8,500, overpayment 2,817.
  const consistent = {
    totalIncome: '80,400.00',
    adjustedGrossIncome: '80400',
    taxableIncome: '51200',
    incomeTax: '5683',
    nonrefundableCredits: '0',
    otherTaxes: '0',
    totalTax: '5683',
    totalPayments: '8500',
    overpayment: '2817',
  };

  it('figures that agree give no warning', () => {
    const r = allocate({ ...w2(), jointReturn: consistent });
    expect(r.warnings).toEqual([]);
    expect(r.returnCheck.map((x) => [x.line, x.difference.toFixed(2)])).toEqual([
      ['9', '0.00'],
      ['11', '0.00'],
      ['15', '0.00'],
      ['18', '0.00'],
      ['21', '0.00'],
      ['23', '0.00'],
      ['24', '0.00'],
      ['33', '0.00'],
    ]);
  });

  it('each difference is a warning naming the line and both figures, first in the result', () => {
    const r = allocate({
      ...w2(),
      jointReturn: { ...consistent, adjustedGrossIncome: '80000', totalPayments: '8600' },
    });
    expect(r.warnings).toEqual([
      {
        code: 'return-figure-mismatch',
        line: '11',
        figures: { onReturn: '80000.00', fromItems: '80400.00', difference: '-400.00' },
        message:
          'Form 1040 line 11 (adjusted gross income) is 80000.00 on the return, but the items give 80400.00 (difference -400.00). Check the items against the return.',
      },
      {
        code: 'return-figure-mismatch',
        line: '33',
        figures: { onReturn: '8600.00', fromItems: '8500.00', difference: '100.00' },
        message:
          'Form 1040 line 33 (total payments) is 8600.00 on the return, but the items give 8500.00 (difference 100.00). Check the items against the return.',
      },
    ]);
    const json = JSON.stringify(resultToJson(r));
    expect(Object.keys(JSON.parse(json) as object).slice(0, 2)).toEqual(['summary', 'warnings']);
  });

  it('a joint tax that differs from the tax of the items is a warning that names AMT and APTC', () => {
    const r = allocate({ ...w2(), jointReturn: { incomeTax: '6454.00' } });
    expect(r.warnings).toEqual([
      {
        code: 'joint-tax-mismatch',
        line: '18',
        figures: { onReturn: '6454.00', fromItems: '5683.00', difference: '771.00' },
        message:
          "The joint return's tax (Form 1040 line 18) is 6454.00, but the married-filing-jointly tax of the items is 5683.00 (difference 771.00). The allocation shares the return's figure. Alternative minimum tax or a repayment of excess advance premium tax credit (Schedule 2 Part I) can explain a difference; otherwise check the items against the return.",
      },
    ]);
    // The return's figure is what the spouses share: 0.7533 x 6,454 = 4,861.80.
    expect(r.summary.taxShare).toEqual({ injured: '4861.80', other: '1592.20' });
    expect(r.summary.injuredSpouseRefund).toBe('1238.20');
  });

  it('every worksheet format prints the warnings first in the computation, and page 1 points there', () => {
    const r = allocate({ ...w2(), jointReturn: { ...consistent, adjustedGrossIncome: '80000' } });
    for (const format of ['html', 'markdown', 'text'] as const) {
      const out = renderWorksheet(r, { format, preparedDate: '2025-03-14' });
      const upper = format === 'text';
      const pointer = out.indexOf('Before filing, check the ');
      const reviewer = out.indexOf(
        upper ? 'HOW THE REFUND WAS COMPUTED' : 'How the refund was computed',
      );
      const warning = out.indexOf('Form 1040 line 11 (adjusted gross income)');
      const path = out.indexOf(upper ? 'PART I PATH' : 'Part I path');
      expect(pointer, format).toBeGreaterThan(0);
      expect([pointer < reviewer, reviewer < warning, warning < path], format).toEqual([
        true,
        true,
        true,
      ]);
    }
  });
});

describe('a return with nothing to claim, and who is shown first', () => {
  it('a balance-due return does not qualify, and no worksheet says to complete Parts II to IV', () => {
    const r = allocate({
      ...dana,
      items: [
        { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '1000' },
        { kind: 'wages', spouse: 'other', amount: '28000', withholding: '400' },
      ],
    });
    expect(r.eligibility.qualifies).toBe(false);
    expect(r.eligibility.stopReason).toBe('no-overpayment');
    expect(r.eligibility.advice).toBe(
      'The joint return has no overpayment, so no refund was or can be applied to the debt and there is nothing to claim on Form 8379. Check the items against the return; if a refund of this return is later offset for the debt, file Form 8379 then. The items give a balance due of 4235.00.',
    );
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
    for (const format of ['html', 'markdown', 'text'] as const) {
      const out = renderWorksheet(r, { format, preparedDate: '2025-03-14' });
      expect(out, format).not.toContain('complete Parts II to IV');
      expect(out, format).toContain('nothing to claim');
    }
  });

  it('rejects both spouses shown first', () => {
    const c = {
      ...dana,
      spouses: {
        injured: { name: 'Dana Reyes', shownFirst: true },
        other: { name: 'Chris Reyes', shownFirst: true },
      },
    };
    expect(issuesOf(c)).toEqual([
      {
        path: 'spouses.other.shownFirst',
        message:
          'both spouses are marked shownFirst; only the spouse whose name is shown first on the joint return can be',
      },
    ]);
  });
});
