/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * What every browser test of the app shares: the built page (the tests' global setup builds it),
 * Debian's Chromium and how it is started (as the print tests start it), the household a person
 * types in English and in Spanish, and the after-filing facts typed in either language. Outside
 * CI a missing Chromium skips the test with a message; in CI the test always runs, so a missing
 * Chromium fails it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Catalogue } from '../../app/src/i18n/en.js';
import { allocate, type CaseInput } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { ROOT } from '../cli-helpers.js';
import { CHROMIUM, IN_CI } from './print-pdf.js';

export { CHROMIUM, launchChromium } from './print-pdf.js';
export const APP = join(ROOT, 'dist', 'app', 'form8379.html');
export const APP_URL = pathToFileURL(APP).href;
/** Screenshots and prints a test keeps for a person to look at. */
export const OUT = join(ROOT, 'test-output');

if (!existsSync(APP)) {
  throw new Error(`no ${APP}: the tests' global setup (npm run build) should have built it`);
}

/** What the browser tests lack here: empty where they can run. */
export const MISSING: readonly string[] = existsSync(CHROMIUM)
  ? []
  : [`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`];

/** Whether the test named `what` is skipped here (no Chromium, outside CI), saying so. */
export function skipWithoutChromium(what: string): boolean {
  if (MISSING.length === 0 || IN_CI) return false;
  console.warn(`Skipping ${what}: ${MISSING.join('; ')}. It always runs when CI is set.`);
  return true;
}

/** A new page of `context`, `width` by `height`, with the app loaded; its errors go to `errors`. */
export async function openApp(
  context: BrowserContext,
  width: number,
  height: number,
  errors: string[],
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(APP_URL);
  await page.waitForSelector('#case-form');
  return page;
}

let axeSource: string | undefined;

/** What axe-core finds on the page, of any impact: one line a violation, with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe
      .run;
    const result = (await run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
    };
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

/**
 * An ordinary household (two wage earners, joint interest, one child, the other spouse's child
 * support taken from the refund), as the case file the page should hold once it is typed in.
 */
export const HOUSEHOLD: CaseInput = {
  taxYear: 2024,
  spouses: { injured: { name: 'Dana Reyes', shownFirst: true }, other: { name: 'Chris Reyes' } },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  deduction: { kind: 'standard' },
  items: [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
    { kind: 'interest', spouse: 'joint', amount: '400' },
    { kind: 'childTaxCredit', spouse: 'injured', amount: '2000' },
  ],
  jointReturn: { overpayment: '4817' },
  debts: [{ type: 'childSupport', amount: '3000' }],
};
/** The household's refund as the library computes it: the page must end on it to the cent. */
export const FIGURE = displayMoney(allocate(HOUSEHOLD).summary.injuredSpouseRefund);

/**
 * Types into "What happened after you filed", labelled in the page's language `t`, the bundled
 * example's offset notice and an amount received of 1,300.00 (the estimate is $1,819.00): a
 * refund the check classes `unexplained`.
 */
export async function typeAfterFiling(page: Page, t: Catalogue): Promise<void> {
  const x = t.afterFiling;
  const section = page.getByRole('region', { name: x.heading });
  await section.locator('summary').first().click();
  await section.getByLabel(x.filedDate).fill('2025-02-10');
  await section.getByLabel(x.noticeDate).first().fill('2025-03-20');
  await section.getByLabel(x.originalRefund).fill('2,817.00');
  await section.getByLabel(x.offsetAmount).fill('998.00');
  await section.getByLabel(t.debts.types.childSupport).check();
  await section.getByLabel(x.receivedAmount).fill('1,300.00');
  await section.getByLabel(x.receivedDate).fill('2025-05-02');
}

/** The name and description Chromium computes for the element, as a screen reader reads them. */
export async function accessibility(
  page: Page,
  l: Locator,
): Promise<{ name: string; description: string }> {
  const id = await l.evaluate((e) => e.id);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `#${id}`,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    return {
      name: String(nodes[0]?.name?.value ?? ''),
      description: String(nodes[0]?.description?.value ?? ''),
    };
  } finally {
    await cdp.detach();
  }
}
