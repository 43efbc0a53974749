/**
 * The fast paths of input validation against the plain ones they replace, on arbitrary input:
 * the money scan against the original regex code (the fallback path, as the reference), the
 * whole-cents comparisons against Decimal, and the compiled case parser (`safeValidateCase`)
 * against zod's runtime parser of the same `caseSchema`. Output and issues must be identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_TYPES,
  ITEM_KINDS,
  caseSchema,
  safeValidateCase,
  type ValidationOutcome,
} from '../src/index.js';
import {
  AMOUNT_TYPE_MESSAGE,
  amountIsPositive,
  amountSchema,
  amountWithin,
  amountWithinDec,
  canonicalMoney,
  centsOf,
  moneyProblem,
  signedAmountSchema,
} from '../src/input/money.js';
import { SPOUSE_KEYS, hasEarnedIncome, hasEarnedIncomeDec } from '../src/input/schema.js';
import { compiledCaseSchema, toInputIssues } from '../src/input/validate.js';
import { Dec } from '../src/money.js';
import { caseArb } from './arbitraries.js';

const params = { numRuns: 2000, seed: 8379 };

// ---------------------------------------------------------------------------------------------
// The money schema as it was before the fast path (the original regex path, still the fallback
// in src/input/money.ts): the reference.

function referenceMoneySchema(allowNegative: boolean) {
  return z
    .union([z.string(), z.number()], { error: AMOUNT_TYPE_MESSAGE })
    .transform((value, ctx) => {
      const problem = moneyProblem(value, allowNegative);
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return canonicalMoney(value);
    });
}

// ---------------------------------------------------------------------------------------------
// Arbitrary money-like input.

const MONEY_CHARS = [
  ...'0123456789',
  '-',
  '-',
  '.',
  '.',
  ',',
  '+',
  'e',
  'E',
  'x',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u0663', // ARABIC-INDIC DIGIT THREE: not \d
];

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Strings close to the format: sign, leading zeros, 0-4 decimals, padding and commas. */
const moneyLikeString = fc
  .record({
    pad: fc.constantFrom('', '', '', ' ', '\t', ' \n'),
    sign: fc.constantFrom('', '', '-', '--', '+'),
    zeros: fc.constantFrom('', '', '0', '00', '000'),
    whole: fc.oneof(digits(0, 22), fc.constantFrom('', '0', '00', '5', '10')),
    comma: fc.boolean(),
    dot: fc.constantFrom('', '.', '.', '..'),
    frac: fc.oneof(digits(0, 4), fc.constantFrom('0', '00', '5', '50', '05', '000')),
    tail: fc.constantFrom('', '', '', ' ', ',', 'e3', 'x'),
  })
  .map(({ pad, sign, zeros, whole, comma, dot, frac, tail }) => {
    const w = comma && whole.length > 3 ? `${whole.slice(0, -3)},${whole.slice(-3)}` : whole;
    return `${pad}${sign}${zeros}${w}${dot}${frac}${tail}${pad}`;
  });

/** Strings in or next to the exact format the scan takes: no padding, at most one sign and dot. */
const cleanMoneyString = fc
  .record({
    sign: fc.constantFrom('', '-'),
    zeros: fc.constantFrom('', '', '0', '00'),
    whole: fc.oneof(digits(0, 18), fc.constantFrom('', '0', '5', '10')),
    dot: fc.constantFrom('', '.'),
    frac: fc.oneof(digits(0, 3), fc.constantFrom('0', '00', '5', '50', '05')),
  })
  .map(({ sign, zeros, whole, dot, frac }) => `${sign}${zeros}${whole}${dot}${frac}`);

const moneyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: cleanMoneyString },
  { weight: 4, arbitrary: moneyLikeString },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...MONEY_CHARS), maxLength: 14 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1e21, -1e21, 1e20, 5e-7, 0.1 + 0.2, 2 ** 53, NaN, Infinity),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

function outcome(result: z.ZodSafeParseResult<string>) {
  return result.success
    ? { success: true, data: result.data }
    : {
        success: false,
        issues: result.error.issues.map((i) => ({
          code: i.code,
          path: i.path,
          message: i.message,
        })),
      };
}

describe('the money scan gives what the original regex code gave', () => {
  const plain = { amount: referenceMoneySchema(false), signed: referenceMoneySchema(true) };

  it('for non-negative amounts', () => {
    fc.assert(
      fc.property(moneyInput, (value) => {
        expect(outcome(amountSchema.safeParse(value))).toStrictEqual(
          outcome(plain.amount.safeParse(value)),
        );
      }),
      params,
    );
  });

  it('for signed amounts', () => {
    fc.assert(
      fc.property(moneyInput, (value) => {
        expect(outcome(signedAmountSchema.safeParse(value))).toStrictEqual(
          outcome(plain.signed.safeParse(value)),
        );
      }),
      params,
    );
  });

  it('on hand-picked edges', () => {
    const edges = [
      '0',
      '-0',
      '-0.0',
      '-00.00',
      '000',
      '007.5',
      '-007.05',
      '1.',
      '.5',
      '-',
      '',
      ' ',
      '1,234.5',
      ' 12 ',
      '-0.01',
      '12345678901234567890.12',
      '1.234',
      '1e3',
      0,
      -0,
      -0.5,
      1e-7,
      123.45,
      1e21,
    ];
    for (const value of edges) {
      expect(outcome(amountSchema.safeParse(value)), String(value)).toStrictEqual(
        outcome(plain.amount.safeParse(value)),
      );
      expect(outcome(signedAmountSchema.safeParse(value)), String(value)).toStrictEqual(
        outcome(plain.signed.safeParse(value)),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Whole-cents comparisons against Decimal.

/** A canonical amount of any magnitude, many near the 15-digit limit of the cents fast path. */
const canonicalAmount: fc.Arbitrary<string> = fc
  .oneof(
    fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
    fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
    fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n + 10n }),
    fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
  )
  .map((cents) => {
    const negative = cents < 0n;
    const abs = negative ? -cents : cents;
    const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
    return negative && abs !== 0n ? `-${text}` : text;
  });

describe('whole-cents comparisons agree with Decimal', () => {
  it('centsOf is exact or declines', () => {
    fc.assert(
      fc.property(canonicalAmount, (a) => {
        const cents = centsOf(a);
        if (cents !== undefined) {
          expect(Number.isSafeInteger(cents)).toBe(true);
          expect(new Dec(cents).equals(new Dec(a).times(100))).toBe(true);
        }
        expect(amountIsPositive(a)).toBe(new Dec(a).greaterThan(0));
      }),
      params,
    );
  });

  it('amountWithin', () => {
    const near = canonicalAmount.chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.oneof(
          canonicalAmount,
          fc.constantFrom(a, '0.00', a.startsWith('-') ? a.slice(1) : `-${a}`),
        ),
      ),
    );
    fc.assert(
      fc.property(near, ([amount, share]) => {
        expect(amountWithin(share, amount)).toBe(amountWithinDec(share, amount));
      }),
      params,
    );
  });

  it('hasEarnedIncome', () => {
    const item = fc.record({
      kind: fc.constantFrom('wages', 'selfEmployment', 'interest'),
      spouse: fc.constantFrom(...SPOUSE_KEYS),
      amount: fc.oneof(
        canonicalAmount,
        fc.constantFrom('9999999999999.99', '-9999999999999.99', '5000000000000.00'),
      ),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        expect(hasEarnedIncome(items)).toBe(hasEarnedIncomeDec(items));
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The compiled case parser against zod's runtime parser.

function plainOutcome(input: unknown): ValidationOutcome {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
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

/** A valid case written the other ways the format allows: numbers, padding, commas, zeros. */
function rewriteAmounts(input: unknown, style: number): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const rewrite = (v: unknown): unknown => {
    if (typeof v !== 'string' || !/^-?\d+\.\d\d$/.test(v)) return v;
    switch (style % 5) {
      case 0:
        return Number(v);
      case 1:
        return ` ${v} `;
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
