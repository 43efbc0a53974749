/**
 * The worksheet's names for the case's items, debts and joint-return figures. The engine's trace
 * speaks to developers (`items[2]`, `debts[0] childSupport`, `jointReturn.incomeTax`), which is
 * right for JSON; a worksheet is read by a client, a preparer and a reviewer, who know "Dana's
 * wages" and "line 18 of the joint return". Every engine text the worksheet prints goes through
 * {@link CaseNames.text}, so no JSON path reaches a page.
 */
import { DEFAULT_OPTIONS } from '../pipeline/options.js';
import { DEBT_LABELS, itemLabel } from '../trace/form.js';
import type { CaseDebt, CaseItem, Form8379Case, ItemKind } from '../input/schema.js';
import { JOINT_RETURN_LINES } from '../input/schema.js';
import { displayMoney, midSentence } from './format.js';

/** What each item kind is, in the words of Form 1040 and its schedules. */
const KIND_WORDS: Readonly<Record<ItemKind, string>> = {
  wages: 'wages',
  selfEmployment: 'self-employment income',
  interest: 'interest',
  dividends: 'dividends',
  qualifiedDividends: 'qualified dividends',
  capitalGain: 'capital gain',
  unemployment: 'unemployment compensation',
  pension: 'pension',
  socialSecurity: 'social security benefits',
  otherIncome: 'other income',
  adjustment: 'adjustment to income',
  schedule1ADeduction: 'Schedule 1-A deduction',
  qbiDeduction: 'qualified business income deduction',
  itemizedDeduction: 'itemized deduction',
  childTaxCredit: 'child tax credit',
  otherDependentsCredit: 'credit for other dependents',
  childCareCredit: 'child and dependent care credit',
  educationCredit: 'education credit',
  nonrefundableCredit: 'nonrefundable credit',
  refundableCredit: 'refundable credit',
  additionalChildTaxCredit: 'additional child tax credit',
  otherTax: 'other tax',
  withholding: 'withholding',
  estimatedPayment: 'estimated payment',
  priorYearOverpayment: 'prior-year overpayment applied',
};

/** The joint return's own figures (`jointReturn.*`), as a preparer finds them on Form 1040. */
const JOINT_RETURN_WORDS: Readonly<Record<keyof typeof JOINT_RETURN_LINES, string>> = {
  totalIncome: 'total income',
  adjustedGrossIncome: 'adjusted gross income',
  taxableIncome: 'taxable income',
  incomeTax: 'tax',
  nonrefundableCredits: 'nonrefundable credits',
  otherTaxes: 'other taxes',
  totalTax: 'total tax',
  totalPayments: 'total payments',
  earnedIncomeCredit: 'earned income credit',
  overpayment: 'overpayment',
};

/** Item fields a path can name after `items[i].`, in words. */
const ITEM_FIELD_WORDS: Readonly<Record<string, string>> = {
  amount: 'amount',
  withholding: 'withholding',
  injuredShare: 'agreed split',
  selfEmploymentTax: 'self-employment tax',
  character: 'character',
  fromSeparateProperty: 'source',
};

/** Debt fields a path can name after `debts[i].`, in words. */
const DEBT_FIELD_WORDS: Readonly<Record<string, string>> = {
  date: 'date',
  arose: 'date it arose',
  balance: 'balance',
};

/** `debts[1]`, with the debt's type after it as the engine writes it (`debts[1] federalTax`). */
const DEBT_TYPES = Object.keys(DEBT_LABELS).join('|');
const DEBT_PATH = new RegExp(
  `debts\\[(\\d+)\\](?: \\((?:${DEBT_TYPES})\\)| (?:${DEBT_TYPES})\\b)?`,
  'g',
);

/**
 * `option creditFloor "per-spouse"` in an engine text: the option's JSON name means something to
 * a developer only, so a page says which choice was made and where it is explained.
 */
const OPTION_MENTION = new RegExp(
  `\\boption (?:${Object.keys(DEFAULT_OPTIONS).join('|')})(?: "([^"]*)")?`,
  'g',
);

/** "Dana" from "Dana Smith": how a worksheet names a spouse's own things. */
export function firstName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first === '' ? name : first;
}

/** `Dana's` (or `Chris's`): English possessive of a first name. */
function possessive(name: string): string {
  return `${firstName(name)}'s`;
}

/** The names of one case's items and debts, and the rewriting of engine texts into them. */
export interface CaseNames {
  /** "Dana's wages", "joint interest", or the item's description. */
  item(index: number): string;
  /** "past-due child support", with the debt's description or a number when two share a type. */
  debt(index: number): string;
  /** What tells this debt apart from the others of its type ("Ohio CSEA", "#2"), or null. */
  debtQualifier(index: number): string | null;
  /** An engine text with every JSON path replaced by the name of what it points at. */
  text(value: string): string;
}

/** Builds the names of a case's items and debts. */
export function caseNames(input: Form8379Case): CaseNames {
  const injured = input.spouses.injured.name;
  const other = input.spouses.other.name;
  const owner = (item: CaseItem): string =>
    item.spouse === 'joint' ? 'joint' : possessive(item.spouse === 'injured' ? injured : other);
  const itemBase = (item: CaseItem): string => {
    const description = item.description?.trim();
    if (description) return description;
    const kind =
      item.kind === 'capitalGain' && String(item.amount).trim().startsWith('-')
        ? 'capital loss'
        : KIND_WORDS[item.kind];
    return `${owner(item)} ${kind}`;
  };
  const itemNames = numbered(input.items.map(itemBase));
  const debtBase = (debt: CaseDebt): string => midSentence(DEBT_LABELS[debt.type]);
  const debtQualifiers = qualifiers(input.debts);
  const debtNames = input.debts.map((d, i) => {
    const q = debtQualifiers[i];
    return q ? `${debtBase(d)} (${q})` : debtBase(d);
  });
  const item = (i: number) => itemNames[i] ?? `item ${i + 1}`;
  const debt = (i: number) => debtNames[i] ?? `debt ${i + 1}`;
  const field = (words: Readonly<Record<string, string>>, name: string) =>
    words[name] ?? name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  // The engine's own item labels (`items[0] wages (injured spouse): Acme`), longest first so a
  // label that starts another is not replaced inside it.
  const engineLabels = input.items
    .map((it, i) => ({ label: itemLabel(it, i), name: item(i) }))
    .sort((a, b) => b.label.length - a.label.length);
  return {
    item,
    debt,
    debtQualifier: (i) => debtQualifiers[i] ?? null,
    text: (value) =>
      // Most texts name no item, debt, joint-return figure or option: nothing to rewrite.
      !/\[|jointReturn\.|\boption /.test(value)
        ? value
        : engineLabels
            .reduce(
              (text, l) => (text.includes(l.label) ? text.split(l.label).join(l.name) : text),
              value,
            )
            // "Offset: Federal tax (debts[0])": the label already says what it is.
            .replace(/ \(debts\[(\d+)\]\)/g, (_, i: string) => {
              const q = debtQualifiers[Number(i)];
              return q ? ` (${q})` : '';
            })
            .replace(/debts\[(\d+)\]\.([A-Za-z]+)/g, (_, i: string, f: string) => {
              return `the ${field(DEBT_FIELD_WORDS, f)} of the ${debt(Number(i))}`;
            })
            .replace(DEBT_PATH, (_, i: string) => debt(Number(i)))
            .replace(/items\[(\d+)\]\.([A-Za-z]+)/g, (_, i: string, f: string) => {
              return `the ${field(ITEM_FIELD_WORDS, f)} of ${item(Number(i))}`;
            })
            .replace(
              /items\[(\d+)\](?: [a-zA-Z]+ \((?:joint|injured spouse|other spouse)\))?/g,
              (_, i: string) => item(Number(i)),
            )
            .replace(/jointReturn\.([A-Za-z]+)/g, (_, f: string) => {
              const key = f as keyof typeof JOINT_RETURN_LINES;
              const line = JOINT_RETURN_LINES[key];
              return line
                ? `Form 1040 line ${line}, the ${JOINT_RETURN_WORDS[key]}`
                : `the joint return's ${field({}, f)}`;
            })
            .replace(OPTION_MENTION, (_, value: string | undefined) =>
              value === undefined
                ? 'see the assumptions'
                : `the "${value}" choice, see the assumptions`,
            ),
  };
}

/** Names made unique: a name that several entries share gets `#1`, `#2`, ... in order. */
function numbered(names: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((n) => {
    if ((count.get(n) ?? 0) < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} #${k}`;
  });
}

/** Per debt: its description, or a number among the debts of its type, or null when alone. */
function qualifiers(debts: readonly CaseDebt[]): (string | null)[] {
  const byType = new Map<string, number>();
  for (const d of debts) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  return debts.map((d) => {
    const k = (seen.get(d.type) ?? 0) + 1;
    seen.set(d.type, k);
    const description = d.description?.trim();
    if (description) return description;
    return (byType.get(d.type) ?? 0) > 1 ? `#${k}` : null;
  });
}

/**
 * Money written by the engine into prose as canonical strings ("620.00", "-14255.66") printed
 * like every other figure of the worksheet ("$620.00"). Only for texts whose two-decimal numbers
 * are all money (warnings, the community property explanation): a ratio has four places.
 */
export function moneyInProse(text: string): string {
  if (!/\d\.\d\d/.test(text)) return text;
  return text.replace(
    /(^|[^\w.$,])(-?\d+\.\d\d)(?![\d%]|\.\d)/g,
    (_, before: string, amount: string) => {
      return `${before}${displayMoney(amount)}`;
    },
  );
}
