/**
 * The browser app's model without a browser: a case read into the form (app/src/form-state.ts)
 * and written back gives the CLI's result, byte for byte, and the CLI's messages, each shown at a
 * field of the form; a case file opened in the app gives the CLI's message.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCases } from '../bench/generate.js';
import { Prng } from '../bench/prng.js';
import { readCaseFile } from '../app/src/case-file.js';
import { cliProblemLines, evaluate, resultJsonText } from '../app/src/evaluate.js';
import {
  JOINT_RETURN_FIELDS,
  PART_I_FIELDS,
  caseFileText,
  caseFromState,
  emptyState,
  fieldForPath,
  newItem,
  stateFromCase,
  type FormState,
} from '../app/src/form-state.js';
import { LINE_GROUPS } from '../app/src/line-groups.js';
import { en } from '../app/src/i18n/en.js';
import { ITEM_KINDS, renderWorksheet, validateCase, type CaseInput } from '../src/index.js';
import { JOINT_RETURN_LINES, caseSchema } from '../src/input/schema.js';
import { tempDir } from './cli-helpers.js';
import { runCliInProcess } from './cli-in-process.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = 1000;
const SEED = 13;

/** What the CLI said: the result on stdout, or its problem lines without the prefix. */
async function cli(file: string): Promise<{ stdout: string; lines: string[] }> {
  const run = await runCliInProcess(['allocate', file]);
  const lines = run.stderr
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^form8379: /, ''));
  expect(run.code, run.stderr).toBe(run.stdout === '' ? 2 : 0);
  return { stdout: run.stdout, lines };
}

/**
 * The validated case, without what the form writes differently but the library reads the same:
 * `shownFirst: false` (only `true` is read).
 */
function comparable(input: unknown): unknown {
  const c = structuredClone(validateCase(input)) as {
    spouses: Record<string, { shownFirst?: boolean }>;
  };
  for (const s of Object.values(c.spouses)) if (s.shownFirst === false) delete s.shownFirst;
  return c;
}

const BAD_AMOUNTS = ['12x', '61,25', '$5', '', '1.234', '1e5', '-5', ' 40', '(100)'];

/**
 * A generated case made wrong in one of the ways a user gets a case wrong, or left valid: a bad
 * amount, a Part I line 6 answer that may contradict the items, a missing name, an unsupported
 * year, both spouses shown first.
 */
function variant(c: CaseInput, rng: Prng): CaseInput {
  const r = rng.float();
  const copy = structuredClone(c) as CaseInput & { items: NonNullable<CaseInput['items']> };
  if (r < 0.15 && copy.items.length > 0) {
    const item = rng.pick(copy.items);
    const field = rng.pick(['amount', 'withholding'] as const);
    // An optional amount given as "" cannot be shown apart from no amount (see below).
    const bad = rng.pick(BAD_AMOUNTS.filter((a) => field === 'amount' || a !== ''));
    if (field === 'amount' || item.kind !== 'withholding') item[field] = bad;
  } else if (r < 0.25) {
    copy.partI = { ...copy.partI, madePayments: rng.chance(0.5) };
  } else if (r < 0.28) {
    copy.spouses.other.name = ' ';
  } else if (r < 0.3) {
    copy.taxYear = 2017;
  } else if (r < 0.32) {
    copy.spouses.injured.shownFirst = true;
    copy.communityProperty = { states: [], wholeYear: false };
  }
  return copy;
}

describe('the form state of the browser app', () => {
  it('has a field for every case field the schema has', () => {
    const shape = caseSchema.shape;
    expect(Object.keys(shape.partI.shape)).toEqual([...PART_I_FIELDS]);
    expect([...JOINT_RETURN_FIELDS].sort()).toEqual(Object.keys(JOINT_RETURN_LINES).sort());
    expect(LINE_GROUPS.map((g) => g.kind).sort()).toEqual([...ITEM_KINDS].sort());
  });

  it(`gives the CLI's result and messages on ${CASES} generated cases, read into the form and saved`, async () => {
    const rng = new Prng(SEED);
    const cases = generateCases(SEED, CASES).map((c) => variant(c, rng));
    let allocated = 0;
    let invalid = 0;
    for (const [i, original] of cases.entries()) {
      const file = join(dir, `case-${i}.json`);
      writeFileSync(file, JSON.stringify(original, null, 2));
      const { state, unrepresented } = stateFromCase(original);
      expect(unrepresented, `case ${i}`).toEqual([]);
      // The saved file is what the form stands for.
      const saved = join(dir, `saved-${i}.json`);
      writeFileSync(saved, caseFileText(state));
      const form = evaluate(state);
      const fromFile = await cli(file);
      const fromSaved = await cli(saved);
      if (fromFile.stdout !== '') {
        allocated++;
        expect(form.result, `case ${i}: ${form.issues.map((x) => x.message).join('; ')}`).not.toBe(
          null,
        );
        expect(resultJsonText(form.result!)).toBe(fromFile.stdout);
        expect(fromSaved.stdout).toBe(fromFile.stdout);
        expect(comparable(caseFromState(state))).toEqual(comparable(original));
        // The JSON result leaves the input out; the worksheet prints it (names, descriptions).
        if (i % 20 === 0) {
          const options = { format: 'html', preparedDate: '2025-03-14' } as const;
          const html = join(dir, `worksheet-${i}.html`);
          const run = await runCliInProcess([
            'allocate',
            file,
            '--format',
            'html',
            '--date',
            '2025-03-14',
            '--out',
            html,
            '--quiet',
          ]);
          expect(run.code).toBe(0);
          const { readFileSync } = await import('node:fs');
          expect(renderWorksheet(form.result!, options)).toBe(readFileSync(html, 'utf8'));
        }
      } else {
        invalid++;
        expect(form.result).toBe(null);
        expect(cliProblemLines(form.issues, file)).toEqual(fromFile.lines);
        expect(cliProblemLines(form.issues, saved)).toEqual(fromSaved.lines);
        // Every message has a field of the form to be shown at.
        for (const issue of form.issues) {
          expect(fieldForPath(state, issue.path), `case ${i}: ${issue.path}`).not.toBe(null);
        }
      }
    }
    // Both outcomes in numbers; the counts are fixed by the seed.
    expect([allocated, invalid]).toEqual([738, 262]);
  }, 300_000);

  it('reads the README minimal case into a form that allocates it as the CLI does', async () => {
    const minimal = {
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
    const { state, unrepresented } = stateFromCase(minimal);
    expect(unrepresented).toEqual([]);
    expect(evaluate(state).result?.summary.injuredSpouseRefund).toBe('1819.00');
    expect(caseFromState(state)).toEqual({ ...minimal, deduction: { kind: 'standard' } });
  });

  it('an empty form: the schema says what is missing, each at its field', () => {
    const state = emptyState();
    const item = newItem(state, 'wages');
    state.items.push(item);
    const { issues, result, stop } = evaluate(state);
    expect(result).toBe(null);
    expect(stop).toBe(null);
    expect(issues.map((i) => [i.path, i.message, fieldForPath(state, i.path)])).toEqual([
      ['taxYear', 'required: expected the tax year as a number, e.g. 2024', 'taxYear'],
      ['spouses.injured.name', 'the name must not be empty', 'spouses.injured.name'],
      ['spouses.other.name', 'the name must not be empty', 'spouses.other.name'],
      [
        'partI.jointReturn',
        'required: expected true or false (Form 8379 line 2)',
        'partI.jointReturn',
      ],
      [
        'partI.debtOwedOnlyBySpouse',
        'required: expected true or false (Form 8379 line 3)',
        'partI.debtOwedOnlyBySpouse',
      ],
      [
        'partI.injuredLegallyObligated',
        'required: expected true or false (Form 8379 line 4)',
        'partI.injuredLegallyObligated',
      ],
      [
        'items[0].spouse',
        'required: expected a spouse, one of injured, other, joint',
        `items.${item.id}.spouse`,
      ],
      ['items[0].amount', 'expected an amount, got an empty string', `items.${item.id}.amount`],
    ]);
  });

  it('a Part I answer that stops the claim is the stop before the rest is filled in', () => {
    const state: FormState = emptyState();
    state.partI.jointReturn = 'yes';
    state.partI.debtOwedOnlyBySpouse = 'yes';
    state.partI.injuredLegallyObligated = 'yes';
    expect(evaluate(state).stop).toEqual({
      line: 4,
      reason: 'legally-obligated',
      advice:
        'You are not an injured spouse for a debt you are liable for. For a joint federal tax liability, consider innocent spouse relief (Form 8857).',
    });
    state.partI.injuredLegallyObligated = 'no';
    expect(evaluate(state).stop).toBe(null);
    state.partI.debtOwedOnlyBySpouse = 'no';
    expect(evaluate(state).stop).toEqual({
      line: 3,
      reason: 'no-separate-debt',
      advice:
        'Form 8379 applies only when the overpayment pays a past-due debt owed by your spouse alone.',
    });
    state.partI.jointReturn = 'no';
    expect(evaluate(state).stop?.reason).toBe('not-joint-return');
  });

  it('lists what the form cannot hold instead of dropping it', () => {
    expect(stateFromCase([]).unrepresented).toEqual(['(root)']);
    const { unrepresented } = stateFromCase({
      taxYear: '2024',
      alimony: 1,
      spouses: { injured: { name: 'A', ssn: '' }, other: { nick: 'B' } },
      partI: { jointReturn: 'yes' },
      items: [{ kind: 'wages', spouse: 'both', amount: true }, { kind: 'gift' }],
      debts: [{ type: 'childSupport' }],
    });
    expect(unrepresented).toEqual([
      'alimony',
      'taxYear',
      'spouses.injured.ssn',
      'spouses.other.nick',
      'spouses.other.name',
      'partI.jointReturn',
      'items[0].spouse',
      'items[0].amount',
      'items[1].kind',
      'debts[0].amount',
    ]);
  });
});

describe('a case file opened in the browser app', () => {
  const f = en.fileProblems;
  /** Each file, the page's own message, and the line and column the CLI names for it. */
  const files: [string, Uint8Array, string, string][] = [
    [
      'not-json.json',
      Buffer.from('{\n  "taxYear": 2024\n  "items": []\n}\n'),
      f.notCase(3, 3),
      '3:3',
    ],
    [
      'duplicate.json',
      Buffer.from('{"taxYear": 2024,\n "taxYear": 2025}'),
      f.twice(2, 2, 1),
      '2:2',
    ],
    [
      'latin1.json',
      Buffer.from([0x7b, 0x0a, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
      f.notText(2, 3),
      '2:3',
    ],
    ['bom.json', Buffer.from('\ufeff{"taxYear": 2024, "x": [}'), f.notCase(1, 25), '1:25'],
    [
      'inexact.json',
      Buffer.from('{"taxYear": 2024.000000000000001}'),
      f.inexact(1, 13, '2024.000000000000001'),
      '1:13',
    ],
    ['empty.json', Buffer.from(''), f.empty, '1:1'],
  ];
  for (const [name, bytes, message, where] of files) {
    it(`${name}: the page's message, at the line and column the CLI names`, async () => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      expect(readCaseFile(new Uint8Array(bytes))).toEqual({ ok: false, message });
      const [line] = (await cli(file)).lines;
      expect(line).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${where}: `),
      );
    });
  }

  it('over a limit of the library (src/input/limits.ts): refused before the form is built, with the limit and what was read', () => {
    const read = (json: string) => readCaseFile(new TextEncoder().encode(json));
    const message = (json: string) => {
      const r = read(json);
      return r.ok ? '' : r.message;
    };
    expect(message(`{"items":[${Array(1001).fill('{}').join(',')}]}`)).toBe(
      'The file lists 1,001 items; a case can have at most 1,000. A joint return has far fewer: combine small items of one kind and spouse.',
    );
    expect(read(`{"items":[${Array(1000).fill('{}').join(',')}]}`).ok).toBe(true);
    expect(message(`{"debts":[${Array(101).fill('{}').join(',')}]}`)).toContain(
      'The file lists 101 debts; a case can have at most 100.',
    );
    expect(message(`{"spouses":{"other":{"name":"${'n'.repeat(201)}"}}}`)).toBe(
      'The other spouse’s name in the file is 201 characters long; a name can have at most 200.',
    );
    expect(read(`{"spouses":{"other":{"name":"${'n'.repeat(200)}"}}}`).ok).toBe(true);
    expect(message(`{"title":"${'t'.repeat(1001)}"}`)).toBe(
      'A text in the file (the title) is 1,001 characters long; a title or description can have at most 1,000.',
    );
    expect(message(`{"items":[{"description":"${'\\u001b'.repeat(1001)}"}]}`)).toContain(
      '(line 1 of the return) is 1,001 characters long',
    );
    // The expected figures of a reference case are kept, not shown: only their depth counts.
    expect(read(`{"expected":{"note":"${'x'.repeat(5000)}"}}`).ok).toBe(true);
    expect(message(`{"expected":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe(
      'The file nests lists inside lists more deeply than a case file does: check that this is a case file.',
    );
    const big = new Uint8Array(1024 * 1024 + 1).fill(0x20);
    expect(readCaseFile(big)).toEqual({
      ok: false,
      message:
        'The file is 1,048,577 bytes; a case file can be at most 1 MB (1,048,576 bytes). A case of 1,000 lines is about 100 KB: check that this is a case file.',
    });
  });

  it('a valid file is its JSON', () => {
    const opened = readCaseFile(new TextEncoder().encode('\ufeff{"taxYear": 2024}'));
    expect(opened).toEqual({ ok: true, json: { taxYear: 2024 } });
  });
});
