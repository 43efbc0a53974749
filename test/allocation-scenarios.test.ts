import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultToJson, RULES } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

describe('allocation scenarios computed by hand', () => {
  it('creditFloor "per-spouse" floors the injured net tax and limits the joint credits (eic-children-2024)', () => {
    // Joint tax 583 < credits 620: Form 1040 uses only 583 of the credit, so the return shows
    // 950 withholding + 5,520 EIC + 3,400 refundable = 9,870.
    const r = allocate(fixture('eic-children-2024.json'), { creditFloor: 'per-spouse' });
    expect(r.summary.jointOverpayment).toBe('9870.00');
    expect(r.summary.contribution).toEqual({ injured: '7362.00', other: '2508.00' });
    expect(r.summary.injuredSpouseRefund).toBe('7362.00');
    expect(r.overpayment.unattributed.amount.toFixed(2)).toBe('0.00');
    expect(r.assumptions.find((a) => a.id === 'A-CREDIT-FLOOR')?.value).toBe('per-spouse');
  });

  it('creditLimit "none" keeps the excess credit with its spouse and says so', () => {
    const r = allocate(fixture('eic-children-2024.json'), { creditLimit: 'none' });
    expect(r.netTax.injured.amount.toFixed(2)).toBe('-37.00');
    expect(r.summary.jointOverpayment).toBe('9907.00');
    expect(r.summary.injuredSpouseRefund).toBe('7399.00');
    expect(r.creditLimit).toBeNull();
    const a = r.assumptions.find((x) => x.id === 'A-CREDIT-FLOOR');
    expect(a).toMatchObject({
      option: 'creditFloor',
      value: 'none',
      alternatives: ['none', 'per-spouse'],
    });
  });

  it('compares the overpayment shown on the return with the recomputed one', () => {
    const c = fixture('w2-child-support-2024.json');
    const r = allocate({ ...c, jointReturn: { overpayment: '2800.00' } });
    expect(r.overpayment.difference?.amount.toFixed(2)).toBe('-17.00');
    expect(r.warnings).toEqual([
      {
        code: 'overpayment-mismatch',
        line: '34',
        figures: { onReturn: '2800.00', fromItems: '2817.00', difference: '-17.00' },
        message:
          'The return shows an overpayment of 2800.00 (Form 1040 line 34), but the items give 2817.00 (difference -17.00). The allocation uses the recomputed figure; check the items against the return.',
      },
    ]);
    expect(allocate({ ...c, jointReturn: { overpayment: '2817' } }).warnings).toEqual([]);
  });

  it('warns that community property fields are ignored outside community property states', () => {
    const c = fixture('w2-child-support-2024.json') as { items: Record<string, unknown>[] };
    const items = c.items.map((i, n) =>
      n === 2 ? { ...i, character: 'separate', fromSeparateProperty: true } : i,
    );
    const r = allocate({ ...c, items });
    expect(r.warnings).toEqual([
      {
        code: 'community-property-fields-ignored',
        message:
          'items[2].character, items[2].fromSeparateProperty only matter in a community property state; this case has no communityProperty block, so they are ignored.',
      },
    ]);
    expect(r.summary).toEqual(allocate(c).summary);
  });

  it('uses the joint income tax given on the return instead of computing it', () => {
    const c = fixture('w2-child-support-2024.json');
    const r = allocate({ ...c, jointReturn: { incomeTax: '5700.00' } });
    // 0.7533 x 5,700 = 4,293.81; the other spouse gets 1,406.19.
    expect(r.summary.taxShare).toEqual({ injured: '4293.81', other: '1406.19' });
    expect(r.jointTaxComputation).toBeNull();
  });

  it('splits joint estimated payments by agreement when injuredShare is given', () => {
    const c = fixture('self-employed-estimated-2023.json') as { items: Record<string, unknown>[] };
    const items = c.items.map((i) =>
      i.kind === 'estimatedPayment' ? { ...i, injuredShare: '10000.00' } : i,
    );
    const r = allocate({ ...c, items });
    expect(r.estimatedSplit).toBeNull();
    const line20 = r.partIII.find((l) => l.line === '20');
    expect([
      line20?.total.toFixed(2),
      line20?.injured.toFixed(2),
      line20?.other.toFixed(2),
    ]).toEqual(['13500.00', '10000.00', '3500.00']);
    // 5,400 + 10,000 - 5,561.92 = 9,838.08
    expect(r.summary.contribution.injured).toBe('9838.08');
  });

  it('shows the R-ES-SPLIT part of joint estimated payments on line 20', () => {
    const r = allocate(fixture('self-employed-estimated-2023.json'));
    const line20 = r.partIII.find((l) => l.line === '20');
    expect([line20?.injured.toFixed(2), line20?.other.toFixed(2)]).toEqual(['9580.95', '3919.05']);
    expect(r.estimatedSplit?.injured.formula).toBe(
      'joint estimated payments x tax ratio, rounded to the cent',
    );
    expect(r.estimatedSplit?.injured.inputs).toEqual([
      { name: 'joint estimated payments', value: '13500.00' },
      { name: 'tax ratio', value: '0.7097' },
    ]);
  });

  it('offsets debts by priority, then oldest first, undated last (or first by option)', () => {
    const base = fixture('w2-child-support-2024.json');
    const debts = [
      { type: 'stateIncomeTax', amount: '100.00', date: '2020-01-01' },
      { type: 'childSupport', amount: '300.00' },
      { type: 'childSupport', amount: '200.00', date: '2022-05-01' },
      { type: 'childSupport', amount: '150.00', date: '2019-05-01' },
      { type: 'federalTax', amount: '50.00', arose: 'duringMarriage' },
    ];
    const r = allocate({ ...base, debts });
    expect(r.distribution.offsets.map((s) => s.index)).toEqual([4, 3, 2, 1, 0]);
    expect(r.summary.offsets).toEqual([
      { type: 'federalTax', amount: '50.00' },
      { type: 'childSupport', amount: '150.00' },
      { type: 'childSupport', amount: '200.00' },
      { type: 'childSupport', amount: '300.00' },
      { type: 'stateIncomeTax', amount: '100.00' },
    ]);
    // Other spouse's portion 2,817 - 1,819 = 998; 800 offset, 198 refunded to the other spouse.
    expect(r.summary.otherSpouseRefund).toBe('198.00');
    const first = allocate({ ...base, debts }, { undatedDebts: 'undated-first' });
    expect(first.distribution.offsets.map((s) => s.index)).toEqual([4, 1, 3, 2, 0]);
  });

  it('falls back to the taxable incomes when both separate taxes are 0, or to one half by option', () => {
    const c = {
      taxYear: 2024,
      spouses: { injured: { name: 'A' }, other: { name: 'B' } },
      partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
      deduction: { kind: 'itemized' },
      items: [
        { kind: 'wages', spouse: 'injured', amount: '103.00', withholding: '50.00' },
        { kind: 'wages', spouse: 'other', amount: '101.00' },
        { kind: 'itemizedDeduction', spouse: 'joint', amount: '200.00' },
      ],
    };
    // Separate taxable incomes 3 and 1: both taxes 0 (Tax Table row 0-5).
    const r = allocate(c);
    expect(r.summary.separateTax).toEqual({ injured: '0.00', other: '0.00' });
    expect(r.summary.taxRatio).toBe('0.7500');
    expect(allocate(c, { zeroTaxRatio: 'equal' }).summary.taxRatio).toBe('0.5000');
    expect(allocate(c, { ratioDecimals: 6 }).summary.taxRatio).toBe('0.750000');
  });

  it('gives the additional standard deduction to the spouse whose boxes are checked (2025)', () => {
    const r = allocate(fixture('high-income-2025.json'));
    const line15 = r.partIII.find((l) => l.line === '15');
    // Basic 31,500 split equally; 1,600 per box: injured 65+ and blind, other 65+.
    expect([
      line15?.total.toFixed(2),
      line15?.injured.toFixed(2),
      line15?.other.toFixed(2),
    ]).toEqual(['36300.00', '18950.00', '17350.00']);
    expect(r.separate.other.computation.capitalGain?.atFifteen.toFixed(2)).toBe('9000.00');
  });

  it("puts the QBI deduction on line 15 and takes it from that spouse's taxable income", () => {
    const c = fixture('w2-child-support-2024.json') as { items: unknown[] };
    const r = allocate({
      ...c,
      items: [...c.items, { kind: 'qbiDeduction', spouse: 'other', amount: '1000.00' }],
    });
    // Other: 28,200 - 14,600 - 1,000 = 12,600 -> row 12,600-12,650: 1,160 + 1,025 x 12% = 1,283.
    // Joint: 80,400 - 29,200 - 1,000 = 50,200 -> row 50,200-50,250: 2,320 + 27,025 x 12% = 5,563.
    expect(r.summary.separateTax).toEqual({ injured: '4283.00', other: '1283.00' });
    expect(r.jointTax.amount.toFixed(2)).toBe('5563.00');
    expect(r.summary.taxRatio).toBe('0.7695');
    expect(r.partIII.find((l) => l.line === '15')?.other.toFixed(2)).toBe('15600.00');
  });

  it('traces every figure to a known rule with a formula and its inputs', () => {
    const r = allocate(fixture('w2-child-support-2024.json'));
    expect(r.trace.length).toBeGreaterThan(20);
    for (const t of r.trace) {
      expect(RULES[t.rule]).toBeDefined();
      expect(t.formula.length).toBeGreaterThan(10);
    }
    expect(r.taxShare.injured).toMatchObject({
      rule: 'R-TAX-SHARE',
      formula: 'tax ratio x joint income tax, rounded to the cent',
      inputs: [
        { name: 'tax ratio', value: '0.7533' },
        { name: 'joint income tax', value: '5683.00' },
      ],
    });
    expect(r.separate.injured.tax.formula).toBe(
      'Tax Table row 37600.00 to 37650.00 (married filing separately): 4283.00',
    );
  });

  it('returns an immutable result and a JSON form with the summary first', () => {
    const r = allocate(fixture('w2-child-support-2024.json'));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.summary)).toBe(true);
    expect(Object.isFrozen(r.summary.separateTax)).toBe(true);
    expect(Object.isFrozen(r.summary.offsets)).toBe(true);
    expect(Object.isFrozen(r.summary.offsets[0])).toBe(true);
    const json = resultToJson(r);
    expect(Object.keys(json)[0]).toBe('summary');
    expect(json.jointTax.amount).toBe('5683.00');
    expect(json.taxRatio.amount).toBe('0.7533');
    expect(json.partIII[0]).toMatchObject({
      line: '13a',
      total: '80000.00',
      injured: '52000.00',
      other: '28000.00',
    });
    expect(JSON.parse(JSON.stringify(json)).summary).toEqual(r.summary);
  });

  it('gives nothing to refund when the joint return shows a balance due', () => {
    const c = fixture('w2-child-support-2024.json') as { items: Record<string, unknown>[] };
    const items = c.items.map(({ withholding: _withheld, ...rest }) => rest);
    const r = allocate({ ...c, items });
    expect(r.summary.jointOverpayment).toBe('-5683.00');
    expect(r.summary.injuredSpouseRefund).toBe('0.00');
    expect(r.summary.offsets).toEqual([{ type: 'childSupport', amount: '0.00' }]);
    expect(r.warnings.map((w) => w.code)).toContain('no-overpayment');
  });
});
