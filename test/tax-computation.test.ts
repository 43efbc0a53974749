import { describe, expect, it } from 'vitest';
import { Dec } from '../src/core/money.js';
import { getTaxYearParameters } from '../src/law/parameters/index.js';
import { computeTax, regularTax } from '../src/tax/compute-tax.js';
import { taxTableRow } from '../src/tax/tax-table.js';
import { InvalidCaseError } from '../src/core/errors.js';

const p2024 = getTaxYearParameters(2024);
const p2025 = getTaxYearParameters(2025);
const p2022 = getTaxYearParameters(2022);

describe('Tax Table rows', () => {
  it('uses the $0-5, $5-15, $15-25, $25 and $50 rows', () => {
    const rows = [
      '0',
      '4.99',
      '5',
      '14.99',
      '15',
      '24.99',
      '25',
      '2999.99',
      '3000',
      '99999.99',
    ].map((i) => taxTableRow(new Dec(i), p2024.brackets.MFS));
    expect(
      rows.map((r) => `${r.atLeast.toString()}-${r.lessThan.toString()}:${r.tax.toString()}`),
    ).toEqual([
      '0-5:0',
      '0-5:0',
      '5-15:1',
      '5-15:1',
      '15-25:2',
      '15-25:2',
      '25-50:4',
      '2975-3000:299',
      '3000-3050:303',
      '99950-100000:17048',
    ]);
  });

  it('taxes income with cents by the row that holds it', () => {
    // 2023 MFS: $21,465.27 lies in the 21,450-21,500 row, midpoint 21,475.
    const t = regularTax(new Dec('21465.27'), 'MFS', getTaxYearParameters(2023));
    expect(t.tax.toFixed(2)).toBe('2357.00');
    expect(t.how).toEqual({
      method: 'tax-table',
      atLeast: new Dec(21450),
      lessThan: new Dec(21500),
    });
  });
});

describe('rate schedule from $100,000', () => {
  it('computes to the cent, not rounded to dollars', () => {
    // 2024 MFS, 22% bracket: 1,160 + 4,266 + (100,000.05 - 47,150) x 22% = 17,053.011.
    const t = regularTax(new Dec('100000.05'), 'MFS', p2024);
    expect(t.tax.toFixed(2)).toBe('17053.01');
    expect(t.how.method).toBe('rate-schedule');
    expect(regularTax(new Dec('149450'), 'MFS', p2025).tax.toFixed(2)).toBe('28715.00');
    // 2025 MFJ: 2,385 + 8,772 + 24,145 + 45,096 + 34,064 + 87,692.50 + 248,400 x 37%.
    expect(regularTax(new Dec('1000000'), 'MFJ', p2025).tax.toFixed(2)).toBe('294062.50');
  });
});

describe('Qualified Dividends and Capital Gain Tax Worksheet', () => {
  it('taxes the preferential part at 0% and 15% with MFS thresholds (2022)', () => {
    const t = computeTax(new Dec(56100), new Dec(18000), 'MFS', p2022);
    expect(t.tax.toFixed(2)).toBe('6533.75');
    expect(t.capitalGain?.ordinaryIncome.toFixed(2)).toBe('38100.00');
    expect(t.capitalGain?.atZero.toFixed(2)).toBe('3575.00');
    expect(t.capitalGain?.atFifteen.toFixed(2)).toBe('14425.00');
    expect(t.capitalGain?.atTwenty.toFixed(2)).toBe('0.00');
  });

  it('reaches the 20% band above the 15% threshold (2025 MFS)', () => {
    // Ordinary 250,000 + gain 100,000 = 350,000; the 15% band ends at 300,000.
    const t = computeTax(new Dec(350000), new Dec(100000), 'MFS', p2025);
    expect(t.capitalGain?.atFifteen.toFixed(2)).toBe('50000.00');
    expect(t.capitalGain?.atTwenty.toFixed(2)).toBe('50000.00');
    const ordinary = regularTax(new Dec(250000), 'MFS', p2025).tax;
    expect(t.tax.toFixed(2)).toBe(ordinary.plus(7500).plus(10000).toFixed(2));
  });

  it('never exceeds the regular tax on the whole income', () => {
    const t = computeTax(new Dec(40), new Dec(40), 'MFS', p2024);
    expect(t.tax.toFixed(2)).toBe('0.00');
    const all = computeTax(new Dec(60000), new Dec(60000), 'MFJ', p2024);
    expect(all.tax.lessThanOrEqualTo(regularTax(new Dec(60000), 'MFJ', p2024).tax)).toBe(true);
  });

  it('limits the preferential part to taxable income', () => {
    const t = computeTax(new Dec(5000), new Dec(20000), 'MFS', p2024);
    expect(t.capitalGain?.preferentialIncome.toFixed(2)).toBe('5000.00');
    expect(t.tax.toFixed(2)).toBe('0.00');
  });
});

describe('yearly parameters', () => {
  it('has every year 2018-2026 and names its sources', () => {
    for (let year = 2018; year <= 2026; year++) {
      const p = getTaxYearParameters(year);
      expect(p.year).toBe(year);
      expect(p.source).toMatch(/Rev\. Proc\.|IRC|P\.L\./);
    }
  });

  it('rejects a year without parameters with the path taxYear', () => {
    expect(() => getTaxYearParameters(2031)).toThrow(InvalidCaseError);
    expect(() => getTaxYearParameters(2031)).toThrow(
      'taxYear: no tax parameters for tax year 2031; supported years are 2018-2026',
    );
    expect(() => getTaxYearParameters(2016)).toThrow(
      'taxYear: no tax parameters for tax year 2016; supported years are 2018-2026 (tax years before 2018 use exemptions on line 16, which this version does not compute)',
    );
  });
});
