/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The browser app as built (dist/app/form8379.html, `npm run build:app`), opened from disk in
 * Debian's Chromium: every reference case opened through "Open case file" shows its expected
 * refund; the README's minimal case typed in field by field gives the CLI's refund, and the saved
 * case and result are the CLI's bytes; a wrong amount shows the page's plain message at its field; a
 * Part I answer that stops the claim shows why; the worksheet prints alone on at most 3 pages with
 * the refund on page 1; no request leaves the page; axe-core finds no problem of any impact, at
 * desktop and phone width. (A person's whole pass, key by key: test/browser/app-person.test.ts.) Screenshots and PDFs go to test-output/ for a human to look at.
 *
 * The tests' global setup (test/setup/build-artifacts.ts) builds the app; a missing app fails the
 * test. Outside CI the test is skipped, with a message, when Chromium is missing; with CI set it
 * always runs, so a missing Chromium fails it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { LINE_GROUPS } from '../../app/src/line-groups.js';
import { allocate, safeValidateCase, type CaseInput } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { ROOT, tempDir } from '../cli-helpers.js';
import { runCliInProcess } from '../cli-in-process.js';
import { referenceCases } from '../helpers.js';
import { readPdfText } from './pdf-text.js';
import {
  accessibility,
  APP_URL,
  MISSING,
  OUT,
  launchChromium,
  skipWithoutChromium,
} from './app-page.js';

const SKIP = skipWithoutChromium('the browser app test');
const MAX_PAGES = 3;

/** The README's minimal case, as its text shows it. */
function readmeMinimalCase(): CaseInput {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /## The case format[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no minimal case');
  return JSON.parse(block) as CaseInput;
}

/** The CLI on a case file: its standard output (the JSON result) and its problem lines. */
async function cliOn(file: string): Promise<{ stdout: string; lines: string[] }> {
  const run = await runCliInProcess(['allocate', file]);
  return {
    stdout: run.stdout,
    lines: run.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/^form8379: /, '')),
  };
}

const refundOutput = (page: Page) => page.getByLabel('Estimated refund to the injured spouse');

// playwright-core has no test matchers: the page's state is polled until it holds.
const textOf = (l: Locator) => expect.poll(() => l.textContent());
const textsOf = (l: Locator) => expect.poll(() => l.allTextContents());
const hiddenness = (l: Locator) => expect.poll(() => l.isHidden());
const focusOf = (l: Locator) => expect.poll(() => l.evaluate((e) => e === document.activeElement));
const attributeOf = (l: Locator, name: string) => expect.poll(() => l.getAttribute(name));

const descriptionOf = (page: Page, l: Locator) =>
  expect.poll(async () => (await accessibility(page, l)).description);

describe.skipIf(SKIP)('the browser app (dist/app/form8379.html) in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const dir = tempDir();
  const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

  const openPage = async (viewport = { width: 1280, height: 900 }) => {
    page = await context.newPage();
    await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(APP_URL);
    await page.waitForSelector('#case-form');
    expect(errors).toEqual([]);
    return page;
  };

  /** Opens a case file through the page's file input, as a user picks it. */
  const openFile = async (name: string, bytes: Buffer) => {
    await page.getByLabel('Open case file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: bytes,
    });
    await textOf(page.locator('#file-status')).toContain(name);
  };

  /** Every violation axe-core finds, of any impact. */
  const axeViolations = async (): Promise<string[]> => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
        .axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
      };
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    });
    return violations.map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
  };

  /** The case files, behind their one line at the top of the page. */
  const showFiles = async () => {
    const files = page.locator('#files');
    if (!(await files.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await files.locator('summary').click();
    }
  };
  const loadExample = async (name: string) => {
    await showFiles();
    await page.getByLabel('Example').selectOption(name);
    await page.getByRole('button', { name: 'Load the example' }).click();
  };
  const startNewCase = async () => {
    await showFiles();
    await page.getByRole('button', { name: en.files.newCase }).click();
  };
  /** What the answer says of an empty form: no figure, and all that is missing. */
  const NOTHING_YET = en.answer.noFigure(
    'the tax year, answers in Part I, your name, your spouse’s name, line 34 of the return, the debt',
  );

  beforeAll(async () => {
    expect(MISSING, 'the browser app test needs Chromium and the built app in CI').toEqual([]);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    // Every request of every page: only the app's own file may be read.
    context.on('request', (r) => requests.push(r.url()));
    // A request the page's policy blocked fires no request event: record the attempt too.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        // zod asks whether eval is available; that is not a request.
        if (e.blockedURI !== 'eval') seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    mkdirSync(OUT, { recursive: true });
    await openPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const cases = referenceCases();

  it('has the reference cases to open', () => {
    expect(cases.length).toBe(16);
  });

  for (const { file, json } of cases) {
    it(`${file}: opened through "Open case file", shows the expected refund`, async () => {
      await openFile(file, readFileSync(join(ROOT, 'test', 'fixtures', 'cases', file)));
      const expected = displayMoney(
        (json.expected as { injuredSpouseRefund: string }).injuredSpouseRefund,
      );
      await textOf(page.locator('#file-status')).toBe(`Opened ${file}.`);
      await textOf(refundOutput(page)).toBe(expected);
      // The worksheet below shows the same refund, on its page 1.
      await textOf(page.locator('#worksheet .refund-amount')).toBe(expected);
    });
  }

  it('the bundled examples load, each with its refund, under a title a person understands', async () => {
    await showFiles();
    const names = await page
      .getByLabel('Example')
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    // The example the page offers first is the one docs/app.png shows.
    expect(names).toEqual([
      'two-earners-child-support',
      'eic-family',
      'self-employed-estimated-payments',
      'texas-couple',
      'arizona-couple',
    ]);
    expect(await page.getByLabel('Example').locator('option').allTextContents()).toEqual(
      names.map((n) => en.examples[n]),
    );
    for (const name of names) {
      const json = JSON.parse(
        readFileSync(join(ROOT, 'examples', name, 'case.json'), 'utf8'),
      ) as CaseInput;
      await loadExample(name);
      await textOf(refundOutput(page)).toBe(
        displayMoney(allocate(json).summary.injuredSpouseRefund),
      );
    }
  });

  it("the README's minimal case typed in field by field gives the CLI's refund, and the saved case and result are the CLI's", async () => {
    const minimal = readmeMinimalCase();
    const readmeFile = join(dir, 'readme-case.json');
    writeFileSync(readmeFile, JSON.stringify(minimal, null, 2));
    const cli = await cliOn(readmeFile);
    const cliRefund = (JSON.parse(cli.stdout) as { summary: { injuredSpouseRefund: string } })
      .summary.injuredSpouseRefund;
    expect(cliRefund).toBe('1819.00');

    await startNewCase();
    await textOf(refundOutput(page)).toBe(NOTHING_YET);
    await page
      .getByLabel('Line 1. Tax year of the joint return')
      .pressSequentially(String(minimal.taxYear));
    for (const role of ['injured', 'other'] as const) {
      await page
        .getByRole('group', { name: en.spouses[role] })
        .getByLabel('Name as shown on the return')
        .pressSequentially(minimal.spouses[role].name);
    }
    const answer = async (question: string, yes: boolean) =>
      page
        .getByRole('group', { name: question })
        .getByLabel(yes ? 'Yes' : 'No')
        .check();
    await answer('Line 2. Did (or will) you file a joint return?', minimal.partI.jointReturn);
    await answer(
      'Line 3. Did (or will) the IRS use the joint overpayment to pay a past-due debt owed only by your spouse (federal tax, state income tax, state unemployment compensation, child support, spousal support, or a federal nontax debt such as a student loan)?',
      minimal.partI.debtOwedOnlyBySpouse,
    );
    await answer(
      'Line 4. Are you legally obligated to pay this past-due amount?',
      minimal.partI.injuredLegallyObligated,
    );

    const owners = { injured: en.items.you, other: en.items.spouse, joint: en.items.both };
    const rows = new Map<string, number>();
    for (const item of minimal.items ?? []) {
      const group = LINE_GROUPS.find((g) => g.kind === item.kind)!;
      await page.getByLabel(en.items.add).selectOption(item.kind);
      await page.getByRole('button', { name: en.items.addButton, exact: true }).click();
      const n = (rows.get(item.kind) ?? 0) + 1;
      rows.set(item.kind, n);
      const row = page.getByRole('group', {
        name: `${group.noun[0]!.toUpperCase()}${group.noun.slice(1)} ${n}`,
        exact: true,
      });
      // Adding a line takes the focus to its first question, whose it is.
      const owner = row.getByRole('group', { name: en.items.owner });
      await expect.poll(() => owner.evaluate((g) => g.contains(document.activeElement))).toBe(true);
      await owner.getByLabel(owners[item.spouse], { exact: true }).check();
      await row.getByLabel('Amount', { exact: true }).pressSequentially(String(item.amount));
      // A joint item asks for the agreed split (blank: equally).
      expect(await row.getByLabel(en.items.injuredShare).isVisible()).toBe(item.spouse === 'joint');
      if (item.withholding !== undefined) {
        await row.getByLabel('Federal tax withheld').pressSequentially(String(item.withholding));
      }
    }
    for (const [i, debt] of (minimal.debts ?? []).entries()) {
      await page.getByRole('button', { name: en.debts.add }).click();
      const row = page.getByRole('group', { name: `Debt ${i + 1}`, exact: true });
      await row.getByLabel(en.debts.types[debt.type], { exact: true }).check();
      await row.getByLabel('Past-due amount').pressSequentially(String(debt.amount));
    }
    // Every field is given, but not the return's line 34: the answer is only "so far".
    await textOf(refundOutput(page)).toBe(
      en.answer.soFar(displayMoney(cliRefund), 'line 34 of the return'),
    );
    await page.getByLabel(en.items.noReturn).check();
    await textOf(refundOutput(page)).toBe(displayMoney(cliRefund));
    await hiddenness(page.locator('.missing')).toBe(true);

    // The result saved from the page is the CLI's output for the README's case, byte for byte.
    const resultDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: en.answer.saveResult }).click();
    const resultFile = join(dir, 'result.json');
    await (await resultDownload).saveAs(resultFile);
    expect(readFileSync(resultFile, 'utf8')).toBe(cli.stdout);
    // And the case saved from the page gives the CLI that same output.
    const caseDownload = page.waitForEvent('download');
    await showFiles();
    await page.getByRole('button', { name: en.files.save }).click();
    const savedCase = join(dir, 'saved-case.json');
    await (await caseDownload).saveAs(savedCase);
    expect((await cliOn(savedCase)).stdout).toBe(cli.stdout);
    await page.screenshot({ path: join(OUT, 'app-readme-case.png'), fullPage: true });
  }, 120_000);

  it('keeps the two names outside checks rely on', async () => {
    const refund = page.locator('#refund');
    expect(await accessibility(page, refund)).toEqual({
      name: 'Estimated refund to the injured spouse',
      description: '',
    });
    await textOf(
      page.getByRole('status', { name: 'Estimated refund to the injured spouse' }),
    ).toContain('$1,819.00');
    expect((await accessibility(page, page.locator('#open-file'))).name).toBe('Open case file');
  });

  it("a wrong amount shows the page's own message at that field, naming the mistake, and the answer waits", async () => {
    const row = page.getByRole('group', { name: 'Wages 1', exact: true });
    const amount = row.getByLabel('Amount', { exact: true });
    await amount.fill('');
    await amount.pressSequentially('52,00');
    // The library reports that field; the page says it in its own words.
    const minimal = readmeMinimalCase();
    const wrong = structuredClone(minimal);
    wrong.items![0]!.amount = '52,00';
    const checked = safeValidateCase(wrong);
    expect(checked.ok ? [] : checked.issues.map((i) => i.path)).toEqual(['items[0].amount']);
    const message = en.problems.amount.decimalComma('52,00', '52.00');
    expect(message).toBe('Use a point for cents, not a decimal comma: type 52.00 for 52,00.');

    await attributeOf(amount, 'aria-invalid').toBe('true');
    await descriptionOf(page, amount).toBe(message);
    await textOf(row.locator('.field-error:visible')).toBe(message);
    await textOf(refundOutput(page)).toBe(en.answer.noFigure('1 answer to fix'));
    await textOf(page.locator('.missing .problems')).toBe(`Wages 1: Amount: ${message}`);
    // The message is under its input: the row's inputs stay in line.
    const top = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().top);
    expect(await top(amount)).toBe(await top(row.getByLabel('Federal tax withheld')));
    await page.screenshot({ path: join(OUT, 'app-field-message-1280.png') });
    await amount.fill('52000');
    await attributeOf(amount, 'aria-invalid').toBe(null);
    await textOf(refundOutput(page)).toBe('$1,819.00');

    // A total from the return that the lines do not give: a warning, in the page's words.
    const totals = { ...minimal, jointReturn: { totalIncome: '80000' } };
    expect(allocate(totals).warnings.map((w) => w.code)).toEqual(['return-figure-mismatch']);
    const warning = en.warnings.mismatch(
      '9',
      'total income',
      '$80,000.00',
      '$80,400.00',
      '$400.00',
    );
    await page.locator('#totals > summary').click();
    await page.getByLabel('Line 9: total income').pressSequentially('80000');
    await textsOf(page.locator('ul.warnings li')).toEqual([warning]);
    await textOf(refundOutput(page)).toBe('$1,819.00');
    await page.getByLabel('Line 9: total income').fill('');
    await hiddenness(page.locator('ul.warnings')).toBe(true);
  });

  it('a Part I answer that stops the claim shows the stop reason at once, and the rest of the form goes', async () => {
    await startNewCase();
    const probe = allocate({
      taxYear: 2024,
      spouses: { injured: { name: 'A' }, other: { name: 'B' } },
      partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: true },
    });
    expect(probe.eligibility.stopReason).toBe('legally-obligated');
    const advice = en.stops['legally-obligated'];
    expect(advice).toContain('Form 8857');
    await page
      .getByRole('group', { name: 'Line 2. Did (or will) you file a joint return?' })
      .getByLabel('Yes')
      .check();
    await page
      .getByRole('group', { name: /^Line 3\./ })
      .getByLabel('Yes')
      .check();
    await hiddenness(page.locator('#part-ii')).toBe(false);
    await page
      .getByRole('group', { name: /^Line 4\./ })
      .getByLabel('Yes')
      .check();
    // Shown beside the question, before anything else is filled in, and in the answer.
    await textOf(page.locator('#part-i-stop')).toBe(
      `This answer ends the claim (Part I line 4). ${advice} ${en.partI.restHidden}`,
    );
    await textOf(page.locator('aside.answer .stop')).toBe(
      `Part I line 4: you are not an injured spouse for this return. ${advice}`,
    );
    await textOf(refundOutput(page)).toBe(en.answer.stopped);
    await hiddenness(page.locator('#part-ii')).toBe(true);
    await hiddenness(page.locator('#part-iii')).toBe(true);
    await page
      .getByRole('group', { name: /^Line 4\./ })
      .getByLabel('No')
      .check();
    await hiddenness(page.locator('#part-i-stop')).toBe(true);
    await hiddenness(page.locator('#part-ii')).toBe(false);
    // A debt both spouses owe: no injured spouse claim, and the pointer to innocent spouse relief.
    await page
      .getByRole('group', { name: /^Line 3\./ })
      .getByLabel('No')
      .check();
    await textOf(page.locator('#part-i-stop')).toBe(
      `This answer ends the claim (Part I line 3). Form 8379 is only for a refund taken for a debt your spouse owes alone. If the debt is a joint federal tax debt, see innocent spouse relief instead (Form 8857, Request for Innocent Spouse Relief). ${en.partI.restHidden}`,
    );
    // No refund taken at all: the start says Form 8379 is not needed, and Part I goes too.
    await page
      .getByRole('group', { name: en.start.question })
      .getByLabel(en.start.no, { exact: true })
      .check();
    await textOf(page.locator('.start .stop')).toBe(en.start.notForYou);
    await hiddenness(page.locator('#part-i')).toBe(true);
    await page.getByRole('group', { name: en.start.question }).getByLabel(en.start.taken).check();
    await hiddenness(page.locator('#part-i')).toBe(false);
  });

  it("a file that is not a case gets the page's message at the CLI's line and column; a wrong case is opened with its messages at the fields", async () => {
    const broken = Buffer.from('{\n  "taxYear": 2024\n  "items": []\n}\n');
    const brokenFile = join(dir, 'broken.json');
    writeFileSync(brokenFile, broken);
    const cliBroken = (await cliOn(brokenFile)).lines.map((l) =>
      l.replace(brokenFile, 'broken.json'),
    );
    expect(cliBroken).toEqual([
      "broken.json:3:3: invalid JSON: expected ',' or '}' after a property value, got '\"'",
    ]);
    await openFile('broken.json', broken);
    await textsOf(page.locator('#file-status li')).toEqual([en.fileProblems.notCase(3, 3)]);

    const wrong = structuredClone(readmeMinimalCase());
    wrong.items![1]!.amount = '$28,000';
    wrong.debts![0]!.type = 'childSupport';
    const wrongBytes = Buffer.from(JSON.stringify(wrong, null, 2));
    const wrongFile = join(dir, 'wrong.json');
    writeFileSync(wrongFile, wrongBytes);
    const cliWrong = (await cliOn(wrongFile)).lines.map((l) => l.replace(wrongFile, 'wrong.json'));
    expect(cliWrong).toEqual([
      'wrong.json: items[1].amount: expected an amount without the dollar sign, e.g. "61,250.00", got "$28,000"',
    ]);
    await openFile('wrong.json', wrongBytes);
    const message = en.problems.amount.dollarSign('28,000');
    await textOf(page.locator('#file-status p')).toBe(en.files.openedWithProblems('wrong.json', 1));
    await textsOf(page.locator('#file-status li')).toEqual([`Wages 2: Amount: ${message}`]);
    await descriptionOf(
      page,
      page
        .getByRole('group', { name: 'Wages 2', exact: true })
        .getByLabel('Amount', { exact: true }),
    ).toBe(message);
  });

  describe('big and hostile files (issue 19 §5): the limits of the CLI, said at the file control', () => {
    /** Opens `bytes` as `name` and waits for the status; the wall time from choosing it. */
    const timedOpen = async (name: string, bytes: Buffer): Promise<number> => {
      const start = Date.now();
      await openFile(name, bytes);
      return Date.now() - start;
    };
    /**
     * Still usable: an example loads and its refund shows. (By the select's id: Playwright's
     * search by label reads every label of the page, seconds on a page of 1,000 rows.)
     */
    const stillUsable = async () => {
      await showFiles();
      await page.locator('#example').selectOption('two-earners-child-support');
      await page.getByRole('button', { name: 'Load the example' }).click();
      await textOf(page.locator('#refund')).toBe('$1,819.00');
    };
    const withName = (name: string) => {
      const c = structuredClone(readmeMinimalCase());
      c.spouses.injured.name = name;
      return c;
    };

    it('says the limits at the file control, as its description', async () => {
      expect((await accessibility(page, page.locator('#open-file'))).description).toContain(
        'Case files up to 1 MB, 1,000 items and 100 debts',
      );
    });

    it('a case with 100,000 debts (300 KB) is refused at the control at once, before any row is built', async () => {
      const json = `${JSON.stringify({ ...readmeMinimalCase(), debts: [] }).slice(0, -3)}[${Array(100_000).fill('{}').join(',')}]}`;
      expect(JSON.parse(json).debts.length).toBe(100_000);
      const ms = await timedOpen('many-debts.json', Buffer.from(json));
      await textOf(page.locator('#file-status')).toBe(
        `many-debts.json was not opened:${en.fileProblems.tooManyDebts(100_000, 100)}`,
      );
      expect(ms).toBeLessThan(10_000);
      expect(await page.locator('fieldset.row').count()).toBeLessThan(10);
      await stillUsable();
    });

    it('a case with 100,000 items is refused the same way', async () => {
      const json = `{"taxYear":2024,"items":[${Array(100_000).fill('{}').join(',')}]}`;
      const ms = await timedOpen('many-items.json', Buffer.from(json));
      await textOf(page.locator('#file-status')).toContain('The file lists 100,000 items');
      expect(ms).toBeLessThan(10_000);
      await stillUsable();
    });

    it('a 10 MB name is refused by the file size, without reading the file', async () => {
      const bytes = Buffer.from(JSON.stringify(withName('A'.repeat(10 * 1024 * 1024))));
      const ms = await timedOpen('huge-name.json', bytes);
      await textOf(page.locator('#file-status')).toBe(
        `huge-name.json was not opened:${en.fileProblems.tooBig(bytes.length)}`,
      );
      expect(ms).toBeLessThan(10_000);
      await stillUsable();
    });

    it('a name of 300,000 characters and a description of 100,000 escape sequences, each under 1 MB, are refused by their length', async () => {
      const ms = await timedOpen(
        'long-name.json',
        Buffer.from(JSON.stringify(withName('B'.repeat(300_000)))),
      );
      await textOf(page.locator('#file-status')).toContain(
        'The injured spouse’s name in the file is 300,000 characters long; a name can have at most 200.',
      );
      const escapes = structuredClone(readmeMinimalCase());
      escapes.items![0]!.description = '\u001b[2J\u001b]8;;x\u0007'.repeat(20_000);
      const bytes = Buffer.from(JSON.stringify(escapes));
      expect(bytes.length).toBeLessThan(1024 * 1024);
      const ms2 = await timedOpen('escapes.json', bytes);
      await textOf(page.locator('#file-status')).toContain(
        'A text in the file (line 1 of the return) is 220,000 characters long',
      );
      expect(ms + ms2).toBeLessThan(10_000);
      await stillUsable();
    });

    it('a case of 1,000 items (the most) opens and shows its answer within seconds', async () => {
      const c = structuredClone(readmeMinimalCase());
      c.items = Array.from({ length: 1000 }, (_, i) => ({
        kind: 'wages' as const,
        spouse: i % 2 === 0 ? ('injured' as const) : ('other' as const),
        amount: '80',
        withholding: '9',
        description: `W-2 ${i + 1}`,
      }));
      const expected = displayMoney(allocate(c).summary.injuredSpouseRefund);
      const start = Date.now();
      await openFile('thousand-items.json', Buffer.from(JSON.stringify(c)));
      // By id, for the same reason as stillUsable (its label is checked by another test).
      await textOf(page.locator('#refund')).toBe(expected);
      expect(Date.now() - start).toBeLessThan(10_000);
      expect(await page.locator('fieldset.row').count()).toBe(1001);
      await stillUsable();
    }, 60_000);

    it('control characters in a name or description are shown escaped, as the CLI shows them, and kept as they were', async () => {
      const c = structuredClone(readmeMinimalCase());
      c.spouses.other.name = 'Chris\u001b[31m Reyes\u202e';
      c.items![0]!.description = 'Acme\u0007 W-2';
      await openFile('controls.json', Buffer.from(JSON.stringify(c)));
      const other = page
        .getByRole('group', { name: en.spouses.other })
        .getByLabel('Name as shown on the return');
      expect(await other.inputValue()).toBe('Chris\\u001b[31m Reyes\\u202e');
      expect(
        await page
          .getByRole('group', { name: 'Wages 1', exact: true })
          .getByLabel('Description (optional)')
          .inputValue(),
      ).toBe('Acme\\u0007 W-2');
      // Saved unchanged: the escapes are only how the page shows them.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: en.files.save }).click();
      const saved = join(dir, 'controls-saved.json');
      await (await download).saveAs(saved);
      const back = JSON.parse(readFileSync(saved, 'utf8')) as CaseInput;
      expect(back.spouses.other.name).toBe('Chris\u001b[31m Reyes\u202e');
      expect(back.items![0]!.description).toBe('Acme\u0007 W-2');
    });
  });

  it(`prints only the worksheet, on at most ${MAX_PAGES} pages with the refund on page 1, for every reference case`, async () => {
    // The Print button prints the page, whose print style shows the worksheet alone.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    for (const { file, json } of cases) {
      await openFile(file, readFileSync(join(ROOT, 'test', 'fixtures', 'cases', file)));
      const refund = displayMoney(
        (json.expected as { injuredSpouseRefund: string }).injuredSpouseRefund,
      );
      await textOf(refundOutput(page)).toBe(refund);
      await page.getByRole('button', { name: 'Print the worksheet' }).click();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      writeFileSync(join(OUT, `app-print-${file.replace(/\.json$/, '')}.pdf`), pdf);
      const printed = readPdfText(pdf);
      expect(printed.pageCount, file).toBeGreaterThanOrEqual(1);
      expect(printed.pageCount, file).toBeLessThanOrEqual(MAX_PAGES);
      const first = (printed.pages[0] ?? '').replace(/\s+/g, '');
      const injured = (json.spouses as { injured: { name: string } }).injured.name;
      expect(first, file).toContain(
        `Estimatedrefundtotheinjuredspouse,${injured.replace(/\s+/g, '')}${refund}`,
      );
      // The page's own form and answer are not printed.
      const all = printed.pages.join('').replace(/\s+/g, '');
      expect(all).not.toContain('Opencasefile');
      expect(all).not.toContain('PartI:shouldyoufileForm8379?');
      expect(all).not.toContain('Estimatedrefundtotheinjuredspouse$');
    }
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
      cases.length,
    );
  }, 120_000);

  it('stores nothing unless asked, and forgets when asked', async () => {
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await loadExample('texas-couple');
    const refund = await refundOutput(page).textContent();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByLabel('Remember this case on this computer').check();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['form8379.case']);
    await page.reload();
    await textOf(page.locator('#file-status')).toBe(
      'Restored the case remembered on this computer.',
    );
    await textOf(refundOutput(page)).toBe(refund!);
    expect(await page.getByLabel('Remember this case on this computer').isChecked()).toBe(true);
    await page.getByLabel('Remember this case on this computer').uncheck();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await textOf(refundOutput(page)).toBe(NOTHING_YET);
  });

  it('has no accessibility problem of any impact (axe-core), empty, filled in and with messages', async () => {
    expect(await axeViolations()).toEqual([]);
    await loadExample('arizona-couple');
    await textOf(refundOutput(page)).toBe('$125.00');
    expect(await axeViolations()).toEqual([]);
    await openFile(
      'wrong-amount.json',
      Buffer.from(JSON.stringify({ ...readmeMinimalCase(), taxYear: 2017 })),
    );
    expect(await axeViolations()).toEqual([]);
  }, 120_000);

  it('is usable at phone width (and so at 400% zoom): nothing wider than the screen, the answer a bar at the bottom, keyboard focus moves into a new row', async () => {
    await page.close();
    await openPage({ width: 320, height: 640 });
    await loadExample('two-earners-child-support');
    await textOf(refundOutput(page)).toBe('$1,819.00');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    // The answer is a bar at the bottom of the screen, whatever is scrolled to.
    const bar = page.getByRole('complementary', { name: 'The answer' });
    const barBox = async () => bar.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect((await barBox()).bottom).toBe(640);
    await page.locator('#debts').scrollIntoViewIfNeeded();
    expect((await barBox()).bottom).toBe(640);
    expect((await barBox()).height).toBeLessThan(120);
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: join(OUT, 'app-phone.png'), fullPage: true });

    // Keyboard only: Enter on "Add a debt", choose its kind with an arrow key, type its amount.
    await page.getByRole('button', { name: 'Add a debt' }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('group', { name: 'Debt 2', exact: true });
    await focusOf(row.getByLabel(en.debts.types.federalTax)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await row.getByLabel(en.debts.types.childSupport).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await focusOf(row.getByLabel('Past-due amount')).toBe(true);
    await page.keyboard.type('100');
    expect(await row.getByLabel('Past-due amount').inputValue()).toBe('100');
  });

  it('made no request but for its own file, and the policy blocked none', async () => {
    expect(new Set(requests)).toEqual(new Set([APP_URL]));
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    // Only the page's one script runs, by its hash; nothing may be evaluated from a string (the
    // worksheet's templates are precompiled).
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toContain('unsafe-eval');
  });
});
