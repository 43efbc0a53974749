import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Form8379Error,
  InvalidCaseError,
  InvalidOptionError,
  UnsupportedCaseError,
} from '../src/index.js';
import { toBatchError, toUserError } from '../src/cli/case-errors.js';
import { UserError } from '../src/cli/errors.js';
import { calendarDate, today } from '../src/cli/flags.js';
import { findJsonSyntaxProblem } from '../src/input/json-text.js';
import { dollars } from '../src/cli/summary.js';

describe('findJsonSyntaxProblem', () => {
  const cases: [string, number, number, string][] = [
    [
      '{"a": }',
      1,
      7,
      "expected a value (an object, array, string, number, true, false or null), got '}'",
    ],
    ['{"a": 1,}', 1, 9, "expected a property after ',' (JSON allows no trailing comma)"],
    ['[1, 2,]', 1, 7, "expected a value after ',' (JSON allows no trailing comma)"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a property value, got '\"'"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes, got '''"],
    ['{"a": "x', 1, 7, 'unterminated string: no closing double quote'],
    ['{"a": "x\\q"}', 1, 10, "invalid escape sequence in a string, got 'q' after '\\'"],
    ['{"a": 01}', 1, 8, "invalid number: unexpected '1' (no leading zeros or extra points)"],
    [
      '{"a": tru}',
      1,
      7,
      "expected a value (an object, array, string, number, true, false or null), got 't'",
    ],
    ['{"a": 1} x', 1, 10, "unexpected 'x' after the end of the JSON value"],
    ['  \n ', 2, 2, 'the input is empty, expected a JSON object'],
    ['[1 2]', 1, 4, "expected ',' or ']' after an array element, got '2'"],
    ['{"a" 1}', 1, 6, "expected ':' after the property name, got '1'"],
  ];
  it.each(cases)('%j: line %i column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxProblem(text)).toEqual({ line, column, message });
  });

  it('returns null for valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      '{"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null]}',
      ' 0 ',
    ]) {
      expect(findJsonSyntaxProblem(text)).toBeNull();
    }
  });
});

describe('library errors as CLI messages', () => {
  it('InvalidCaseError: one line per issue, file first', () => {
    const error = toUserError(
      new InvalidCaseError([
        { path: 'items[1].amount', message: 'expected an amount' },
        { path: '', message: 'expected an object' },
      ]),
      'case.json',
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).lines).toEqual([
      'case.json: items[1].amount: expected an amount',
      'case.json: (root): expected an object',
    ]);
  });

  it('UnsupportedCaseError: the file and the path', () => {
    const error = toUserError(
      new UnsupportedCaseError(
        'communityProperty.wholeYear',
        'part-year residence is not supported',
      ),
      '-',
    );
    expect((error as UserError).lines).toEqual([
      '<stdin>: communityProperty.wholeYear: part-year residence is not supported',
    ]);
    expect(toBatchError(new UnsupportedCaseError('x', 'y'))).toEqual({
      code: 'unsupported-case',
      message: 'x: y',
    });
  });

  it('InvalidOptionError: the flag that sets the option', () => {
    const error = toUserError(
      new InvalidOptionError('options.creditFloor', 'must be "none" or "per-spouse"'),
      'case.json',
    );
    expect((error as UserError).lines).toEqual(['--credit-floor: must be "none" or "per-spouse"']);
  });

  it('anything else is passed through as an unexpected error', () => {
    const bug = new TypeError('x is undefined');
    expect(toUserError(bug, 'case.json')).toBe(bug);
    expect(toBatchError(bug)).toBeNull();
    const wrapped = new Form8379Error('internal-error', 'form8379 internal error: x is undefined');
    expect(toUserError(wrapped, 'case.json')).toBe(wrapped);
    expect(toBatchError(wrapped)).toBeNull();
  });
});

describe('CLI helpers', () => {
  it('dollars groups thousands without floating point', () => {
    expect(dollars('0.00')).toBe('$0.00');
    expect(dollars('998.00')).toBe('$998.00');
    expect(dollars('1234567.89')).toBe('$1,234,567.89');
    expect(dollars('-1000.10')).toBe('-$1,000.10');
    expect(dollars('90071992547409931.25')).toBe('$90,071,992,547,409,931.25');
  });

  it('calendarDate accepts real dates only', () => {
    expect(calendarDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2025-13-01', '2025-1-5', '05/01/2025', '']) {
      expect(() => calendarDate(bad)).toThrow('expected a calendar date as YYYY-MM-DD');
    }
  });

  it('today is the local calendar date', () => {
    expect(today(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

/** Every module a source file loads before it runs (static imports only, not `import()`). */
function staticImports(entry: string): Set<string> {
  const root = join(import.meta.dirname, '..');
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const name = relative(root, file);
    if (seen.has(name)) return;
    seen.add(name);
    const source = readFileSync(file, 'utf8');
    // `import type` is erased at build time, so it loads nothing.
    for (const m of source.matchAll(/^(?:import|export)(?! type)[^;]*?from '([^']+)';/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else seen.add(spec);
    }
  };
  visit(join(root, entry));
  return seen;
}

describe('what a command loads', () => {
  // Handlebars and the report are a large part of the start-up time; only a worksheet needs them.
  for (const entry of ['src/cli/commands/allocate.ts', 'src/cli/commands/batch.ts']) {
    it(`${entry} loads neither Handlebars nor the report before it runs`, () => {
      const loaded = [...staticImports(entry)];
      expect(loaded).toContain('src/pipeline/allocate.ts');
      expect(loaded.filter((m) => m === 'handlebars' || m.startsWith('src/report/'))).toEqual([]);
      expect(loaded).not.toContain('src/index.ts');
    });
  }
});
