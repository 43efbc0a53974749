import { describe, expect, it } from 'vitest';
import { allocate, InvalidCaseError } from '../src/index.js';
import { parseCaseJson } from '../src/cli/input.js';
import { findInexactNumber, readJsonText, readsExactly } from '../src/input/json-text.js';
import { processLine } from '../src/cli/batch-lines.js';

const caseText = (amount: string, year = '2024') =>
  `{"taxYear":${year},"spouses":{"injured":{"name":"A"},"other":{"name":"B"}},` +
  `"partI":{"jointReturn":true,"debtOwedOnlyBySpouse":true,"injuredLegallyObligated":false},` +
  `"items":[{"kind":"wages","spouse":"injured","amount":${amount},"withholding":"100"}]}`;

const INEXACT: readonly [string, string][] = [
  ['0.29999999999999999', '0.3'],
  ['1e-400', '0'],
  ['999999999999.9900001', '999999999999.99'],
  ['100.004999999999999999', '100.005'],
  ['1e400', 'Infinity'],
  ['52000.000000000000001', '52000'],
];

describe('JSON numbers are judged as written', () => {
  it('tells a number JSON.parse keeps from one it changes', () => {
    for (const ok of ['0', '-0', '1234.5', '1234.50', '0.1', '1e2', '123456789012.34', '5e-324'])
      expect(readsExactly(ok), ok).toBe(true);
    for (const [bad] of INEXACT) expect(readsExactly(bad), bad).toBe(false);
  });

  it('the library: allocate(jsonText) rejects each, naming the field and what was written', () => {
    for (const [written, readsAs] of INEXACT) {
      let error: unknown;
      try {
        allocate(caseText(written));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidCaseError);
      expect((error as InvalidCaseError).issues).toEqual([
        {
          path: 'items[0].amount',
          message: `the number ${written} cannot be read exactly: a JSON reader takes it as ${readsAs}; write the amount as a string of at most two decimals, e.g. "1234.50" (line 1, column 215)`,
        },
      ]);
    }
    expect(allocate(caseText('1234.5')).partIII[0]?.total.toFixed(2)).toBe('1234.50');
  });

  it('a tax year written with a fraction is not read as the year', () => {
    expect(() => allocate(caseText('"52000"', '2024.000000000000001'))).toThrow(
      'taxYear: the number 2024.000000000000001 cannot be read exactly: a JSON reader takes it as 2024; write the year as a whole number, e.g. 2024 (line 1, column 12)',
    );
  });

  it('the library rejects a duplicate key in JSON text, as the CLI does', () => {
    const text = caseText('"1"').replace('"taxYear":2024,', '"taxYear":2024,"taxYear":2025,');
    expect(() => allocate(text)).toThrow(
      'taxYear: duplicate key "taxYear" (first at 1:2) (line 1, column 17)',
    );
  });

  it('the CLI and the app (parseCaseJson) name the file, line and column', () => {
    expect(() => parseCaseJson(caseText('0.29999999999999999'), 'case.json')).toThrow(
      'case.json:1:215: items[0].amount: the number 0.29999999999999999 cannot be read exactly: a JSON reader takes it as 0.3; write the amount as a string of at most two decimals, e.g. "1234.50"',
    );
  });

  it('a batch line gets an error line of its own', () => {
    const out = processLine(caseText('1e-400'), 7, {}, false);
    expect(out.status).toBe('invalid');
    expect(JSON.parse(out.text)).toEqual({
      line: 7,
      error: {
        code: 'inexact-number',
        message:
          'items[0].amount: the number 1e-400 cannot be read exactly: a JSON reader takes it as 0; write the amount as a string of at most two decimals, e.g. "1234.50" (column 215)',
        issues: [
          {
            path: 'items[0].amount',
            message:
              'the number 1e-400 cannot be read exactly: a JSON reader takes it as 0; write the amount as a string of at most two decimals, e.g. "1234.50"',
          },
        ],
        column: 215,
      },
    });
  });

  it('a huge number is named by its start and length, not echoed whole', () => {
    const digits = `1.${'0'.repeat(1_000_000)}1`;
    const found = findInexactNumber(`{"a":${digits}}`);
    expect(found?.written).toBe(`${digits.slice(0, 40)}... (1,000,003 characters)`);
  });

  it('strings with long digit runs need no number scan, and are read as they are', () => {
    const read = readJsonText('{"description":"12345678901234567890","n":1}');
    expect(read).toEqual({ ok: true, value: { description: '12345678901234567890', n: 1 } });
  });
});
