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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorksheet, type AllocationResult } from '../../src/index.js';
import { displayMoney } from '../../src/report/format.js';
import { allocateUntyped as allocate, referenceCases } from '../helpers.js';
import { checkedReferenceCases } from '../support/letter-cases.js';
import { readPdfText } from './pdf-text.js';

// Debian's Chromium; CHROMIUM_PATH points elsewhere (or nowhere, to check the skip).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
const HAVE_POPPLER = existsSync(PDFTOTEXT) && existsSync(PDFTOPPM);
const SKIP = (!HAVE_CHROMIUM || !HAVE_POPPLER) && !IN_CI;
const OUT = join(import.meta.dirname, '..', '..', 'test-output');

// US Letter is 8.5 in wide; the stylesheet's @page margin is 0.5 in left and right (the English
// print test checks the stylesheet).
const CSS_PX_PER_INCH = 96;
const PRINTABLE_WIDTH_PX = (8.5 - 2 * 0.5) * CSS_PX_PER_INCH;
const MAX_PAGES = 3;

const DISCLAIMER_START =
  'El reembolso del cónyuge perjudicado en esta hoja es un cálculo aproximado';
const DISCLAIMER_EN =
  "The injured spouse's refund on this worksheet is an estimate of the IRS computation";
/** The two checked reference cases printed here: a community property one and an unexplained one. */
const CHECKED = ['tx-wages-mixed-debts-2024', 'eic-children-2024'];

if (SKIP) {
  console.warn(
    `Skipping the Spanish worksheet browser test: it needs Chromium at ${CHROMIUM}, ${PDFTOTEXT} ` +
      `and ${PDFTOPPM} (apt-get install -y chromium poppler-utils). It always runs when CI is set.`,
  );
}

interface PrintedCase {
  readonly name: string;
  readonly result: AllocationResult;
  /** The two cases that stop before the allocation: the refund is $0.00. */
  readonly stops?: boolean;
}

/**
 * Every reference case, the two that stop before the allocation (built as in
 * worksheet-print.test.ts) and two checked reference cases.
 */
function printedCases(): PrintedCase[] {
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
  const all = checkedReferenceCases();
  const checked = CHECKED.map((n) => all.find((c) => c.name === n)!);
  return [
    ...cases,
    { name: 'stops-at-line-4', result: allocate(obligated), stops: true },
    { name: 'no-overpayment', result: allocate(balanceDue), stops: true },
    ...checked.map((c) => ({ name: `checked-${c.name}`, result: c.result })),
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

/** One page's text as pdftotext lays it out, its white space made single spaces. */
function pageText(pdfFile: string, page: number): string {
  return execFileSync(
    PDFTOTEXT,
    ['-layout', '-f', String(page), '-l', String(page), pdfFile, '-'],
    { encoding: 'utf8' },
  )
    .replace(/\s+/g, ' ')
    .trim();
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

/** The dollar amounts in a text, as printed ("$1,234.56", "-$5.00"), each once. */
function dollarAmounts(text: string): string[] {
  return [...new Set([...text.matchAll(/-?\$\d[\d,]*(?:\.\d\d)?/g)].map((m) => m[0]))];
}

/** Prints the page's document and writes the PDF to test-output/; returns its path. */
async function print(
  page: Page,
  html: string,
  file: string,
): Promise<{ pdfFile: string; pages: number }> {
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfFile = join(OUT, `${file}.pdf`);
  writeFileSync(pdfFile, pdf);
  return { pdfFile, pages: readPdfText(pdf).pageCount };
}

describe.skipIf(SKIP)('the HTML worksheet in Spanish in Chromium, printed on US Letter', () => {
  let browser: Browser;
  // One page for every case: opening a page costs more than rendering a worksheet.
  let page: Page;
  const requests: string[] = [];
  const cases = printedCases();

  beforeAll(async () => {
    expect(HAVE_CHROMIUM, `Chromium is required in CI: ${CHROMIUM} is missing`).toBe(true);
    expect(HAVE_POPPLER, `poppler is required in CI: ${PDFTOTEXT} or ${PDFTOPPM} is missing`).toBe(
      true,
    );
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

  it('prints every reference case, the two stops and two checked cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.name.startsWith('checked-')).map((c) => c.name)).toEqual(
      CHECKED.map((n) => `checked-${n}`),
    );
  });

  for (const { name, result, stops } of cases) {
    it(`${name}: page 1 in Spanish at 11 pt, the English figures, at most ${MAX_PAGES} pages`, async () => {
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
      execFileSync(PDFTOPPM, ['-r', '50', '-png', pdfFile, join(OUT, `worksheet-es-${name}`)]);

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
