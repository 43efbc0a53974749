/**
 * What the form holds, and the case JSON it stands for. Pure: no DOM, no clock, no storage, so
 * the tests check it against the CLI without a browser.
 *
 * The form keeps every field as the user typed it (amounts as text, answers as '' | 'yes' | 'no')
 * and turns it into the case format only to validate and allocate, so the schema's own messages,
 * not the form's, say what is wrong. A case read into the form gives back a case that the library
 * reads the same way (the same validated case, the same result, the same messages); what the form
 * cannot hold is listed instead of dropped, and such a file is not loaded.
 */
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_TYPES,
  ITEM_KINDS,
  type CommunityPropertyState,
  type DebtType,
  type ItemKind,
} from '../../src/index.js';
import {
  EFILE_BLOCKING_FORMS,
  FILING_MODES,
  RETURN_ADDRESS_PLACES,
} from '../../src/input/schema.js';

export { EFILE_BLOCKING_FORMS, FILING_MODES, RETURN_ADDRESS_PLACES };
export type FilingMode = (typeof FILING_MODES)[number];
export type ReturnAddressPlace = (typeof RETURN_ADDRESS_PLACES)[number];
export type EfileBlockingForm = (typeof EFILE_BLOCKING_FORMS)[number];

/** A yes/no question of the form; '' when it is not answered. */
export type Answer = '' | 'yes' | 'no';
export type Owner = 'injured' | 'other' | 'joint';
export type SpouseRole = 'injured' | 'other';

export const OWNERS: readonly Owner[] = ['injured', 'other', 'joint'];
export const CHARACTERS = ['community', 'separate'] as const;
export const DEBT_AROSE = ['beforeMarriage', 'duringMarriage'] as const;

/** Form 8379 Part I, lines 2 to 9, in the order of the form. */
export const PART_I_FIELDS = [
  'jointReturn',
  'debtOwedOnlyBySpouse',
  'injuredLegallyObligated',
  'communityPropertyResident',
  'madePayments',
  'hadEarnedIncome',
  'claimsEicOrActc',
  'claimsOtherRefundableCredit',
] as const;
export type PartIField = (typeof PART_I_FIELDS)[number];

/** The joint return's own totals, in the order of Form 1040. */
export const JOINT_RETURN_FIELDS = [
  'totalIncome',
  'adjustedGrossIncome',
  'taxableIncome',
  'incomeTax',
  'nonrefundableCredits',
  'otherTaxes',
  'totalTax',
  'earnedIncomeCredit',
  'totalPayments',
  'overpayment',
] as const;
export type JointReturnField = (typeof JOINT_RETURN_FIELDS)[number];

export interface SpouseFields {
  name: string;
  ssn: string;
  age65OrOlder: boolean;
  blind: boolean;
}

export interface ItemFields {
  /** Stable while the form is open: names the row's fields when items come and go. */
  readonly id: number;
  readonly kind: ItemKind;
  spouse: '' | Owner;
  amount: string;
  withholding: string;
  injuredShare: string;
  selfEmploymentTax: string;
  description: string;
  character: '' | (typeof CHARACTERS)[number];
  fromSeparateProperty: Answer;
  jointManagement: Answer;
}

export interface DebtFields {
  readonly id: number;
  type: '' | DebtType;
  amount: string;
  arose: '' | (typeof DEBT_AROSE)[number];
  date: string;
  description: string;
}

export interface CommunityPropertyFields {
  /** In the order chosen (the case lists them so). */
  states: CommunityPropertyState[];
  wholeYear: boolean;
}

/** Line 12: a different address to mail the refund to ('' is line 12 No). */
export interface AddressFields {
  kind: '' | 'us' | 'foreign';
  street: string;
  city: string;
  state: string;
  zip: string;
  province: string;
  postalCode: string;
  country: string;
}
export const US_ADDRESS_KEYS = ['street', 'city', 'state', 'zip'] as const;
export const FOREIGN_ADDRESS_KEYS = [
  'street',
  'city',
  'province',
  'postalCode',
  'country',
] as const;

/** Part IV: the paid preparer. */
export interface PreparerFields {
  name: string;
  ptin: string;
  selfEmployed: boolean;
  /** The file gave `selfEmployed: false`: written back as it was. */
  selfEmployedWritten: boolean;
  firmName: string;
  firmAddress: string;
  firmEin: string;
  phone: string;
}
export const PREPARER_TEXT_KEYS = [
  'name',
  'ptin',
  'firmName',
  'firmAddress',
  'firmEin',
  'phone',
] as const;

/** What the official form asks besides the figures (`form8379` in the case). */
export interface Form8379Fields {
  /** The case had a `form8379` block (kept when it is empty). */
  given: boolean;
  filedWith: '' | FilingMode;
  refundInBothNames: boolean;
  /** The file gave `refundInBothNames: false`: written back as it was. */
  refundInBothNamesWritten: boolean;
  mailingAddress: AddressFields;
  phone: string;
  preparer: PreparerFields | null;
}

export const emptyAddress = (): AddressFields => ({
  kind: '',
  street: '',
  city: '',
  state: '',
  zip: '',
  province: '',
  postalCode: '',
  country: '',
});

export const emptyPreparer = (): PreparerFields => ({
  name: '',
  ptin: '',
  selfEmployed: false,
  selfEmployedWritten: false,
  firmName: '',
  firmAddress: '',
  firmEin: '',
  phone: '',
});

/** What happened after filing (`afterFiling`): one offset and one amount received. */
export interface AfterFilingFields {
  /** The case had an `afterFiling` block (kept when it is empty). */
  given: boolean;
  filedDate: string;
  efiled: Answer;
  noticeDate: string;
  originalRefund: string;
  offsetAmount: string;
  offsetDebtType: '' | DebtType;
  offsetAgency: string;
  offsetFee: string;
  irsKind: '' | (typeof IRS_NOTICE_KINDS)[number];
  irsDate: string;
  irsOverpayment: string;
  irsAppliedToTax: string;
  irsInterest: string;
  irsRefund: string;
  receivedAmount: string;
  receivedDate: string;
  receivedIssuedTo: '' | 'injured' | 'both' | 'other';
  /** The file said nothing was received (`received: []`). */
  receivedNone: boolean;
  /** The addresses of the letters, one line of the address a line of the text. */
  senderAddress: string;
  irsAddress: string;
  offsetAddress: string;
  /** The transcript lines of the file, written back as they were. */
  transcript?: unknown;
}
export const IRS_NOTICE_KINDS = ['CP49', 'CP42', '3179C', '916C', '105C', 'other'] as const;
export const ISSUED_TO = ['injured', 'both', 'other'] as const;
const IRS_FIGURES = [
  ['overpayment', 'irsOverpayment'],
  ['appliedToTax', 'irsAppliedToTax'],
  ['interest', 'irsInterest'],
  ['refund', 'irsRefund'],
] as const;

export const emptyAfterFiling = (): AfterFilingFields => ({
  given: false,
  filedDate: '',
  efiled: '',
  noticeDate: '',
  originalRefund: '',
  offsetAmount: '',
  offsetDebtType: '',
  offsetAgency: '',
  offsetFee: '',
  irsKind: '',
  irsDate: '',
  irsOverpayment: '',
  irsAppliedToTax: '',
  irsInterest: '',
  irsRefund: '',
  receivedAmount: '',
  receivedDate: '',
  receivedIssuedTo: '',
  receivedNone: false,
  senderAddress: '',
  irsAddress: '',
  offsetAddress: '',
});

/** The start of a person's path: was the refund taken for the other spouse's debt? */
export type StartAnswer = '' | 'taken' | 'expected' | 'no';

export interface FormState {
  /** The page's own first question; not part of the case. */
  start: StartAnswer;
  /**
   * The person said they do not have the return at hand: the answer is shown without checking
   * the items against line 34. Not part of the case.
   */
  noReturnAtHand: boolean;
  title: string;
  /** As typed: '' until given; the digits of a year make a number in the case. */
  taxYear: string;
  spouses: Record<SpouseRole, SpouseFields>;
  /** Whose name the return shows first (Part II line 10), when given. */
  shownFirst: '' | SpouseRole;
  partI: Record<PartIField, Answer>;
  /** Present when Part I line 5 is yes. */
  communityProperty: CommunityPropertyFields | null;
  deduction: 'standard' | 'itemized';
  /** In case order: rows shown by group keep their place in the case. */
  items: ItemFields[];
  jointReturn: Record<JointReturnField, string>;
  debts: DebtFields[];
  form8379: Form8379Fields;
  afterFiling: AfterFilingFields;
  /** Where the joint return's address is (the e-file rules). */
  returnAddress: '' | ReturnAddressPlace;
  /** Whether the return includes any of the forms that keep Form 8379 from being e-filed. */
  efileFormsAnswer: Answer;
  /** Which, in the order given. */
  efileForms: EfileBlockingForm[];
  /** Fields of an opened file the form does not edit, written back when the case is saved. */
  kept: { source?: string; expected?: unknown };
  nextId: number;
}

/** The case as JSON (what a case file holds); not necessarily valid. */
export type CaseJson = Record<string, unknown>;

const emptySpouse = (): SpouseFields => ({ name: '', ssn: '', age65OrOlder: false, blind: false });

export function emptyState(): FormState {
  return {
    start: '',
    noReturnAtHand: false,
    title: '',
    taxYear: '',
    spouses: { injured: emptySpouse(), other: emptySpouse() },
    shownFirst: '',
    partI: Object.fromEntries(PART_I_FIELDS.map((f) => [f, ''])) as Record<PartIField, Answer>,
    communityProperty: null,
    deduction: 'standard',
    items: [],
    jointReturn: Object.fromEntries(JOINT_RETURN_FIELDS.map((f) => [f, ''])) as Record<
      JointReturnField,
      string
    >,
    debts: [],
    form8379: {
      given: false,
      filedWith: '',
      refundInBothNames: false,
      refundInBothNamesWritten: false,
      mailingAddress: emptyAddress(),
      phone: '',
      preparer: null,
    },
    afterFiling: emptyAfterFiling(),
    returnAddress: '',
    efileFormsAnswer: '',
    efileForms: [],
    kept: {},
    nextId: 1,
  };
}

export function newItem(state: FormState, kind: ItemKind): ItemFields {
  return {
    id: state.nextId++,
    kind,
    spouse: '',
    amount: '',
    withholding: '',
    injuredShare: '',
    selfEmploymentTax: '',
    description: '',
    character: '',
    fromSeparateProperty: '',
    jointManagement: '',
  };
}

export function newDebt(state: FormState): DebtFields {
  return { id: state.nextId++, type: '', amount: '', arose: '', date: '', description: '' };
}

const answerValue = (a: Answer): boolean | undefined => (a === '' ? undefined : a === 'yes');

/** Only the fields that are filled in, in the order given. */
function defined(entries: readonly (readonly [string, unknown])[]): CaseJson {
  const out: CaseJson = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

const text = (value: string): string | undefined => (value === '' ? undefined : value);

function spouseJson(s: SpouseFields, shownFirst: boolean): CaseJson {
  return defined([
    // An empty name is sent as such: the schema's message ("must not be empty") is the answer.
    ['name', s.name],
    ['ssn', text(s.ssn)],
    ['shownFirst', shownFirst ? true : undefined],
    ['age65OrOlder', s.age65OrOlder ? true : undefined],
    ['blind', s.blind ? true : undefined],
  ]);
}

function itemJson(item: ItemFields): CaseJson {
  return defined([
    ['kind', item.kind],
    ['spouse', text(item.spouse)],
    // A blank amount is "" so the parser says "expected an amount, got an empty string".
    ['amount', item.amount],
    ['withholding', text(item.withholding)],
    ['injuredShare', text(item.injuredShare)],
    ['selfEmploymentTax', text(item.selfEmploymentTax)],
    ['description', text(item.description)],
    ['character', text(item.character)],
    ['fromSeparateProperty', answerValue(item.fromSeparateProperty)],
    ['jointManagement', answerValue(item.jointManagement)],
  ]);
}

function debtJson(debt: DebtFields): CaseJson {
  return defined([
    ['type', text(debt.type)],
    ['amount', debt.amount],
    ['arose', text(debt.arose)],
    ['date', text(debt.date)],
    ['description', text(debt.description)],
  ]);
}

/**
 * The year as the case holds it: a number when typed as digits, else the text as typed, so the
 * schema says it is not a year (and the page says how to type one).
 */
function yearValue(typed: string): number | string | undefined {
  if (typed === '') return undefined;
  return /^\d{1,6}$/.test(typed) ? Number(typed) : typed;
}

function addressJson(a: AddressFields): CaseJson | undefined {
  if (a.kind === '') return undefined;
  // A box left empty is sent as such (when required) so the schema says what it needs.
  return a.kind === 'us'
    ? defined(US_ADDRESS_KEYS.map((k) => [k, a[k]]))
    : defined([
        ['street', a.street],
        ['city', a.city],
        ['province', text(a.province)],
        ['postalCode', text(a.postalCode)],
        ['country', a.country],
      ]);
}

function preparerJson(p: PreparerFields | null): CaseJson | undefined {
  if (p === null) return undefined;
  return defined([
    ['name', p.name],
    ['ptin', text(p.ptin)],
    ['selfEmployed', p.selfEmployed ? true : p.selfEmployedWritten ? false : undefined],
    ['firmName', text(p.firmName)],
    ['firmAddress', text(p.firmAddress)],
    ['firmEin', text(p.firmEin)],
    ['phone', text(p.phone)],
  ]);
}

function form8379Json(f: Form8379Fields): CaseJson | undefined {
  const out = defined([
    ['filedWith', text(f.filedWith)],
    [
      'refundInBothNames',
      f.refundInBothNames ? true : f.refundInBothNamesWritten ? false : undefined,
    ],
    ['mailingAddress', addressJson(f.mailingAddress)],
    ['phone', text(f.phone)],
    ['preparer', preparerJson(f.preparer)],
  ]);
  return f.given || Object.keys(out).length > 0 ? out : undefined;
}

const someText = (...values: string[]) => values.some((v) => v !== '');

/** An address typed one line a line, as the case's list of lines (blank lines left out). */
export function addressLines(text: string): string[] | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? lines : undefined;
}

function afterFilingJson(a: AfterFilingFields): CaseJson | undefined {
  const offsetAddress = addressLines(a.offsetAddress);
  const irsAddress = addressLines(a.irsAddress);
  const offset =
    someText(a.offsetAmount, a.offsetDebtType, a.offsetAgency, a.offsetFee) || offsetAddress
      ? [
          defined([
            ['amount', a.offsetAmount],
            ['debtType', text(a.offsetDebtType)],
            ['agency', text(a.offsetAgency)],
            ['fee', text(a.offsetFee)],
            ['address', offsetAddress],
          ]),
        ]
      : undefined;
  const received = someText(a.receivedAmount, a.receivedDate, a.receivedIssuedTo)
    ? [
        defined([
          ['amount', a.receivedAmount],
          ['date', text(a.receivedDate)],
          ['issuedTo', text(a.receivedIssuedTo)],
        ]),
      ]
    : a.receivedNone
      ? []
      : undefined;
  const out = defined([
    [
      'form8379Filed',
      someText(a.filedDate, a.efiled)
        ? defined([
            ['date', a.filedDate],
            ['efiled', answerValue(a.efiled)],
          ])
        : undefined,
    ],
    [
      'offsetNotice',
      someText(a.noticeDate, a.originalRefund) || offset
        ? defined([
            ['date', text(a.noticeDate)],
            ['originalRefund', text(a.originalRefund)],
            ['offsets', offset],
          ])
        : undefined,
    ],
    [
      'irsNotice',
      someText(a.irsKind, a.irsDate, ...IRS_FIGURES.map(([, f]) => a[f])) || irsAddress
        ? defined([
            // An address without a notice is the service center's: the case's kind "other".
            ['kind', a.irsKind === '' && irsAddress ? 'other' : a.irsKind],
            ['date', text(a.irsDate)],
            ...IRS_FIGURES.map(([k, f]) => [k, text(a[f])] as const),
            ['address', irsAddress],
          ])
        : undefined,
    ],
    ['received', received],
    ['transcript', a.transcript],
    ['senderAddress', addressLines(a.senderAddress)],
  ]);
  return a.given || Object.keys(out).length > 0 ? out : undefined;
}

/** The case the form stands for, in the key order of the case format's documentation. */
export function caseFromState(state: FormState): CaseJson {
  const jointReturn = defined([
    ...JOINT_RETURN_FIELDS.map((f) => [f, text(state.jointReturn[f])] as const),
    ['address', text(state.returnAddress)],
    [
      'efileBlockingForms',
      state.efileFormsAnswer === ''
        ? undefined
        : state.efileFormsAnswer === 'no'
          ? []
          : [...state.efileForms],
    ],
  ]);
  const cp = state.communityProperty;
  return defined([
    ['title', text(state.title)],
    ['source', state.kept.source],
    ['taxYear', yearValue(state.taxYear)],
    [
      'spouses',
      {
        injured: spouseJson(state.spouses.injured, state.shownFirst === 'injured'),
        other: spouseJson(state.spouses.other, state.shownFirst === 'other'),
      },
    ],
    ['partI', defined(PART_I_FIELDS.map((f) => [f, answerValue(state.partI[f])]))],
    [
      'communityProperty',
      cp === null
        ? undefined
        : defined([
            ['states', [...cp.states]],
            ['wholeYear', cp.wholeYear ? undefined : false],
          ]),
    ],
    ['deduction', { kind: state.deduction }],
    ['items', state.items.map(itemJson)],
    ['jointReturn', Object.keys(jointReturn).length > 0 ? jointReturn : undefined],
    ['form8379', form8379Json(state.form8379)],
    ['debts', state.debts.map(debtJson)],
    ['afterFiling', afterFilingJson(state.afterFiling)],
    ['expected', state.kept.expected],
  ]);
}

/** The text of a saved case file: two-space JSON and a final newline, as the examples are. */
export function caseFileText(state: FormState): string {
  return `${JSON.stringify(caseFromState(state), null, 2)}\n`;
}

/** A case read into the form, and the paths of what the form could not hold. */
export interface LoadedState {
  readonly state: FormState;
  readonly unrepresented: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Plain decimal digits: the JSON numbers whose text the parser reads as it reads the number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads a parsed case file into the form. Every value the form would write back differently
 * (a type the field cannot show, an unknown field, a required field missing) is listed in
 * `unrepresented`; the caller then shows the file's messages and leaves the form as it was.
 */
export function stateFromCase(input: unknown): LoadedState {
  const state = emptyState();
  const lost: string[] = [];
  if (!isRecord(input)) return { state, unrepresented: ['(root)'] };

  const known = (obj: Record<string, unknown>, path: string, keys: readonly string[]) => {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) lost.push(path === '' ? key : `${path}.${key}`);
    }
  };
  const str = (value: unknown, path: string, required = false): string => {
    if (typeof value === 'string') return value;
    if (value !== undefined || required) lost.push(path);
    return '';
  };
  const amount = (value: unknown, path: string, required = false): string => {
    if (typeof value === 'number' && PLAIN_NUMBER.test(String(value))) return String(value);
    return str(value, path, required);
  };
  const bool = (value: unknown, path: string): boolean | undefined => {
    if (typeof value === 'boolean') return value;
    if (value !== undefined) lost.push(path);
    return undefined;
  };
  const answer = (value: unknown, path: string): Answer => {
    const b = bool(value, path);
    return b === undefined ? '' : b ? 'yes' : 'no';
  };
  /** A value of a fixed list, or '' when absent. */
  const choice = <T extends string>(
    value: unknown,
    allowed: readonly T[],
    path: string,
  ): '' | T => {
    if (value === undefined) return '';
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    lost.push(path);
    return '';
  };

  known(input, '', [
    'title',
    'source',
    'expected',
    'taxYear',
    'spouses',
    'partI',
    'communityProperty',
    'deduction',
    'items',
    'jointReturn',
    'form8379',
    'debts',
    'afterFiling',
  ]);
  state.title = str(input.title, 'title');
  // A case from a file is as complete as the file: without line 34, it is not checked against it.
  state.noReturnAtHand =
    !isRecord(input.jointReturn) || input.jointReturn.overpayment === undefined;
  if (input.source !== undefined) {
    if (typeof input.source === 'string') state.kept.source = input.source;
    else lost.push('source');
  }
  if (input.expected !== undefined) state.kept.expected = input.expected;

  const year = input.taxYear;
  if (typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999) {
    state.taxYear = String(year);
  } else if (year !== undefined) lost.push('taxYear');

  if (isRecord(input.spouses)) {
    known(input.spouses, 'spouses', ['injured', 'other']);
    for (const role of ['injured', 'other'] as const) {
      const s = input.spouses[role];
      const path = `spouses.${role}`;
      if (!isRecord(s)) {
        lost.push(path);
        continue;
      }
      known(s, path, ['name', 'ssn', 'shownFirst', 'age65OrOlder', 'blind']);
      const target = state.spouses[role];
      target.name = str(s.name, `${path}.name`, true);
      target.ssn = str(s.ssn, `${path}.ssn`);
      // An SSN given as "" is an error the form would write back as no SSN at all.
      if (s.ssn === '') lost.push(`${path}.ssn`);
      target.age65OrOlder = bool(s.age65OrOlder, `${path}.age65OrOlder`) ?? false;
      target.blind = bool(s.blind, `${path}.blind`) ?? false;
      // Only `true` means anything (the worksheet's order, the schema's "both" check).
      if (bool(s.shownFirst, `${path}.shownFirst`) === true) {
        if (state.shownFirst !== '') lost.push(`${path}.shownFirst`);
        else state.shownFirst = role;
      }
    }
  } else lost.push('spouses');

  if (isRecord(input.partI)) {
    known(input.partI, 'partI', PART_I_FIELDS);
    for (const f of PART_I_FIELDS) state.partI[f] = answer(input.partI[f], `partI.${f}`);
  } else lost.push('partI');

  const cp = input.communityProperty;
  if (isRecord(cp)) {
    known(cp, 'communityProperty', ['states', 'wholeYear']);
    const states: CommunityPropertyState[] = [];
    if (Array.isArray(cp.states)) {
      cp.states.forEach((s, i) => {
        const state = choice(s, COMMUNITY_PROPERTY_STATES, `communityProperty.states[${i}]`);
        // A state listed twice cannot be ticked twice.
        if (state !== '' && states.includes(state)) lost.push(`communityProperty.states[${i}]`);
        else if (state !== '') states.push(state);
      });
    } else lost.push('communityProperty.states');
    state.communityProperty = {
      states,
      wholeYear: bool(cp.wholeYear, 'communityProperty.wholeYear') ?? true,
    };
  } else if (cp !== undefined) lost.push('communityProperty');

  if (input.deduction !== undefined) {
    if (isRecord(input.deduction)) {
      known(input.deduction, 'deduction', ['kind']);
      const kind = choice(
        input.deduction.kind,
        ['standard', 'itemized'] as const,
        'deduction.kind',
      );
      if (kind !== '') state.deduction = kind;
      else if (input.deduction.kind === undefined) lost.push('deduction.kind');
    } else lost.push('deduction');
  }

  if (Array.isArray(input.items)) {
    input.items.forEach((raw: unknown, i) => {
      const path = `items[${i}]`;
      if (!isRecord(raw)) {
        lost.push(path);
        return;
      }
      known(raw, path, [
        'kind',
        'spouse',
        'amount',
        'withholding',
        'injuredShare',
        'selfEmploymentTax',
        'description',
        'character',
        'fromSeparateProperty',
        'jointManagement',
      ]);
      const kind = choice(raw.kind, ITEM_KINDS, `${path}.kind`);
      if (kind === '') {
        if (raw.kind === undefined) lost.push(`${path}.kind`);
        return;
      }
      const item = newItem(state, kind);
      item.spouse = choice(raw.spouse, OWNERS, `${path}.spouse`);
      item.amount = amount(raw.amount, `${path}.amount`, true);
      item.withholding = amount(raw.withholding, `${path}.withholding`);
      item.injuredShare = amount(raw.injuredShare, `${path}.injuredShare`);
      item.selfEmploymentTax = amount(raw.selfEmploymentTax, `${path}.selfEmploymentTax`);
      item.description = str(raw.description, `${path}.description`);
      item.character = choice(raw.character, CHARACTERS, `${path}.character`);
      item.fromSeparateProperty = answer(raw.fromSeparateProperty, `${path}.fromSeparateProperty`);
      item.jointManagement = answer(raw.jointManagement, `${path}.jointManagement`);
      // An optional amount given as "" is an error; the form would write it back as absent. (An
      // empty description reads as none, so it may go.)
      for (const key of ['withholding', 'injuredShare', 'selfEmploymentTax']) {
        if (raw[key] === '') lost.push(`${path}.${key}`);
      }
      state.items.push(item);
    });
  } else if (input.items !== undefined) lost.push('items');

  if (isRecord(input.jointReturn)) {
    known(input.jointReturn, 'jointReturn', [
      ...JOINT_RETURN_FIELDS,
      'address',
      'efileBlockingForms',
    ]);
    for (const f of JOINT_RETURN_FIELDS) {
      const path = `jointReturn.${f}`;
      state.jointReturn[f] = amount(input.jointReturn[f], path);
      if (input.jointReturn[f] === '') lost.push(path);
    }
    state.returnAddress = choice(
      input.jointReturn.address,
      RETURN_ADDRESS_PLACES,
      'jointReturn.address',
    );
    const forms = input.jointReturn.efileBlockingForms;
    if (Array.isArray(forms)) {
      state.efileFormsAnswer = forms.length === 0 ? 'no' : 'yes';
      forms.forEach((f, i) => {
        const form = choice(f, EFILE_BLOCKING_FORMS, `jointReturn.efileBlockingForms[${i}]`);
        // A form listed twice cannot be ticked twice.
        if (form !== '' && state.efileForms.includes(form)) {
          lost.push(`jointReturn.efileBlockingForms[${i}]`);
        } else if (form !== '') state.efileForms.push(form);
      });
    } else if (forms !== undefined) lost.push('jointReturn.efileBlockingForms');
  } else if (input.jointReturn !== undefined) lost.push('jointReturn');

  if (Array.isArray(input.debts)) {
    input.debts.forEach((raw: unknown, i) => {
      const path = `debts[${i}]`;
      if (!isRecord(raw)) {
        lost.push(path);
        return;
      }
      known(raw, path, ['type', 'amount', 'arose', 'date', 'description']);
      const debt = newDebt(state);
      debt.type = choice(raw.type, DEBT_TYPES, `${path}.type`);
      debt.amount = amount(raw.amount, `${path}.amount`, true);
      debt.arose = choice(raw.arose, DEBT_AROSE, `${path}.arose`);
      debt.date = str(raw.date, `${path}.date`);
      debt.description = str(raw.description, `${path}.description`);
      if (raw.date === '') lost.push(`${path}.date`);
      state.debts.push(debt);
    });
  } else if (input.debts !== undefined) lost.push('debts');

  const f8 = input.form8379;
  if (isRecord(f8)) {
    const f = state.form8379;
    f.given = true;
    known(f8, 'form8379', [
      'filedWith',
      'refundInBothNames',
      'mailingAddress',
      'phone',
      'preparer',
    ]);
    f.filedWith = choice(f8.filedWith, FILING_MODES, 'form8379.filedWith');
    const both = bool(f8.refundInBothNames, 'form8379.refundInBothNames');
    f.refundInBothNames = both === true;
    f.refundInBothNamesWritten = both === false;
    f.phone = str(f8.phone, 'form8379.phone');
    if (f8.phone === '') lost.push('form8379.phone');
    const m = f8.mailingAddress;
    if (isRecord(m)) {
      const path = 'form8379.mailingAddress';
      const foreign = ['country', 'province', 'postalCode'].some((k) => k in m);
      const keys = foreign ? FOREIGN_ADDRESS_KEYS : US_ADDRESS_KEYS;
      known(m, path, keys);
      const a = f.mailingAddress;
      a.kind = foreign ? 'foreign' : 'us';
      for (const k of keys) {
        const required = k !== 'province' && k !== 'postalCode';
        a[k] = str(m[k], `${path}.${k}`, required);
        if (!required && m[k] === '') lost.push(`${path}.${k}`);
      }
    } else if (m !== undefined) lost.push('form8379.mailingAddress');
    const p = f8.preparer;
    if (isRecord(p)) {
      const path = 'form8379.preparer';
      known(p, path, [...PREPARER_TEXT_KEYS, 'selfEmployed']);
      const prep = emptyPreparer();
      for (const k of PREPARER_TEXT_KEYS) {
        prep[k] = str(p[k], `${path}.${k}`, k === 'name');
        if (k !== 'name' && p[k] === '') lost.push(`${path}.${k}`);
      }
      const self = bool(p.selfEmployed, `${path}.selfEmployed`);
      prep.selfEmployed = self === true;
      prep.selfEmployedWritten = self === false;
      f.preparer = prep;
    } else if (p !== undefined) lost.push('form8379.preparer');
  } else if (f8 !== undefined) lost.push('form8379');

  const af = input.afterFiling;
  if (isRecord(af)) {
    const a = state.afterFiling;
    a.given = true;
    known(af, 'afterFiling', [
      'form8379Filed',
      'offsetNotice',
      'irsNotice',
      'received',
      'transcript',
      'senderAddress',
    ]);
    /** An object of the block, or lost; an empty one cannot be written back. */
    const part = (value: unknown, path: string, keys: readonly string[]) => {
      if (value === undefined) return null;
      if (!isRecord(value) || Object.keys(value).length === 0) {
        lost.push(path);
        return null;
      }
      known(value, path, keys);
      return value;
    };
    const date = (value: unknown, path: string, required = false) => {
      if (value === '') lost.push(path);
      return str(value, path, required);
    };
    /** A list of lines as the text typed one line a line; anything else is lost. */
    const lines = (value: unknown, path: string) => {
      if (value === undefined) return '';
      if (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((l) => typeof l === 'string' && l.trim() !== '' && !/[\r\n]/.test(l))
      ) {
        return (value as string[]).join('\n');
      }
      lost.push(path);
      return '';
    };
    const money = (value: unknown, path: string, required = false) => {
      if (value === '') lost.push(path);
      return amount(value, path, required);
    };
    const filed = part(af.form8379Filed, 'afterFiling.form8379Filed', ['date', 'efiled']);
    if (filed) {
      a.filedDate = date(filed.date, 'afterFiling.form8379Filed.date', true);
      a.efiled = answer(filed.efiled, 'afterFiling.form8379Filed.efiled');
    }
    const notice = part(af.offsetNotice, 'afterFiling.offsetNotice', [
      'date',
      'originalRefund',
      'offsets',
    ]);
    if (notice) {
      a.noticeDate = date(notice.date, 'afterFiling.offsetNotice.date');
      a.originalRefund = money(notice.originalRefund, 'afterFiling.offsetNotice.originalRefund');
      const offsets = notice.offsets;
      if (offsets !== undefined) {
        const path = 'afterFiling.offsetNotice.offsets';
        // The form holds one offset: more (or none listed) is not written back as it was.
        const first = Array.isArray(offsets) && offsets.length === 1 ? offsets[0] : undefined;
        const o = part(first ?? 0, `${path}[0]`, [
          'amount',
          'debtType',
          'agency',
          'fee',
          'address',
        ]);
        if (o && Array.isArray(offsets) && offsets.length === 1) {
          a.offsetAmount = money(o.amount, `${path}[0].amount`, true);
          a.offsetDebtType = choice(o.debtType, DEBT_TYPES, `${path}[0].debtType`);
          a.offsetAgency = str(o.agency, `${path}[0].agency`);
          if (o.agency === '') lost.push(`${path}[0].agency`);
          a.offsetFee = money(o.fee, `${path}[0].fee`);
          a.offsetAddress = lines(o.address, `${path}[0].address`);
        } else if (!Array.isArray(offsets) || offsets.length !== 1) lost.push(path);
      }
    }
    const irs = part(af.irsNotice, 'afterFiling.irsNotice', [
      'kind',
      'date',
      ...IRS_FIGURES.map(([k]) => k),
      'address',
    ]);
    if (irs) {
      a.irsKind = choice(irs.kind, IRS_NOTICE_KINDS, 'afterFiling.irsNotice.kind');
      if (irs.kind === undefined) lost.push('afterFiling.irsNotice.kind');
      a.irsDate = date(irs.date, 'afterFiling.irsNotice.date');
      for (const [k, f] of IRS_FIGURES) a[f] = money(irs[k], `afterFiling.irsNotice.${k}`);
      a.irsAddress = lines(irs.address, 'afterFiling.irsNotice.address');
    }
    const received = af.received;
    if (Array.isArray(received) && received.length === 0) a.receivedNone = true;
    else if (Array.isArray(received) && received.length === 1) {
      const r = part(received[0], 'afterFiling.received[0]', ['amount', 'date', 'issuedTo']);
      if (r) {
        a.receivedAmount = money(r.amount, 'afterFiling.received[0].amount', true);
        a.receivedDate = date(r.date, 'afterFiling.received[0].date');
        a.receivedIssuedTo = choice(r.issuedTo, ISSUED_TO, 'afterFiling.received[0].issuedTo');
      }
    } else if (received !== undefined) lost.push('afterFiling.received');
    if (af.transcript !== undefined) a.transcript = af.transcript;
    a.senderAddress = lines(af.senderAddress, 'afterFiling.senderAddress');
  } else if (af !== undefined) lost.push('afterFiling');

  return { state, unrepresented: lost };
}

/** `items[2].amount` as `['items', 2, 'amount']`. */
export function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(m[2] === undefined ? (m[1] ?? '') : Number(m[2]));
  }
  return parts;
}

const SPOUSE_KEYS = ['name', 'ssn', 'age65OrOlder', 'blind'] as const;
const ITEM_KEYS = [
  'kind',
  'spouse',
  'amount',
  'withholding',
  'injuredShare',
  'selfEmploymentTax',
  'description',
  'character',
  'fromSeparateProperty',
  'jointManagement',
] as const;
const DEBT_KEYS = ['type', 'amount', 'arose', 'date', 'description'] as const;

const member = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * The form field a message's path names (`items[2].amount` → `items.7.amount`, by the row's id),
 * or null for a path no field shows (the case as a whole). A row's whole-row path names the row.
 */
export function fieldForPath(state: FormState, path: string): string | null {
  const [head, a, b] = pathParts(path);
  switch (head) {
    case 'title':
    case 'taxYear':
      return head;
    case 'spouses':
      if (a !== 'injured' && a !== 'other') return null;
      if (b === 'shownFirst') return 'shownFirst';
      return member(SPOUSE_KEYS, b) ? `spouses.${a}.${b}` : null;
    case 'partI':
      return member(PART_I_FIELDS, a) ? `partI.${a}` : null;
    case 'communityProperty':
      if (a === 'states' || a === 'wholeYear') return `communityProperty.${a}`;
      return 'partI.communityPropertyResident';
    case 'deduction':
      return 'deduction.kind';
    case 'jointReturn':
      if (a === 'address') return 'jointReturn.address';
      if (a === 'efileBlockingForms') return 'jointReturn.efileBlockingForms';
      return member(JOINT_RETURN_FIELDS, a) ? `jointReturn.${a}` : null;
    case 'afterFiling':
      return afterFilingField(path);
    case 'form8379':
      if (a === 'mailingAddress') {
        const keys: readonly string[] =
          state.form8379.mailingAddress.kind === 'foreign' ? FOREIGN_ADDRESS_KEYS : US_ADDRESS_KEYS;
        return typeof b === 'string' && keys.includes(b)
          ? `form8379.mailingAddress.${b}`
          : 'form8379.mailingAddress';
      }
      if (a === 'preparer') {
        return typeof b === 'string' &&
          ([...PREPARER_TEXT_KEYS, 'selfEmployed'] as string[]).includes(b)
          ? `form8379.preparer.${b}`
          : 'form8379.preparer';
      }
      if (a === 'filedWith' || a === 'refundInBothNames' || a === 'phone') return `form8379.${a}`;
      return 'form8379.filedWith';
    case 'items': {
      const item = typeof a === 'number' ? state.items[a] : undefined;
      if (!item) return null;
      return member(ITEM_KEYS, b) ? `items.${item.id}.${b}` : `items.${item.id}`;
    }
    case 'debts': {
      const debt = typeof a === 'number' ? state.debts[a] : undefined;
      if (!debt) return null;
      return member(DEBT_KEYS, b) ? `debts.${debt.id}.${b}` : `debts.${debt.id}`;
    }
    default:
      return null;
  }
}

/** The field of an `afterFiling` path (`afterFiling.received[0].amount` → `afterFiling.receivedAmount`). */
function afterFilingField(path: string): string | null {
  const [, part, x, y] = pathParts(path);
  const field = typeof x === 'number' ? y : x;
  const key = (name: string) => `afterFiling.${name}`;
  const cap = (s: unknown) =>
    typeof s === 'string' && s !== '' ? `${s[0]!.toUpperCase()}${s.slice(1)}` : '';
  switch (part) {
    case 'form8379Filed':
      return field === 'efiled' ? key('efiled') : key('filedDate');
    case 'offsetNotice': {
      const f = pathParts(path)[4];
      if (x === 'offsets') return key(typeof f === 'string' ? `offset${cap(f)}` : 'offsetAmount');
      return field === 'originalRefund' ? key('originalRefund') : key('noticeDate');
    }
    case 'irsNotice':
      return field === 'kind' || field === undefined ? key('irsKind') : key(`irs${cap(field)}`);
    case 'received':
      return field === 'date' || field === 'issuedTo'
        ? key(`received${cap(field)}`)
        : key('receivedAmount');
    case 'senderAddress':
      return key('senderAddress');
    default:
      return null;
  }
}
