/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * Issue 21, items 3 and 4, printed by a real Chromium on US Letter (as worksheet-print.test.ts
 * prints the worksheet), for every reference case with a constructed afterFiling:
 * - each of the four letters on at most 2 pages, each numbered, with the names and date at the
 *   top of the second; body text at least 10 pt (pdftotext -bbox); nothing wider than the
 *   printable width (Chromium would shrink the page to fit); the draft note not printed; the
 *   recipient and the subject on page 1, the signature and the enclosures on the last page;
 *   nothing fetched. Also with long names and four-line addresses.
 * - the worksheet of a checked case: the sentence "You received ..." on page 1, before the
 *   estimated refund, and each check of the reviewer part on a later page.
 * - letter C in Spanish (issue 22) on at most 2 pages, numbered "Página 1 de 2", its body text
 *   as large as the English letter's; letters A, B and D with `lang: 'es'` print as the English
 *   (the Spanish note is on the screen only).
 * PNG screenshots and the PDFs go to test-output/.
 *
 * Outside CI the test is skipped, with a message, when Chromium or pdftotext is not installed;
 * with CI set it always runs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  buildLetterModel,
  buildWorksheetModel,
  renderLetter,
  renderWorksheet,
  type AllocationResult,
  type CaseInput,
  type CheckLetter,
} from '../../src/index.js';
import {
  checkedReferenceCases,
  withAfterFiling,
  type CheckedCase,
} from '../support/letter-cases.js';
import { referenceCases } from '../helpers.js';
import {
  OUT,
  PDFTOTEXT,
  WORKSHEET_WIDTH_PX,
  bodySize as bodySizeOf,
  oneLine,
  usePrintPage,
  pageText as layoutText,
  pageWords,
  printPdf,
  printableWidthPx,
  skipWithoutPrintTools,
  smallestSize,
} from './print-pdf.js';

const TOOLS = [PDFTOTEXT];
const SKIP = skipWithoutPrintTools("the letters' browser test", TOOLS);

// The letters' @page margin is 0.9 in left and right.
const LETTER_WIDTH_PX = printableWidthPx(0.9);
const LETTERS: readonly CheckLetter[] = ['request', 'reconsider', 'advocate', 'agency'];

function pageText(pdfFile: string, page: number): string {
  return oneLine(layoutText(pdfFile, page));
}

/** The font size most words of a page are printed in, in points. */
function bodySize(pdfFile: string, page: number): number {
  return bodySizeOf(pageWords(pdfFile, page));
}

/** The bundled example's reference case with long names and four-line addresses. */
function longCase(): CheckedCase {
  const json = withAfterFiling(
    referenceCases().find((c) => c.file === 'eic-children-2024.json')!.json,
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const address = (who: string) => [
    `${who}, Department of Something Long Enough`,
    'Attention: Injured Spouse Unit, Stop 1234',
    '1234 Long Street Name Boulevard, Suite 500',
    'Kansas City, MO 64999-0025',
  ];
  json.spouses.injured.name = 'Maria Guadalupe Hernandez-Lopez de la Cruz';
  json.spouses.other.name = 'Jose Antonio Hernandez-Lopez de la Cruz';
  json.afterFiling.senderAddress = address('Home').slice(1);
  json.afterFiling.irsNotice.address = address('Internal Revenue Service');
  json.afterFiling.offsetNotice.offsets[0].address = address('Agency');
  json.afterFiling.received = ['01', '02', '03'].map((d) => ({
    amount: '100.00',
    date: `2025-05-${d}`,
  }));
  return {
    name: 'long-names-and-addresses',
    json,
    date: '2025-06-02',
    result: allocate(json as CaseInput, { asOf: '2025-06-02' }),
  };
}

describe.skipIf(SKIP)(
  'the letters and the checked worksheet in Chromium, printed on US Letter',
  () => {
    const cases = [...checkedReferenceCases(), longCase()];

    const printer = usePrintPage(LETTER_WIDTH_PX, TOOLS);

    async function print(
      html: string,
      name: string,
      width: number,
    ): Promise<{ file: string; pages: number }> {
      const { page, requests } = printer;
      requests.length = 0;
      await page.setViewportSize({ width: Math.floor(width), height: 1000 });
      await page.setContent(html, { waitUntil: 'load' });
      const documentWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(documentWidth, `${name}: wider than the printable width`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      const printed = await printPdf(page, name);
      expect(requests, name).toEqual([]);
      return printed;
    }

    for (const c of cases) {
      for (const letter of LETTERS) {
        it(`${c.name}: letter ${letter} on at most 2 pages`, async () => {
          const html = renderLetter(c.result, { letter, format: 'html', date: c.date });
          const model = buildLetterModel(c.result, { letter, date: c.date });
          const { file, pages } = await print(html, `letter-${letter}-${c.name}`, LETTER_WIDTH_PX);
          expect(pages).toBeGreaterThanOrEqual(1);
          expect(pages).toBeLessThanOrEqual(2);
          const names = model.sender.names.join(' and ');
          for (let n = 1; n <= pages; n++) {
            const text = pageText(file, n);
            expect(text, `page ${n}`).toContain(`Page ${n} of ${pages}`);
            if (n > 1)
              expect(text, `page ${n}`).toContain(
                `${names} · ${model.date} · tax year ${model.taxYear}`,
              );
            expect(text, `page ${n}`).not.toContain('This note is not printed');
            // The running header and the page number are 8 pt; nothing is smaller.
            expect(
              smallestSize(pageWords(file, n)),
              `smallest text on page ${n}, pt`,
            ).toBeGreaterThanOrEqual(7.9);
          }
          expect(bodySize(file, 1), 'body text on page 1, pt').toBeGreaterThanOrEqual(10);
          const first = pageText(file, 1);
          expect(first).toContain(model.recipient[0]!);
          expect(first).toContain(`Re: ${model.references[0]!.value}`.slice(0, 60));
          expect(first).toContain(model.salutation);
          // The closing and the signature lines on one page; the enclosures last.
          const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1));
          const signed = texts.find((t) => t.includes('Sincerely,'));
          expect(signed).toBeDefined();
          for (const signer of model.signatures) {
            expect(signed).toContain(signer.split(' ').slice(0, 3).join(' '));
          }
          expect(texts[pages - 1]).toContain('Enclosures');
        });
      }
    }

    // Issue 22: letter C in Spanish, and the Spanish note of letters A, B and D, not printed.
    for (const c of cases) {
      it(`${c.name}: letter advocate in Spanish on at most 2 pages, as large as the English`, async () => {
        const options = { letter: 'advocate', format: 'html', date: c.date } as const;
        const en = await print(
          renderLetter(c.result, options),
          `letter-advocate-en-${c.name}`,
          LETTER_WIDTH_PX,
        );
        const html = renderLetter(c.result, { ...options, lang: 'es' });
        const model = buildLetterModel(c.result, { ...options, lang: 'es' });
        const { file, pages } = await print(html, `letter-advocate-es-${c.name}`, LETTER_WIDTH_PX);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1));
        texts.forEach((text, i) => {
          const n = i + 1;
          expect(text, `page ${n}`).toContain(`Página ${n} de ${pages}`);
          if (n > 1) {
            expect(text, `page ${n}`).toContain(
              `${model.sender.names[0]} · ${model.date} · año tributario ${model.taxYear}`,
            );
          }
          expect(text, `page ${n}`).not.toContain('Borrador de la carta C');
          expect(text, `page ${n}`).not.toContain('Esta nota no se imprime');
          expect(smallestSize(pageWords(file, n)), `page ${n}, pt`).toBeGreaterThanOrEqual(7.9);
        });
        // The Spanish text is printed as large as the English.
        expect(bodySize(file, 1)).toBeGreaterThanOrEqual(bodySize(en.file, 1));
        expect(bodySize(file, 1)).toBeGreaterThanOrEqual(10);
        expect(texts[0]).toContain('Servicio del Defensor del Contribuyente');
        expect(texts[0]).toContain('Estimado Defensor del Contribuyente:');
        expect(texts[0]).toContain('Asunto: Solicitud de ayuda (Formulario 911(SP))');
        const signed = texts.find((t) => t.includes('Atentamente,'));
        expect(signed).toBeDefined();
        expect(signed).toContain(model.signatures[0]!.split(' ').slice(0, 3).join(' '));
        expect(texts[pages - 1]).toContain('Documentos adjuntos');
      });
    }

    for (const c of checkedReferenceCases().slice(0, 3)) {
      for (const letter of ['request', 'reconsider', 'agency'] as const) {
        it(`${c.name}: letter ${letter} with lang "es" prints as the English, without the note`, async () => {
          const options = { letter, format: 'html', date: c.date } as const;
          const en = await print(
            renderLetter(c.result, options),
            `letter-${letter}-${c.name}`,
            LETTER_WIDTH_PX,
          );
          const es = await print(
            renderLetter(c.result, { ...options, lang: 'es' }),
            `letter-${letter}-es-note-${c.name}`,
            LETTER_WIDTH_PX,
          );
          expect(es.pages).toBe(en.pages);
          for (let n = 1; n <= es.pages; n++) {
            expect(pageText(es.file, n), `page ${n}`).toBe(pageText(en.file, n));
          }
        });
      }
    }

    for (const c of [...checkedReferenceCases().slice(0, 4), longCase()]) {
      it(`${c.name}: the checked worksheet leads page 1 with what was received`, async () => {
        const r: AllocationResult = c.result;
        const html = renderWorksheet(r, { format: 'html', preparedDate: c.date });
        const model = buildWorksheetModel(r, { preparedDate: c.date });
        const { file, pages } = await print(
          html,
          `worksheet-checked-${c.name}`,
          WORKSHEET_WIDTH_PX,
        );
        expect(pages).toBeLessThanOrEqual(4);
        const first = pageText(file, 1);
        const lead = first.indexOf(model.check!.lead[0]!.replace(/\s+/g, ' '));
        expect(lead).toBeGreaterThan(0);
        expect(lead).toBeLessThan(first.indexOf('Estimated refund to the injured spouse'));
        expect(first).toContain('Write to the IRS (letter A)');
        expect(bodySize(file, 1), 'body text on page 1, pt').toBeGreaterThanOrEqual(11);
        let rest = '';
        for (let n = 2; n <= pages; n++) rest += pageText(file, n);
        expect(rest).toContain('What the IRS did, checked against the estimate');
        for (const x of model.check!.checks)
          expect(rest).toContain(`${x.number}. ${x.title}: ${x.class}`);
      });
    }
  },
);
