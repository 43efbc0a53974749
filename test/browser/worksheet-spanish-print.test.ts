/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The HTML worksheet in Spanish (issue 22, `lang: 'es'`) printed by a real Chromium on US Letter,
 * for every reference case, the two cases that stop before the allocation and two checked cases
 * (a constructed `afterFiling`): `<html lang="es">` with the reviewer part in `lang="en"`; at most
 * 3 pages; page 1 in Spanish for the client (the refund, "Qué hacer ahora" and the disclaimer),
 * body text at least 11 pt and the refund at least 16 pt, read from the PDF with poppler's
 * `pdftotext -bbox`; every dollar amount on page 1 of the English PDF of the same case also on
 * page 1 of the Spanish one (the figures do not change with the language). The PDFs and a PNG of
 * every page (`pdftoppm -r 50`) go to test-output/ (git-ignored) for a human to look at.
 *
 * Outside CI the test is skipped, with a message, when Chromium or poppler is not installed;
 * with CI set it always runs, so a missing tool fails it.
 */
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderWorksheet } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { checkedReferenceCases } from '../support/letter-cases.js';
import {
  PDFTOPPM,
  PDFTOTEXT,
  WORKSHEET_MAX_PAGES as MAX_PAGES,
  WORKSHEET_WIDTH_PX as PRINTABLE_WIDTH_PX,
  expectClientSizes,
  oneLine,
  usePrintPage,
  pageText as layoutText,
  printPdf,
  printedCases,
  skipWithoutPrintTools,
  writePagePngs,
  type PrintedCase,
} from './print-pdf.js';

const TOOLS = [PDFTOTEXT, PDFTOPPM];
const SKIP = skipWithoutPrintTools('the Spanish worksheet browser test', TOOLS);

const DISCLAIMER_START =
  'El reembolso del cónyuge perjudicado en esta hoja es un cálculo aproximado';
const DISCLAIMER_EN =
  "The injured spouse's refund on this worksheet is an estimate of the IRS computation";
/** The two checked reference cases printed here: a community property one and an unexplained one. */
const CHECKED = ['tx-wages-mixed-debts-2024', 'eic-children-2024'];

/** The worksheet's printed cases (worksheet-print.test.ts) and two checked reference cases. */
function spanishCases(): PrintedCase[] {
  const all = checkedReferenceCases();
  const checked = CHECKED.map((n) => all.find((c) => c.name === n)!);
  return [
    ...printedCases(),
    ...checked.map((c) => ({ name: `checked-${c.name}`, result: c.result })),
  ];
}

/** One page's text, its white space made single spaces. */
function pageText(pdfFile: string, page: number): string {
  return oneLine(layoutText(pdfFile, page)).trim();
}

/** The dollar amounts in a text, as printed ("$1,234.56", "-$5.00"), each once. */
function dollarAmounts(text: string): string[] {
  return [...new Set([...text.matchAll(/-?\$\d[\d,]*(?:\.\d\d)?/g)].map((m) => m[0]))];
}

/** Prints the document on the page to test-output/`name`.pdf. */
async function print(
  page: Page,
  html: string,
  name: string,
): Promise<{ pdfFile: string; pages: number }> {
  await page.setContent(html, { waitUntil: 'load' });
  const { file, pages } = await printPdf(page, name);
  return { pdfFile: file, pages };
}

describe.skipIf(SKIP)('the HTML worksheet in Spanish in Chromium, printed on US Letter', () => {
  const printer = usePrintPage(PRINTABLE_WIDTH_PX, TOOLS);
  const cases = spanishCases();

  it('prints every reference case, the two stops and two checked cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.name.startsWith('checked-')).map((c) => c.name)).toEqual(
      CHECKED.map((n) => `checked-${n}`),
    );
  });

  for (const { name, result, stops } of cases) {
    it(`${name}: page 1 in Spanish at 11 pt, the English figures, at most ${MAX_PAGES} pages`, async () => {
      const { page, requests } = printer;
      const options = { format: 'html', preparedDate: '2025-03-14' } as const;
      const refund = displayMoney(result.distribution.injuredRefund.amount);
      if (stops) expect(refund).toBe('$0.00');
      requests.length = 0;

      const english = await print(
        page,
        renderWorksheet(result, options),
        `worksheet-es-${name}.en`,
      );
      const html = renderWorksheet(result, { ...options, lang: 'es' });
      const { pdfFile, pages } = await print(page, html, `worksheet-es-${name}`);
      writePagePngs(pdfFile, `worksheet-es-${name}`);

      // The document is Spanish, the reviewer part English; measured with print media emulated
      // and the viewport as wide as the printable area, nothing is wider than the page.
      const dom = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        client: document.querySelector('section.client')?.closest('[lang]')?.getAttribute('lang'),
        reviewer: document.querySelector('section.reviewer')?.getAttribute('lang'),
        documentWidth: document.documentElement.scrollWidth,
        overflowingCells: [...document.querySelectorAll('td, th')]
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => (c.textContent ?? '').trim().slice(0, 60)),
      }));
      expect(dom.lang).toBe('es');
      expect(dom.client).toBe('es');
      expect(dom.reviewer).toBe('en');
      expect(dom.documentWidth).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
      expect(dom.overflowingCells).toEqual([]);

      expect(pages).toBeGreaterThanOrEqual(2);
      // A checked case adds the check to the reviewer part, and prints on 4 pages in English too
      // (a limit the README states): there Spanish may take no more pages than English.
      const limit = name.startsWith('checked-') ? english.pages : MAX_PAGES;
      expect(pages, 'pages in Spanish').toBeLessThanOrEqual(limit);
      expect(limit).toBeLessThanOrEqual(MAX_PAGES + 1);

      const { injured, other } = result.input.spouses;
      for (let n = 1; n <= pages; n++) {
        const text = pageText(pdfFile, n);
        expect(text, `page ${n}`).toContain(`Página ${n} de ${pages}`);
        if (n > 1) {
          expect(text, `page ${n}`).toContain(injured.name);
          expect(text, `page ${n}`).toContain(other.name);
          expect(text, `page ${n}`).toContain(String(result.taxYear));
        }
      }

      const page1 = pageText(pdfFile, 1);
      expect(page1).toContain(`Reembolso estimado para el cónyuge perjudicado, ${injured.name}`);
      expect(page1).toContain(refund);
      expect(page1).toContain('Qué hacer ahora');
      expect(page1).toContain('Por qué');
      expect(page1).toContain(DISCLAIMER_START);
      // Not the English of page 1.
      expect(page1).not.toContain('What to do next');
      expect(page1).not.toContain('Estimated refund to the injured spouse');
      expect(page1).not.toContain(DISCLAIMER_EN);
      const formEntry = [...Array(pages).keys()].map((i) => pageText(pdfFile, i + 1)).join(' ');
      expect(formEntry).toContain('Anote en el Formulario 8379');

      // The figures do not change with the language.
      const englishAmounts = dollarAmounts(pageText(english.pdfFile, 1));
      expect(englishAmounts).toContain(refund);
      const spanishAmounts = dollarAmounts(page1);
      expect(englishAmounts.filter((a) => !spanishAmounts.includes(a))).toEqual([]);

      expectClientSizes(pdfFile, refund);
      expect(requests).toEqual([]);
    });
  }
});
