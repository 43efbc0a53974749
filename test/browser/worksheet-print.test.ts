/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The HTML worksheet printed by a real Chromium on US Letter, for every reference case: at most 3
 * pages; page 1 for the client (the refund and what to do next, body text at least 11 pt and the
 * refund at least 16 pt, read from the PDF with poppler's `pdftotext -bbox`); "Page N of M" on
 * every page and the names and tax year on every page after the first; no page that holds only
 * the disclaimer or a heading; no table wider than the printable area. PNG screenshots and the
 * PDFs go to test-output/ (git-ignored) for a human to look at.
 *
 * Outside CI the test is skipped, with a message, when Chromium or pdftotext is not installed;
 * with CI set it always runs, so a missing tool fails it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderWorksheet } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import {
  OUT,
  PDFTOTEXT,
  WORKSHEET_MAX_PAGES as MAX_PAGES,
  WORKSHEET_WIDTH_PX as PRINTABLE_WIDTH_PX,
  expectClientSizes,
  oneLine,
  usePrintPage,
  pageText,
  printPdf,
  printedCases,
  skipWithoutPrintTools,
} from './print-pdf.js';

const TOOLS = [PDFTOTEXT];
const SKIP = skipWithoutPrintTools('the worksheet browser test', TOOLS);

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
  const printer = usePrintPage(PRINTABLE_WIDTH_PX, TOOLS);
  const cases = printedCases();

  it('the stylesheet prints on US Letter with the margins this test assumes', () => {
    const style = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'report', 'templates', 'html-style.hbs'),
      'utf8',
    );
    expect(style).toContain('@page {\n  size: letter;\n  margin: 0.45in 0.5in;');
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  for (const { name, result } of cases) {
    it(`${name}: at most ${MAX_PAGES} pages, page 1 for the client at 11 pt, numbered pages`, async () => {
      const { page, requests } = printer;
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

      await page.screenshot({ path: join(OUT, `worksheet-${name}.png`), fullPage: true });
      const { file: pdfFile, pages } = await printPdf(page, `worksheet-${name}`);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      const { injured, other } = result.input.spouses;
      const first = result.input.spouses.other.shownFirst ? [other, injured] : [injured, other];
      const running = `${first[0]!.name} and ${first[1]!.name} · Form 8379 worksheet, tax year ${result.taxYear}`;
      const disclaimer =
        "The injured spouse's refund on this worksheet is an estimate of the IRS computation, not a determination: the IRS makes its own allocation when it processes Form 8379, and the amount it refunds can differ.";
      for (let n = 1; n <= pages; n++) {
        const text = oneLine(pageText(pdfFile, n)).trim();
        expect(text, `page ${n}`).toContain(`Page ${n} of ${pages}`);
        if (n > 1) expect(text, `page ${n}`).toContain(running);
        // Without its running header and number, a page has more than a box or a heading.
        const own = text.replace(running, '').replace(`Page ${n} of ${pages}`, '').trim();
        expect(own, `page ${n}`).not.toBe(disclaimer);
        expect(own.replace(disclaimer, '').split(' ').length, `page ${n}`).toBeGreaterThan(60);
      }

      const page1 = oneLine(pageText(pdfFile, 1));
      expect(page1).toContain(`Estimated refund to the injured spouse, ${injured.name}`);
      expect(page1).toContain(refund);
      expect(page1).toContain('What to do next');
      expect(page1).toContain(disclaimer);
      expect(pageText(pdfFile, 2)).toContain('Enter on Form 8379');

      expectClientSizes(pdfFile, refund);
      expect(requests).toEqual([]);
    });
  }
});
