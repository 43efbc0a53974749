/**
 * A seeded generator of valid cases for the benchmark: every tax year 2018-2026, every item kind,
 * 0-3 debts, a share of community property cases over the nine states, Part I stop paths, and
 * amounts written the ways a user may write them. The rules of what is valid are those of
 * docs/case-format.md and src/input/schema.ts; test/arbitraries.ts draws from the same space with
 * fast-check, which the bench does not load.
 */
import {
  COMMUNITY_PROPERTY_STATES,
  DEBT_TYPES,
  ITEM_KINDS,
  type CaseInput,
  type CommunityPropertyState,
  type ItemKind,
} from '../src/index.js';
import { Prng } from './prng.js';
import { DEPENDENT_CREDIT_KINDS, EARNED_KINDS } from '../src/input/schema.js';

export interface GenerateOptions {
  /** Fraction of cases with a `communityProperty` block (the issue asks for a quarter). */
  readonly communityPropertyShare: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = { communityPropertyShare: 0.25 };

/** The seed of the benchmark's fixed mix; changing it changes every figure. */
export const BENCH_SEED = 8379;

type CaseItemInput = NonNullable<CaseInput['items']>[number];
type CaseDebtInput = NonNullable<CaseInput['debts']>[number];

const SIGNED: ReadonlySet<ItemKind> = new Set(['selfEmployment', 'otherIncome']);
const OWN_ONLY: ReadonlySet<ItemKind> = new Set([...EARNED_KINDS, ...DEPENDENT_CREDIT_KINDS]);

/** Upper bound in dollars of an item's amount, by kind (the rest: 40,000). */
const LIMIT: Partial<Record<ItemKind, number>> = {
  selfEmployment: 150_000,
  refundableCredit: 6_000,
  nonrefundableCredit: 4_000,
  otherTax: 10_000,
  withholding: 30_000,
  estimatedPayment: 20_000,
  adjustment: 15_000,
  itemizedDeduction: 40_000,
  schedule1ADeduction: 12_000,
  qbiDeduction: 20_000,
};

/** Kinds whose character the community property rules read (income and payments). */
const CHARACTERIZED: ReadonlySet<ItemKind> = new Set([
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
  'refundableCredit',
  'otherTax',
  'withholding',
  'estimatedPayment',
]);

const FIRST_NAMES = ['Ana', 'Luis', 'Mary', 'John', 'Wei', 'Fatima', 'Olu', 'Sam', 'Ines', 'Raj'];
const LAST_NAMES = ['Garza', 'Smith', 'Nguyen', 'Okafor', 'Kowalski', 'Haddad', 'Lee', 'Brown'];

/** Cents as a money value written one of the ways the case format accepts. */
function moneyValue(rng: Prng, cents: number): string | number {
  const r = rng.float();
  if (r < 0.1) return cents / 100; // a JSON number: exact to the cent for integer cents / 100
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (r < 0.15 && frac === 0) return `${sign}${whole}`;
  if (r < 0.15 && frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0')}`;
}

/**
 * Income in cents on a rough log scale, so the mix covers the Tax Table (< $100,000), every
 * rate-schedule bracket and the 0/15/20% capital gain bands.
 */
function incomeCents(rng: Prng, maxDollars: number): number {
  const r = rng.float();
  const cap = maxDollars * 100;
  if (r < 0.05) return 0;
  if (r < 0.6) return rng.int(0, Math.min(cap, 100_000_00));
  if (r < 0.9) return rng.int(0, Math.min(cap, 400_000_00));
  return rng.int(0, cap);
}

function itemAmountCents(rng: Prng, kind: ItemKind): number {
  if (SIGNED.has(kind) && rng.chance(0.15)) return -rng.int(1, 20_000_00);
  if (kind === 'wages') return incomeCents(rng, 1_200_000);
  if (kind === 'capitalGain' || kind === 'qualifiedDividends') return incomeCents(rng, 600_000);
  return rng.int(0, (LIMIT[kind] ?? 40_000) * 100);
}

interface ItemContext {
  readonly year: number;
  readonly itemized: boolean;
  readonly states: readonly CommunityPropertyState[] | null;
}

function makeItem(rng: Prng, kind: ItemKind, ctx: ItemContext, spouse?: 'injured' | 'other') {
  const owner =
    spouse ??
    (OWN_ONLY.has(kind)
      ? rng.pick(['injured', 'other'] as const)
      : rng.pick(['injured', 'other', 'joint'] as const));
  const cents = itemAmountCents(rng, kind);
  const item: CaseItemInput = { kind, spouse: owner, amount: moneyValue(rng, cents) };
  if (kind !== 'withholding' && (kind === 'wages' ? rng.chance(0.85) : rng.chance(0.15))) {
    const cap = kind === 'wages' ? Math.max(Math.abs(cents) * 0.3, 100) : 15_000_00;
    item.withholding = moneyValue(rng, rng.int(0, Math.floor(cap)));
  }
  if (owner === 'joint' && rng.chance(0.5)) {
    // An agreed split inside 0 .. amount, with the amount's sign.
    const share = Math.trunc((cents * rng.int(0, 1000)) / 1000);
    item.injuredShare = moneyValue(rng, share);
  }
  if (rng.chance(0.1)) item.description = `${kind} ${rng.int(1, 99)}`;
  if (ctx.states !== null) addCommunityMarks(rng, item, kind, ctx.states);
  return item;
}

/**
 * Community property marks that stay valid: where the listed states disagree on income from
 * separate property the item must name its character, and joint management needs community
 * property (it is a Texas rule).
 */
function addCommunityMarks(
  rng: Prng,
  item: CaseItemInput,
  kind: ItemKind,
  states: readonly CommunityPropertyState[],
): void {
  if (!CHARACTERIZED.has(kind)) return;
  if (rng.chance(0.15)) {
    item.fromSeparateProperty = true;
    if (states.length > 1 || rng.chance(0.3)) item.character = rng.pick(['community', 'separate']);
  } else if (rng.chance(0.08)) {
    item.character = rng.pick(['community', 'separate']);
  }
  if (states.includes('TX') && rng.chance(0.2)) {
    item.character = 'community';
    item.jointManagement = true;
  }
}

function ssn(rng: Prng): string {
  const digits = String(rng.int(100_000_000, 899_999_999));
  return rng.chance(0.8)
    ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
    : digits;
}

function date(rng: Prng): string {
  const y = rng.int(2005, 2026);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function debt(rng: Prng, community: boolean): CaseDebtInput {
  const d: CaseDebtInput = {
    type: rng.pick(DEBT_TYPES),
    amount: moneyValue(rng, rng.int(0, 40_000_00)),
  };
  // A community property case must say when a federal tax debt arose.
  if ((community && d.type === 'federalTax') || rng.chance(0.8))
    d.arose = rng.pick(['beforeMarriage', 'duringMarriage']);
  if (rng.chance(0.6)) d.date = date(rng);
  return d;
}

/**
 * Two states are accepted only when one rule governs both (method.md 6: AZ/WI, CA/ID/LA,
 * NV/NM/WA); Texas stands alone.
 */
const STATE_GROUPS: readonly (readonly CommunityPropertyState[])[] = [
  ['AZ', 'WI'],
  ['CA', 'ID', 'LA'],
  ['NV', 'NM', 'WA'],
];

function communityStates(rng: Prng): CommunityPropertyState[] {
  const first = rng.pick(COMMUNITY_PROPERTY_STATES);
  const group = STATE_GROUPS.find((g) => g.includes(first));
  if (!group || !rng.chance(0.15)) return [first];
  return [first, rng.pick(group.filter((s) => s !== first))];
}

function hasEarnedIncome(items: readonly CaseItemInput[]): boolean {
  return (['injured', 'other'] as const).some(
    (spouse) =>
      items
        .filter((i) => i.spouse === spouse && (i.kind === 'wages' || i.kind === 'selfEmployment'))
        .reduce((total, i) => total + Math.round(Number(i.amount) * 100), 0) > 0,
  );
}

/** One valid case. */
export function generateCase(
  rng: Prng,
  options: GenerateOptions = DEFAULT_GENERATE_OPTIONS,
): CaseInput {
  const year = rng.int(2018, 2026);
  const itemized = rng.chance(0.3);
  const states = rng.chance(options.communityPropertyShare) ? communityStates(rng) : null;
  const ctx: ItemContext = { year, itemized, states };
  const kinds = ITEM_KINDS.filter(
    (k) => (itemized || k !== 'itemizedDeduction') && (year >= 2025 || k !== 'schedule1ADeduction'),
  );

  const items: CaseItemInput[] = [];
  // Most couples have wages; the other kinds come on top, so each appears in the mix.
  if (rng.chance(0.85)) items.push(makeItem(rng, 'wages', ctx, 'injured'));
  if (rng.chance(0.75)) items.push(makeItem(rng, 'wages', ctx, 'other'));
  const extra = rng.int(0, 6);
  for (let i = 0; i < extra; i++) items.push(makeItem(rng, rng.pick(kinds), ctx));
  if (itemized && !items.some((i) => i.kind === 'itemizedDeduction')) {
    items.push(makeItem(rng, 'itemizedDeduction', ctx));
  }

  const name = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const injured: NonNullable<CaseInput['spouses']>['injured'] = {
    name: name(),
    age65OrOlder: rng.chance(0.15),
    blind: rng.chance(0.03),
  };
  if (rng.chance(0.7)) injured.ssn = ssn(rng);
  if (rng.chance(0.5)) injured.shownFirst = rng.chance(0.5);
  const other: NonNullable<CaseInput['spouses']>['other'] = {
    name: name(),
    age65OrOlder: rng.chance(0.15),
    blind: rng.chance(0.03),
  };
  if (rng.chance(0.7)) other.ssn = ssn(rng);

  // Mostly the qualifying answers; a few cases stop at lines 2, 3 or 4.
  const stop = rng.float();
  const partI: CaseInput['partI'] = {
    jointReturn: stop >= 0.02,
    debtOwedOnlyBySpouse: stop < 0.02 || stop >= 0.04,
    injuredLegallyObligated: stop >= 0.04 && stop < 0.06,
  };
  if (rng.chance(0.2)) partI.communityPropertyResident = states !== null;

  const jointReturn: NonNullable<CaseInput['jointReturn']> = {};
  if (rng.chance(0.4)) jointReturn.incomeTax = moneyValue(rng, rng.int(0, 80_000_00));
  // The EIC needs earned income: the schema rejects a credit unless one spouse's wages plus
  // self-employment income (which may be a loss) is above 0.
  if (hasEarnedIncome(items) && rng.chance(0.25)) {
    jointReturn.earnedIncomeCredit = moneyValue(rng, rng.int(0, 8_000_00));
  }
  if (rng.chance(0.2)) jointReturn.overpayment = moneyValue(rng, rng.int(-5_000_00, 20_000_00));

  const debts: CaseDebtInput[] = [];
  const debtCount = rng.int(0, 3);
  for (let i = 0; i < debtCount; i++) debts.push(debt(rng, states !== null));

  const c: CaseInput = {
    title: `bench case ${rng.u32().toString(36)}`,
    taxYear: year,
    spouses: { injured, other },
    partI,
    deduction: { kind: itemized ? 'itemized' : 'standard' },
    items,
    jointReturn,
    debts,
  };
  if (states !== null) {
    c.communityProperty = rng.chance(0.5) ? { states, wholeYear: true } : { states };
  }
  return c;
}

/** `count` cases from `seed`: the same list on every run. */
export function generateCases(
  seed: number,
  count: number,
  options: GenerateOptions = DEFAULT_GENERATE_OPTIONS,
): CaseInput[] {
  const rng = new Prng(seed);
  const out: CaseInput[] = [];
  for (let i = 0; i < count; i++) out.push(generateCase(rng, options));
  return out;
}
