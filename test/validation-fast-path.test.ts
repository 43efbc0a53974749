/**
 * The compiled case parser (`safeValidateCase`) against zod's runtime parser of the same
 * `caseSchema`, on arbitrary input: output and issues must be identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_TYPES,
  ITEM_KINDS,
  caseSchema,
  safeValidateCase,
  type ValidationOutcome,
} from '../src/index.js';
import { moneyInput } from './money-arbitraries.js';
import { SPOUSE_KEYS } from '../src/input/schema.js';
import { compiledCaseSchema, toInputIssues, type ValidatedCase } from '../src/input/validate.js';
import { caseArb } from './arbitraries.js';

const params = { numRuns: 2000, seed: 8379 };

// ---------------------------------------------------------------------------------------------
// The compiled case parser against zod's runtime parser.

function plainOutcome(input: unknown): ValidationOutcome {
  const parsed = caseSchema.safeParse(input);
  // The runtime parser's own output, compared with validateCase's: typed as validated only to
  // share ValidationOutcome (it is never allocated).
  if (parsed.success) return { ok: true, value: parsed.data as ValidatedCase };
  return { ok: false, issues: toInputIssues(parsed.error) };
}

/** Key order of every object, and which output objects are the input's own (by path). */
function shapeOf(value: unknown, input: unknown, path = '', out: string[] = []): string[] {
  if (value !== null && typeof value === 'object') {
    const same = value === input ? ' (input)' : '';
    out.push(`${path}: ${Object.keys(value).join(',')}${same}`);
    for (const key of Object.keys(value)) {
      const inner =
        input !== null && typeof input === 'object'
          ? (input as Record<string, unknown>)[key]
          : undefined;
      shapeOf((value as Record<string, unknown>)[key], inner, `${path}/${key}`, out);
    }
  }
  return out;
}

/** zod's own result: the parsed case, or every issue as zod reports it. */
function zodOutcome(result: ReturnType<typeof caseSchema.safeParse>) {
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues };
}

function expectSameOutcome(input: unknown): boolean {
  const before = JSON.stringify(input);
  const compiled = compiledCaseSchema().safeParse(input);
  const fast = safeValidateCase(input);
  expect(JSON.stringify(input)).toBe(before);
  const plain = caseSchema.safeParse(input);
  expect(zodOutcome(compiled)).toStrictEqual(zodOutcome(plain));
  expect(fast).toStrictEqual(plainOutcome(input));
  if (compiled.success && plain.success) {
    expect(shapeOf(compiled.data, input)).toEqual(shapeOf(plain.data, input));
  }
  return plain.success;
}

const ENUM_WORDS = [
  ...ITEM_KINDS,
  ...SPOUSE_KEYS,
  ...DEBT_TYPES,
  ...COMMUNITY_PROPERTY_STATES,
  'community',
  'separate',
  'standard',
  'itemized',
  'beforeMarriage',
  'duringMarriage',
];

const FIELD_NAMES = [
  'title',
  'source',
  'taxYear',
  'communityProperty',
  'deduction',
  'jointReturn',
  'expected',
  'withholding',
  'injuredShare',
  'description',
  'character',
  'fromSeparateProperty',
  'jointManagement',
  'ssn',
  'shownFirst',
  'age65OrOlder',
  'blind',
  'date',
  'arose',
  'states',
  'wholeYear',
  'incomeTax',
  'earnedIncomeCredit',
  'overpayment',
  'communityPropertyResident',
  'madePayments',
  'kind',
  'amount',
  'bogus',
  '__proto__',
  'constructor',
];

const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: moneyInput },
  { weight: 3, arbitrary: fc.constantFrom(...ENUM_WORDS) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', ' Name ', '   ') },
  { weight: 1, arbitrary: fc.integer({ min: 2015, max: 2030 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '400-00-0001', '40000001'),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        states: fc.array(fc.constantFrom(...COMMUNITY_PROPERTY_STATES, 'NY'), { maxLength: 3 }),
        wholeYear: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

interface Mutation {
  readonly at: number;
  readonly op: 'set' | 'delete' | 'add';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'add', 'add'),
  key: fc.constantFrom(...FIELD_NAMES),
  value: fieldValue,
});

/** Every object and array in `value`, depth first. */
function containers(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

function mutate(input: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(input);
  for (const m of mutations) {
    const all = containers(copy);
    const target = all[m.at % all.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    if (m.op === 'add' || keys.length === 0) {
      // An own property, as JSON.parse makes it, even for "__proto__".
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const key = keys[m.at % keys.length]!;
    if (m.op === 'delete') delete target[key];
    else target[key] = m.value;
  }
  return copy;
}

/** A valid case written the other ways the format allows: numbers, grouping, commas, zeros. */
function rewriteAmounts(input: unknown, style: number): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const rewrite = (v: unknown): unknown => {
    if (typeof v !== 'string' || !/^-?\d+\.\d\d$/.test(v)) return v;
    switch (style % 5) {
      case 0:
        return Number(v);
      case 1:
        return v.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',');
      case 2:
        return v.replace(/\.?0+$/, '') || '0';
      case 3:
        return v.startsWith('-') ? `-0${v.slice(1)}` : `00${v}`;
      default:
        return v.replace(/^(-?\d+)(\d{3})\./, '$1,$2.');
    }
  };
  for (const item of [...((copy.items as unknown[]) ?? []), ...((copy.debts as unknown[]) ?? [])]) {
    const record = item as Record<string, unknown>;
    for (const key of ['amount', 'withholding', 'injuredShare']) {
      if (key in record) record[key] = rewrite(record[key]);
    }
  }
  return copy;
}

describe('the compiled case parser gives what the runtime parser gives', () => {
  it('is compiled (z.compile did not fall back to the plain schema)', () => {
    expect(compiledCaseSchema()).not.toBe(caseSchema);
  });

  it('on valid cases', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(expectSameOutcome(c)).toBe(true);
      }),
      params,
    );
  });

  it('on valid cases with amounts written other ways, and community property', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.option(fc.subarray([...COMMUNITY_PROPERTY_STATES], { minLength: 1 }), {
          nil: undefined,
        }),
        (c, style, states) => {
          const input = rewriteAmounts(c, style) as Record<string, unknown>;
          if (states) input.communityProperty = { states };
          expectSameOutcome(input);
        },
      ),
      params,
    );
  });

  it('on cases with random fields changed, removed or added', () => {
    fc.assert(
      fc.property(caseArb, fc.array(mutation, { minLength: 1, maxLength: 4 }), (c, ms) => {
        expectSameOutcome(mutate(c, ms));
      }),
      { ...params, numRuns: 4000 },
    );
  });

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectSameOutcome(value);
      }),
      params,
    );
  });
});
