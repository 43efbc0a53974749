import { z } from 'zod';
import { Dec } from '../core/money.js';
import { SUPPORTED_TAX_YEARS, unsupportedYearMessage } from '../law/parameters/index.js';
import { amountSchema, amountWithin, centsOf, signedAmountSchema } from './money.js';
import {
  MAX_DEBTS,
  MAX_ITEMS,
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
  countText,
  quoted,
} from './limits.js';
import { afterFilingSchema } from './after-filing.js';

/** Who an item belongs to on Form 8379 Part III. */
export const SPOUSE_KEYS = ['injured', 'other', 'joint'] as const;
export type ItemOwner = (typeof SPOUSE_KEYS)[number];

/** Item kinds of the case format and the Part III line each goes to (docs/case-format.md). */
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
  'childTaxCredit',
  'otherDependentsCredit',
  'childCareCredit',
  'educationCredit',
  'nonrefundableCredit',
  'refundableCredit',
  'additionalChildTaxCredit',
  'otherTax',
  'withholding',
  'estimatedPayment',
  'priorYearOverpayment',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds whose amount may be negative (a loss). */
export const SIGNED_KINDS: ReadonlySet<ItemKind> = new Set([
  'selfEmployment',
  'capitalGain',
  'otherIncome',
]);

/** Kinds a spouse earns alone: never `joint`. */
export const EARNED_KINDS: ReadonlySet<ItemKind> = new Set(['wages', 'selfEmployment']);

/**
 * Credits for a child or another dependent: the Instructions for Form 8379 (line 16 and line 17)
 * give each to the spouse who would claim the qualifying person on a separate return, so never
 * `joint`.
 */
export const DEPENDENT_CREDIT_KINDS: ReadonlySet<ItemKind> = new Set([
  'childTaxCredit',
  'otherDependentsCredit',
  'childCareCredit',
  'educationCredit',
  'additionalChildTaxCredit',
]);

/**
 * The largest capital loss a joint return deducts (Form 1040 line 7; IRC 1211(b)): $3,000, the
 * same for every supported year. The rest is carried over and is not on this return.
 */
export const CAPITAL_LOSS_LIMIT_CENTS = 300_000;

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
      : `unknown ${what} ${typeof issue.input === 'string' ? quoted(issue.input) : describe(issue.input)}; expected one of ${allowed.join(', ')}`;
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
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const bool = (what: string) => z.boolean({ error: typeError(`true or false (${what})`) });

const nonEmptyText = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .max(MAX_NAME_CHARS, { error: tooLong(what, MAX_NAME_CHARS) })
    .trim()
    .min(1, `${what} must not be empty`);

/** The message of a list over its limit. */
export function tooMany(what: string, max: number, given?: number) {
  return (issue: { input?: unknown }) => {
    const n = given ?? (Array.isArray(issue.input) ? issue.input.length : undefined);
    const hint =
      what === 'items'
        ? 'a joint return has far fewer; combine small items of one kind and spouse'
        : 'the Treasury Offset Program lists a handful for one person; combine debts of one type';
    return `at most ${countText(max, what)} in one case${n === undefined ? '' : `, got ${countText(n, what)}`}: ${hint}`;
  };
}

/** A limit's message: what is limited, to how much, and how much was given. */
function tooLong(what: string, max: number) {
  return (issue: { input?: unknown }) =>
    `${what} must be at most ${countText(max, 'characters')}${typeof issue.input === 'string' ? `, got ${countText(issue.input.length, 'characters')}` : ''}`;
}

const freeText = (what: string) =>
  z
    .string({ error: typeError(`${what} as a string`) })
    .max(MAX_TEXT_CHARS, { error: tooLong(what, MAX_TEXT_CHARS) });

const FIRST_YEAR = SUPPORTED_TAX_YEARS[0] ?? 2018;
const LAST_YEAR = SUPPORTED_TAX_YEARS[SUPPORTED_TAX_YEARS.length - 1] ?? 2026;
const yearError = (issue: { input?: unknown }) => unsupportedYearMessage(Number(issue.input));

const spouseSchema = z.strictObject({
  name: nonEmptyText('the name')
    .meta({ pattern: '\\S' })
    .describe('The name as shown on the joint return.'),
  ssn: z
    .string({ error: 'expected the SSN as a string such as "123-45-6789"' })
    .regex(/^\d{3}-?\d{2}-?\d{4}$/, 'expected an SSN of 9 digits such as "123-45-6789"')
    .optional()
    .describe('Social security number, 9 digits, with or without dashes.'),
  shownFirst: bool('whether this name is shown first on the joint return')
    .optional()
    .describe(
      'True for the spouse whose name is shown first on the joint return (Form 8379 Part II line 10); at most one spouse.',
    ),
  age65OrOlder: bool('age 65 or older')
    .default(false)
    .describe(
      'Age 65 or older at the end of the tax year, i.e. born before January 2 of the year 64 years before it (standard deduction box).',
    ),
  blind: bool('blind')
    .default(false)
    .describe('Blind at the end of the tax year (standard deduction box).'),
});

const partISchema = z.strictObject({
  jointReturn: bool('Form 8379 line 2').describe(
    'Line 2: is the return a joint return (filed or to be filed)?',
  ),
  debtOwedOnlyBySpouse: bool('Form 8379 line 3').describe(
    'Line 3: was (or will) the joint overpayment be applied to a past-due debt owed only by the other spouse?',
  ),
  injuredLegallyObligated: bool('Form 8379 line 4').describe(
    'Line 4: is the injured spouse legally obligated to pay that debt?',
  ),
  communityPropertyResident: bool('Form 8379 line 5')
    .optional()
    .describe(
      'Line 5: resident of a community property state during the year? Derived from "communityProperty" when omitted; must agree with it.',
    ),
  madePayments: bool('Form 8379 line 6')
    .optional()
    .describe(
      'Line 6: did the injured spouse make and report payments? Derived from the items when omitted.',
    ),
  hadEarnedIncome: bool('Form 8379 line 7')
    .optional()
    .describe(
      'Line 7: did the injured spouse have earned income? Derived from the items when omitted.',
    ),
  claimsEicOrActc: bool('Form 8379 line 8')
    .optional()
    .describe(
      'Line 8: does the injured spouse claim the earned income credit or the additional child tax credit? Derived when omitted.',
    ),
  claimsOtherRefundableCredit: bool('Form 8379 line 9')
    .optional()
    .describe(
      'Line 9: does the injured spouse claim another refundable credit? Derived when omitted.',
    ),
});

const itemSchema = z.strictObject({
  kind: z
    .enum(ITEM_KINDS, { error: oneOf('item kind', ITEM_KINDS) })
    .describe('What the item is; docs/case-format.md maps each Form 1040 line to a kind.'),
  spouse: z
    .enum(SPOUSE_KEYS, { error: oneOf('spouse', SPOUSE_KEYS) })
    .describe(
      'Whom it belongs to: "injured", "other", or "joint" (split equally unless "injuredShare" gives the agreed split).',
    ),
  amount: signedAmountSchema.describe(
    'The amount as on the joint return. Negative only for selfEmployment, capitalGain (a loss, at most 3,000.00 in all) and otherIncome.',
  ),
  withholding: amountSchema
    .optional()
    .describe(
      'Federal income tax withheld from this income (Form W-2 box 2, Form 1099): Part III line 19.',
    ),
  injuredShare: signedAmountSchema
    .optional()
    .describe(
      "A joint item only: the injured spouse's agreed part of the amount; the other spouse gets the rest.",
    ),
  selfEmploymentTax: amountSchema
    .optional()
    .describe(
      'A selfEmployment item only: the self-employment tax on it (Schedule SE, Schedule 2 line 4): line 18, with its deductible half on line 14.',
    ),
  description: freeText('a description')
    .optional()
    .describe('Free text naming the item on the worksheet, e.g. "Acme Corp W-2".'),
  character: z
    .enum(['community', 'separate'], { error: oneOf('character', ['community', 'separate']) })
    .optional()
    .describe(
      "Community property: overrides the state's default character of the item and its withholding.",
    ),
  fromSeparateProperty: bool('income from separate property')
    .optional()
    .describe(
      "Community property: the income comes from (or the payment was made with) one spouse's separate property.",
    ),
  jointManagement: bool('joint management')
    .optional()
    .describe(
      "Texas: community property under the spouses' joint management (fully reachable by a federal tax debt).",
    ),
});

/**
 * What a debt's `date` held, for its message: a string as written in JSON (its start and length
 * when long), another value by its JSON kind (`null`, `true`, `20240315`, `an object`).
 */
function dateRead(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (value === null || typeof value === 'boolean' || typeof value === 'number') {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}

const debtSchema = z.strictObject({
  type: z
    .enum(DEBT_TYPES, { error: oneOf('debt type', DEBT_TYPES) })
    .describe('The kind of past-due debt, which sets its place in the offset order (IRC 6402).'),
  amount: amountSchema.describe('The past-due balance the refund can be applied to.'),
  arose: z
    .enum(['beforeMarriage', 'duringMarriage'], {
      error: oneOf('time the debt arose', ['beforeMarriage', 'duringMarriage']),
    })
    .optional()
    .describe('When the debt arose; required for a federal tax debt in a community property case.'),
  date: z.iso
    .date({ error: (issue) => `expected a date as YYYY-MM-DD, got ${dateRead(issue.input)}` })
    .optional()
    .describe(
      'When the debt became past due (YYYY-MM-DD); older debts of one kind are offset first.',
    ),
  description: freeText('a description')
    .optional()
    .describe('Free text naming the debt on the worksheet, e.g. "Texas OAG child support".'),
});

const communityPropertySchema = z.strictObject({
  states: z
    .array(
      z.enum(COMMUNITY_PROPERTY_STATES, {
        error: oneOf('community property state', COMMUNITY_PROPERTY_STATES),
      }),
    )
    .min(1, 'name at least one community property state')
    .describe('Where the couple was domiciled: one state, or two that follow the same rule.'),
  wholeYear: bool('domiciled there the whole year')
    .default(true)
    .describe('Domiciled there for the whole tax year (default true); false is not supported.'),
});

/** Where the joint return's address is (IRS e-file rules F8379-011 and F8379-012-01). */
export const RETURN_ADDRESS_PLACES = [
  'unitedStates',
  'puertoRico',
  'virginIslands',
  'foreign',
] as const;

/**
 * Forms whose presence in the return keeps a Form 8379 from being e-filed with it (IRS e-file
 * rule F8379-019-01): 2555 (foreign earned income), 8833 (treaty-based position), 8888 (a split
 * refund), 4563 (American Samoa), 5074 (Guam and the CNMI), 8689 (the U.S. Virgin Islands).
 */
export const EFILE_BLOCKING_FORMS = ['2555', '8833', '8888', '4563', '5074', '8689'] as const;

/**
 * The joint return's own figures, each optional. `incomeTax` is used as given (the tax the
 * spouses share); the others are only compared with the items, and every difference is a warning
 * naming the Form 1040 line.
 */
const jointReturnSchema = z.strictObject({
  totalIncome: signedAmountSchema.optional().describe('Form 1040 line 9, total income.'),
  adjustedGrossIncome: signedAmountSchema
    .optional()
    .describe('Form 1040 line 11, adjusted gross income.'),
  taxableIncome: amountSchema.optional().describe('Form 1040 line 15, taxable income.'),
  incomeTax: amountSchema
    .optional()
    .describe(
      'Form 1040 line 18: tax (line 16) plus Schedule 2 Part I (AMT, excess advance premium tax credit repayment). Shared by the tax ratio; computed at married-filing-jointly rates when omitted.',
    ),
  nonrefundableCredits: amountSchema
    .optional()
    .describe('Form 1040 line 21, total nonrefundable credits.'),
  otherTaxes: amountSchema
    .optional()
    .describe('Form 1040 line 23, other taxes (Schedule 2 Part II).'),
  totalTax: amountSchema.optional().describe('Form 1040 line 24, total tax.'),
  totalPayments: amountSchema
    .optional()
    .describe('Form 1040 line 33, total payments and refundable credits.'),
  earnedIncomeCredit: amountSchema
    .optional()
    .describe('Form 1040 line 27, the earned income credit; split by earned income (R-EIC-SPLIT).'),
  overpayment: signedAmountSchema
    .optional()
    .describe('Form 1040 line 34, the overpayment (negative for an amount owed, line 37).'),
  address: z
    .enum(RETURN_ADDRESS_PLACES, { error: oneOf('place of the address', RETURN_ADDRESS_PLACES) })
    .optional()
    .describe(
      'Where the address on the joint return is: "unitedStates" (a state, D.C., or a territory other than Puerto Rico and the U.S. Virgin Islands), "puertoRico", "virginIslands" or "foreign". Read by the e-file pre-flight only.',
    ),
  efileBlockingForms: z
    .array(
      z.enum(EFILE_BLOCKING_FORMS, {
        error: oneOf('form that keeps Form 8379 from being e-filed', EFILE_BLOCKING_FORMS),
      }),
    )
    .optional()
    .describe(
      'Which of Forms 2555, 8833, 8888 (a split refund), 4563, 5074 and 8689 the return includes: [] for none. Read by the e-file pre-flight only.',
    ),
});

/** How Form 8379 reaches the IRS. */
export const FILING_MODES = ['originalReturn', 'amendedReturn', 'alone'] as const;

const text = (what: string, max: number) =>
  z
    .string({ error: typeError(`${what} as a string`) })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`)
    .meta({ pattern: '\\S' });

const phoneSchema = z
  .string({ error: typeError('a phone number as a string such as "512-555-0142"') })
  .regex(
    /^\+?[0-9(][0-9 ().-]{5,18}[0-9]$/,
    'expected a phone number of digits, spaces, dashes, dots and parentheses, such as "512-555-0142" or "+44 20 7946 0958"',
  );

const usAddressSchema = z.strictObject({
  street: text('the number and street (with the apartment number)', 60).describe(
    'Number and street, with the apartment or suite number; a P.O. box if the post office does not deliver to the street.',
  ),
  city: text('the city, town or post office', 40).describe('City, town or post office.'),
  state: z
    .string({ error: typeError('the state as two capital letters, e.g. "TX"') })
    .regex(/^[A-Z]{2}$/, 'expected the state as two capital letters, e.g. "TX"')
    .describe('The two-letter postal abbreviation of the state.'),
  zip: z
    .string({ error: typeError('the ZIP code as a string, e.g. "78701"') })
    .regex(
      /^\d{5}(-\d{4})?$/,
      'expected a ZIP code of 5 digits or ZIP+4, e.g. "78701" or "78701-1234"',
    )
    .describe('ZIP code, 5 digits or ZIP+4.'),
});

const foreignAddressSchema = z.strictObject({
  street: text('the number and street', 60).describe('Number and street.'),
  city: text('the city', 40).describe('City or town.'),
  province: text('the province, state or county', 40)
    .optional()
    .describe('Province, state or county.'),
  postalCode: text('the postal code', 16)
    .optional()
    .describe('Postal code, as the country writes it.'),
  country: text('the country', 40).describe('The country, in full: never abbreviated.'),
});

const preparerSchema = z.strictObject({
  name: text("the preparer's name", 40).describe("The paid preparer's printed name."),
  ptin: z
    .string({ error: typeError('the PTIN as a string such as "P01234567"') })
    .regex(/^P\d{8}$/, 'expected a PTIN: the letter P and 8 digits, such as "P01234567"')
    .optional()
    .describe("The preparer's tax identification number: P and 8 digits."),
  selfEmployed: bool('whether the preparer is self-employed')
    .default(false)
    .describe('The preparer is self-employed (the "Check if self-employed" box).'),
  firmName: text("the firm's name", 60).optional().describe("The firm's name."),
  firmAddress: text("the firm's address", 60)
    .optional()
    .describe("The firm's address, on one line."),
  firmEin: z
    .string({ error: typeError('the EIN as a string such as "12-3456789"') })
    .regex(/^\d{2}-?\d{7}$/, 'expected an EIN of 9 digits such as "12-3456789"')
    .optional()
    .describe("The firm's employer identification number."),
  phone: phoneSchema.optional().describe("The firm's phone number."),
});

/** What Form 8379 asks besides the allocation: how it is filed, lines 11 and 12, and Part IV. */
const form8379Schema = z.strictObject({
  filedWith: z
    .enum(FILING_MODES, { error: oneOf('way of filing', FILING_MODES) })
    .optional()
    .describe(
      'How Form 8379 is filed: "originalReturn" (attached to the joint return, paper or e-file), "amendedReturn" (with Form 1040-X) or "alone" (by itself, after the joint return; Part IV is signed then).',
    ),
  refundInBothNames: bool('Form 8379 line 11')
    .default(false)
    .describe(
      'Line 11: you are divorced or separated from the spouse of the joint return and want the refund issued in both names.',
    ),
  mailingAddress: z
    .union([usAddressSchema, foreignAddressSchema], {
      error:
        'expected an address: street, city, state and zip (U.S.), or street, city, country and optionally province and postalCode (foreign)',
    })
    .optional()
    .describe(
      "Line 12: the address to mail the injured spouse's refund to, when it differs from the joint return's; omitted means line 12 No.",
    ),
  phone: phoneSchema
    .optional()
    .describe("Part IV: the injured spouse's phone number (Form 8379 filed by itself only)."),
  preparer: preparerSchema
    .optional()
    .describe('Part IV: the paid preparer, if any (Form 8379 filed by itself only).'),
});

/** The Form 1040 line of each `jointReturn` field. */
export const JOINT_RETURN_LINES = {
  totalIncome: '9',
  adjustedGrossIncome: '11',
  taxableIncome: '15',
  incomeTax: '18',
  nonrefundableCredits: '21',
  otherTaxes: '23',
  totalTax: '24',
  totalPayments: '33',
  earnedIncomeCredit: '27',
  overpayment: '34',
} as const satisfies Record<
  Exclude<keyof z.input<typeof jointReturnSchema>, 'address' | 'efileBlockingForms'>,
  string
>;

/** The case format (docs/case-format.md): one joint return, as a user writes it by hand. */
export const caseSchema = z
  .strictObject({
    title: freeText('the title').optional().describe('Free text; ignored by the calculator.'),
    source: freeText('the source')
      .optional()
      .describe('Where the facts come from; ignored by the calculator.'),
    taxYear: z
      .number({ error: typeError('the tax year as a number, e.g. 2024') })
      .int('expected a whole year, e.g. 2024')
      .gte(FIRST_YEAR, { error: yearError })
      .lte(LAST_YEAR, { error: yearError })
      .describe(`The tax year of the joint return, ${FIRST_YEAR} to ${LAST_YEAR}.`),
    spouses: z
      .strictObject({
        injured: spouseSchema.describe('The spouse claiming the refund (the injured spouse).'),
        other: spouseSchema.describe('The spouse who owes the past-due debt.'),
      })
      .describe('The two spouses of the joint return.'),
    partI: partISchema.describe('Form 8379 Part I answers.'),
    communityProperty: communityPropertySchema
      .optional()
      .describe('Present when Form 8379 Part I line 5 is yes.'),
    deduction: z
      .strictObject({
        kind: z
          .enum(['standard', 'itemized'], { error: oneOf('deduction', ['standard', 'itemized']) })
          .describe('"standard" (computed) or "itemized" (from the itemizedDeduction items).'),
      })
      .default({ kind: 'standard' })
      .describe('Form 1040 line 12.'),
    items: z
      .array(itemSchema)
      .max(MAX_ITEMS, { error: tooMany('items', MAX_ITEMS) })
      .default([])
      .describe(
        'Every income, adjustment, deduction, credit, tax and payment of the joint return.',
      ),
    jointReturn: jointReturnSchema
      .default({})
      .describe("The joint return's own figures, checked against the items."),
    form8379: form8379Schema
      .default({ refundInBothNames: false })
      .describe(
        'What Form 8379 asks besides the figures: how it is filed, lines 11 and 12, and Part IV.',
      ),
    debts: z
      .array(debtSchema)
      .max(MAX_DEBTS, { error: tooMany('debts', MAX_DEBTS) })
      .default([])
      .describe("The other spouse's past-due debts the refund was (or will be) applied to."),
    afterFiling: afterFilingSchema
      .optional()
      .describe(
        'What happened after Form 8379 was filed (notices, money received, transcript lines): the result then checks it against the estimate (docs/check.md).',
      ),
    expected: z
      .unknown()
      .optional()
      .describe('The expected figures of a reference case; ignored by the calculator.'),
  })
  // Cross-field rules. A plain `.check` rather than `.superRefine`: the same issues (see
  // addIssue), without the per-parse `ctx.addIssue` closure that superRefine allocates.
  .check((ctx) => {
    const c = ctx.value;
    const issue = (path: PropertyKey[], message: string) =>
      addIssue(ctx, { code: 'custom', path, message });
    let capital = new Dec(0);
    let firstLoss = -1;
    c.items.forEach((item, i) => {
      if (!SIGNED_KINDS.has(item.kind) && item.amount.startsWith('-')) {
        issue(
          ['items', i, 'amount'],
          `must not be negative for a ${item.kind} item, got "${item.amount}"`,
        );
      }
      if (item.kind === 'capitalGain') {
        capital = capital.plus(item.amount);
        if (firstLoss === -1 && item.amount.startsWith('-')) firstLoss = i;
      }
      if (item.injuredShare !== undefined) {
        if (item.spouse !== 'joint') {
          issue(
            ['items', i, 'injuredShare'],
            `only a joint item can be split; this item belongs to the ${item.spouse} spouse`,
          );
        } else if (!amountWithin(item.injuredShare, item.amount)) {
          issue(
            ['items', i, 'injuredShare'],
            `must lie between 0 and the item's amount ${item.amount}, got ${item.injuredShare}`,
          );
        }
      }
      if (item.spouse === 'joint' && DEPENDENT_CREDIT_KINDS.has(item.kind)) {
        issue(
          ['items', i, 'spouse'],
          `${item.kind} items go to the spouse who would claim the child (or other dependent) on a separate return (Instructions for Form 8379, lines 16 and 17): use "injured" or "other", not "joint"; with children of both, enter one item per spouse`,
        );
      }
      if (item.spouse === 'joint' && EARNED_KINDS.has(item.kind)) {
        issue(
          ['items', i, 'spouse'],
          `${item.kind} belong to the spouse who earned them: use "injured" or "other", not "joint"`,
        );
      }
      if (item.kind === 'schedule1ADeduction' && c.taxYear < 2025) {
        issue(
          ['items', i, 'kind'],
          `Schedule 1-A deductions exist from tax year 2025; this case is for ${c.taxYear}`,
        );
      }
      if (item.withholding !== undefined && item.kind === 'withholding') {
        issue(['items', i, 'withholding'], 'a withholding item carries its amount in "amount"');
      }
      if (item.selfEmploymentTax !== undefined && item.kind !== 'selfEmployment') {
        issue(
          ['items', i, 'selfEmploymentTax'],
          `only a selfEmployment item carries self-employment tax; this is a ${item.kind} item (enter other taxes as kind "otherTax")`,
        );
      }
    });
    if (firstLoss !== -1 && capital.times(100).lessThan(-CAPITAL_LOSS_LIMIT_CENTS)) {
      issue(
        ['items', firstLoss, 'amount'],
        `the capitalGain items add up to a loss of ${capital.negated().toFixed(2)}, but a joint return deducts at most 3000.00 (Form 1040 line 7): enter the deductible loss; the rest carries over to next year`,
      );
    }
    if (c.spouses.injured.shownFirst === true && c.spouses.other.shownFirst === true) {
      issue(
        ['spouses', 'other', 'shownFirst'],
        'both spouses are marked shownFirst; only the spouse whose name is shown first on the joint return can be',
      );
    }
    const f = c.form8379;
    if (f.filedWith !== 'alone') {
      for (const key of ['phone', 'preparer'] as const) {
        if (f[key] !== undefined) {
          issue(
            ['form8379', key],
            `Part IV is completed only when Form 8379 is filed by itself, but form8379.filedWith is ${f.filedWith === undefined ? 'not given' : JSON.stringify(f.filedWith)}: set it to "alone" or remove ${key}`,
          );
        }
      }
    }
    const itemizedIndex = c.items.findIndex((i) => i.kind === 'itemizedDeduction');
    const itemized = itemizedIndex !== -1;
    if (c.deduction.kind === 'itemized' && !itemized) {
      issue(['deduction', 'kind'], 'is "itemized" but no item has kind "itemizedDeduction"');
    }
    if (c.deduction.kind === 'standard' && itemized) {
      issue(
        ['items', itemizedIndex, 'kind'],
        'itemizedDeduction items need deduction.kind "itemized"',
      );
    }
    const eic = c.jointReturn.earnedIncomeCredit;
    if (eic !== undefined && centsOf(eic) > 0 && !hasEarnedIncome(c.items)) {
      issue(
        ['jointReturn', 'earnedIncomeCredit'],
        `the return claims ${eic} of earned income credit, but no item gives either spouse earned income (wages or selfEmployment); add them so the credit can be split by earned income`,
      );
    }
    const cp = c.communityProperty;
    const line5 = c.partI.communityPropertyResident;
    if (line5 !== undefined && line5 !== (cp !== undefined)) {
      issue(
        ['partI', 'communityPropertyResident'],
        line5
          ? 'is true but the case has no communityProperty block naming the state'
          : 'is false but the case has a communityProperty block',
      );
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

/** True when some spouse has positive wages plus self-employment income (the EIC needs it). */
export function hasEarnedIncome(items: readonly EarningItem[]): boolean {
  return (['injured', 'other'] as const).some((spouse) =>
    items
      .filter((i) => i.spouse === spouse && EARNED_KINDS.has(i.kind as ItemKind))
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
