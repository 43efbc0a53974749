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

/** The case the form stands for, in the key order of the case format's documentation. */
export function caseFromState(state: FormState): CaseJson {
  const jointReturn = defined(JOINT_RETURN_FIELDS.map((f) => [f, text(state.jointReturn[f])]));
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
    ['debts', state.debts.map(debtJson)],
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
    'debts',
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
    known(input.jointReturn, 'jointReturn', JOINT_RETURN_FIELDS);
    for (const f of JOINT_RETURN_FIELDS) {
      const path = `jointReturn.${f}`;
      state.jointReturn[f] = amount(input.jointReturn[f], path);
      if (input.jointReturn[f] === '') lost.push(path);
    }
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
      return member(JOINT_RETURN_FIELDS, a) ? `jointReturn.${a}` : null;
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
