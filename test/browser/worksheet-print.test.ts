/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The HTML worksheet printed by a real Chromium on US Letter: at most 3 pages for every reference
 * case, no table wider than the printable area, the refund in the PDF's text. PNG screenshots and
 * the PDFs go to test-output/ (git-ignored) for a human to look at.
 *
 * Outside CI the test is skipped, with a message, when Chromium is not installed; with CI set it
 * always runs, so a missing Chromium fails it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnsupportedCaseError, renderWorksheet, type AllocationResult } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { TEMPLATE_SOURCES } from '../../src/report/templates.generated.js';
import { referenceCases } from '../helpers.js';
import { readPdfText } from './pdf-text.js';
import { allocateUntyped as allocate } from '../helpers.js';

// Debian's Chromium; CHROMIUM_PATH points elsewhere (or nowhere, to check the skip).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SKIP = !HAVE_CHROMIUM && !IN_CI;
const OUT = join(import.meta.dirname, '..', '..', 'test-output');

// US Letter is 8.5 in wide; the stylesheet's @page margin is 0.5 in left and right (checked below).
const CSS_PX_PER_INCH = 96;
const PRINTABLE_WIDTH_PX = (8.5 - 2 * 0.5) * CSS_PX_PER_INCH;
const MAX_PAGES = 3;

if (SKIP) {
  console.warn(
    `Skipping the worksheet browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium). ` +
      'It always runs when CI is set.',
  );
}

/** The reference cases the allocation computes (community property ones once supported). */
function allocatingCases(): { name: string; result: AllocationResult }[] {
  const out: { name: string; result: AllocationResult }[] = [];
  for (const c of referenceCases()) {
    try {
      out.push({ name: c.file.replace(/\.json$/, ''), result: allocate(c.json) });
    } catch (error) {
      if (!(error instanceof UnsupportedCaseError)) throw error;
    }
  }
  return out;
}

interface Layout {
  readonly documentWidth: number;
  readonly tables: readonly { index: number; left: number; right: number; overflow: number }[];
  readonly overflowingCells: readonly string[];
  readonly text: string;
}

/** Measured with print media emulated and the viewport as wide as the printable area. */
async function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll('table')].map((t, index) => {
      const box = t.getBoundingClientRect();
      return { index, left: box.left, right: box.right, overflow: t.scrollWidth - t.clientWidth };
    });
    // A cell whose content is wider than the cell spills over its neighbour even when the table
    // itself fits, so cells are checked too.
    const overflowingCells = [...document.querySelectorAll('td, th')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => (c.textContent ?? '').trim().slice(0, 60));
    return {
      documentWidth: document.documentElement.scrollWidth,
      tables,
      overflowingCells,
      text: document.body.innerText,
    };
  });
}

describe.skipIf(SKIP)('the HTML worksheet in Chromium, printed on US Letter', () => {
  let browser: Browser;
  // One page for every case: opening a page costs more than rendering a worksheet.
  let page: Page;
  const requests: string[] = [];
  const cases = allocatingCases();

  beforeAll(async () => {
    expect(HAVE_CHROMIUM, `Chromium is required in CI: ${CHROMIUM} is missing`).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({
      viewport: { width: PRINTABLE_WIDTH_PX, height: 1000 },
      // Nothing may be fetched: the page must be self-contained.
      offline: true,
    });
    context.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the stylesheet prints on US Letter with the margins this test assumes', () => {
    expect(TEMPLATE_SOURCES['html-style']).toContain(
      '@page { size: letter; margin: 0.4in 0.5in; }',
    );
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const { name, result } of cases) {
    it(`${name}: at most ${MAX_PAGES} pages, tables within the printable width, the refund in the PDF`, async () => {
      const html = renderWorksheet(result, { format: 'html', preparedDate: '2025-03-14' });
      const refund = displayMoney(result.summary.injuredSpouseRefund);
      requests.length = 0;
      await page.setContent(html, { waitUntil: 'load' });

      const layout = await measure(page);
      expect(layout.documentWidth).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
      for (const t of layout.tables) {
        expect(t.left, `table ${t.index}`).toBeGreaterThanOrEqual(0);
        expect(t.right, `table ${t.index}`).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX + 0.5);
        expect(t.overflow, `table ${t.index}`).toBeLessThanOrEqual(1);
      }
      expect(layout.overflowingCells).toEqual([]);
      expect(layout.text).toContain(refund);

      await page.screenshot({ path: join(OUT, `worksheet-${name}.png`), fullPage: true });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(OUT, `worksheet-${name}.pdf`), pdf);

      const printed = readPdfText(pdf);
      expect(printed.pageCount).toBeGreaterThanOrEqual(1);
      expect(printed.pageCount).toBeLessThanOrEqual(MAX_PAGES);
      // Compared without whitespace: the PDF has no spaces where lines wrap.
      const pdfText = printed.pages.join('\n').replace(/\s+/g, '');
      // The extractor read the page (not an empty or garbled text that could miss anything).
      expect(pdfText).toContain('InjuredSpouseAllocationWorksheet(Form8379)');
      expect(pdfText).toContain(
        `Estimatedrefundtotheinjuredspouse,${result.input.spouses.injured.name.replace(/\s+/g, '')}${refund}`,
      );
      expect(requests).toEqual([]);
    });
  }
});
