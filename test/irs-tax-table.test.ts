import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/core/money.js';
import { getTaxYearParameters } from '../src/law/parameters/index.js';
import { regularTax } from '../src/tax/compute-tax.js';

// IRS Tax Table rows (public IRS data, test/fixtures/irs-tax-table/README.md).
const TABLE_DIR = join(import.meta.dirname, 'fixtures', 'irs-tax-table');

interface Row {
  atLeast: string;
  lessThan: string;
  mfj: string;
  mfs: string;
}

function readRows(year: number): Row[] {
  const lines = readFileSync(join(TABLE_DIR, `${year}.csv`), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe('at_least,less_than,married_filing_jointly,married_filing_separately');
  return lines.slice(1).map((line) => {
    const [atLeast = '', lessThan = '', mfj = '', mfs = ''] = line.split(',');
    return { atLeast, lessThan, mfj, mfs };
  });
}

describe('IRS Tax Table rows (married filing jointly and separately)', () => {
  for (const year of [2021, 2022, 2023]) {
    it(`reproduces every row of the ${year} table at both ends of the row`, () => {
      const params = getTaxYearParameters(year);
      const rows = readRows(year);
      expect(rows.length).toBe(2062);
      const mismatches: string[] = [];
      for (const row of rows) {
        const lowest = new Dec(row.atLeast);
        const highest = new Dec(row.lessThan).minus('0.01');
        for (const income of [lowest, highest]) {
          const mfj = regularTax(income, 'MFJ', params).tax;
          const mfs = regularTax(income, 'MFS', params).tax;
          if (!mfj.equals(row.mfj))
            mismatches.push(`${year} MFJ ${income.toFixed(2)}: ${mfj.toString()} != ${row.mfj}`);
          if (!mfs.equals(row.mfs))
            mismatches.push(`${year} MFS ${income.toFixed(2)}: ${mfs.toString()} != ${row.mfs}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
