import { z } from 'zod';
import { amountSchema, signedAmountSchema } from './money.js';
import { MAX_DEBTS, MAX_NAME_CHARS, countText, quoted } from './limits.js';

/**
 * What happened after Form 8379 was filed (docs/check.md; result-check.md section 1): the offset
 * notice of the Bureau of the Fiscal Service, the IRS notice or letter, the money received, the
 * lines of the account transcript and the date Form 8379 was filed. Every part is optional; each
 * figure names the document it comes from. How Form 8379 was filed is the case's own
 * `form8379.filedWith` (not asked twice); only the date, and whether the return went by e-file,
 * are here. The check (src/check/) compares all of it with the estimate.
 */

/**
 * The debt types of `debts`, in IRC 6402 offset order: the case schema's `DEBT_TYPES`, repeated
 * here because the case schema imports this module (a test holds the two lists equal).
 */
export const OFFSET_DEBT_TYPES = [
  'federalTax',
  'childSupport',
  'spousalSupport',
  'federalNontax',
  'stateIncomeTax',
  'stateUnemployment',
] as const;

/** The IRS notices and letters the check knows (result-check.md section 1). */
export const IRS_NOTICE_KINDS = ['CP49', 'CP42', '3179C', '916C', '105C', 'other'] as const;
export type IrsNoticeKind = (typeof IRS_NOTICE_KINDS)[number];

/** Whose name(s) a refund received after filing was issued in. */
export const RECEIVED_ISSUED_TO = ['injured', 'both', 'other'] as const;

/**
 * The account transcript codes the check reads: 846 refund issued, 826 credit transferred out (a
 * federal tax offset), 898 refund offset through the Treasury Offset Program, 899 offset
 * reversed, 766 credit, 776 interest on the overpayment, 971 (action code 071: Form 8379
 * received). Any other three-digit code is accepted and listed as not read.
 */
export const TRANSCRIPT_CODES_READ = ['846', '826', '898', '899', '766', '776', '971'] as const;

/** The most entries of one list (`received`, `transcript`, `offsetNotice.offsets`). */
export const MAX_AFTER_FILING_ENTRIES = 200;

/** A value as a message shows it: a long string by its start and length. */
function shown(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function listError(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `required: expected ${what}`
      : `expected ${what}, got ${shown(issue.input)}`;
}

/** A date written YYYY-MM-DD, with a message that says which date. */
const dateOf = (what: string) =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `required: expected ${what} as YYYY-MM-DD, e.g. "2025-02-10"`
        : `expected ${what} as YYYY-MM-DD, e.g. "2025-02-10", got ${shown(issue.input)}`,
  });

const yesNo = (what: string) =>
  z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? `required: expected true or false (${what})`
        : `expected true or false (${what}), got ${shown(issue.input)}`,
  });

/** The type error of an object block: what it holds, and what was given instead. */
const block = (what: string) => ({
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code === 'invalid_type' ? listError(what)(issue) : undefined,
});

// A refinement, not .max: zod measures a string given instead of a list too, and would add a
// second, wrong message to the one that a list was expected.
const list = <T extends z.ZodType>(entry: T, what: string, max: number) =>
  z
    .array(entry, { error: listError(`a list of ${what}`) })
    .superRefine((entries, ctx) => {
      if (entries.length > max) {
        ctx.addIssue({
          code: 'custom',
          message: `at most ${countText(max, what)} in one case, got ${countText(entries.length, what)}`,
        });
      }
    })
    .meta({ maxItems: max });

const oneOf = (what: string, allowed: readonly string[]) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `required: expected a ${what}, one of ${allowed.join(', ')}`
    : `unknown ${what} ${shown(issue.input)}; expected one of ${allowed.join(', ')}`;

/** The most lines of an address, and of characters on one line. */
export const MAX_ADDRESS_LINES = 6;
export const MAX_ADDRESS_LINE_CHARS = 100;

/**
 * An address written line by line as the document prints it (`["Internal Revenue Service",
 * "Kansas City, MO 64999-0025"]`): where a letter goes, or where it comes from.
 */
const addressOf = (what: string, example: readonly string[]) =>
  z
    .array(
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'required: expected a line of the address as a string'
              : `expected each line of ${what} as a string, e.g. ${JSON.stringify(example[example.length - 1])}`,
        })
        .trim()
        .min(1, 'a line of the address must not be empty')
        .max(
          MAX_ADDRESS_LINE_CHARS,
          `a line of the address must be at most ${countText(MAX_ADDRESS_LINE_CHARS, 'characters')}`,
        )
        .meta({ pattern: '\\S' }),
      {
        error: listError(
          `${what} as a list of lines, e.g. [${example.map((l) => JSON.stringify(l)).join(', ')}]`,
        ),
      },
    )
    // A refinement, not .min/.max: those also measure a string given instead of a list, and
    // would add "at most 6 lines" to the message that a list was expected. The schema keeps the
    // bounds through its metadata.
    .superRefine((lines, ctx) => {
      if (lines.length === 0)
        ctx.addIssue({ code: 'custom', message: `${what} needs at least one line` });
      if (lines.length > MAX_ADDRESS_LINES) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} has at most ${MAX_ADDRESS_LINES} lines, got ${lines.length}`,
        });
      }
    })
    .meta({ minItems: 1, maxItems: MAX_ADDRESS_LINES });

const form8379FiledSchema = z.strictObject(
  {
    date: dateOf('the date Form 8379 was filed').describe(
      'The date Form 8379 was filed (mailed, or e-filed with the return): YYYY-MM-DD. How it was filed is form8379.filedWith.',
    ),
    efiled: yesNo('whether the joint return with Form 8379 was e-filed')
      .optional()
      .describe(
        'With form8379.filedWith "originalReturn" (or "amendedReturn"): true when the return went by e-file (about 11 weeks to process), false on paper (about 14).',
      ),
  },
  block('an object with the date Form 8379 was filed'),
);

const offsetSchema = z.strictObject(
  {
    amount: amountSchema.describe('The amount this offset took from the refund, as on the notice.'),
    debtType: z
      .enum(OFFSET_DEBT_TYPES, { error: oneOf('debt type', OFFSET_DEBT_TYPES) })
      .optional()
      .describe('The kind of debt, with the same names as "debts" (e.g. "childSupport").'),
    agency: z
      .string({ error: 'expected the agency as a string, e.g. "Texas OAG Child Support"' })
      .trim()
      .min(1, 'the agency must not be empty')
      .max(MAX_NAME_CHARS, `the agency must be at most ${countText(MAX_NAME_CHARS, 'characters')}`)
      .meta({ pattern: '\\S' })
      .optional()
      .describe('The agency the notice names as receiving the offset.'),
    fee: amountSchema
      .optional()
      .describe('A fee the notice shows for this offset, if any (shown, not added to the offset).'),
    address: addressOf("the agency's address", [
      'Office of the Attorney General',
      'PO Box 12017',
      'Austin, TX 78711-2017',
    ])
      .optional()
      .describe(
        "The agency's address as the offset notice prints it, line by line: where the letter to the agency (--letter agency) goes.",
      ),
  },
  block('an offset as an object with its amount'),
);

const offsetNoticeSchema = z.strictObject(
  {
    date: dateOf('the date of the offset notice')
      .optional()
      .describe(
        'The date of the offset notice (the day the refund was taken, for the 2-year limit).',
      ),
    originalRefund: amountSchema
      .optional()
      .describe(
        'The refund before the offset as the notice gives it: the overpayment as the IRS figured it.',
      ),
    offsets: list(offsetSchema, 'offsets', MAX_DEBTS)
      .optional()
      .describe('Each offset the notice lists: amount, kind of debt, agency and fee.'),
  },
  block('the offset notice as an object'),
);

const irsNoticeSchema = z.strictObject(
  {
    kind: z
      .enum(IRS_NOTICE_KINDS, { error: oneOf('kind of IRS notice', IRS_NOTICE_KINDS) })
      .describe(
        'The notice or letter: "CP49" (overpayment applied to a federal tax debt), "CP42", a letter number ("3179C", "916C", "105C"), or "other".',
      ),
    date: dateOf('the date of the IRS notice')
      .optional()
      .describe('The date printed on the notice.'),
    overpayment: amountSchema.optional().describe('The overpayment the notice states.'),
    appliedToTax: amountSchema
      .optional()
      .describe('The amount the notice says was applied to a federal tax debt.'),
    interest: amountSchema.optional().describe('The interest the notice states.'),
    refund: amountSchema.optional().describe('The refund the notice states (interest included).'),
    address: addressOf("the IRS's address", [
      'Internal Revenue Service',
      'Kansas City, MO 64999-0025',
    ])
      .optional()
      .describe(
        'The IRS address the notice gives for a reply, line by line as printed: where the letters to the IRS (--letter request, reconsider) go.',
      ),
  },
  block('the IRS notice as an object with its kind'),
);

const receivedSchema = z.strictObject(
  {
    amount: amountSchema.describe(
      'An amount received after filing Form 8379 (a deposit or a check), interest included.',
    ),
    date: dateOf('the date the money was received')
      .optional()
      .describe('The date of the deposit or of the check.'),
    issuedTo: z
      .enum(RECEIVED_ISSUED_TO, { error: oneOf('name on the refund', RECEIVED_ISSUED_TO) })
      .optional()
      .describe(
        'Whose name(s) it was issued in: "injured" (default), "both", or "other" (then it is not counted as the injured spouse\'s).',
      ),
  },
  block('an amount received as an object with its amount'),
);

const transcriptLineSchema = z.strictObject(
  {
    code: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'required: expected the transaction code as a string, e.g. "846"'
            : `expected the transaction code as a string of 3 digits, e.g. "846", got ${typeof issue.input === 'number' ? `the number ${issue.input}` : 'another value'}`,
      })
      .regex(/^\d{3}$/, 'expected the transaction code as 3 digits, e.g. "846"')
      .describe(
        'The transaction code: 846, 826, 898, 899, 766, 776 or 971 are read; other codes are listed as not read.',
      ),
    date: dateOf("the transcript line's date").optional().describe('The date on the line.'),
    amount: signedAmountSchema
      .optional()
      .describe(
        'The amount on the line; the transcript shows credits with a minus sign, and either sign is read as the same amount.',
      ),
    actionCode: z
      .string({ error: 'expected the action code as a string of 3 digits, e.g. "071"' })
      .regex(/^\d{3}$/, 'expected the action code as 3 digits, e.g. "071"')
      .optional()
      .describe('Code 971 only: the action code ("071": Form 8379 received).'),
  },
  block('a transcript line as an object with its code'),
);

/** The case's `afterFiling` block. */
export const afterFilingSchema = z.strictObject(
  {
    form8379Filed: form8379FiledSchema
      .optional()
      .describe('When Form 8379 was filed; how it was filed is form8379.filedWith.'),
    offsetNotice: offsetNoticeSchema
      .optional()
      .describe('The offset notice of the Bureau of the Fiscal Service (Treasury Offset Program).'),
    irsNotice: irsNoticeSchema.optional().describe('An IRS notice or letter about the refund.'),
    received: list(receivedSchema, 'amounts received', MAX_AFTER_FILING_ENTRIES)
      .optional()
      .describe(
        'Each amount received after filing Form 8379 ([] for nothing received), from the bank statement or the check.',
      ),
    transcript: list(transcriptLineSchema, 'transcript lines', MAX_AFTER_FILING_ENTRIES)
      .optional()
      .describe('Lines of the account transcript: code, date, amount.'),
    senderAddress: addressOf('the address the letters come from', [
      '120 Elm Street, Apt 4',
      'Austin, TX 78701',
    ])
      .optional()
      .describe(
        "The injured spouse's address, line by line (street, then city, state and ZIP): the return address of the letters (--letter), where the answer should go.",
      ),
  },
  block('what happened after filing as an object'),
);

export type AfterFilingInput = z.input<typeof afterFilingSchema>;
export type AfterFiling = z.output<typeof afterFilingSchema>;
export type TranscriptLine = NonNullable<AfterFiling['transcript']>[number];
export type ReceivedAmount = NonNullable<AfterFiling['received']>[number];
export type NoticeOffset = NonNullable<NonNullable<AfterFiling['offsetNotice']>['offsets']>[number];
