/// <reference lib="dom" />
/**
 * "What happened after you filed" in the browser app as built (issue 21, item 5): for the bundled
 * example (the estimate is $1,819.00), the offset notice and an amount received of 1,300.00 are
 * typed in; the check shown classes the refund as `unexplained`; letter A (request) cannot be
 * drafted without the addresses the page does not ask for yet, and the page says so. The case saved
 * holds `afterFiling` as typed. No request leaves the page; axe-core finds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { ROOT } from '../cli-helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APP = join(ROOT, 'dist', 'app', 'form8379.html');
const APP_URL = pathToFileURL(APP).href;
const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
if (SKIP) console.warn(`Skipping the after-filing browser test: no Chromium at ${CHROMIUM}.`);

describe.skipIf(SKIP)('"What happened after you filed" in the browser app (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const x = en.afterFiling;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
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
    const section = page.getByRole('region', { name: x.heading });
    await section.locator('summary').first().click();
    await section.getByLabel(x.filedDate).fill('2025-02-10');
    await section.getByLabel(x.noticeDate).first().fill('2025-03-20');
    await section.getByLabel(x.originalRefund).fill('2,817.00');
    await section.getByLabel(x.offsetAmount).fill('998.00');
    await section.getByLabel(en.debts.types.childSupport).check();
    await section.getByLabel(x.receivedAmount).fill('1,300.00');
    await section.getByLabel(x.receivedDate).fill('2025-05-02');
    const refundCheck = page.locator('#after-filing-check li[data-class="unexplained"]');
    await expect.poll(() => refundCheck.count()).toBe(1);
    expect(await refundCheck.textContent()).toContain(x.classes.unexplained);
    await expect
      .poll(() => page.locator('#after-filing-check').textContent())
      .toContain('1,819.00');
    // Letter A needs the addresses (yours, the IRS's) the page does not ask for yet: it says so.
    await expect
      .poll(() => page.locator('#after-filing-check').textContent())
      .toContain(x.letterFailed);
    expect(await page.getByRole('button', { name: x.printLetter }).isVisible()).toBe(false);
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
      received: [{ amount: '1,300.00', date: '2025-05-02' }],
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
