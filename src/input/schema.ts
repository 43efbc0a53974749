import { z } from 'zod';
import { Dec } from '../money.js';
import { isSupportedTaxYear, unsupportedYearMessage } from '../parameters/index.js';
import {
  amountIsPositive,
  amountSchema,
  amountWithin,
  centsOf,
  signedAmountSchema,
} from './money.js';

/** Who an item belongs to on Form 8379 Part III. */
export const SPOUSE_KEYS = ['injured', 'other', 'joint'] as const;
export type ItemOwner = (typeof SPOUSE_KEYS)[number];

/** Item kinds of the case format and the Part III line each goes to. */
export const ITEM_KINDS = [
  'wages',
  'selfEmployment',
  'interest',
  'dividends',
  'qualifiedDividends',
  'capitalGain',
  'unemployment',
  'pension',
  'socialSecurity',
  'otherIncome',
  'adjustment',
  'schedule1ADeduction',
  'qbiDeduction',
  'itemizedDeduction',
  'nonrefundableCredit',
  'refundableCredit',
  'otherTax',
  'withholding',
  'estimatedPayment',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds whose amount may be negative (a loss). */
export const SIGNED_KINDS: ReadonlySet<ItemKind> = new Set(['selfEmployment', 'otherIncome']);

/** Debt types in IRC 6402 offset order. */
export const DEBT_TYPES = [
  'federalTax',
  'childSupport',
  'spousalSupport',
  'federalNontax',
  'stateIncomeTax',
  'stateUnemployment',
] as const;
export type DebtType = (typeof DEBT_TYPES)[number];

/** The nine community property states. */
export const COMMUNITY_PROPERTY_STATES = [
  'AZ',
  'CA',
  'ID',
  'LA',
  'NV',
  'NM',
  'TX',
  'WA',
  'WI',
] as const;
export type CommunityPropertyState = (typeof COMMUNITY_PROPERTY_STATES)[number];

/** Error message for a value outside an enumeration, naming what was given and what is allowed. */
function oneOf(what: string, allowed: readonly string[]) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `required: expected a ${what}, one of ${allowed.join(', ')}`
      : `unknown ${what} ${JSON.stringify(issue.input)}; expected one of ${allowed.join(', ')}`;
}

/** Type error message that says "required" when the field is missing. */
function typeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `required: expected ${expected}`
      : `expected ${expected}, got ${describe(issue.input)}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const nonEmptyText = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .min(1, `${what} must not be empty`);

const spouseSchema = z.strictObject({
  name: nonEmptyText('the name'),
  ssn: z
    .string({ error: 'expected the SSN as a string such as "123-45-6789"' })
    .regex(/^\d{3}-?\d{2}-?\d{4}$/, 'expected an SSN of 9 digits such as "123-45-6789"')
    .optional(),
  shownFirst: z.boolean().optional(),
  age65OrOlder: z.boolean().default(false),
  blind: z.boolean().default(false),
});

const partISchema = z.strictObject({
  /** Line 2. */
  jointReturn: z.boolean({ error: typeError('true or false (Form 8379 line 2)') }),
  /** Line 3. */
  debtOwedOnlyBySpouse: z.boolean({ error: typeError('true or false (Form 8379 line 3)') }),
  /** Line 4. */
  injuredLegallyObligated: z.boolean({ error: typeError('true or false (Form 8379 line 4)') }),
  /** Line 5; derived from `communityProperty` when omitted. */
  communityPropertyResident: z.boolean().optional(),
  /** Line 6; derived from the items when omitted. */
  madePayments: z.boolean().optional(),
  /** Line 7; derived from the items when omitted. */
  hadEarnedIncome: z.boolean().optional(),
  /** Line 8; derived from the items when omitted. */
  claimsEicOrActc: z.boolean().optional(),
  /** Line 9; derived from the items when omitted. */
  claimsOtherRefundableCredit: z.boolean().optional(),
});

const itemSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS, { error: oneOf('item kind', ITEM_KINDS) }),
  spouse: z.enum(SPOUSE_KEYS, { error: oneOf('spouse', SPOUSE_KEYS) }),
  amount: signedAmountSchema,
  withholding: amountSchema.optional(),
  injuredShare: signedAmountSchema.optional(),
  description: z.string().optional(),
  /** Community property: override the state's default character of this item. */
  character: z.enum(['community', 'separate']).optional(),
  /** Community property: the item is income from (or paid with) one spouse's separate property. */
  fromSeparateProperty: z.boolean().optional(),
  /** Texas: community property under the spouses' joint management. */
  jointManagement: z.boolean().optional(),
});

const debtSchema = z.strictObject({
  type: z.enum(DEBT_TYPES, { error: oneOf('debt type', DEBT_TYPES) }),
  amount: amountSchema,
  arose: z.enum(['beforeMarriage', 'duringMarriage']).optional(),
  date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
  description: z.string().optional(),
});

const communityPropertySchema = z.strictObject({
  states: z
    .array(
      z.enum(COMMUNITY_PROPERTY_STATES, {
        error: oneOf('community property state', COMMUNITY_PROPERTY_STATES),
      }),
    )
    .min(1, 'name at least one community property state'),
  /** Whether the couple was domiciled there for the whole tax year (default true). */
  wholeYear: z.boolean().default(true),
});

/** The case format (docs/case-format.md): one joint return, as a user writes it by hand. */
export const caseSchema = z
  .strictObject({
    title: z.string().optional(),
    source: z.string().optional(),
    taxYear: z
      .number({ error: typeError('the tax year as a number, e.g. 2024') })
      .int('expected a whole year, e.g. 2024')
      .refine(isSupportedTaxYear, {
        error: (issue) => unsupportedYearMessage(Number(issue.input)),
      }),
    spouses: z.strictObject({ injured: spouseSchema, other: spouseSchema }),
    partI: partISchema,
    communityProperty: communityPropertySchema.optional(),
    deduction: z
      .strictObject({ kind: z.enum(['standard', 'itemized']) })
      .default({ kind: 'standard' }),
    items: z.array(itemSchema).default([]),
    jointReturn: z
      .strictObject({
        incomeTax: amountSchema.optional(),
        earnedIncomeCredit: amountSchema.optional(),
        overpayment: signedAmountSchema.optional(),
      })
      .default({}),
    debts: z.array(debtSchema).default([]),
    /** Expected figures of a reference case: ignored by the calculator. */
    expected: z.unknown().optional(),
  })
  // Cross-field rules. A plain `.check` rather than `.superRefine`: the same issues (see
  // addIssue), without the per-parse `ctx.addIssue` closure that superRefine allocates.
  .check((ctx) => {
    const c = ctx.value;
    c.items.forEach((item, i) => {
      if (!SIGNED_KINDS.has(item.kind) && item.amount.startsWith('-')) {
        addIssue(ctx, {
          code: 'custom',
          path: ['items', i, 'amount'],
          message: `must not be negative for a ${item.kind} item, got "${item.amount}"`,
        });
      }
      if (item.injuredShare !== undefined) {
        if (item.spouse !== 'joint') {
          addIssue(ctx, {
            code: 'custom',
            path: ['items', i, 'injuredShare'],
            message: `only a joint item can be split; this item belongs to the ${item.spouse} spouse`,
          });
        } else if (!amountWithin(item.injuredShare, item.amount)) {
          addIssue(ctx, {
            code: 'custom',
            path: ['items', i, 'injuredShare'],
            message: `must lie between 0 and the item's amount ${item.amount}, got ${item.injuredShare}`,
          });
        }
      }
      if (item.spouse === 'joint' && (item.kind === 'wages' || item.kind === 'selfEmployment')) {
        addIssue(ctx, {
          code: 'custom',
          path: ['items', i, 'spouse'],
          message: `${item.kind} belong to the spouse who earned them: use "injured" or "other", not "joint"`,
        });
      }
      if (item.kind === 'schedule1ADeduction' && c.taxYear < 2025) {
        addIssue(ctx, {
          code: 'custom',
          path: ['items', i, 'kind'],
          message: `Schedule 1-A deductions exist from tax year 2025; this case is for ${c.taxYear}`,
        });
      }
      if (item.withholding !== undefined && item.kind === 'withholding') {
        addIssue(ctx, {
          code: 'custom',
          path: ['items', i, 'withholding'],
          message: 'a withholding item carries its amount in "amount"',
        });
      }
    });
    const itemizedIndex = c.items.findIndex((i) => i.kind === 'itemizedDeduction');
    const itemized = itemizedIndex !== -1;
    if (c.deduction.kind === 'itemized' && !itemized) {
      addIssue(ctx, {
        code: 'custom',
        path: ['deduction', 'kind'],
        message: 'is "itemized" but no item has kind "itemizedDeduction"',
      });
    }
    if (c.deduction.kind === 'standard' && itemized) {
      addIssue(ctx, {
        code: 'custom',
        path: ['items', itemizedIndex, 'kind'],
        message: 'itemizedDeduction items need deduction.kind "itemized"',
      });
    }
    const eic = c.jointReturn.earnedIncomeCredit;
    if (eic !== undefined && amountIsPositive(eic) && !hasEarnedIncome(c.items)) {
      addIssue(ctx, {
        code: 'custom',
        path: ['jointReturn', 'earnedIncomeCredit'],
        message: `the return claims ${eic} of earned income credit, but no item gives either spouse earned income (wages or selfEmployment); add them so the credit can be split by earned income`,
      });
    }
    const cp = c.communityProperty;
    const line5 = c.partI.communityPropertyResident;
    if (line5 !== undefined && line5 !== (cp !== undefined)) {
      addIssue(ctx, {
        code: 'custom',
        path: ['partI', 'communityPropertyResident'],
        message: line5
          ? 'is true but the case has no communityProperty block naming the state'
          : 'is false but the case has a communityProperty block',
      });
    }
  });

/**
 * Records a cross-field issue exactly as superRefine's `ctx.addIssue` records one: the issue
 * with the parsed case as its input, not aborting.
 */
function addIssue(
  payload: z.core.ParsePayload,
  issue: { code: 'custom'; path: PropertyKey[]; message: string },
): void {
  payload.issues.push({ ...issue, input: payload.value, continue: true });
}

type EarningItem = { kind: string; spouse: string; amount: string };

/**
 * True when some spouse has positive wages plus self-employment income (the EIC needs it).
 * @internal Exported for the tests.
 */
export function hasEarnedIncome(items: readonly EarningItem[]): boolean {
  // In whole cents while every amount and running total is a safe integer (so exact), else Decimal.
  let injured = 0;
  let other = 0;
  for (const i of items) {
    if (i.kind !== 'wages' && i.kind !== 'selfEmployment') continue;
    if (i.spouse !== 'injured' && i.spouse !== 'other') continue;
    const cents = centsOf(i.amount);
    if (cents === undefined) return hasEarnedIncomeDec(items);
    if (i.spouse === 'injured') injured += cents;
    else other += cents;
    if (!Number.isSafeInteger(injured) || !Number.isSafeInteger(other)) {
      return hasEarnedIncomeDec(items);
    }
  }
  return injured > 0 || other > 0;
}

/** @internal {@link hasEarnedIncome} in Decimal, for any amounts; exported for the tests. */
export function hasEarnedIncomeDec(items: readonly EarningItem[]): boolean {
  return (['injured', 'other'] as const).some((spouse) =>
    items
      .filter((i) => i.spouse === spouse && (i.kind === 'wages' || i.kind === 'selfEmployment'))
      .reduce((t, i) => t.plus(i.amount), new Dec(0))
      .greaterThan(0),
  );
}

/** A case as written (what {@link caseSchema} accepts). */
export type CaseInput = z.input<typeof caseSchema>;
/** A validated case with defaults filled in and amounts as canonical two-decimal strings. */
export type Form8379Case = z.output<typeof caseSchema>;
export type CaseItem = Form8379Case['items'][number];
export type CaseDebt = Form8379Case['debts'][number];
export type CaseSpouse = Form8379Case['spouses']['injured'];
