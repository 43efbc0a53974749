/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * A person alone with the browser app (issue 20), in Debian's Chromium at 390x844 and 1280x900:
 * an ordinary household (two wage earners, joint interest, one child, the other spouse's child
 * support taken from the refund) typed key by key with the keyboard only, from the start
 * question to the right figure; the case the page holds is the household's; the answer says "so
 * far" and what is missing until the case is complete; the first question is on the first screen
 * of a phone, nothing scrolls sideways, the worksheet preview fits, the answer is a bar that
 * follows and opens; axe-core finds no violation of any impact. The same pass with each common
 * mistake made and corrected, checking the message at the field. The number of key presses is
 * recorded here: 205 (80 of them Tab) before this page.
 *
 * Like test/browser/app.test.ts: the tests' global setup builds the app; outside CI the test is
 * skipped, with a message, when Chromium is missing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { type CaseInput } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { tempDir } from '../cli-helpers.js';
import { runCliInProcess } from '../cli-in-process.js';
import {
  FIGURE,
  HOUSEHOLD,
  MISSING,
  OUT,
  axeViolations,
  launchChromium,
  openApp,
  skipWithoutChromium,
} from './app-page.js';

const SKIP = skipWithoutChromium("the browser app's person test");

/** The key presses of a keyboard-only pass: every key counted, Tab on its own. */
class Keyboard {
  tabs = 0;
  others = 0;
  constructor(private readonly page: Page) {}
  get total(): number {
    return this.tabs + this.others;
  }
  async press(key: string): Promise<void> {
    if (key === 'Tab') this.tabs++;
    else this.others++;
    await this.page.keyboard.press(key);
  }
  /** Types `text` one key at a time (each character a key press). */
  async type(text: string, delay = 0): Promise<void> {
    for (const ch of text) {
      this.others++;
      await this.page.keyboard.type(ch, { delay });
      if (delay > 0) await this.page.waitForTimeout(delay);
    }
  }
  /** Tab until `target` has the focus (at most `max` presses). */
  async tabTo(target: Locator, max = 25): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((e) => e === document.activeElement)) return;
      await this.press('Tab');
    }
    if (await target.evaluate((e) => e === document.activeElement)) return;
    throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
  }
}

const textOf = (l: Locator) => expect.poll(() => l.textContent());

describe.skipIf(SKIP)('a person alone with the browser app (issue 20)', () => {
  let browser: Browser;
  let context: BrowserContext;
  const dir = tempDir();
  const errors: string[] = [];

  beforeAll(async () => {
    expect(MISSING).toEqual([]);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const openPage = (width: number, height: number) => openApp(context, width, height, errors);

  /** The case the page holds, as "Save the case to a file" writes it. */
  const heldCase = async (page: Page): Promise<unknown> => {
    const files = page.locator('#files');
    if (!(await files.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await files.locator('summary').click();
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en.files.save }).click();
    const file = join(dir, `held-${Date.now()}.json`);
    await (await download).saveAs(file);
    return JSON.parse(readFileSync(file, 'utf8'));
  };

  const refund = (page: Page) => page.locator('#refund');
  const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

  /**
   * The household, keyboard only, from a fresh page: each field reached with Tab, each answer
   * given with Space or an arrow, each figure typed. Checks on the way that the answer is "so
   * far" until the case is complete.
   */
  async function keyboardPass(page: Page): Promise<Keyboard> {
    const keys = new Keyboard(page);
    const soFar = async () =>
      expect(await refund(page).textContent()).toMatch(/^(So far|No figure yet)/);
    await keys.tabTo(page.getByLabel(en.start.taken));
    await keys.press('Space');
    await keys.tabTo(page.getByLabel(en.partI.taxYear));
    await keys.type('2024');
    for (const field of ['jointReturn', 'debtOwedOnlyBySpouse'] as const) {
      await keys.tabTo(page.locator(`#f-partI-${field}-yes`));
      await keys.press('Space');
    }
    await keys.tabTo(page.locator('#f-partI-injuredLegallyObligated-yes'));
    await keys.press('ArrowRight');
    expect(await page.locator('#f-partI-injuredLegallyObligated-no').isChecked()).toBe(true);
    await soFar();

    await keys.tabTo(page.locator('#f-spouses-injured-name'));
    await keys.type('Dana Reyes');
    await keys.tabTo(page.locator('#f-spouses-other-name'));
    await keys.type('Chris Reyes');
    await keys.tabTo(page.locator('#f-shownFirst-injured'));
    await keys.press('Space');

    await keys.tabTo(page.locator('#f-jointReturn-overpayment'));
    await keys.type('4817');
    await soFar();
    const addLine = async (typeAhead: string) => {
      await keys.tabTo(page.locator('#f-add-kind'));
      await keys.type(typeAhead);
      await keys.tabTo(page.locator('#f-add-item'));
      await keys.press('Enter');
    };
    // The list starts on wages: no key needed to choose them.
    await addLine('');
    await keys.press('Space'); // Yours
    await keys.tabTo(row(page, 'Wages 1').getByLabel('Amount', { exact: true }));
    await keys.type('52000');
    await keys.tabTo(row(page, 'Wages 1').getByLabel(en.items.withholding));
    await keys.type('6100');
    await addLine('');
    await keys.press('ArrowRight'); // Your spouse's
    await keys.tabTo(row(page, 'Wages 2').getByLabel('Amount', { exact: true }));
    await keys.type('28000');
    await keys.tabTo(row(page, 'Wages 2').getByLabel(en.items.withholding));
    await keys.type('2400');
    await addLine('t'); // Taxable interest
    await keys.press('ArrowRight');
    await keys.press('ArrowRight'); // Both of yours
    await keys.tabTo(row(page, 'Interest 1').getByLabel('Amount', { exact: true }));
    await keys.type('400');
    await addLine('ch'); // Child tax credit
    await keys.press('Space'); // Yours
    await keys.tabTo(row(page, 'Child tax credit 1').getByLabel('Amount', { exact: true }));
    await keys.type('2000');
    await soFar();
    // The lines now give line 34; only the debt is missing.
    await textOf(page.locator('#line34-progress')).toBe(en.items.progressDone('$4,817.00'));
    await textOf(refund(page)).toBe(en.answer.soFar(FIGURE, 'the debt'));

    await keys.tabTo(page.getByRole('button', { name: en.debts.add }));
    await keys.press('Enter');
    await keys.press('ArrowDown'); // Child support
    await keys.tabTo(row(page, 'Debt 1').getByLabel(en.debts.amount));
    await keys.type('3000');
    await textOf(refund(page)).toBe(FIGURE);
    return keys;
  }

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`at ${width}x${height}: the household, keyboard only, key by key, ends on the right figure; the page holds the household's case`, async () => {
      const page = await openPage(width, height);
      // The first question is on the first screen, above the answer bar.
      const question = page.getByRole('group', { name: en.start.question });
      const box = (await question.boundingBox())!;
      const bar = (await page.locator('#answer').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      if (width < 800) expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
      else expect(bar.x).toBeGreaterThan(box.x + box.width); // side by side

      const keys = await keyboardPass(page);
      // Recorded: fewer key presses than the 205 (80 of them Tab) of the page before; two Tabs
      // more since the language switch and its "Remember" box lead the page (issue 22).
      expect({ total: keys.total, tabs: keys.tabs }).toEqual({ total: 128, tabs: 51 });
      expect(keys.total).toBeLessThan(205);
      expect(keys.tabs).toBeLessThan(80);

      // The CLI gives the same figure for the case the page holds.
      const held = await heldCase(page);
      expect(held).toEqual(HOUSEHOLD);
      const file = join(dir, `household-${width}.json`);
      writeFileSync(file, JSON.stringify(held));
      const cli = await runCliInProcess(['allocate', file]);
      expect(
        displayMoney(
          (JSON.parse(cli.stdout) as { summary: { injuredSpouseRefund: string } }).summary
            .injuredSpouseRefund,
        ),
      ).toBe(FIGURE);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The worksheet preview fits the width: inside the viewport, nothing cut off inside it.
      const sheet = page.locator('#worksheet');
      await sheet.scrollIntoViewIfNeeded();
      await expect
        .poll(() => sheet.evaluate((h) => h.shadowRoot!.querySelector('.ws-html') !== null))
        .toBe(true);
      const fit = await sheet.evaluate((host) => {
        const inner = host.shadowRoot!.querySelector('.ws-html')!.getBoundingClientRect();
        const outer = host.getBoundingClientRect();
        return {
          right: outer.right,
          innerRight: inner.right,
          innerLeft: inner.left,
          left: outer.left,
          scrolls: host.scrollWidth > host.clientWidth,
        };
      });
      expect(fit.right).toBeLessThanOrEqual(width);
      expect(fit.innerLeft).toBeGreaterThanOrEqual(fit.left);
      expect(fit.innerRight).toBeLessThanOrEqual(fit.right);
      expect(fit.scrolls).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(OUT, `app-person-${width}.png`), fullPage: true });
      await page.close();
    }, 120_000);
  }

  it('at 390x844: the answer is a bar that follows the person and opens to the full answer; "What is missing?" goes to the first problem', async () => {
    const page = await openPage(390, 844);
    const bar = page.locator('#answer');
    const atBottom = async () => {
      const b = (await bar.boundingBox())!;
      return Math.round(b.y + b.height);
    };
    expect(await atBottom()).toBe(844);
    await page.locator('#debts').scrollIntoViewIfNeeded();
    expect(await atBottom()).toBe(844);
    expect(await page.locator('#answer-panel').isVisible()).toBe(false);
    await page.getByRole('button', { name: en.answer.open }).click();
    expect(await page.locator('#answer-panel').isVisible()).toBe(true);
    expect(
      await page.getByRole('button', { name: en.answer.close }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'app-person-390-answer-open.png') });
    await page.getByRole('button', { name: en.answer.whatIsMissing }).click();
    // The first thing missing is the tax year: the focus is there, the panel closed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-taxYear');
    expect(await page.locator('#answer-panel').isVisible()).toBe(false);
    // Its message shows, as its description, now that the person was taken there.
    await textOf(page.locator('#f-taxYear-error')).toBe(en.problems.taxYear.missing);
    await page.close();
  });

  it('a year typed at any speed is that year; the lists take the keys typed into them', async () => {
    const page = await openPage(1280, 900);
    const year = page.getByLabel(en.partI.taxYear);
    for (const delay of [0, 400, 1200]) {
      await year.fill('');
      await year.focus();
      await page.keyboard.type('2024', { delay });
      expect(await year.inputValue()).toBe('2024');
      expect(((await heldCase(page)) as { taxYear: number }).taxYear).toBe(2024);
      await year.focus();
    }
    // The list of the return's lines: "ch" typed quickly is the child tax credit.
    const kinds = page.locator('#f-add-kind');
    await kinds.focus();
    await page.keyboard.type('ch');
    expect(await kinds.inputValue()).toBe('childTaxCredit');
    // (A list forgets what was typed into it after a pause.)
    await page.waitForTimeout(1100);
    await kinds.focus();
    await page.keyboard.type('w');
    expect(await kinds.inputValue()).toBe('wages');
    // The examples: each title starts with its own letter. (The files are open: the case was saved.)
    expect(await page.locator('#files').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const examples = page.getByLabel(en.files.example);
    const titles = await examples.locator('option').allTextContents();
    expect(new Set(titles.map((t) => t[0])).size).toBe(titles.length);
    for (const [i, title] of titles.entries()) {
      await page.waitForTimeout(1100);
      await examples.focus();
      await page.keyboard.type(title[0]!.toLowerCase());
      expect(await examples.evaluate((s) => (s as HTMLSelectElement).selectedIndex)).toBe(i);
    }
    await page.close();
  }, 60_000);

  it('the same pass with each common mistake made and corrected: the message at the field names it and says what to type', async () => {
    const page = await openPage(390, 844);
    /** Types `wrong` into the field, checks the message at it, then types `right` instead. */
    const mistake = async (field: Locator, wrong: string, message: string, right: string) => {
      await field.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(wrong);
      const id = await field.getAttribute('id');
      const error = page.locator(`#${id}-error`);
      await textOf(error).toBe(message);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toContain(`${id}-error`);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(right);
      await textOf(error).toBe('');
      expect(await field.getAttribute('aria-invalid')).toBe(null);
    };
    const a = en.problems.amount;
    await page.getByLabel(en.start.taken).check();
    await mistake(
      page.getByLabel(en.partI.taxYear),
      '24',
      en.problems.taxYear.twoDigits('24', '2024'),
      '2024',
    );
    await page.locator('#f-partI-jointReturn-yes').check();
    await page.locator('#f-partI-debtOwedOnlyBySpouse-yes').check();
    await page.locator('#f-partI-injuredLegallyObligated-no').check();
    await page.locator('#f-spouses-injured-name').fill('Dana Reyes');
    await page.locator('#f-spouses-other-name').fill('Chris Reyes');
    await page.locator('#f-shownFirst-injured').check();
    await mistake(
      page.locator('#f-jointReturn-overpayment'),
      '4.817,00',
      a.decimalComma('4.817,00', '4,817.00'),
      '4817',
    );
    const add = async (kind: string) => {
      await page.locator('#f-add-kind').selectOption(kind);
      await page.locator('#f-add-item').click();
    };
    await add('wages');
    await row(page, 'Wages 1').getByLabel(en.items.you, { exact: true }).check();
    await mistake(
      row(page, 'Wages 1').getByLabel('Amount', { exact: true }),
      '$52,000',
      a.dollarSign('52,000'),
      '52000',
    );
    await mistake(
      row(page, 'Wages 1').getByLabel(en.items.withholding),
      '6.100,00',
      a.decimalComma('6.100,00', '6,100.00'),
      '6100',
    );
    await add('wages');
    await row(page, 'Wages 2').getByLabel(en.items.spouse, { exact: true }).check();
    await mistake(
      row(page, 'Wages 2').getByLabel('Amount', { exact: true }),
      'twenty eight thousand',
      a.words,
      '28000',
    );
    await mistake(
      row(page, 'Wages 2').getByLabel(en.items.withholding),
      '2 400',
      a.spaces('2400'),
      '2400',
    );
    await add('interest');
    await row(page, 'Interest 1').getByLabel(en.items.both, { exact: true }).check();
    await row(page, 'Interest 1').getByLabel('Amount', { exact: true }).fill('400');
    await add('childTaxCredit');
    // A child's credit goes to one of you: "both" is not offered.
    expect(
      await row(page, 'Child tax credit 1').getByLabel(en.items.both, { exact: true }).isVisible(),
    ).toBe(false);
    await row(page, 'Child tax credit 1').getByLabel(en.items.you, { exact: true }).check();
    await mistake(
      row(page, 'Child tax credit 1').getByLabel('Amount', { exact: true }),
      '2000.005',
      a.tooManyDecimals('2000.01'),
      '2000',
    );
    await page.getByRole('button', { name: en.debts.add }).click();
    await row(page, 'Debt 1').getByLabel(en.debts.types.childSupport, { exact: true }).check();
    await mistake(row(page, 'Debt 1').getByLabel(en.debts.amount), '(3000)', a.negative, '3000');
    await mistake(
      row(page, 'Debt 1').getByLabel(en.debts.date),
      '03/15/2024',
      en.problems.date.usOrder('03/15/2024', '2024-03-15'),
      '2024-03-15',
    );
    await textOf(refund(page)).toBe(FIGURE);
    const held = (await heldCase(page)) as CaseInput;
    expect(held).toEqual({
      ...HOUSEHOLD,
      debts: [{ type: 'childSupport', amount: '3000', date: '2024-03-15' }],
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
