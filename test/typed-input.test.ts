/**
 * The library's entry point is typed: a case written in TypeScript is checked by `tsc` (this file
 * is part of `npm run typecheck`), and the same mistakes are rejected at run time for untyped input.
 */
import { describe, expect, it } from 'vitest';
import {
  allocate,
  allocateCase,
  InvalidCaseError,
  isValidatedCase,
  validateCase,
  type CaseInput,
} from '../src/index.js';

const minimal = {
  taxYear: 2024,
  spouses: { injured: { name: 'Dana Reyes' }, other: { name: 'Chris Reyes' } },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  items: [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
    { kind: 'interest', spouse: 'joint', amount: '400' },
  ],
  debts: [{ type: 'childSupport', amount: '3000' }],
} satisfies CaseInput;

describe('allocate(input: CaseInput | string)', () => {
  it('takes a typed case and its JSON text alike', () => {
    expect(allocate(minimal).summary.injuredSpouseRefund).toBe('1819.00');
    expect(allocate(JSON.stringify(minimal)).summary.injuredSpouseRefund).toBe('1819.00');
  });

  it('a misspelled field fails to compile, and is rejected at run time', () => {
    const misspelled = () =>
      allocate({
        ...minimal,
        // @ts-expect-error `withholdings` is not a field of an item
        items: [{ kind: 'wages', spouse: 'injured', amount: '52000', withholdings: '6100' }],
      });
    expect(misspelled).toThrow(InvalidCaseError);
    expect(misspelled).toThrow('items[0]: unknown field "withholdings"');
    // @ts-expect-error "salary" is not an item kind
    const kind: CaseInput['items'] = [{ kind: 'salary', spouse: 'injured', amount: '1' }];
    expect(() => allocate({ ...minimal, items: kind })).toThrow(
      'items[0].kind: unknown item kind "salary"',
    );
  });
});

describe('allocateCase takes only a case from validateCase', () => {
  it('a hand-built case does not compile, and at run time says what to call first', () => {
    const handMade = {
      ...validateCase(minimal),
      items: [{ kind: 'wages', spouse: 'injured', amount: '41,250.00' }],
    };
    // @ts-expect-error a spread copy is not a ValidatedCase
    expect(() => allocateCase(handMade)).toThrow(
      'allocateCase takes a case returned by validateCase: call validateCase(input) first and pass its result, or call allocate(input), which validates',
    );
    const validated = validateCase(minimal);
    expect(isValidatedCase(validated)).toBe(true);
    expect(allocateCase(validated).summary.injuredSpouseRefund).toBe(
      allocate(minimal).summary.injuredSpouseRefund,
    );
  });

  it('a validation of the CJS build is recognised by the ESM build (a registry symbol)', () => {
    const marked = Object.defineProperty({}, Symbol.for('form8379.validatedCase'), { value: true });
    expect(isValidatedCase(marked)).toBe(true);
    expect(isValidatedCase({ ...marked })).toBe(false);
  });
});

describe('allocate(jsonText) reads as the CLI reads', () => {
  it('text that is not JSON names the line and column', () => {
    expect(() => allocate('not json')).toThrow(
      "(root): expected a case as JSON text: line 1, column 1: expected a value (an object, array, string, number, true, false or null), got 'n'",
    );
    expect(() => allocate('{\n  "taxYear": 2024,\n}')).toThrow(
      "(root): expected a case as JSON text: line 3, column 1: expected a property after ',' (JSON allows no trailing comma)",
    );
  });
});
