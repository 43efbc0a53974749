/**
 * The library's entry point is typed: a case written in TypeScript is checked by `tsc` (this file
 * is part of `npm run typecheck`), and the same mistakes are rejected at run time for untyped input.
 */
import { describe, expect, it } from 'vitest';
import { allocate, InvalidCaseError, type CaseInput } from '../src/index.js';

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
