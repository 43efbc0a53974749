/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The browser app in Spanish (issue 22), in Debian's Chromium at 390x844 and 1280x900: the
 * language switch at the top reached and turned with the keyboard; the household of
 * test/browser/app-person.test.ts (in app-page.ts) typed key by key in Spanish, ending on the
 * same figure to the cent as in English; axe-core finds no violation of any impact;
 * `<html lang="es">`, and every piece of English inside (the switch's "English", the official form's labels beside the Spanish)
 * in its own `lang="en"`; no tell-tale English word in what the page shows outside them; the
 * worksheet preview in Spanish; back to English with everything typed still there. Then the
 * opt-in "Recordar mi idioma en esta computadora": nothing stored unless ticked, unticking
 * deletes it, a refusing browser leaves it unticked with a message; and a Spanish browser starts
 * in Spanish.
 *
 * Like the other browser tests: the tests' global setup builds the app; outside CI the test is
 * skipped, with a message, when Chromium is missing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { es } from '../../app/src/i18n/es.js';
import { unmarked } from '../../app/src/i18n/marks.js';
import {
  FIGURE,
  MISSING,
  OUT,
  axeViolations,
  launchChromium,
  openApp,
  skipWithoutChromium,
  typeAfterFiling,
} from './app-page.js';

const SKIP = skipWithoutChromium("the browser app's Spanish test");

/** English a Spanish page must not show outside `lang="en"` (whole words, any case). */
const TELL_TALE = /\b(refund|spouse|the|and)\b/i;

const LANGUAGE_KEY = 'form8379.language';

const textOf = (l: Locator) => expect.poll(() => l.textContent());

describe.skipIf(SKIP)('the browser app in Spanish (issue 22)', () => {
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    expect(MISSING).toEqual([]);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-US' });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    expect(errors).toEqual([]);
  });

  const openPage = (width: number, height: number, on: BrowserContext = context) =>
    openApp(on, width, height, errors);

  /** Tab until `target` has the focus. */
  const tabTo = async (page: Page, target: Locator, max = 30) => {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((e) => e === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    expect(await target.evaluate((e) => e === document.activeElement)).toBe(true);
  };

  /** Types into a field key by key. */
  const type = async (page: Page, field: Locator, text: string) => {
    await field.focus();
    await page.keyboard.type(text);
  };

  const refund = (page: Page) => page.locator('#refund');
  const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
  const pageLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  /** The household in Spanish: every answer a key (Space, an arrow), every figure typed. */
  async function typeHousehold(page: Page): Promise<void> {
    const key = async (target: Locator, press: string) => {
      await target.focus();
      await page.keyboard.press(press);
    };
    await key(page.getByLabel(es.start.taken), 'Space');
    await type(page, page.locator('#f-taxYear'), '2024');
    await key(page.locator('#f-partI-jointReturn-yes'), 'Space');
    await key(page.locator('#f-partI-debtOwedOnlyBySpouse-yes'), 'Space');
    await key(page.locator('#f-partI-injuredLegallyObligated-yes'), 'ArrowRight');
    expect(await page.locator('#f-partI-injuredLegallyObligated-no').isChecked()).toBe(true);
    await type(page, page.locator('#f-spouses-injured-name'), 'Dana Reyes');
    await type(page, page.locator('#f-spouses-other-name'), 'Chris Reyes');
    await key(page.locator('#f-shownFirst-injured'), 'Space');
    await type(page, page.locator('#f-jointReturn-overpayment'), '4817');
    const add = async (kind: string) => {
      await page.locator('#f-add-kind').selectOption(kind);
      await key(page.locator('#f-add-item'), 'Enter');
    };
    const line = async (name: string, owner: 'Space' | 'ArrowRight' | 'ArrowRight2') => {
      // The focus is on the new row's first control: whose it is.
      if (owner === 'ArrowRight2') {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
      } else await page.keyboard.press(owner);
      return row(page, name);
    };
    await add('wages');
    let r = await line('Salarios 1', 'Space');
    await type(page, r.getByLabel(es.items.amount, { exact: true }), '52000');
    await type(page, r.getByLabel(es.items.withholding), '6100');
    await add('wages');
    r = await line('Salarios 2', 'ArrowRight');
    await type(page, r.getByLabel(es.items.amount, { exact: true }), '28000');
    await type(page, r.getByLabel(es.items.withholding), '2400');
    await add('interest');
    r = await line('Intereses 1', 'ArrowRight2');
    await type(page, r.getByLabel(es.items.amount, { exact: true }), '400');
    await add('childTaxCredit');
    r = await line('Crédito tributario por hijos 1', 'Space');
    await type(page, r.getByLabel(es.items.amount, { exact: true }), '2000');
    await textOf(page.locator('#line34-progress')).toBe(es.items.progressDone('$4,817.00'));
    await textOf(refund(page)).toBe(es.answer.soFar(FIGURE, es.answer.missing.debt));
    await key(page.getByRole('button', { name: es.debts.add }), 'Enter');
    await page.keyboard.press('ArrowDown'); // Manutención de los hijos
    await type(page, row(page, 'Deuda 1').getByLabel(es.debts.amount), '3000');
    await textOf(refund(page)).toBe(FIGURE);
  }

  /** The page's visible text outside `lang="en"` (what was typed is in the fields' values). */
  const visibleOwnText = (page: Page) =>
    page.evaluate(() => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('[lang="en"], script, style, [hidden]')) continue;
        if (parent.getClientRects().length === 0) continue;
        parts.push(n.textContent ?? '');
      }
      return parts.join(' ');
    });

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`at ${width}x${height}: switched to Español with the keyboard, the household typed in Spanish ends on the English figure; every English word marked; back to English with all typed kept`, async () => {
      const page = await openPage(width, height);
      expect(await pageLang(page)).toBe('en');
      // The switch is the first thing after the skip link: Tab to it, then an arrow.
      await tabTo(page, page.locator('#language-en'), 3);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => pageLang(page)).toBe('es');
      expect(await page.title()).toBe(es.documentTitle);
      // The focus stays on the switch, now on Español.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('language-es');
      await textOf(page.locator('.masthead h1')).toBe(es.page.heading);
      expect(await page.getByRole('radiogroup', { name: es.language.legend }).count()).toBe(0);
      expect(await page.getByRole('group', { name: es.language.legend }).count()).toBe(1);

      await typeHousehold(page);
      // The same figure as in English, to the cent.
      expect(await refund(page).textContent()).toBe(FIGURE);

      // Each language's name in its own language; the official form's English words marked.
      expect(await page.locator('label[for="language-en"] span').getAttribute('lang')).toBe('en');
      expect(await page.locator('label[for="language-es"] span').getAttribute('lang')).toBe('es');
      const formWords = page.locator('#f-partI-jointReturn-group legend span[lang="en"]');
      expect(await formWords.textContent()).toBe('Did (or will) you file a joint return?');
      const legend = await page.locator('#f-partI-jointReturn-group legend').textContent();
      expect(legend).toBe(unmarked(es.partI.questions.jointReturn));
      expect(await page.locator('label[for="f-taxYear"] span[lang="en"]').count()).toBe(1);
      // No English outside lang="en" (the names typed are in their fields, not in this text).
      const own = await visibleOwnText(page);
      expect(own).toContain(es.answer.label);
      expect(TELL_TALE.exec(own)?.[0] ?? null).toBe(null);
      for (const text of [en.start.heading, en.answer.label, en.worksheet.heading])
        expect(own).not.toContain(text);

      // The worksheet preview in Spanish.
      const sheet = page.locator('#worksheet');
      await sheet.scrollIntoViewIfNeeded();
      await expect
        .poll(() => sheet.evaluate((h) => h.shadowRoot?.textContent ?? ''))
        .toContain('Qué hacer ahora');
      expect(await sheet.getAttribute('aria-label')).toBe(es.worksheet.preview);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(OUT, `app-spanish-${width}.png`), fullPage: true });

      // Back to English, with the keyboard: everything typed is still there.
      await page.locator('#language-es').focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => pageLang(page)).toBe('en');
      expect(await page.title()).toBe(en.documentTitle);
      await textOf(page.locator('.masthead h1')).toBe(en.page.heading);
      expect(await refund(page).textContent()).toBe(FIGURE);
      expect(await page.locator('#f-spouses-injured-name').inputValue()).toBe('Dana Reyes');
      expect(await page.locator('#f-taxYear').inputValue()).toBe('2024');
      expect(await row(page, 'Wages 2').getByLabel('Amount', { exact: true }).inputValue()).toBe(
        '28000',
      );
      expect(await page.locator('#f-partI-injuredLegallyObligated-no').isChecked()).toBe(true);
      expect(await page.locator('span[lang="en"]').count()).toBe(1); // "English" in the switch
      await expect
        .poll(() => sheet.evaluate((h) => h.shadowRoot?.textContent ?? ''))
        .not.toContain('Qué hacer ahora');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('remembers the language only when ticked: reload without it is the default again, nothing stored; ticked, Spanish after a reload; unticked, deleted', async () => {
    const own = await browser.newContext({ locale: 'en-US' });
    const page = await openPage(1280, 900, own);
    const stored = () => page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY);
    const box = page.locator('#remember-language');

    await page.locator('#language-es').check();
    await expect.poll(() => pageLang(page)).toBe('es');
    expect(await box.isChecked()).toBe(false);
    expect(await page.getByLabel(es.language.remember).count()).toBe(1);
    await page.reload();
    await page.waitForSelector('#case-form');
    expect(await pageLang(page)).toBe('en');
    expect(await stored()).toBe(null);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.locator('#language-es').check();
    await box.focus();
    await page.keyboard.press('Space');
    expect(await stored()).toBe('es');
    await textOf(page.locator('#language-status')).toBe(es.language.remembered);
    await page.reload();
    await page.waitForSelector('#case-form');
    expect(await pageLang(page)).toBe('es');
    expect(await box.isChecked()).toBe(true);
    expect(await page.locator('#language-es').isChecked()).toBe(true);

    await box.uncheck();
    expect(await stored()).toBe(null);
    await textOf(page.locator('#language-status')).toBe(es.language.forgotten);
    await page.reload();
    await page.waitForSelector('#case-form');
    expect(await pageLang(page)).toBe('en');
    await own.close();
  }, 60_000);

  it('a browser that refuses storage leaves the box unticked, and says so', async () => {
    const own = await browser.newContext({ locale: 'en-US' });
    await own.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', 'SecurityError');
      };
    });
    const page = await openPage(390, 844, own);
    await page.locator('#language-es').check();
    await page
      .locator('#remember-language')
      .check({ force: true })
      .catch(() => undefined);
    expect(await page.locator('#remember-language').isChecked()).toBe(false);
    await textOf(page.locator('#language-status')).toBe(es.language.cannotRemember);
    await own.close();
  }, 60_000);

  it('the check after filing and a file’s problem in Spanish: the page’s own words and the library’s lead and next steps in Spanish, each check’s explanation marked English; said again in English after a switch', async () => {
    const page = await openPage(1280, 900);
    await page.locator('#language-es').check();
    await expect.poll(() => pageLang(page)).toBe('es');
    await page.locator('#files > summary').click();
    await page
      .getByLabel(es.files.example, { exact: true })
      .selectOption('two-earners-child-support');
    await page.getByRole('button', { name: es.files.loadExample }).click();
    await textOf(refund(page)).toBe('$1,819.00');
    await textOf(page.locator('#file-status')).toContain(
      es.files.loadedExample(es.examples['two-earners-child-support']!),
    );

    const x = es.afterFiling;
    await typeAfterFiling(page, es);
    const check = page.locator('#after-filing-check');
    const refundCheck = check.locator('li[data-class="unexplained"]');
    await expect.poll(() => refundCheck.count()).toBe(1);
    expect(await refundCheck.textContent()).toContain(x.classes.unexplained);
    // Every check's outcome is in words, none a raw class of the library.
    const outcomes = await check.locator('.check-class').allTextContents();
    expect(outcomes).toHaveLength(5);
    expect(outcomes.filter((o) => !Object.values(x.classes).includes(o))).toEqual([]);
    expect(await refundCheck.textContent()).toContain(x.checkTitles['R-CHECK-REFUND']);
    expect(await check.locator('h3').first().textContent()).toBe(x.check);
    // Each check's explanation, the reviewer's English, is in a lang="en" element; the lead and
    // the next steps are the library's Spanish (checkSentences), not marked.
    expect(await check.locator('li > span[lang="en"]').count()).toBeGreaterThan(0);
    expect(await check.locator('.headline').first().textContent()).toMatch(
      /^Usted recibió \$1,300\.00; el cálculo aproximado es \$1,819\.00; la diferencia de \$519\.00 /,
    );
    expect(await check.locator('ol > li').first().textContent()).toMatch(/^Pida al IRS una copia/);
    expect(await check.locator('.headline [lang], ol [lang]').count()).toBe(0);
    const own = await check.evaluate((c) =>
      [...c.querySelectorAll('h3, strong, .check-class, .help, .headline, ol > li')]
        .map((e) => e.textContent)
        .join(' '),
    );
    expect(TELL_TALE.exec(own)?.[0] ?? null).toBe(null);
    expect(await axeViolations(page)).toEqual([]);

    // A file that is no case file: the problem in Spanish, then in English after a switch.
    await page.locator('#open-file').setInputFiles({
      name: 'notas.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not a case'),
    });
    const status = page.locator('#file-status');
    await textOf(status).toContain(es.files.notOpened('notas.json'));
    await textOf(status).toContain(es.fileProblems.notCase(1, 1));
    await page.locator('#language-en').check();
    await expect.poll(() => pageLang(page)).toBe('en');
    await textOf(status).toContain(en.fileProblems.notCase(1, 1));
    // The case and the check are still there.
    await textOf(refund(page)).toBe('$1,819.00');
    await expect
      .poll(() => page.locator('#after-filing-check li[data-class="unexplained"]').textContent())
      .toContain(en.afterFiling.classes.unexplained);
    await page.close();
  }, 60_000);

  it('starts in Spanish in a Spanish browser, in English in another', async () => {
    for (const [locale, lang] of [
      ['es-US', 'es'],
      ['es', 'es'],
      ['es-MX', 'es'],
      ['en-US', 'en'],
      ['fr-FR', 'en'],
    ] as const) {
      const own = await browser.newContext({ locale });
      const page = await openPage(390, 844, own);
      expect(await pageLang(page), locale).toBe(lang);
      expect(await page.locator(`#language-${lang}`).isChecked()).toBe(true);
      await own.close();
    }
  }, 60_000);
});
