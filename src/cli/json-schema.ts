import { z } from 'zod';
import { amountJsonKeywords } from '../input/money.js';
import { DEPENDENT_CREDIT_KINDS, EARNED_KINDS, SIGNED_KINDS, caseSchema } from '../input/schema.js';

/**
 * The cross-field rules of the case schema that a JSON Schema can state (with `if`/`then`,
 * `contains` and `not`), so an editor flags them as `form8379 check` does. The rules it cannot
 * state are listed in {@link RULES_A_SCHEMA_CANNOT_STATE}.
 */
const kindIs = (kinds: readonly string[]) => ({
  type: 'object',
  properties: { kind: { enum: [...kinds] } },
  required: ['kind'],
});

const unsigned = amountJsonKeywords(false);
const nonNegativeAmount = {
  anyOf: [
    { type: 'string', ...unsigned.string },
    { type: 'number', ...unsigned.number },
  ],
};

const ITEM_RULES = [
  {
    $comment: 'amount: negative only for selfEmployment, capitalGain and otherIncome',
    if: { not: kindIs([...SIGNED_KINDS]) },
    then: { type: 'object', properties: { amount: nonNegativeAmount } },
  },
  {
    $comment: 'injuredShare: only on a joint item',
    if: { type: 'object', required: ['injuredShare'] },
    then: { type: 'object', properties: { spouse: { const: 'joint' } } },
  },
  {
    $comment: 'wages and selfEmployment belong to the spouse who earned them',
    if: kindIs([...EARNED_KINDS]),
    then: { type: 'object', properties: { spouse: { enum: ['injured', 'other'] } } },
  },
  {
    $comment:
      'credits for a child or dependent go to the spouse who would claim the child on a separate return',
    if: kindIs([...DEPENDENT_CREDIT_KINDS]),
    then: { type: 'object', properties: { spouse: { enum: ['injured', 'other'] } } },
  },
  {
    $comment: 'a withholding item carries its amount in "amount"',
    if: kindIs(['withholding']),
    then: { not: { type: 'object', required: ['withholding'] } },
  },
  {
    $comment: 'selfEmploymentTax: only on a selfEmployment item',
    if: { type: 'object', required: ['selfEmploymentTax'] },
    then: { type: 'object', properties: { kind: { const: 'selfEmployment' } } },
  },
];

const hasItemized = { type: 'array', contains: kindIs(['itemizedDeduction']) };
const shownFirst = {
  type: 'object',
  properties: { shownFirst: { const: true } },
  required: ['shownFirst'],
};
const line5 = (answer: boolean) => ({
  type: 'object',
  properties: {
    partI: {
      type: 'object',
      properties: { communityPropertyResident: { const: answer } },
      required: ['communityPropertyResident'],
    },
  },
  required: ['partI'],
});

const CASE_RULES = [
  {
    $comment: 'Part IV (phone, preparer) only when Form 8379 is filed by itself',
    if: {
      type: 'object',
      properties: {
        form8379: {
          anyOf: [
            { type: 'object', required: ['phone'] },
            { type: 'object', required: ['preparer'] },
          ],
        },
      },
      required: ['form8379'],
    },
    then: {
      type: 'object',
      properties: {
        form8379: {
          type: 'object',
          properties: { filedWith: { const: 'alone' } },
          required: ['filedWith'],
        },
      },
    },
  },
  {
    $comment: 'Schedule 1-A deductions exist from tax year 2025',
    if: {
      type: 'object',
      properties: { taxYear: { type: 'integer', maximum: 2024 } },
      required: ['taxYear'],
    },
    then: {
      type: 'object',
      properties: { items: { type: 'array', items: { not: kindIs(['schedule1ADeduction']) } } },
    },
  },
  {
    $comment: 'deduction.kind "itemized" exactly when some item is an itemizedDeduction',
    if: {
      type: 'object',
      properties: {
        deduction: {
          type: 'object',
          properties: { kind: { const: 'itemized' } },
          required: ['kind'],
        },
      },
      required: ['deduction'],
    },
    then: { type: 'object', properties: { items: hasItemized }, required: ['items'] },
    else: { type: 'object', properties: { items: { not: hasItemized } } },
  },
  {
    $comment: 'at most one spouse is shown first',
    not: {
      type: 'object',
      properties: {
        spouses: { type: 'object', properties: { injured: shownFirst, other: shownFirst } },
      },
    },
  },
  {
    $comment: 'partI.communityPropertyResident agrees with the communityProperty block',
    if: line5(true),
    then: { type: 'object', required: ['communityProperty'] },
  },
  {
    $comment: 'partI.communityPropertyResident agrees with the communityProperty block',
    if: line5(false),
    then: { not: { type: 'object', required: ['communityProperty'] } },
  },
];

/**
 * The tolerance a validator needs for `multipleOf: 0.01` (ajv: `multipleOfPrecision`): a JSON
 * Schema validator divides in floating point, and near the one-trillion-dollar bound x / 0.01 is off
 * by up to about 0.02, so with a finer tolerance it rejects exact amounts such as 115137105.82.
 * At 1 (a tenth of a cent) it accepts every amount the library accepts.
 */
export const MULTIPLE_OF_PRECISION = 1;

/**
 * The cross-field rules of `form8379 check` that no JSON Schema can state: they compare amounts
 * with each other or add them up. A schema-valid case can still fail these.
 */
export const RULES_A_SCHEMA_CANNOT_STATE = [
  "injuredShare between 0 and the item's amount",
  'capital loss of all capitalGain items at most 3,000.00',
  'earned income credit with positive earned income of some spouse',
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
] as const;

/**
 * The JSON Schema (draft 2020-12) of a case file, generated from the zod schema the library
 * validates with, so the two cannot drift, plus the cross-field rules a schema can state. It
 * describes the input side: fields with defaults are optional and amounts may be strings (the
 * parser's own pattern) or numbers.
 */
export function caseJsonSchema(): Record<string, unknown> {
  type Generated = Record<string, unknown> & {
    properties: { items: { items: Record<string, unknown> } };
  };
  const { $schema, ...rest } = z.toJSONSchema(caseSchema, { io: 'input' }) as unknown as Generated;
  rest.properties.items.items.allOf = ITEM_RULES;
  return {
    $schema,
    title: 'form8379 case',
    description:
      'One joint return for the Form 8379 injured spouse allocation (docs/case-format.md of the form8379 package).',
    ...rest,
    allOf: CASE_RULES,
    $comment: `Rules only "form8379 check" applies: ${RULES_A_SCHEMA_CANNOT_STATE.join('; ')}. Check multipleOf with a tolerance of a tenth of a cent (ajv: multipleOfPrecision ${MULTIPLE_OF_PRECISION}).`,
  };
}
