/// <reference lib="dom" />
/**
 * "What happened after you filed" in the browser app as built (issue 21, item 5): for the bundled
 * example (the estimate is $1,819.00), the offset notice and an amount received of 1,300.00 are
 * typed in; the check shown classes the refund as `unexplained`; letter A (request) cannot be
 * drafted before the addresses are typed, and the page says so. With your address and the IRS's
 * (text areas, one line of the address a line), "Print the letter" shows and prints the letter
 * alone. The case saved holds `afterFiling` as typed, the addresses as lists of lines. No request
 * leaves the page; axe-core finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { ROOT } from '../cli-helpers.js';
import { APP_URL, launchChromium, skipWithoutChromium, typeAfterFiling } from './app-page.js';

const SKIP = skipWithoutChromium('the after-filing browser test');

describe.skipIf(SKIP)('"What happened after you filed" in the browser app (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const x = en.afterFiling;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(APP_URL);
    await page.waitForSelector('#case-form');
    await page.locator('#files > summary').click();
    await page.getByLabel('Example').selectOption('two-earners-child-support');
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.waitForFunction(
      () => document.querySelector('#refund')?.textContent === '$1,819.00',
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('checks a notice and an amount received: unexplained, letter A', async () => {
    await typeAfterFiling(page, en);
    const refundCheck = page.locator('#after-filing-check li[data-class="unexplained"]');
    await expect.poll(() => refundCheck.count()).toBe(1);
    expect(await refundCheck.textContent()).toContain(x.classes.unexplained);
    await expect
      .poll(() => page.locator('#after-filing-check').textContent())
      .toContain('1,819.00');
    // Letter A needs the addresses (yours, the IRS's): before they are typed, the page says so.
    await expect
      .poll(() => page.locator('#after-filing-check').textContent())
      .toContain(x.letterFailed);
    expect(await page.getByRole('button', { name: x.printLetter }).isVisible()).toBe(false);
  });

  it('drafts letter A from the addresses typed and prints it alone', async () => {
    const section = page.getByRole('region', { name: x.heading });
    const sender = section.getByLabel(x.senderAddress);
    expect(await sender.evaluate((e) => e.tagName)).toBe('TEXTAREA');
    await sender.fill('120 Elm Street, Apt 4\nAustin, TX 78701');
    await section
      .getByLabel(x.irsAddress)
      .fill('Internal Revenue Service\nAustin, TX 73301-0052\n');
    const print = page.getByRole('button', { name: x.printLetter });
    await expect.poll(() => print.isVisible()).toBe(true);
    expect(await page.locator('#after-filing-check').textContent()).not.toContain(x.letterFailed);
    expect(await page.locator('#after-filing-check li[data-class="unexplained"]').count()).toBe(1);
    // The print path: the button marks the page and calls window.print (replaced here: headless
    // Chromium has no print dialog); the page as printed shows the letter alone.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.evaluate(() => document.body.classList.contains('printing-letter'))).toBe(
      true,
    );
    // Printed, only the letter shows (it sits in a shadow root: the locator reaches into it).
    await page.emulateMedia({ media: 'print' });
    try {
      const letter = page.locator('#letter');
      expect(await letter.getByText('120 Elm Street, Apt 4').isVisible()).toBe(true);
      expect(await letter.getByText('What I received and what I expected').isVisible()).toBe(true);
      expect(await page.locator('#case-form').isVisible()).toBe(false);
      expect(await page.locator('#after-filing').isVisible()).toBe(false);
      const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      // The letter's one or two US Letter pages, not the form's many.
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.body.classList.contains('printing-letter'))).toBe(
      false,
    );
  });

  it('saves afterFiling as typed', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en.files.save }).click();
    const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
      afterFiling: unknown;
    };
    expect(saved.afterFiling).toEqual({
      form8379Filed: { date: '2025-02-10' },
      offsetNotice: {
        date: '2025-03-20',
        originalRefund: '2,817.00',
        offsets: [{ amount: '998.00', debtType: 'childSupport' }],
      },
      irsNotice: {
        kind: 'other',
        address: ['Internal Revenue Service', 'Austin, TX 73301-0052'],
      },
      received: [{ amount: '1,300.00', date: '2025-05-02' }],
      senderAddress: ['120 Elm Street, Apt 4', 'Austin, TX 78701'],
    });
  });

  it('makes no request and has no accessibility violation', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
        .axe;
      const r = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; nodes: { target: unknown }[] }[];
      };
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target))}`);
    });
    expect(violations).toEqual([]);
    expect(requests.filter((u) => u !== APP_URL)).toEqual([]);
  });
});
