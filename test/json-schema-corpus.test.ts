/**
 * The JSON Schema of a case file (`caseJsonSchema`, what `form8379 schema` prints) against the
 * library's own validation (`validateCase`), on a corpus of valid and invalid cases: a real
 * draft 2020-12 validator (ajv) must give every case the library's verdict, except the
 * cross-field rules no schema can state (`RULES_A_SCHEMA_CANNOT_STATE`), which the library
 * rejects and the schema accepts. Every invalid case is one small mutation of a valid case.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MULTIPLE_OF_PRECISION,
  RULES_A_SCHEMA_CANNOT_STATE,
  caseJsonSchema,
} from '../src/cli/json-schema.js';
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_TYPES,
  ITEM_KINDS,
  InvalidCaseError,
  SUPPORTED_TAX_YEARS,
  safeValidateCase,
  validateCase,
  type InputIssue,
  type ItemKind,
} from '../src/index.js';
import { DEPENDENT_CREDIT_KINDS, EARNED_KINDS } from '../src/input/schema.js';
import { caseArb } from './arbitraries.js';
import { referenceCases } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// The two validators.

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** A rule of RULES_A_SCHEMA_CANNOT_STATE, by its exact name (a typo does not compile). */
type SchemaCannotState = (typeof RULES_A_SCHEMA_CANNOT_STATE)[number];

/** ajv-formats is CommonJS; its default export is the plugin itself (typed as the module). */
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin)) as FormatsPlugin;

/** Everything ajv logs while compiling: strict-mode warnings must not appear. */
const ajvLog: string[] = [];
const record =
  (level: string) =>
  (...args: unknown[]): void => {
    ajvLog.push(`${level}: ${args.map(String).join(' ')}`);
  };
const ajv = new Ajv2020({
  allErrors: true,
  multipleOfPrecision: MULTIPLE_OF_PRECISION,
  logger: { log: record('log'), warn: record('warn'), error: record('error') },
});
addFormats(ajv);
const schemaValidate = ajv.compile(caseJsonSchema());

interface SchemaVerdict {
  readonly ok: boolean;
  readonly errors: readonly ErrorObject[];
}

function bySchema(input: Json): SchemaVerdict {
  const ok = schemaValidate(input);
  return { ok, errors: ok ? [] : [...(schemaValidate.errors ?? [])] };
}

interface LibraryVerdict {
  readonly ok: boolean;
  readonly issues: readonly InputIssue[];
}

function byLibrary(input: Json): LibraryVerdict {
  try {
    validateCase(input);
    return { ok: true, issues: [] };
  } catch (e) {
    if (e instanceof InvalidCaseError) return { ok: false, issues: e.issues };
    throw e;
  }
}

const verdict = (ok: boolean) => (ok ? 'valid' : 'invalid');

/** The failure message: the corpus case, both verdicts, ajv's errors and the library's issues. */
function explain(name: string, how: string, lib: LibraryVerdict, sch: SchemaVerdict): string {
  const errors = sch.errors.map(
    (e) =>
      `    ${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
  const issues = lib.issues.map((i) => `    ${i.path || '(root)'}: ${i.message}`);
  return [
    `corpus case "${name}" (${how}): ajv says ${verdict(sch.ok)}, validateCase says ${verdict(lib.ok)}`,
    `  ajv errors:${errors.length === 0 ? ' none' : `\n${errors.join('\n')}`}`,
    `  library issues:${issues.length === 0 ? ' none' : `\n${issues.join('\n')}`}`,
  ].join('\n');
}

const roundTrip = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

// ---------------------------------------------------------------------------------------------
// Building the corpus.

interface CorpusCase {
  readonly name: string;
  readonly input: Json;
  /** For an invalid case the schema cannot catch: the rule it breaks. */
  readonly exception?: SchemaCannotState;
}

/** A small valid case (the base of test/validation.test.ts); each mutation edits a fresh copy. */
function base(): JsonObject {
  return {
    taxYear: 2024,
    spouses: {
      injured: { name: 'Dana Reyes', ssn: '400-00-0001' },
      other: { name: 'Chris Reyes' },
    },
    partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
    deduction: { kind: 'standard' },
    items: [
      { kind: 'wages', spouse: 'injured', amount: '52000.00', withholding: '6100.00' },
      { kind: 'wages', spouse: 'other', amount: '28000.00', withholding: '2400.00' },
      { kind: 'interest', spouse: 'joint', amount: '400.00' },
    ],
    debts: [{ type: 'childSupport', amount: '3000.00', arose: 'beforeMarriage' }],
  };
}

/** A community property case (Rev. Rul. 2004-71 facts) in `state`. */
function communityBase(state: string): JsonObject {
  return {
    taxYear: 2024,
    spouses: { injured: { name: 'Non-Liable Spouse' }, other: { name: 'Liable Spouse' } },
    partI: {
      jointReturn: true,
      debtOwedOnlyBySpouse: true,
      injuredLegallyObligated: false,
      communityPropertyResident: true,
    },
    communityProperty: { states: [state] },
    items: [
      { kind: 'withholding', spouse: 'other', amount: '750.00' },
      { kind: 'withholding', spouse: 'injured', amount: '250.00' },
    ],
    jointReturn: { incomeTax: '0' },
    debts: [{ type: 'federalTax', amount: '20000.00', arose: 'beforeMarriage' }],
  };
}

/** The object at `path` inside `value` (throws when there is none: a broken corpus entry). */
function at(value: Json, ...path: (string | number)[]): JsonObject {
  let here: Json | undefined = value;
  for (const key of path) {
    here =
      Array.isArray(here) && typeof key === 'number'
        ? here[key]
        : here !== null && typeof here === 'object' && !Array.isArray(here)
          ? here[key]
          : undefined;
  }
  if (here === null || typeof here !== 'object' || Array.isArray(here)) {
    throw new Error(`no object at ${path.join('.')}`);
  }
  return here;
}

/** The array at `key` of `value`. */
function list(value: JsonObject, key: string): Json[] {
  const found = value[key];
  if (!Array.isArray(found)) throw new Error(`no array at ${key}`);
  return found;
}

type Edit = (c: JsonObject) => void;

function mutate(from: () => JsonObject, edit: Edit): JsonObject {
  const c = from();
  edit(c);
  return c;
}

const VALID: CorpusCase[] = [];
const INVALID: CorpusCase[] = [];
/** Cases whose verdict is being settled: the schema and the library need only agree. */
const EITHER: CorpusCase[] = [];

function valid(name: string, edit: Edit, from: () => JsonObject = base): void {
  VALID.push({ name, input: mutate(from, edit) });
}

function invalid(
  name: string,
  edit: Edit,
  exception?: SchemaCannotState,
  from: () => JsonObject = base,
): void {
  INVALID.push({ name, input: mutate(from, edit), ...(exception ? { exception } : {}) });
}

function invalidValue(name: string, input: Json): void {
  INVALID.push({ name, input });
}

/** A case holding one extra item (with the deduction and year it needs to be valid). */
function withItem(item: JsonObject, year = 2025): Edit {
  return (c) => {
    list(c, 'items').push(item);
    if (item.kind === 'itemizedDeduction') c.deduction = { kind: 'itemized' };
    if (item.kind === 'schedule1ADeduction') c.taxYear = year;
  };
}

const EARNED: ReadonlySet<ItemKind> = new Set([...EARNED_KINDS, ...DEPENDENT_CREDIT_KINDS]);
const NONE: Edit = () => undefined;

// --- Valid: the reference cases, then systematic variants -------------------------------------

for (const { file, json } of referenceCases()) {
  VALID.push({ name: `reference case ${file}`, input: roundTrip(json as unknown as Json) });
}

valid('the base case', NONE);
for (const kind of ITEM_KINDS) {
  const owner = EARNED.has(kind) ? 'injured' : 'joint';
  valid(
    `a ${kind} item of the ${owner} spouse, grouped string`,
    withItem({ kind, spouse: owner, amount: '1,234.56' }),
  );
  valid(
    `a ${kind} item of the other spouse, JSON number`,
    withItem({ kind, spouse: 'other', amount: 987.6 }),
  );
}
valid(
  'selfEmployment with selfEmploymentTax',
  withItem({
    kind: 'selfEmployment',
    spouse: 'other',
    amount: '38,000.00',
    selfEmploymentTax: '5369.46',
  }),
);
valid(
  'selfEmployment with selfEmploymentTax as a number',
  withItem({ kind: 'selfEmployment', spouse: 'injured', amount: 12000, selfEmploymentTax: 1695.6 }),
);
valid(
  'a selfEmployment loss',
  withItem({ kind: 'selfEmployment', spouse: 'other', amount: '-2500.00' }),
);
valid(
  'a selfEmployment loss with zero selfEmploymentTax',
  withItem({ kind: 'selfEmployment', spouse: 'other', amount: -2500, selfEmploymentTax: '0' }),
);
valid(
  'a capital loss of exactly 3,000.00',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: '-3,000.00' }),
);
valid(
  'a capital loss of 3000 as a number',
  withItem({ kind: 'capitalGain', spouse: 'joint', amount: -3000 }),
);
valid('capital losses of both spouses adding up to 3,000.00', (c) => {
  list(c, 'items').push(
    { kind: 'capitalGain', spouse: 'injured', amount: '-1500' },
    { kind: 'capitalGain', spouse: 'other', amount: '-1500.00' },
  );
});
valid('a capital loss above 3,000.00 offset by a gain', (c) => {
  list(c, 'items').push(
    { kind: 'capitalGain', spouse: 'injured', amount: '500' },
    { kind: 'capitalGain', spouse: 'other', amount: '-3500' },
  );
});
valid(
  'a capital loss of 2,000.50',
  withItem({ kind: 'capitalGain', spouse: 'other', amount: -2000.5 }),
);
valid(
  'an otherIncome loss',
  withItem({ kind: 'otherIncome', spouse: 'injured', amount: '-750.25' }),
);
valid(
  'a joint otherIncome loss split by injuredShare',
  withItem({ kind: 'otherIncome', spouse: 'joint', amount: '-100', injuredShare: '-30.5' }),
);
valid('injuredShare of the whole joint item', (c) => {
  at(c, 'items', 2).injuredShare = '400';
});
valid('injuredShare of zero, as a number', (c) => {
  at(c, 'items', 2).injuredShare = 0;
});
for (const [label, amount] of [
  ['a whole JSON number', 61250],
  ['a JSON number with one decimal', 400.5],
  ['a JSON number of cents', 0.07],
  ['the JSON number 0', 0],
  ['a grouped string', '61,250.00'],
  ['a string grouped in millions', '1,234,567'],
  ['the largest grouped string', '999,999,999,999.99'],
  ['the largest plain string', '999999999999.99'],
  ['leading zeros', '007.50'],
  ['only zeros', '0000'],
  ['a string of cents', '0.05'],
  ['a string with one decimal', '1234.5'],
  ['the largest JSON number', 999999999999.99],
  ['a JSON number of 1,234,567.89', 1234567.89],
  ['a JSON number of 99,999,999.99', 99999999.99],
  ['a JSON number of 115,137,105.82', 115137105.82],
  ['a JSON number of 290,283,670,599.97', 290283670599.97],
] as const) {
  valid(`wages as ${label}`, (c) => {
    at(c, 'items', 0).amount = amount;
  });
}
for (const [label, path, key] of [
  ['capitalGain amount', ['items', 3], 'amount'],
  ['otherIncome amount', ['items', 3], 'amount'],
  ['selfEmployment amount', ['items', 3], 'amount'],
  ['injuredShare', ['items', 2], 'injuredShare'],
  ['jointReturn.overpayment', ['jointReturn'], 'overpayment'],
  ['jointReturn.totalIncome', ['jointReturn'], 'totalIncome'],
  ['jointReturn.adjustedGrossIncome', ['jointReturn'], 'adjustedGrossIncome'],
] as const) {
  const kind = label.split(' ')[0] ?? '';
  valid(`"-0" as the ${label}`, (c) => {
    if (path[0] === 'jointReturn') c.jointReturn = {};
    if (label.endsWith(' amount')) {
      list(c, 'items').push({ kind, spouse: 'other', amount: '1' });
    }
    at(c, ...path)[key] = '-0';
  });
}
valid('an SSN without dashes and one spouse shown first', (c) => {
  at(c, 'spouses', 'injured').ssn = '400000001';
  at(c, 'spouses', 'other').ssn = '400-00-0002';
  at(c, 'spouses', 'other').shownFirst = true;
});
valid('every optional spouse field', (c) => {
  at(c, 'spouses').injured = {
    name: 'Dana Reyes',
    ssn: '400-00-0001',
    shownFirst: true,
    age65OrOlder: true,
    blind: true,
  };
  at(c, 'spouses').other = {
    name: 'Chris Reyes',
    ssn: '400000002',
    shownFirst: false,
    age65OrOlder: false,
    blind: true,
  };
});
valid('neither spouse shown first', (c) => {
  at(c, 'spouses', 'injured').shownFirst = false;
  at(c, 'spouses', 'other').shownFirst = false;
});
valid('a name with spaces around it', (c) => {
  at(c, 'spouses', 'injured').name = '  Dana Reyes ';
});
valid('a name in other scripts', (c) => {
  at(c, 'spouses', 'other').name = 'José Núñez-Ōtsuka 李';
});
valid('every Part I answer given', (c) => {
  c.partI = {
    jointReturn: true,
    debtOwedOnlyBySpouse: true,
    injuredLegallyObligated: false,
    communityPropertyResident: false,
    madePayments: true,
    hadEarnedIncome: true,
    claimsEicOrActc: false,
    claimsOtherRefundableCredit: false,
  };
});
valid('Part I answers that do not qualify', (c) => {
  c.partI = { jointReturn: false, debtOwedOnlyBySpouse: false, injuredLegallyObligated: true };
});
valid('every optional item field', (c) => {
  at(c, 'items', 2).description = 'First Bank interest';
  at(c, 'items', 2).character = 'separate';
  at(c, 'items', 2).fromSeparateProperty = true;
  at(c, 'items', 2).jointManagement = false;
  at(c, 'items', 2).withholding = '0';
  at(c, 'items', 2).injuredShare = '200.00';
});
valid('every optional debt field, on a leap day', (c) => {
  c.debts = [
    {
      type: 'federalTax',
      amount: '1,500.00',
      arose: 'duringMarriage',
      date: '2024-02-29',
      description: 'IRS balance due',
    },
  ];
});
valid('a debt past due on 2000-02-29', (c) => {
  at(c, 'debts', 0).date = '2000-02-29';
});
valid('every debt type, in offset order', (c) => {
  c.debts = DEBT_TYPES.map((type, i) => ({ type, amount: 100 * (i + 1) }));
});
valid('a debt of zero', (c) => {
  at(c, 'debts', 0).amount = 0;
});
valid('title, source and expected', (c) => {
  c.title = 'A title';
  c.source = '';
  c.expected = { anything: [1, 'two', null, { three: true }] };
});
valid('expected as null', (c) => {
  c.expected = null;
});
valid('only the required fields', (c) => {
  delete c.deduction;
  delete c.items;
  delete c.debts;
  delete at(c, 'spouses', 'injured').ssn;
});
valid('empty items, debts and jointReturn', (c) => {
  c.items = [];
  c.debts = [];
  c.jointReturn = {};
});
valid("every jointReturn figure, agreeing with the return's lines", (c) => {
  c.items = [
    { kind: 'wages', spouse: 'injured', amount: '52000.00', withholding: '6100.00' },
    { kind: 'wages', spouse: 'other', amount: '28000.00', withholding: '2400.00' },
    { kind: 'interest', spouse: 'joint', amount: '400.00' },
  ];
  c.jointReturn = {
    totalIncome: '80,400.00',
    adjustedGrossIncome: '80400',
    taxableIncome: '51200',
    incomeTax: '5683',
    nonrefundableCredits: '0',
    otherTaxes: '0',
    totalTax: '5683',
    totalPayments: '8500',
    earnedIncomeCredit: '0.00',
    overpayment: 2817,
  };
});
valid('a return with an amount owed and a negative total income', (c) => {
  c.jointReturn = {
    totalIncome: '-1,200.00',
    adjustedGrossIncome: -1200,
    overpayment: '-1,234.00',
  };
});
valid('an earned income credit with wages', (c) => {
  c.jointReturn = { earnedIncomeCredit: '600.00' };
});
valid('an earned income credit with self-employment income only', (c) => {
  c.items = [{ kind: 'selfEmployment', spouse: 'other', amount: '9000' }];
  c.jointReturn = { earnedIncomeCredit: 1200 };
});
valid('a zero earned income credit without earned income', (c) => {
  c.items = [{ kind: 'withholding', spouse: 'injured', amount: '100.00' }];
  c.jointReturn = { earnedIncomeCredit: '0' };
});
valid(
  'itemized deductions',
  withItem({ kind: 'itemizedDeduction', spouse: 'joint', amount: '31,000', injuredShare: '15500' }),
);
for (const year of SUPPORTED_TAX_YEARS) {
  valid(`tax year ${year}`, (c) => {
    c.taxYear = year;
  });
}
valid(
  'a Schedule 1-A deduction in 2025',
  withItem({ kind: 'schedule1ADeduction', spouse: 'injured', amount: '12000' }, 2025),
);
valid(
  'a Schedule 1-A deduction in 2026',
  withItem({ kind: 'schedule1ADeduction', spouse: 'joint', amount: 4000 }, 2026),
);
valid('a withholding item of each spouse', (c) => {
  list(c, 'items').push(
    { kind: 'withholding', spouse: 'injured', amount: '100' },
    { kind: 'withholding', spouse: 'other', amount: 55.5 },
  );
});
for (const state of COMMUNITY_PROPERTY_STATES) {
  valid(`community property in ${state}`, NONE, () => communityBase(state));
}
valid(
  'community property without Part I line 5',
  (c) => {
    delete at(c, 'partI').communityPropertyResident;
  },
  () => communityBase('CA'),
);
valid(
  'community property in two states of one rule',
  (c) => {
    c.communityProperty = { states: ['AZ', 'WI'], wholeYear: true };
  },
  () => communityBase('AZ'),
);
valid(
  'community property for part of the year (unsupported later, valid input)',
  (c) => {
    c.communityProperty = { states: ['WA'], wholeYear: false };
  },
  () => communityBase('WA'),
);
valid(
  'community property marks on items',
  (c) => {
    list(c, 'items').push(
      { kind: 'interest', spouse: 'injured', amount: '10', fromSeparateProperty: true },
      {
        kind: 'wages',
        spouse: 'other',
        amount: '10000',
        character: 'community',
        jointManagement: true,
      },
    );
  },
  () => communityBase('TX'),
);

// --- Valid: generated (non-community cases of every year and item kind) ----------------------

for (const [i, c] of fc.sample(caseArb, { numRuns: 80, seed: 8379 }).entries()) {
  VALID.push({ name: `generated case ${i + 1}`, input: roundTrip(c as unknown as Json) });
}

// --- Either verdict: "-0" where an amount must not be negative --------------------------------

for (const [label, path, key, value] of [
  ['wages amount "-0"', ['items', 0], 'amount', '-0'],
  ['wages amount "-0.00"', ['items', 0], 'amount', '-0.00'],
  ['withholding "-0"', ['items', 0], 'withholding', '-0'],
  ['debt amount "-0.00"', ['debts', 0], 'amount', '-0.00'],
  ['debt amount "-000.0"', ['debts', 0], 'amount', '-000.0'],
  ['jointReturn.incomeTax "-0"', ['jointReturn'], 'incomeTax', '-0'],
  ['wages amount as the JSON number -0', ['items', 0], 'amount', -0],
] as const) {
  EITHER.push({
    name: label,
    input: mutate(base, (c) => {
      c.jointReturn = {};
      at(c, ...path)[key] = value;
    }),
  });
}

// --- The official form's fields: credits for a child, form8379, jointReturn.address ----------

const FORM_US_ADDRESS = { street: '12 Oak St Apt 3', city: 'Austin', state: 'TX', zip: '78701' };
const PREPARER = {
  name: 'Ana Ortiz',
  ptin: 'P01234567',
  selfEmployed: true,
  firmName: 'Ortiz Tax',
  firmAddress: '1 Main St, Austin, TX 78701',
  firmEin: '12-3456789',
  phone: '(512) 555-0100',
};
for (const kind of DEPENDENT_CREDIT_KINDS) {
  valid(`a ${kind} of the injured spouse`, withItem({ kind, spouse: 'injured', amount: '2000' }));
  invalid(`a ${kind} entered as joint`, withItem({ kind, spouse: 'joint', amount: '2000' }));
}
for (const filedWith of ['originalReturn', 'amendedReturn', 'alone']) {
  valid(`form8379.filedWith ${filedWith}`, (c) => {
    c.form8379 = { filedWith };
  });
}
valid('line 11 and a U.S. line 12 address', (c) => {
  c.form8379 = { refundInBothNames: true, mailingAddress: FORM_US_ADDRESS };
});
valid('a foreign line 12 address', (c) => {
  c.form8379 = {
    mailingAddress: {
      street: '10 Downing St',
      city: 'London',
      postalCode: 'SW1A 2AA',
      country: 'United Kingdom',
    },
  };
});
valid('Part IV filed alone with a preparer', (c) => {
  c.form8379 = { filedWith: 'alone', phone: '512-555-0142', preparer: PREPARER };
});
valid('jointReturn.address and efileBlockingForms', (c) => {
  c.jointReturn = { address: 'puertoRico', efileBlockingForms: ['8888', '2555'] };
});
valid('no forms that block e-file', (c) => {
  c.jointReturn = { address: 'unitedStates', efileBlockingForms: [] };
});
invalid('Part IV phone without filing alone', (c) => {
  c.form8379 = { filedWith: 'originalReturn', phone: '512-555-0142' };
});
invalid('a preparer when the way of filing is not given', (c) => {
  c.form8379 = { preparer: PREPARER };
});
invalid('an unknown way of filing', (c) => {
  c.form8379 = { filedWith: 'fax' };
});
invalid('a ZIP code of 4 digits', (c) => {
  c.form8379 = { mailingAddress: { ...FORM_US_ADDRESS, zip: '7870' } };
});
invalid('a state in lower case', (c) => {
  c.form8379 = { mailingAddress: { ...FORM_US_ADDRESS, state: 'tx' } };
});
invalid('a foreign address without the country', (c) => {
  c.form8379 = { mailingAddress: { street: '1 Rue', city: 'Paris' } };
});
invalid('an address with an unknown field', (c) => {
  c.form8379 = { mailingAddress: { ...FORM_US_ADDRESS, county: 'Travis' } };
});
invalid('a blank street', (c) => {
  c.form8379 = { mailingAddress: { ...FORM_US_ADDRESS, street: '   ' } };
});
invalid('a PTIN without the P', (c) => {
  c.form8379 = { filedWith: 'alone', preparer: { ...PREPARER, ptin: '01234567' } };
});
invalid('an EIN of 8 digits', (c) => {
  c.form8379 = { filedWith: 'alone', preparer: { ...PREPARER, firmEin: '12-345678' } };
});
invalid('a phone number in words', (c) => {
  c.form8379 = { filedWith: 'alone', phone: 'call me' };
});
invalid('line 11 as a string', (c) => {
  c.form8379 = { refundInBothNames: 'yes' };
});
invalid('an unknown place of the address', (c) => {
  c.jointReturn = { address: 'Texas' };
});
invalid('a form that does not block e-file', (c) => {
  c.jointReturn = { efileBlockingForms: ['8863'] };
});
invalid('an unknown field in form8379', (c) => {
  c.form8379 = { signature: 'Dana' };
});

// --- afterFiling: what happened after Form 8379 was filed (issue 21) --------------------------

const AFTER_FILING: JsonObject = {
  form8379Filed: { date: '2025-02-10', efiled: true },
  offsetNotice: {
    date: '2025-03-20',
    originalRefund: '2,817.00',
    offsets: [{ amount: 998, debtType: 'childSupport', agency: 'Texas OAG', fee: '17.50' }],
  },
  irsNotice: {
    kind: 'CP49',
    date: '2025-03-25',
    overpayment: '2817',
    appliedToTax: 0,
    interest: '31.00',
    refund: '1,850.00',
  },
  received: [{ amount: '1850.00', date: '2025-05-02', issuedTo: 'injured' }],
  transcript: [
    { code: '898', date: '2025-03-20', amount: '-998.00' },
    { code: '776', date: '2025-05-02', amount: -31 },
    { code: '971', date: '2025-02-20', actionCode: '071' },
    { code: '846', date: '2025-05-02', amount: '1,850.00' },
  ],
};
const withAfterFiling =
  (afterFiling: Json, form8379?: JsonObject): Edit =>
  (c) => {
    c.afterFiling = afterFiling;
    if (form8379) c.form8379 = form8379;
  };

valid(
  'afterFiling: every field, filed with the original return',
  withAfterFiling(AFTER_FILING, { filedWith: 'originalReturn' }),
);
valid('afterFiling: an empty block', withAfterFiling({}));
valid('afterFiling: nothing received', withAfterFiling({ received: [] }));
valid(
  'afterFiling: filed by itself, on paper, the date only',
  withAfterFiling({ form8379Filed: { date: '2024-02-29' } }, { filedWith: 'alone' }),
);
valid(
  'afterFiling: a transcript code it does not read, without an amount',
  withAfterFiling({ transcript: [{ code: '150' }, { code: '806', amount: '-0' }] }),
);
valid(
  'afterFiling: an offset with only its amount',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: '0.01' }] } }),
);
for (const kind of ['CP49', 'CP42', '3179C', '916C', '105C', 'other']) {
  valid(`afterFiling: IRS notice ${kind}`, withAfterFiling({ irsNotice: { kind } }));
}
for (const issuedTo of ['injured', 'both', 'other']) {
  valid(
    `afterFiling: received in the name of ${issuedTo}`,
    withAfterFiling({ received: [{ amount: 1300, issuedTo }] }),
  );
}
valid(
  'afterFiling: 200 amounts received, the most a case may hold',
  withAfterFiling({ received: Array.from({ length: 200 }, () => ({ amount: '1' })) }),
);
invalid('afterFiling as a string', withAfterFiling('received 1300'));
invalid('afterFiling: received as a string', withAfterFiling({ received: '1300' }));
invalid(
  'afterFiling: 201 amounts received',
  withAfterFiling({ received: Array.from({ length: 201 }, () => ({ amount: '1' })) }),
);
invalid(
  'afterFiling: a filing date that is not a day',
  withAfterFiling({ form8379Filed: { date: '2025-02-30' } }),
);
invalid(
  'afterFiling: a filing date in another format',
  withAfterFiling({ form8379Filed: { date: '02/10/2025' } }),
);
invalid('afterFiling: no filing date', withAfterFiling({ form8379Filed: { efiled: true } }));
invalid(
  'afterFiling: efiled "yes"',
  withAfterFiling({ form8379Filed: { date: '2025-02-10', efiled: 'yes' } }),
);
invalid(
  'afterFiling: an original refund with a dollar sign',
  withAfterFiling({ offsetNotice: { originalRefund: '$2,817' } }),
);
invalid(
  'afterFiling: a negative offset',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: '-5' }] } }),
);
invalid(
  'afterFiling: an offset without its amount',
  withAfterFiling({ offsetNotice: { offsets: [{ debtType: 'childSupport' }] } }),
);
invalid(
  'afterFiling: an unknown debt type',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: 1, debtType: 'alimony' }] } }),
);
invalid(
  'afterFiling: a blank agency',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: 1, agency: '   ' }] } }),
);
invalid(
  'afterFiling: a fee of three decimals',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: 1, fee: '1.234' }] } }),
);
invalid('afterFiling: an unknown IRS notice', withAfterFiling({ irsNotice: { kind: 'CP2000' } }));
invalid(
  'afterFiling: an IRS notice without its kind',
  withAfterFiling({ irsNotice: { refund: '100' } }),
);
invalid(
  'afterFiling: the notice\'s interest "1e3"',
  withAfterFiling({ irsNotice: { kind: 'other', interest: '1e3' } }),
);
invalid('afterFiling: received "12x"', withAfterFiling({ received: [{ amount: '12x' }] }));
invalid(
  'afterFiling: received a negative amount',
  withAfterFiling({ received: [{ amount: -100 }] }),
);
invalid(
  'afterFiling: received without an amount',
  withAfterFiling({ received: [{ date: '2025-05-02' }] }),
);
invalid(
  'afterFiling: an unknown name on the refund',
  withAfterFiling({ received: [{ amount: 1, issuedTo: 'me' }] }),
);
invalid(
  'afterFiling: a transcript code as a number',
  withAfterFiling({ transcript: [{ code: 846 }] }),
);
invalid(
  'afterFiling: a transcript code of 2 digits',
  withAfterFiling({ transcript: [{ code: '84' }] }),
);
invalid(
  'afterFiling: a transcript line without its code',
  withAfterFiling({ transcript: [{ amount: '1' }] }),
);
invalid(
  'afterFiling: an action code as a number',
  withAfterFiling({ transcript: [{ code: '971', actionCode: 71 }] }),
);
invalid(
  'afterFiling: a transcript amount of "--5"',
  withAfterFiling({ transcript: [{ code: '846', amount: '--5' }] }),
);
for (const [label, afterFiling] of [
  ['afterFiling', { surprise: true }],
  ['afterFiling.form8379Filed', { form8379Filed: { date: '2025-02-10', how: 'mail' } }],
  ['afterFiling.offsetNotice', { offsetNotice: { refund: '1' } }],
  [
    'afterFiling.offsetNotice.offsets[0]',
    { offsetNotice: { offsets: [{ amount: 1, type: 'x' }] } },
  ],
  ['afterFiling.irsNotice', { irsNotice: { kind: 'other', number: '1' } }],
  ['afterFiling.received[0]', { received: [{ amount: 1, interest: 0 }] }],
  ['afterFiling.transcript[0]', { transcript: [{ code: '846', cycle: '20251805' }] }],
] as const) {
  invalid(`an unknown field in ${label}`, withAfterFiling(afterFiling as unknown as Json));
}

// --- afterFiling: the addresses of the letters (issue 21, item 4) ------------------------------

const LETTER_ADDRESSES: JsonObject = {
  senderAddress: ['120 Elm Street, Apt 4', 'Austin, TX 78701'],
  irsNotice: {
    kind: 'CP49',
    date: '2025-03-25',
    address: [
      'Department of the Treasury',
      'Internal Revenue Service',
      'Kansas City, MO 64999-0025',
    ],
  },
  offsetNotice: {
    offsets: [
      {
        amount: '998.00',
        agency: 'Texas OAG',
        address: ['Office of the Attorney General', 'PO Box 12017', 'Austin, TX 78711-2017'],
      },
    ],
  },
};
valid('afterFiling: the addresses the letters need', withAfterFiling(LETTER_ADDRESSES));
valid(
  'afterFiling: an address of one line, and of six',
  withAfterFiling({
    senderAddress: ['General Delivery, Austin, TX 78701'],
    irsNotice: { kind: 'other', address: ['a', 'b', 'c', 'd', 'e', 'f'] },
  }),
);
valid(
  'afterFiling: an address line of 100 characters',
  withAfterFiling({ senderAddress: ['x'.repeat(100)] }),
);
invalid('afterFiling: an empty address', withAfterFiling({ senderAddress: [] }));
invalid(
  'afterFiling: an address of seven lines',
  withAfterFiling({ senderAddress: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
);
invalid(
  'afterFiling: an address as one string',
  withAfterFiling({ senderAddress: '120 Elm Street, Austin, TX 78701' }),
);
invalid('afterFiling: a blank address line', withAfterFiling({ senderAddress: ['120 Elm', '  '] }));
invalid(
  'afterFiling: an address line of 101 characters',
  withAfterFiling({ irsNotice: { kind: 'CP49', address: ['x'.repeat(101)] } }),
);
invalid(
  'afterFiling: an address line as a number',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: 1, address: [78711] }] } }),
);
invalid(
  'afterFiling: an agency address of null',
  withAfterFiling({ offsetNotice: { offsets: [{ amount: 1, address: null }] } }),
);

// --- Limits (src/input/limits.ts) ------------------------------------------------------------

valid('1,000 items, the most a case may hold', (c) => {
  c.items = Array.from({ length: 1000 }, () => ({
    kind: 'interest',
    spouse: 'joint',
    amount: '1',
  }));
});
invalid('1,001 items', (c) => {
  c.items = Array.from({ length: 1001 }, () => ({
    kind: 'interest',
    spouse: 'joint',
    amount: '1',
  }));
});
valid('100 debts', (c) => {
  c.debts = Array.from({ length: 100 }, () => ({ type: 'childSupport', amount: '1' }));
});
invalid('101 debts', (c) => {
  c.debts = Array.from({ length: 101 }, () => ({ type: 'childSupport', amount: '1' }));
});
valid('a name of 200 characters', (c) => {
  at(c, 'spouses', 'injured').name = 'N'.repeat(200);
});
invalid('a name of 201 characters', (c) => {
  at(c, 'spouses', 'injured').name = 'N'.repeat(201);
});
invalid(
  'a description of 1,001 characters',
  withItem({ kind: 'interest', spouse: 'joint', amount: '1', description: 'd'.repeat(1001) }),
);
invalid('a title of 1,001 characters', (c) => {
  c.title = 't'.repeat(1001);
});

// --- Invalid: amounts ----------------------------------------------------------------------------

/** Every rejected amount of the issue and of test/amount-syntax.test.ts. */
const BAD_AMOUNTS: readonly (readonly [string, Json])[] = [
  ['"61,25"', '61,25'],
  ['",,5"', ',,5'],
  ['"6,9,0,0"', '6,9,0,0'],
  ['"1,2345.00"', '1,2345.00'],
  ['"0,123"', '0,123'],
  ['"$61,250"', '$61,250'],
  ['"1e5"', '1e5'],
  ['"1.5E+3"', '1.5E+3'],
  ['"12."', '12.'],
  ['".5"', '.5'],
  ['Arabic-Indic digits', '\u0661\u0662\u0663'],
  ['a fullwidth digit', '12\uff13'],
  ['"12.345" (three decimals)', '12.345'],
  ['"52000.005" (three decimals)', '52000.005'],
  ['the JSON number 12.345', 12.345],
  ['"1000000000000" (one trillion)', '1000000000000'],
  ['"1,000,000,000,000.00" (one trillion)', '1,000,000,000,000.00'],
  ['the JSON number 1e12', 1e12],
  ['the JSON number 1e21', 1e21],
  ['"12x"', '12x'],
  ['"1.2.3"', '1.2.3'],
  ['","', ','],
  ['"lots"', 'lots'],
  ['an empty string', ''],
  ['" 12" (a space)', ' 12'],
  ['"1 234" (a space)', '1 234'],
  ['"1\u00a0234" (a no-break space)', '1\u00a0234'],
  ['"+5"', '+5'],
  ['true', true],
  ['null', null],
  ['an array', ['100']],
  ['an object', { value: '100' }],
];
for (const [label, amount] of BAD_AMOUNTS) {
  invalid(`wages amount ${label}`, (c) => {
    at(c, 'items', 0).amount = amount;
  });
}
invalid(
  'withholding of the JSON number 0.30000000000000004',
  (c) => {
    at(c, 'items', 1).withholding = 0.1 + 0.2;
  },
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
);
invalid(
  'a debt of the JSON number 0.7999999999999999',
  (c) => {
    at(c, 'debts', 0).amount = 0.1 + 0.7;
  },
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
);
invalid(
  'a capital loss of the JSON number -3.3000000000000003',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: -(1.1 + 2.2) }),
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
);
invalid(
  'wages of the JSON number 1e-7',
  withItem({ kind: 'wages', spouse: 'injured', amount: 1e-7 }),
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
);
invalid(
  'wages of the JSON number 12.3401 (a hundredth of a cent off)',
  withItem({ kind: 'wages', spouse: 'injured', amount: 12.3401 }),
  'JSON numbers less than a tenth of a cent off a whole cent (e.g. 0.30000000000000004)',
);
invalid(
  'wages of the JSON number 12.345 (half a cent off)',
  withItem({ kind: 'wages', spouse: 'injured', amount: 12.345 }),
);
invalid(
  'a capitalGain loss "(100)" in parentheses',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: '(100)' }),
);
invalid(
  'a capitalGain loss "--5"',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: '--5' }),
);
invalid(
  'a capitalGain loss of one trillion',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: '-1000000000000' }),
);
invalid('a debt of "-3"', (c) => {
  at(c, 'debts', 0).amount = '-3';
});
invalid('a debt of the JSON number -5', (c) => {
  at(c, 'debts', 0).amount = -5;
});
invalid('a debt of "-1"', (c) => {
  at(c, 'debts', 0).amount = '-1';
});
invalid('a debt of "1e5"', (c) => {
  at(c, 'debts', 0).amount = '1e5';
});
invalid('withholding "$6,100"', (c) => {
  at(c, 'items', 0).withholding = '$6,100';
});
invalid('withholding true', (c) => {
  at(c, 'items', 1).withholding = true;
});
invalid('withholding "-5"', (c) => {
  at(c, 'items', 1).withholding = '-5';
});
invalid('withholding of the JSON number -1', (c) => {
  at(c, 'items', 1).withholding = -1;
});
invalid('negative wages "-100"', (c) => {
  at(c, 'items', 0).amount = '-100';
});
invalid('negative wages as the JSON number -100', (c) => {
  at(c, 'items', 0).amount = -100;
});
invalid('a negative interest item "-0.01"', (c) => {
  at(c, 'items', 2).amount = '-0.01';
});
invalid(
  'a negative withholding item',
  withItem({ kind: 'withholding', spouse: 'injured', amount: '-10' }),
);
invalid(
  'a negative estimated payment',
  withItem({ kind: 'estimatedPayment', spouse: 'joint', amount: -500 }),
);
invalid(
  'a negative selfEmploymentTax',
  withItem({ kind: 'selfEmployment', spouse: 'other', amount: '1000', selfEmploymentTax: '-10' }),
);
invalid('injuredShare "lots"', (c) => {
  at(c, 'items', 2).injuredShare = 'lots';
});
invalid('jointReturn.incomeTax "-5"', (c) => {
  c.jointReturn = { incomeTax: '-5' };
});
invalid('jointReturn.earnedIncomeCredit of the JSON number -1', (c) => {
  c.jointReturn = { earnedIncomeCredit: -1 };
});
invalid('jointReturn.totalIncome "abc"', (c) => {
  c.jointReturn = { totalIncome: 'abc' };
});
invalid('jointReturn.overpayment "1e3"', (c) => {
  c.jointReturn = { overpayment: '1e3' };
});
invalid('jointReturn.taxableIncome of one trillion', (c) => {
  c.jointReturn = { taxableIncome: 1e12 };
});
invalid('the amount-syntax case: "61,25" wages, "$6,100" withholding and a debt of "-3"', (c) => {
  at(c, 'items', 0).amount = '61,25';
  at(c, 'items', 0).withholding = '$6,100';
  at(c, 'debts', 0).amount = '-3';
});

// --- Invalid: the rules a schema cannot state --------------------------------------------------

invalid(
  'injuredShare above the amount (400.01 of 400.00)',
  (c) => {
    at(c, 'items', 2).injuredShare = '400.01';
  },
  "injuredShare between 0 and the item's amount",
);
invalid(
  'injuredShare below 0 on a positive item',
  (c) => {
    at(c, 'items', 2).injuredShare = -5;
  },
  "injuredShare between 0 and the item's amount",
);
invalid(
  'injuredShare beyond a joint loss',
  withItem({ kind: 'otherIncome', spouse: 'joint', amount: '-100', injuredShare: '-100.01' }),
  "injuredShare between 0 and the item's amount",
);
invalid(
  'injuredShare positive on a joint loss',
  withItem({ kind: 'capitalGain', spouse: 'joint', amount: '-100', injuredShare: '50' }),
  "injuredShare between 0 and the item's amount",
);
invalid(
  'a capital loss of 3,000.01',
  withItem({ kind: 'capitalGain', spouse: 'injured', amount: '-3,000.01' }),
  'capital loss of all capitalGain items at most 3,000.00',
);
invalid(
  'capital losses adding up to 3,000.01 (500, -2000, -1500.01)',
  (c) => {
    list(c, 'items').push(
      { kind: 'capitalGain', spouse: 'injured', amount: '500' },
      { kind: 'capitalGain', spouse: 'injured', amount: '-2000' },
      { kind: 'capitalGain', spouse: 'other', amount: '-1500.01' },
    );
  },
  'capital loss of all capitalGain items at most 3,000.00',
);
invalid(
  'capital losses of both spouses adding up to 3,500 (numbers)',
  (c) => {
    list(c, 'items').push(
      { kind: 'capitalGain', spouse: 'injured', amount: -2000 },
      { kind: 'capitalGain', spouse: 'other', amount: -1500 },
    );
  },
  'capital loss of all capitalGain items at most 3,000.00',
);
invalid(
  'an earned income credit with only a withholding item',
  (c) => {
    c.items = [{ kind: 'withholding', spouse: 'injured', amount: '100.00' }];
    c.jointReturn = { earnedIncomeCredit: '600.00' };
  },
  'earned income credit with positive earned income of some spouse',
);
invalid(
  'an earned income credit with zero wages',
  (c) => {
    c.items = [
      { kind: 'wages', spouse: 'injured', amount: '0' },
      { kind: 'interest', spouse: 'joint', amount: '50' },
    ];
    c.jointReturn = { earnedIncomeCredit: 0.01 };
  },
  'earned income credit with positive earned income of some spouse',
);
invalid(
  'an earned income credit where wages and a self-employment loss cancel out',
  (c) => {
    c.items = [
      { kind: 'wages', spouse: 'other', amount: '1000' },
      { kind: 'selfEmployment', spouse: 'other', amount: '-1000' },
    ];
    c.jointReturn = { earnedIncomeCredit: '300' };
  },
  'earned income credit with positive earned income of some spouse',
);

// --- Invalid: tax year -------------------------------------------------------------------------

for (const [label, year] of [
  ['1999', 1999],
  ['2017', 2017],
  ['2027', 2027],
  ['2031', 2031],
  ['"2024" (a string)', '2024'],
  ['2024.5', 2024.5],
  ['null', null],
  ['true', true],
] as const) {
  invalid(`taxYear ${label}`, (c) => {
    c.taxYear = year;
  });
}
invalid('no taxYear', (c) => {
  delete c.taxYear;
});

// --- Invalid: spouses --------------------------------------------------------------------------

invalid('both spouses shownFirst', (c) => {
  at(c, 'spouses', 'injured').shownFirst = true;
  at(c, 'spouses', 'other').shownFirst = true;
});
invalid('an empty name', (c) => {
  at(c, 'spouses', 'injured').name = '';
});
invalid('a name of only spaces', (c) => {
  at(c, 'spouses', 'other').name = '   ';
});
invalid('a name of a tab and a no-break space', (c) => {
  at(c, 'spouses', 'other').name = '\t\u00a0';
});
invalid('a name as a number', (c) => {
  at(c, 'spouses', 'other').name = 5;
});
invalid('no name', (c) => {
  delete at(c, 'spouses', 'injured').name;
});
for (const ssn of [
  '123-45-678',
  '12345678a',
  '123--45-6789',
  '\uff11\uff12\uff13-45-6789',
  ' 123-45-6789',
]) {
  invalid(`SSN ${JSON.stringify(ssn)}`, (c) => {
    at(c, 'spouses', 'injured').ssn = ssn;
  });
}
invalid('SSN as a number', (c) => {
  at(c, 'spouses', 'injured').ssn = 123456789;
});
invalid('age65OrOlder "yes"', (c) => {
  at(c, 'spouses', 'injured').age65OrOlder = 'yes';
});
invalid('blind 1', (c) => {
  at(c, 'spouses', 'other').blind = 1;
});
invalid('shownFirst "true"', (c) => {
  at(c, 'spouses', 'other').shownFirst = 'true';
});
invalid('no other spouse', (c) => {
  delete at(c, 'spouses').other;
});
invalid('spouses null', (c) => {
  c.spouses = null;
});

// --- Invalid: Part I ---------------------------------------------------------------------------

for (const line of ['jointReturn', 'debtOwedOnlyBySpouse', 'injuredLegallyObligated']) {
  invalid(`no partI.${line}`, (c) => {
    delete at(c, 'partI')[line];
  });
}
invalid('partI.jointReturn "yes"', (c) => {
  at(c, 'partI').jointReturn = 'yes';
});
invalid('partI.madePayments "no"', (c) => {
  at(c, 'partI').madePayments = 'no';
});
invalid('no partI', (c) => {
  delete c.partI;
});
invalid('partI.communityPropertyResident true without a communityProperty block', (c) => {
  at(c, 'partI').communityPropertyResident = true;
});
invalid(
  'partI.communityPropertyResident false with a communityProperty block',
  (c) => {
    at(c, 'partI').communityPropertyResident = false;
  },
  undefined,
  () => communityBase('NM'),
);

// --- Invalid: community property ---------------------------------------------------------------

const cp = () => communityBase('CA');
invalid(
  'empty communityProperty.states',
  (c) => {
    at(c, 'communityProperty').states = [];
  },
  undefined,
  cp,
);
invalid(
  'unknown state "XX"',
  (c) => {
    at(c, 'communityProperty').states = ['XX'];
  },
  undefined,
  cp,
);
invalid(
  'state "ca" in lower case',
  (c) => {
    at(c, 'communityProperty').states = ['ca'];
  },
  undefined,
  cp,
);
invalid(
  'a non-community state "NY" next to a community one',
  (c) => {
    at(c, 'communityProperty').states = ['CA', 'NY'];
  },
  undefined,
  cp,
);
invalid(
  'communityProperty.states as a string',
  (c) => {
    at(c, 'communityProperty').states = 'CA';
  },
  undefined,
  cp,
);
invalid(
  'no communityProperty.states',
  (c) => {
    c.communityProperty = { wholeYear: true };
  },
  undefined,
  cp,
);
invalid(
  'communityProperty.wholeYear "yes"',
  (c) => {
    at(c, 'communityProperty').wholeYear = 'yes';
  },
  undefined,
  cp,
);
invalid(
  'unknown character "mixed"',
  (c) => {
    at(c, 'items', 0).character = 'mixed';
  },
  undefined,
  cp,
);
invalid(
  'fromSeparateProperty "yes"',
  (c) => {
    at(c, 'items', 0).fromSeparateProperty = 'yes';
  },
  undefined,
  cp,
);
invalid(
  'jointManagement 1',
  (c) => {
    at(c, 'items', 0).jointManagement = 1;
  },
  undefined,
  () => communityBase('TX'),
);
invalid(
  'unknown arose "afterDivorce"',
  (c) => {
    at(c, 'debts', 0).arose = 'afterDivorce';
  },
  undefined,
  cp,
);

// --- Invalid: deduction ------------------------------------------------------------------------

invalid('itemized without itemizedDeduction items', (c) => {
  c.deduction = { kind: 'itemized' };
});
invalid('itemizedDeduction items on a standard case', (c) => {
  list(c, 'items').push({ kind: 'itemizedDeduction', spouse: 'joint', amount: '100' });
});
invalid('itemizedDeduction items with no deduction given', (c) => {
  delete c.deduction;
  list(c, 'items').push({ kind: 'itemizedDeduction', spouse: 'joint', amount: '100' });
});
invalid('itemized with no items at all', (c) => {
  c.deduction = { kind: 'itemized' };
  delete c.items;
});
invalid('unknown deduction "itemised"', (c) => {
  c.deduction = { kind: 'itemised' };
});
invalid('deduction without kind', (c) => {
  c.deduction = {};
});
invalid('deduction as a string', (c) => {
  c.deduction = 'standard';
});

// --- Invalid: items ----------------------------------------------------------------------------

invalid('unknown item kind "salary"', (c) => {
  at(c, 'items', 0).kind = 'salary';
});
invalid('unknown item kind "wage"', (c) => {
  at(c, 'items', 0).kind = 'wage';
});
invalid('unknown spouse "husband"', (c) => {
  at(c, 'items', 1).spouse = 'husband';
});
invalid('joint wages', (c) => {
  at(c, 'items', 0).spouse = 'joint';
});
invalid(
  'joint selfEmployment',
  withItem({ kind: 'selfEmployment', spouse: 'joint', amount: '1000' }),
);
invalid('injuredShare on a non-joint item', (c) => {
  at(c, 'items', 0).injuredShare = '10';
});
invalid(
  'injuredShare on an item of the other spouse',
  withItem({ kind: 'dividends', spouse: 'other', amount: '100', injuredShare: '0' }),
);
invalid(
  'a Schedule 1-A deduction in 2024',
  withItem({ kind: 'schedule1ADeduction', spouse: 'injured', amount: '100' }, 2024),
);
invalid(
  'a Schedule 1-A deduction in 2018',
  withItem({ kind: 'schedule1ADeduction', spouse: 'joint', amount: '100' }, 2018),
);
invalid(
  'withholding on a withholding item',
  withItem({ kind: 'withholding', spouse: 'injured', amount: '100', withholding: '100' }),
);
invalid('selfEmploymentTax on a wages item', (c) => {
  at(c, 'items', 0).selfEmploymentTax = '10';
});
invalid(
  'selfEmploymentTax on an otherTax item',
  withItem({ kind: 'otherTax', spouse: 'other', amount: '100', selfEmploymentTax: '100' }),
);
for (const field of ['kind', 'spouse', 'amount']) {
  invalid(`an item without ${field}`, (c) => {
    delete at(c, 'items', 1)[field];
  });
}
invalid('an item description as a number', (c) => {
  at(c, 'items', 2).description = 5;
});
invalid('an item that is null', (c) => {
  list(c, 'items').push(null);
});
invalid('an item that is a string', (c) => {
  list(c, 'items').push('wages 100');
});
invalid('items as an object', (c) => {
  c.items = { kind: 'wages', spouse: 'injured', amount: '1' };
});

// --- Invalid: debts ----------------------------------------------------------------------------

invalid('unknown debt type "parkingTicket"', (c) => {
  at(c, 'debts', 0).type = 'parkingTicket';
});
invalid('unknown debt type "alimony" with a debt of -5', (c) => {
  c.debts = [{ type: 'alimony', amount: -5 }];
});
invalid('a debt without amount', (c) => {
  c.debts = [{ type: 'childSupport' }];
});
invalid('a debt without type', (c) => {
  c.debts = [{ amount: '100' }];
});
for (const date of [
  '2024-02-30',
  '2024-13-01',
  '2023-02-29',
  '1900-02-29',
  '2024/01/01',
  '2024-1-5',
  '2024-01-01T00:00:00Z',
]) {
  invalid(`debt date ${JSON.stringify(date)}`, (c) => {
    at(c, 'debts', 0).date = date;
  });
}
invalid('debt date as a number', (c) => {
  at(c, 'debts', 0).date = 20240101;
});
invalid('InvalidCaseError case: amount "x" and date "2024-13-01"', (c) => {
  at(c, 'items', 0).amount = 'x';
  at(c, 'debts', 0).date = '2024-13-01';
});
invalid('a debt that is null', (c) => {
  c.debts = [null];
});
invalid('debts as an object', (c) => {
  c.debts = { type: 'childSupport', amount: '1' };
});

// --- Invalid: jointReturn ----------------------------------------------------------------------

invalid('jointReturn null', (c) => {
  c.jointReturn = null;
});
invalid('jointReturn as an array', (c) => {
  c.jointReturn = [];
});

// --- Invalid: unknown fields at every level, and the wrong top-level value ----------------------

const UNKNOWN_FIELD_AT: readonly (readonly [string, (string | number)[], () => JsonObject])[] = [
  ['the case', [], base],
  ['spouses', ['spouses'], base],
  ['spouses.injured', ['spouses', 'injured'], base],
  ['spouses.other', ['spouses', 'other'], base],
  ['partI', ['partI'], base],
  ['deduction', ['deduction'], base],
  ['items[2]', ['items', 2], base],
  ['jointReturn', ['jointReturn'], cp],
  ['debts[0]', ['debts', 0], base],
  ['communityProperty', ['communityProperty'], cp],
];
for (const [label, path, from] of UNKNOWN_FIELD_AT) {
  invalid(
    `an unknown field in ${label}`,
    (c) => {
      at(c, ...path).surprise = true;
    },
    undefined,
    from,
  );
}
invalid('the misspelled field "itmes" and no injuredLegallyObligated', (c) => {
  c.itmes = [];
  delete at(c, 'partI').injuredLegallyObligated;
});
invalid('a field "Items" in the wrong case', (c) => {
  c.Items = c.items ?? [];
  delete c.items;
});
invalid('title as a number', (c) => {
  c.title = 5;
});
invalid('source true', (c) => {
  c.source = true;
});
const baseText = JSON.stringify(base());
invalidValue(
  'an unknown field "__proto__" in the case (from JSON text)',
  JSON.parse(`{"__proto__":{"x":1},${baseText.slice(1)}`) as Json,
);
invalidValue(
  'an unknown field "constructor" in the case (from JSON text)',
  JSON.parse(`{"constructor":1,${baseText.slice(1)}`) as Json,
);
invalidValue(
  'an unknown field "__proto__" in an item (from JSON text)',
  JSON.parse(baseText.replace('{"kind":"interest"', '{"__proto__":null,"kind":"interest"')) as Json,
);
invalidValue('the case null', null);
invalidValue('the case an array', []);
invalidValue('the case a string', baseText);
invalidValue('the case a number', 2024);
invalidValue('the case an empty object', {});

// ---------------------------------------------------------------------------------------------
// The test.

describe('the JSON Schema and validateCase give every corpus case the same verdict', () => {
  it('the schema compiles under ajv (draft 2020-12, strict) without a warning', () => {
    expect(ajvLog).toEqual([]);
    expect(ajv.opts.strict).not.toBe(false);
  });

  it('the corpus: at least 100 valid and 100 invalid cases, every exception rule exercised', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(100);
    expect(INVALID.length).toBeGreaterThanOrEqual(100);
    const names = [...VALID, ...INVALID, ...EITHER].map((c) => c.name);
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      'duplicate case names',
    ).toEqual([]);
    for (const rule of RULES_A_SCHEMA_CANNOT_STATE) {
      expect(
        INVALID.some((c) => c.exception === rule),
        `no corpus case breaks the rule a schema cannot state "${rule}"`,
      ).toBe(true);
    }
  });

  it.each(VALID)('valid: $name', ({ name, input }) => {
    for (const [how, json] of [
      ['as built', input],
      ['after a JSON round trip', roundTrip(input)],
    ] as const) {
      const lib = byLibrary(json);
      const sch = bySchema(json);
      expect(
        lib.ok,
        `the corpus is stale: the library rejects\n${explain(name, how, lib, sch)}`,
      ).toBe(true);
      expect(sch.ok, explain(name, how, lib, sch)).toBe(lib.ok);
    }
  });

  it.each(INVALID)('invalid: $name', ({ name, input, exception }) => {
    for (const [how, json] of [
      ['as built', input],
      ['after a JSON round trip', roundTrip(input)],
    ] as const) {
      const lib = byLibrary(json);
      const sch = bySchema(json);
      expect(
        safeValidateCase(json).ok,
        `the corpus is stale: safeValidateCase accepts\n${explain(name, how, lib, sch)}`,
      ).toBe(false);
      if (exception === undefined) {
        expect(sch.ok, explain(name, how, lib, sch)).toBe(lib.ok);
      } else {
        expect(
          sch.ok,
          `the schema now rejects a case of "${exception}": remove that rule from RULES_A_SCHEMA_CANNOT_STATE (or this case breaks another rule too)\n${explain(name, how, lib, sch)}`,
        ).toBe(true);
      }
    }
  });

  it.each(EITHER)('either verdict, the same from both: $name', ({ name, input }) => {
    for (const [how, json] of [
      ['as built', input],
      ['after a JSON round trip', roundTrip(input)],
    ] as const) {
      const lib = byLibrary(json);
      const sch = bySchema(json);
      expect(sch.ok, explain(name, how, lib, sch)).toBe(lib.ok);
    }
  });
});
