/**
 * Every word the browser app shows a person is plain (issue 20, item 1). The catalogue
 * (app/src/i18n/en.ts) holds every string the page can show; this test lists them all, each
 * function called with sample values, and fails on the library's technical wording: "expected",
 * "required:", ", got", a field name of the case file (`injuredShare`, `partI`), a path
 * (`items[0]`), a quoted value of the format (`"joint"`), "true or false". The list is written to
 * test-output/app-messages.md for a human to read.
 *
 * Then the library's side: every problem the library reports for a case the form can hold (a
 * corpus of wrong forms, one per kind of mistake), every warning of the result and every stop has
 * a message of its own in the catalogue, never the fallback; and the common mistakes are named,
 * with what to type instead.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../app/src/evaluate.js';
import {
  caseFromState,
  emptyState,
  newDebt,
  newItem,
  stateFromCase,
  type FormState,
} from '../app/src/form-state.js';
import { en } from '../app/src/i18n/en.js';
import { es } from '../app/src/i18n/es.js';
import {
  amountMessage,
  dateMessage,
  explainIssue,
  explainWarning,
  taxYearMessage,
} from '../app/src/messages.js';
import {
  ITEM_KINDS,
  allocate,
  safeValidateCase,
  type CaseInput,
  type InputIssue,
  type ResultWarning,
} from '../src/index.js';
import { caseSchema } from '../src/input/schema.js';
import { ROOT } from './cli-helpers.js';

/** Sample arguments of every message that is a function, by its path in the catalogue. */
const SAMPLES: Record<string, unknown[]> = {
  'files.opened': ['case.json'],
  'files.openedWithProblems': ['case.json', 2],
  'files.notOpened': ['case.json'],
  'files.couldNotRead': ['case.json'],
  'files.saved': ['case.json'],
  'files.savedResult': ['case-result.json'],
  'files.loadedExample': ['Two wage earners, child support taken'],
  'fileProblems.tooBig': [10_485_776],
  'fileProblems.tooManyItems': [100_000, 1000],
  'fileProblems.tooManyDebts': [100_000, 100],
  'fileProblems.nameTooLong': ['injured', 300_000, 200],
  'fileProblems.textTooLong': ['line 1 of the return', 220_000, 1000],
  'fileProblems.notText': [2, 3],
  'fileProblems.notCase': [3, 3],
  'fileProblems.twice': [2, 2, 1],
  'fileProblems.inexact': [1, 13, '2024.000000000000001'],
  'fileProblems.notForm': ['“alimony”, line 2 of the return'],
  'fileProblems.parts.item': [3],
  'fileProblems.parts.debt': [2],
  'fileProblems.parts.unknown': ['alimony'],
  'partI.stopTitle': [4],
  'items.progressAway': ['$2,692.00', '$3,500.00', '$808.00'],
  'items.progressOver': ['$3,700.00', '$3,500.00', '$200.00'],
  'items.progressDone': ['$3,500.00'],
  'items.full': [1000],
  'items.remove': ['Wages 1'],
  'items.rowName': ['wages', 1],
  'debts.row': [1],
  'debts.remove': [1],
  'answer.soFar': ['$2,692.00', 'your spouse’s name, the debt'],
  'answer.noFigure': ['the tax year, answers in Part I'],
  'answer.missing.line34Apart': ['$808.00'],
  'answer.missing.problems': [2],
  'answer.missingItem.partI': [3],
  'answer.missingItem.line34Apart': ['$2,692.00', '$3,500.00'],
  'answer.problemItem': ['Wages 1: Amount', 'Leave out the dollar sign: type 28,000.'],
  'answer.appliedTo': ['Child support'],
  'answer.failed': ['a bug'],
  'answer.stopAtLine': [4],
  'problems.taxYear.notYear': ['abc'],
  'problems.taxYear.twoDigits': ['24', '2024'],
  'problems.taxYear.unsupported': ['2030', 2018, 2026],
  'problems.taxYear.beforeExemptions': ['2017'],
  'problems.name.tooLong': [201, 200],
  'problems.letterAddress.tooManyLines': [7, 6],
  'problems.letterAddress.lineTooLong': [100],
  'problems.ssn': [5],
  'problems.partI.contradicts': [6, 'yes', 'no'],
  'problems.amount.dollarSign': ['28,000'],
  'problems.amount.decimalComma': ['41.250,00', '41,250.00'],
  'problems.amount.pointForThousands': ['41,250'],
  'problems.amount.spaces': ['41000'],
  'problems.amount.plus': ['500'],
  'problems.amount.parentheses': ['-100'],
  'problems.amount.tooManyDecimals': ['12.35'],
  'problems.amount.pointDigits': ['0.50'],
  'problems.amount.negativeForLine': ['Taxable interest'],
  'problems.item.shareOutside': ['$400.00'],
  'problems.item.capitalLoss': ['$5,000.00'],
  'problems.item.schedule1A': ['2024'],
  'problems.item.characterNeeded': ['Arizona and Wisconsin'],
  'problems.item.textTooLong': [1001, 1000],
  'problems.item.tooMany': [1000],
  'problems.eicWithoutEarnings': ['$1,200.00'],
  'problems.communityProperty.statesDiffer': ['Arizona', 'California'],
  'problems.debt.aroseNeeded': ['Arizona'],
  'problems.debt.tooMany': [100],
  'problems.date.usOrder': ['03/15/2024', '2024-03-15'],
  'problems.date.notADay': ['2024-02-30'],
  'problems.title.tooLong': [1001, 1000],
  'problems.formFacts.tooLong': [60],
  'warnings.mismatch': ['9', 'total income', '$80,000.00', '$80,400.00', '$400.00'],
  'warnings.jointTax': ['$5,000.00', '$4,800.00', '$200.00'],
  'warnings.overpayment': ['$3,500.00', '$2,817.00', '$683.00'],
  'warnings.creditsAboveTax': ['$4,000.00', '$1,200.00'],
  'warnings.selfEmploymentTaxMissing': ['$20,000.00'],
  'warnings.withholdingAboveIncome': ['$500.00', '$400.00'],
  'warnings.debtDateLate': ['2028-04-15'],
  'warnings.unattributed': ['$12.00'],
  'warnings.efileCredits': ['$2,000', '$1,800'],
  'officialForm.go': ['Whose name is shown first on the return?'],
  'officialForm.filling': ['f8379.pdf'],
  'officialForm.filled': ['form-8379-2024-filled.pdf'],
  'officialForm.couldNotFill': ['notes.pdf'],
  'officialForm.blockers.partIStop': [4],
  'officialForm.blockers.earlierRevision': [2022],
  'officialForm.values.too-long': ['line 10, name shown first'],
  'officialForm.values.too-wide': ['line 10, name shown first'],
  'officialForm.values.control-character': ['line 10, name shown first'],
  'officialForm.values.unprintable': ['line 10, name shown first'],
};

/** Every message of a catalogue (English unless given), by its path, functions called with their samples. */
function everyMessage(catalogue: object = en): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (typeof value === 'function') {
      const args = SAMPLES[path];
      if (!args) throw new Error(`no sample arguments for the message ${path}`);
      out.push({ path, text: (value as (...a: unknown[]) => string)(...args) });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) walk(v, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(catalogue, '');
  return out;
}

/** The keys of the case format, at every level: the names a person must never read. */
function caseFieldNames(): string[] {
  const names = new Set<string>();
  const walk = (schema: unknown) => {
    const s = schema as { shape?: Record<string, unknown>; def?: Record<string, unknown> };
    const shape =
      s?.shape ??
      (s?.def?.shape as Record<string, unknown> | undefined) ??
      (s?.def?.innerType as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (shape) {
      for (const [key, child] of Object.entries(shape)) {
        names.add(key);
        walk(child);
      }
    }
    for (const inner of ['innerType', 'element', 'in', 'out', 'schema'] as const) {
      if (s?.def?.[inner]) walk(s.def[inner]);
    }
    for (const option of (s?.def?.options as unknown[] | undefined) ?? []) walk(option);
  };
  walk(caseSchema);
  for (const kind of ITEM_KINDS) names.add(kind);
  return [...names].filter((n) => /[A-Z]/.test(n));
}

const FIELD_NAMES = caseFieldNames();

/** What is technical in a message, or [] when it is plain. */
function technical(text: string): string[] {
  const found: string[] = [];
  const checks: [RegExp, string][] = [
    [/\bexpected\b/i, '"expected"'],
    [/required:/i, '"required:"'],
    [/, got\b/, '", got"'],
    [/\btrue or false\b/, '"true or false"'],
    [/\b(null|undefined|NaN)\b/, 'a JavaScript value'],
    [/\w\[\d*\]/, 'a path'],
    [/\(root\)/, '"(root)"'],
    [
      /"(injured|other|joint|standard|itemized|community|separate|beforeMarriage|duringMarriage)"/,
      'a value of the case format',
    ],
    [/\b[a-z]+[A-Z][A-Za-z]*\b/, 'a camelCase name'],
  ];
  for (const [re, what] of checks) if (re.test(text)) found.push(`${what} in: ${text}`);
  for (const name of FIELD_NAMES) {
    if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`the field name ${name} in: ${text}`);
  }
  return found;
}

describe('every message of the browser app is plain (issue 20, item 1)', () => {
  const messages = everyMessage();

  it('knows the field names of the case format to look for', () => {
    for (const name of [
      'injuredShare',
      'partI',
      'jointReturn',
      'taxYear',
      'shownFirst',
      'selfEmployment',
    ]) {
      expect(FIELD_NAMES).toContain(name);
    }
  });

  it('lists every message of the catalogue, each with sample values, and writes the list to test-output/', () => {
    expect(messages.length).toBeGreaterThan(300);
    // Every function has its sample, and every sample a function.
    expect(Object.keys(SAMPLES).filter((p) => !messages.some((m) => m.path === p))).toEqual([]);
    const out = join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'app-messages.md'),
      `# Every message of the browser app (app/src/i18n/en.ts)\n\n${messages.map((m) => `- \`${m.path}\`: ${m.text}`).join('\n')}\n`,
    );
  });

  it('has no technical wording in any of them', () => {
    expect(messages.flatMap((m) => technical(m.text))).toEqual([]);
  });

  it('has no technical wording in the Spanish catalogue either (issue 22), whose list is written too', () => {
    const spanish = everyMessage(es);
    expect(spanish.map((m) => m.path)).toEqual(messages.map((m) => m.path));
    expect(spanish.flatMap((m) => technical(m.text))).toEqual([]);
    writeFileSync(
      join(ROOT, 'test-output', 'app-messages-es.md'),
      `# Every message of the browser app in Spanish (app/src/i18n/es.ts)\n\n${spanish.map((m) => `- \`${m.path}\`: ${m.text}`).join('\n')}\n`,
    );
  });

  it('the check finds the library’s own wording', () => {
    expect(technical('required: expected true or false (Form 8379 line 2)').length).toBeGreaterThan(
      0,
    );
    expect(
      technical('required: expected a spouse, one of injured, other, joint').length,
    ).toBeGreaterThan(0);
    expect(technical('use "injured" or "other", not "joint"').length).toBeGreaterThan(0);
    expect(technical("must lie between 0 and the item's injuredShare").length).toBeGreaterThan(0);
    expect(technical('items[0].amount: expected an amount without spaces').length).toBeGreaterThan(
      0,
    );
  });

  it('keeps every string a person reads in the catalogue: no sentence in the views', () => {
    const dir = join(ROOT, 'app', 'src', 'ui');
    const sentences: string[] = [];
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8')
        // Comments are for developers.
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      // A string literal of two or more words starting with a capital letter: text for a person.
      for (const m of text.matchAll(/(['"`])([A-Z][a-z]+ [^'"`]*?)\1/g))
        sentences.push(`${file}: ${m[2]}`);
    }
    expect(sentences).toEqual([]);
  });
});

/** A state from a case as the CLI reads it (the form holds it), or a fresh one. */
function stateOf(c: Partial<CaseInput> & Record<string, unknown>): FormState {
  const { state, unrepresented } = stateFromCase(c);
  expect(unrepresented).toEqual([]);
  return state;
}

const BASE: CaseInput = {
  taxYear: 2024,
  spouses: { injured: { name: 'Dana Reyes' }, other: { name: 'Chris Reyes' } },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  items: [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
    { kind: 'interest', spouse: 'joint', amount: '400' },
  ],
  debts: [{ type: 'childSupport', amount: '3000' }],
};

const withCase = (change: (c: CaseInput & Record<string, unknown>) => void): FormState => {
  const c = structuredClone(BASE) as CaseInput & Record<string, unknown>;
  change(c);
  return stateOf(c);
};

/** Every issue the library reports for the state, with the page's message for it. */
function explained(state: FormState): { issue: InputIssue; id: string; text: string }[] {
  return evaluate(state).issues.map((issue) => ({ issue, ...explainIssue(issue, state) }));
}

/** Wrong forms, one per kind of mistake the library reports. */
function corpus(): [string, FormState][] {
  const list: [string, FormState][] = [];
  const empty = emptyState();
  empty.items.push(newItem(empty, 'wages'));
  empty.debts.push(newDebt(empty));
  list.push(['an empty form with an empty line and debt', empty]);
  for (const bad of [
    '',
    '$28,000',
    '41.250,00',
    '52,00',
    'forty one thousand',
    '41 000',
    '+5',
    '(100)',
    '12.345',
    '1e5',
    '.5',
    '12.',
    '1,23,456',
    '1234567890123',
    '-5',
    '12x',
    '٣٤',
    '5%',
  ]) {
    list.push([`the amount ${JSON.stringify(bad)}`, withCase((c) => (c.items![0]!.amount = bad))]);
    if (bad !== '') {
      list.push([
        `the withholding ${JSON.stringify(bad)}`,
        withCase((c) => (c.items![0]!.withholding = bad)),
      ]);
      list.push([`the debt ${JSON.stringify(bad)}`, withCase((c) => (c.debts![0]!.amount = bad))]);
      list.push([
        `the line 34 ${JSON.stringify(bad)}`,
        withCase((c) => (c.jointReturn = { overpayment: bad })),
      ]);
      list.push([
        `the agreed part ${JSON.stringify(bad)}`,
        withCase((c) => (c.items![2]!.injuredShare = bad)),
      ]);
      list.push([
        `the self-employment tax ${JSON.stringify(bad)}`,
        withCase((c) =>
          c.items!.push({
            kind: 'selfEmployment',
            spouse: 'other',
            amount: '1000',
            selfEmploymentTax: bad,
          }),
        ),
      ]);
    }
  }
  for (const year of ['24', 'abc', '2017', '2030', '1999', '20245']) {
    const s = stateOf(BASE);
    s.taxYear = year;
    list.push([`the year ${year}`, s]);
  }
  const typed = (change: (s: FormState) => void, what: string) => {
    const s = stateOf(BASE);
    change(s);
    list.push([what, s]);
  };
  typed((s) => (s.spouses.injured.ssn = '12345'), 'a short SSN');
  typed((s) => (s.spouses.other.ssn = 'abc-de-fghi'), 'an SSN of letters');
  typed((s) => (s.spouses.other.name = 'x'.repeat(201)), 'a long name');
  typed((s) => (s.title = 'x'.repeat(1001)), 'a long title');
  typed((s) => (s.items[0]!.description = 'x'.repeat(1001)), 'a long description');
  typed((s) => (s.debts[0]!.description = 'x'.repeat(1001)), 'a long debt description');
  typed((s) => (s.items[0]!.spouse = 'joint'), 'joint wages');
  typed((s) => (s.items[0]!.spouse = ''), 'a line of no one');
  typed((s) => (s.items[0]!.injuredShare = '100'), 'an agreed part of a line of one');
  typed((s) => (s.items[2]!.injuredShare = '500'), 'an agreed part above the amount');
  typed((s) => (s.items[2]!.amount = '-400'), 'negative interest');
  typed((s) => (s.items[0]!.selfEmploymentTax = '100'), 'self-employment tax on wages');
  typed((s) => (s.deduction = 'itemized'), 'itemized without lines');
  typed((s) => {
    s.items = s.items.filter((i) => i.kind !== 'wages');
    s.jointReturn.earnedIncomeCredit = '500';
  }, 'an EIC with no earnings');
  typed((s) => (s.partI.madePayments = 'no'), 'line 6 against the lines');
  typed((s) => (s.partI.hadEarnedIncome = 'no'), 'line 7 against the lines');
  typed((s) => (s.partI.communityPropertyResident = 'yes'), 'line 5 yes, no state');
  typed((s) => (s.debts[0]!.type = ''), 'a debt of no kind');
  for (const date of ['03/15/2024', '15.03.2024', 'March 15, 2024', '2024-02-30', 'yesterday']) {
    typed((s) => (s.debts[0]!.date = date), `the date ${date}`);
  }
  typed((s) => (s.communityProperty = { states: [], wholeYear: true }), 'no state ticked');
  typed((s) => (s.communityProperty = { states: ['AZ', 'CA'], wholeYear: true }), 'two rules');
  typed((s) => (s.communityProperty = { states: ['AZ'], wholeYear: false }), 'part of the year');
  typed((s) => {
    s.communityProperty = { states: ['AZ'], wholeYear: true };
    s.debts[0]!.type = 'federalTax';
  }, 'a federal tax debt in AZ, not dated');
  typed((s) => {
    s.communityProperty = { states: ['AZ', 'WI'], wholeYear: true };
    s.items[2]!.fromSeparateProperty = 'yes';
  }, 'separate property income in AZ and WI');
  typed((s) => {
    s.communityProperty = { states: ['TX'], wholeYear: true };
    s.items[0]!.character = 'separate';
    s.items[0]!.jointManagement = 'yes';
  }, 'joint management of separate property');
  typed((s) => {
    const w = newItem(s, 'withholding');
    w.spouse = 'injured';
    w.amount = '10';
    w.withholding = '10';
    s.items.push(w);
  }, 'withholding on a withholding line');
  typed((s) => {
    const w = newItem(s, 'schedule1ADeduction');
    w.spouse = 'injured';
    w.amount = '10';
    s.items.push(w);
  }, 'Schedule 1-A before 2025');
  typed((s) => {
    const w = newItem(s, 'itemizedDeduction');
    w.spouse = 'injured';
    w.amount = '10';
    s.items.push(w);
  }, 'an itemized deduction with the standard deduction');
  typed((s) => {
    const w = newItem(s, 'childTaxCredit');
    w.spouse = 'joint';
    w.amount = '2000';
    s.items.push(w);
  }, 'a joint child tax credit');
  typed((s) => {
    for (const amount of ['-2000', '-2500']) {
      const w = newItem(s, 'capitalGain');
      w.spouse = 'injured';
      w.amount = amount;
      s.items.push(w);
    }
  }, 'capital losses above 3,000');
  typed((s) => {
    for (let i = 0; i < 1001; i++) {
      const w = newItem(s, 'interest');
      w.spouse = 'injured';
      w.amount = '1';
      s.items.push(w);
    }
  }, '1,001 lines');
  typed((s) => {
    for (let i = 0; i < 101; i++) {
      const d = newDebt(s);
      d.type = 'childSupport';
      d.amount = '1';
      s.debts.push(d);
    }
  }, '101 debts');
  typed((s) => {
    s.afterFiling.given = true;
    s.afterFiling.senderAddress = ['1', '2', '3', '4', '5', '6', '7'].join('\n');
    s.afterFiling.irsAddress = `Internal Revenue Service\n${'x'.repeat(101)}`;
  }, 'an address of 7 lines and a line too long');
  return list;
}

describe("the library's problems in the page's words", () => {
  const all = corpus().flatMap(([what, state]) => explained(state).map((e) => ({ what, ...e })));

  it('every problem of the corpus has a message of its own, never the fallback, and plain', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(
      all
        .filter((e) => e.id === 'fallback')
        .map((e) => `${e.what}: ${e.issue.path}: ${e.issue.message}`),
    ).toEqual([]);
    expect(all.flatMap((e) => technical(e.text))).toEqual([]);
  });

  it('covers every kind of message the catalogue has for a field', () => {
    const ids = new Set(all.map((e) => e.id));
    const kinds = [
      'taxYear.missing',
      'taxYear.notYear',
      'taxYear.twoDigits',
      'taxYear.unsupported',
      'taxYear.beforeExemptions',
      'name.injuredMissing',
      'name.otherMissing',
      'name.tooLong',
      'ssn',
      'partI.missing',
      'partI.contradicts',
      'partI.line5Mismatch',
      'amount.empty',
      'amount.dollarSign',
      'amount.decimalComma',
      'amount.pointForThousands',
      'amount.words',
      'amount.spaces',
      'amount.plus',
      'amount.parentheses',
      'amount.percent',
      'amount.exponent',
      'amount.otherDigits',
      'amount.pointDigits',
      'amount.grouping',
      'amount.tooLarge',
      'amount.notAmount',
      'amount.negative',
      'amount.negativeForLine',
      'item.ownerMissing',
      'item.ownerJointEarned',
      'item.ownerJointDependent',
      'item.shareNotJoint',
      'item.shareOutside',
      'item.capitalLoss',
      'item.schedule1A',
      'item.withholdingOnWithholding',
      'item.seTaxNotBusiness',
      'item.itemizedNeedsItemized',
      'item.characterNeeded',
      'item.jointManagementSeparate',
      'item.textTooLong',
      'item.tooMany',
      'deduction.itemizedNoLines',
      'eicWithoutEarnings',
      'communityProperty.noState',
      'communityProperty.statesDiffer',
      'communityProperty.partYear',
      'debt.typeMissing',
      'debt.aroseNeeded',
      'debt.tooMany',
      'date.usOrder',
      'date.notADay',
      'date.format',
      'title.tooLong',
    ];
    expect(kinds.filter((k) => !ids.has(k))).toEqual([]);
  });

  it('the messages of a case file only the CLI can hold (both names first) are plain too', () => {
    const both = safeValidateCase({
      ...BASE,
      spouses: { injured: { name: 'A', shownFirst: true }, other: { name: 'B', shownFirst: true } },
    });
    const issues = both.ok ? [] : both.issues;
    expect(issues.map((i) => explainIssue(i, stateOf(BASE)).id)).toEqual(['bothShownFirst']);
  });

  it('names the common mistakes, with what to type instead', () => {
    const at = (bad: string) => amountMessage(bad, false).text;
    expect(at('41.250,00')).toBe(
      'Use a point for cents, not a decimal comma: type 41,250.00 for 41.250,00.',
    );
    expect(at('$28,000')).toBe('Leave out the dollar sign: type 28,000.');
    expect(at('forty one thousand')).toBe(
      'Type the amount in digits, not words: for forty-one thousand, type 41000 or 41,000.',
    );
    expect(dateMessage('03/15/2024').text).toBe(
      'Type the date as year-month-day: 2024-03-15 for 03/15/2024.',
    );
    expect(taxYearMessage('24', '').text).toBe('Type all four digits of the year: 2024, not 24.');
    // Each at its field, from the library's issue there.
    const dollar = explained(withCase((c) => (c.items![1]!.amount = '$28,000')));
    expect(dollar.map((e) => [e.issue.path, e.text])).toEqual([
      ['items[1].amount', 'Leave out the dollar sign: type 28,000.'],
    ]);
  });
});

describe("the result's warnings and the stops in the page's words", () => {
  const warningsOf = (c: CaseInput, options?: Parameters<typeof allocate>[1]) =>
    allocate(c, options).warnings;
  const cases: [string, readonly ResultWarning[]][] = [
    ['return-figure-mismatch', warningsOf({ ...BASE, jointReturn: { totalIncome: '80000' } })],
    ['joint-tax-mismatch', warningsOf({ ...BASE, jointReturn: { incomeTax: '9000' } })],
    ['overpayment-mismatch', warningsOf({ ...BASE, jointReturn: { overpayment: '3000' } })],
    [
      'credits-above-tax',
      warningsOf({
        ...BASE,
        items: [...BASE.items!, { kind: 'childTaxCredit', spouse: 'injured', amount: '9000' }],
      }),
    ],
    [
      'self-employment-tax-missing',
      warningsOf({
        ...BASE,
        items: [...BASE.items!, { kind: 'selfEmployment', spouse: 'other', amount: '20000' }],
      }),
    ],
    [
      'same-ssn',
      warningsOf({
        ...BASE,
        spouses: {
          injured: { name: 'A', ssn: '123-45-6789' },
          other: { name: 'B', ssn: '123456789' },
        },
      }),
    ],
    [
      'withholding-above-income',
      warningsOf({
        ...BASE,
        items: [
          ...BASE.items!,
          { kind: 'interest', spouse: 'injured', amount: '10', withholding: '20' },
        ],
      }),
    ],
    [
      'debt-date-implausible',
      warningsOf({
        ...BASE,
        debts: [{ type: 'childSupport', amount: '3000', date: '1899-01-01' }],
      }),
    ],
    [
      'debt-date-implausible',
      warningsOf({
        ...BASE,
        debts: [{ type: 'childSupport', amount: '3000', date: '2099-01-01' }],
      }),
    ],
    [
      'community-property-fields-ignored',
      warningsOf({
        ...BASE,
        items: [{ ...BASE.items![0]!, character: 'community' }, ...BASE.items!.slice(1)],
      }),
    ],
    [
      'community-property-mark-ignored',
      warningsOf({
        ...BASE,
        communityProperty: { states: ['TX'] },
        items: [
          ...BASE.items!,
          { kind: 'adjustment', spouse: 'injured', amount: '100', character: 'separate' },
        ],
      }),
    ],
    [
      'unattributed-overpayment',
      warningsOf(
        {
          ...BASE,
          items: [...BASE.items!, { kind: 'childTaxCredit', spouse: 'other', amount: '9000' }],
        },
        { creditFloor: 'per-spouse' },
      ),
    ],
    [
      'no-overpayment',
      warningsOf({ ...BASE, items: [{ kind: 'wages', spouse: 'injured', amount: '90000' }] }),
    ],
    [
      'efile-reject',
      warningsOf({
        ...BASE,
        items: [...BASE.items!, { kind: 'childTaxCredit', spouse: 'injured', amount: '2000' }],
        jointReturn: { nonrefundableCredits: '1500' },
      }),
    ],
  ];

  it('every warning code of the library is in the corpus', () => {
    const codes = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          // Warnings are the objects with a code and a message that a result lists.
          for (const m of text.matchAll(
            /code: '([a-z-]+)',\s*\n?\s*(?:line|path|message|figures)/g,
          ))
            codes.add(m[1]!);
        }
      }
    };
    // (The official form's blockers, in official-form/build.ts, have their own messages.)
    for (const dir of ['allocation', 'community-property']) walk(join(ROOT, 'src', dir));
    const efile = readFileSync(join(ROOT, 'src', 'official-form', 'efile.ts'), 'utf8');
    for (const m of efile.matchAll(/code: '([a-z-]+)'/g)) codes.add(m[1]!);
    expect([...codes].sort()).toEqual([...new Set(cases.map(([code]) => code))].sort());
  });

  for (const [code, warnings] of cases) {
    it(`${code}: the page's message of its own, plain`, () => {
      const found = warnings.filter((w) => w.code === code);
      expect(found.length, JSON.stringify(warnings.map((w) => w.code))).toBeGreaterThan(0);
      for (const w of found) {
        const { id, text } = explainWarning(w);
        expect(id, w.message).not.toBe('warning.other');
        expect(technical(text)).toEqual([]);
      }
    });
  }

  it('the e-file rule on the credits gives both figures', () => {
    const w = cases
      .find(([code]) => code === 'efile-reject')![1]
      .find((x) => x.code === 'efile-reject')!;
    expect(explainWarning(w).id).toBe('warning.efileCredits');
  });

  it('every stop reason has its advice, and the form of a stop has no case field names', () => {
    const state = stateOf(BASE);
    expect(caseFromState(state)).toBeTruthy();
    for (const text of Object.values(en.stops)) expect(technical(text)).toEqual([]);
  });
});
