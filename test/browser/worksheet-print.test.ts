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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorksheet, type AllocationResult } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { referenceCases } from '../helpers.js';
import { readPdfText } from './pdf-text.js';
import { allocateUntyped as allocate } from '../helpers.js';

// Debian's Chromium; CHROMIUM_PATH points elsewhere (or nowhere, to check the skip).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const PDFTOTEXT = '/usr/bin/pdftotext';
const HAVE_PDFTOTEXT = existsSync(PDFTOTEXT);
const SKIP = (!HAVE_CHROMIUM || !HAVE_PDFTOTEXT) && !IN_CI;
const OUT = join(import.meta.dirname, '..', '..', 'test-output');

// US Letter is 8.5 in wide; the stylesheet's @page margin is 0.5 in left and right (checked below).
const CSS_PX_PER_INCH = 96;
const PRINTABLE_WIDTH_PX = (8.5 - 2 * 0.5) * CSS_PX_PER_INCH;
const MAX_PAGES = 3;

if (SKIP) {
  console.warn(
    `Skipping the worksheet browser test: it needs Chromium at ${CHROMIUM} and ${PDFTOTEXT} ` +
      '(apt-get install -y chromium poppler-utils). It always runs when CI is set.',
  );
}

/** Every reference case, and the two that stop before the allocation. */
function printedCases(): { name: string; result: AllocationResult }[] {
  const cases = referenceCases().map((c) => ({
    name: c.file.replace(/\.json$/, ''),
    result: allocate(c.json),
  }));
  type Editable = {
    partI: { injuredLegallyObligated: boolean };
    items: { withholding?: string }[];
  };
  const w2 = referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!
    .json as unknown as Editable;
  const obligated = structuredClone(w2);
  obligated.partI.injuredLegallyObligated = true;
  const balanceDue = structuredClone(w2);
  for (const item of balanceDue.items) if (item.withholding) item.withholding = '100';
  return [
    ...cases,
    { name: 'stops-at-line-4', result: allocate(obligated) },
    { name: 'no-overpayment', result: allocate(balanceDue) },
  ];
}

/**
 * Liberation Sans (what Debian's fontconfig gives for Helvetica and Arial): a word's box in
 * `pdftotext -bbox` runs from the ascender (0.905 em) to the descender (0.212 em), so the font
 * size is the box height / 1.117.
 */
const LIBERATION_SANS_BOX_EM = 0.905 + 0.212;

interface PrintedWord {
  readonly text: string;
  readonly size: number;
}

/** The words of one page with their font sizes in points, from `pdftotext -bbox`. */
function pageWords(pdfFile: string, page: number): PrintedWord[] {
  const xml = execFileSync(
    PDFTOTEXT,
    ['-bbox', '-f', String(page), '-l', String(page), pdfFile, '-'],
    { encoding: 'utf8' },
  );
  const words: PrintedWord[] = [];
  for (const m of xml.matchAll(
    /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    words.push({ text: m[3]!, size: (Number(m[2]) - Number(m[1])) / LIBERATION_SANS_BOX_EM });
  }
  return words;
}

/** One page's text as pdftotext lays it out. */
function pageText(pdfFile: string, page: number): string {
  return execFileSync(
    PDFTOTEXT,
    ['-layout', '-f', String(page), '-l', String(page), pdfFile, '-'],
    {
      encoding: 'utf8',
    },
  );
}

/** The font size most of the words are printed in (the body text's). */
function bodySize(words: readonly PrintedWord[]): number {
  const count = new Map<number, number>();
  for (const w of words) {
    const size = Math.round(w.size * 10) / 10;
    count.set(size, (count.get(size) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
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
  const cases = printedCases();

  beforeAll(async () => {
    expect(HAVE_CHROMIUM, `Chromium is required in CI: ${CHROMIUM} is missing`).toBe(true);
    expect(HAVE_PDFTOTEXT, `pdftotext is required in CI: ${PDFTOTEXT} is missing`).toBe(true);
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
    const style = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'report', 'templates', 'html-style.hbs'),
      'utf8',
    );
    expect(style).toContain('@page {\n  size: letter;\n  margin: 0.45in 0.5in;');
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  for (const { name, result } of cases) {
    it(`${name}: at most ${MAX_PAGES} pages, page 1 for the client at 11 pt, numbered pages`, async () => {
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
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdfFile = join(OUT, `worksheet-${name}.pdf`);
      writeFileSync(pdfFile, pdf);

      const printed = readPdfText(pdf);
      const pages = printed.pageCount;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      const { injured, other } = result.input.spouses;
      const first = result.input.spouses.other.shownFirst ? [other, injured] : [injured, other];
      const running = `${first[0]!.name} and ${first[1]!.name} · Form 8379 worksheet, tax year ${result.taxYear}`;
      const disclaimer =
        "The injured spouse's refund on this worksheet is an estimate of the IRS computation, not a determination: the IRS makes its own allocation when it processes Form 8379, and the amount it refunds can differ.";
      for (let n = 1; n <= pages; n++) {
        const text = pageText(pdfFile, n).replace(/\s+/g, ' ').trim();
        expect(text, `page ${n}`).toContain(`Page ${n} of ${pages}`);
        if (n > 1) expect(text, `page ${n}`).toContain(running);
        // Without its running header and number, a page has more than a box or a heading.
        const own = text.replace(running, '').replace(`Page ${n} of ${pages}`, '').trim();
        expect(own, `page ${n}`).not.toBe(disclaimer);
        expect(own.replace(disclaimer, '').split(' ').length, `page ${n}`).toBeGreaterThan(60);
      }

      const page1 = pageText(pdfFile, 1).replace(/\s+/g, ' ');
      expect(page1).toContain(`Estimated refund to the injured spouse, ${injured.name}`);
      expect(page1).toContain(refund);
      expect(page1).toContain('What to do next');
      expect(page1).toContain(disclaimer);
      expect(pageText(pdfFile, 2)).toContain('Enter on Form 8379');

      const words = pageWords(pdfFile, 1);
      expect(bodySize(words), 'body text on page 1, pt').toBeGreaterThanOrEqual(11);
      const amount = words.find((w) => w.text === refund);
      expect(amount, `${refund} on page 1`).toBeDefined();
      expect(amount!.size, 'the refund on page 1, pt').toBeGreaterThanOrEqual(16);
      const fonts = execFileSync('/usr/bin/pdffonts', [pdfFile], { encoding: 'utf8' });
      // The box-to-size factor above is Liberation Sans's.
      expect(fonts).toContain('LiberationSans');
      expect(requests).toEqual([]);
    });
  }
});
