/**
 * What the print tests share (worksheet-print, worksheet-spanish-print, letters-print): Debian's
 * Chromium and poppler, a page that prints offline, the PDF written to test-output/ (git-ignored,
 * for a person to look at), and the words read back from it with `pdftotext -bbox`. Outside CI a
 * missing tool skips a test with a message; in CI the test always runs, so a missing tool fails it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AllocationResult } from '../../src/index.js';
import { allocateUntyped as allocate, referenceCases } from '../helpers.js';
import { readPdfText } from './pdf-text.js';

// Debian's Chromium; CHROMIUM_PATH points elsewhere (or nowhere, to check the skip).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFFONTS = '/usr/bin/pdffonts';
export const OUT = join(import.meta.dirname, '..', '..', 'test-output');

const CSS_PX_PER_INCH = 96;

/** The width between the left and right margins (in inches) of US Letter, 8.5 in wide. */
export function printableWidthPx(margin: number): number {
  return (8.5 - 2 * margin) * CSS_PX_PER_INCH;
}

/** The worksheet's: its stylesheet's @page margin is 0.5 in (worksheet-print.test.ts checks it). */
export const WORKSHEET_WIDTH_PX = printableWidthPx(0.5);
export const WORKSHEET_MAX_PAGES = 3;

/** Whether the test named `what` is skipped here (a tool missing, outside CI), saying so. */
export function skipWithoutPrintTools(what: string, tools: readonly string[]): boolean {
  const skip = ![CHROMIUM, ...tools].every((t) => existsSync(t)) && !IN_CI;
  if (skip) {
    console.warn(
      `Skipping ${what}: it needs Chromium at ${CHROMIUM} and ${tools.join(', ')} ` +
        '(apt-get install -y chromium poppler-utils). It always runs when CI is set.',
    );
  }
  return skip;
}

/** Chromium, headless, with nothing of its own reaching the network (this machine's is closed). */
export function launchChromium(...extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** The page a describe block prints on, and what it requested since a test emptied `requests`. */
export interface PrintPage {
  readonly page: Page;
  readonly requests: string[];
}

/**
 * Opens, before the tests of the describe block calling it, one page for them all (opening a page
 * costs more than rendering a document), as wide as the printable area with print media
 * emulated, so what is measured on it is what prints; closes Chromium after them. Every request
 * but data: and about:blank is recorded: the documents must be self-contained, and the context
 * is offline so nothing can be fetched.
 */
export function usePrintPage(width: number, tools: readonly string[]): PrintPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  const requests: string[] = [];
  beforeAll(async () => {
    // Only CI gets here with a tool missing (elsewhere it skips): name it, not a failed launch.
    for (const tool of [CHROMIUM, ...tools]) {
      expect(existsSync(tool), `${tool} is required in CI and is missing`).toBe(true);
    }
    browser = await launchChromium('--disable-quic');
    const context = await browser.newContext({
      viewport: { width: Math.floor(width), height: 1000 },
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
  return {
    get page(): Page {
      if (!page)
        throw new Error('the print page is opened before the tests, not when they are defined');
      return page;
    },
    requests,
  };
}

/** Prints what the page shows on US Letter to test-output/`name`.pdf. */
export async function printPdf(page: Page, name: string): Promise<{ file: string; pages: number }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  return { file, pages: readPdfText(pdf).pageCount };
}

/** A PNG of every page, small (`pdftoppm -r 50`), for a person to leaf through. */
export function writePagePngs(pdfFile: string, name: string): void {
  execFileSync(PDFTOPPM, ['-r', '50', '-png', pdfFile, join(OUT, name)]);
}

/** One page's text as `pdftotext -layout` lays it out. */
export function pageText(pdfFile: string, page: number): string {
  return execFileSync(
    PDFTOTEXT,
    ['-layout', '-f', String(page), '-l', String(page), pdfFile, '-'],
    { encoding: 'utf8' },
  );
}

/** White space as one space, so a phrase is found across the layout's line breaks. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Liberation Sans (what Debian's fontconfig gives for Helvetica and Arial): a word's box in
 * `pdftotext -bbox` runs from the ascender (0.905 em) to the descender (0.212 em), so the font
 * size is the box height / 1.117. `expectClientSizes` checks the font is the one this assumes.
 */
const LIBERATION_SANS_BOX_EM = 0.905 + 0.212;

export interface PrintedWord {
  readonly text: string;
  /** In points, as measured (not rounded). */
  readonly size: number;
}

/** The words of one page with their font sizes, from `pdftotext -bbox`. */
export function pageWords(pdfFile: string, page: number): PrintedWord[] {
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

// Sizes compared to a tenth of a point: the box heights carry the PDF's rounding.
const tenth = (size: number) => Math.round(size * 10) / 10;

/** The font size most of the words are printed in (the body text's), to a tenth of a point. */
export function bodySize(words: readonly PrintedWord[]): number {
  const count = new Map<number, number>();
  for (const w of words) {
    const size = tenth(w.size);
    count.set(size, (count.get(size) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The smallest font size of the words, to a tenth of a point. */
export function smallestSize(words: readonly PrintedWord[]): number {
  return Math.min(...words.map((w) => tenth(w.size)));
}

/** The fonts of a PDF, as `pdffonts` lists them. */
function pdfFonts(pdfFile: string): string {
  return execFileSync(PDFFONTS, [pdfFile], { encoding: 'utf8' });
}

/**
 * Page 1 of a worksheet is for the client: its body text at least 11 pt and the refund at least
 * 16 pt, measured in Liberation Sans (the font the box-to-size factor of pageWords is for).
 */
export function expectClientSizes(pdfFile: string, refund: string): void {
  const words = pageWords(pdfFile, 1);
  expect(bodySize(words), 'body text on page 1, pt').toBeGreaterThanOrEqual(11);
  const amount = words.find((w) => w.text === refund);
  expect(amount, `${refund} on page 1`).toBeDefined();
  expect(amount!.size, 'the refund on page 1, pt').toBeGreaterThanOrEqual(16);
  expect(pdfFonts(pdfFile)).toContain('LiberationSans');
}

export interface PrintedCase {
  readonly name: string;
  readonly result: AllocationResult;
  /** The two cases that stop before the allocation: the refund is $0.00. */
  readonly stops?: boolean;
}

/** Every reference case, and the two that stop before the allocation. */
export function printedCases(): PrintedCase[] {
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
    { name: 'stops-at-line-4', result: allocate(obligated), stops: true },
    { name: 'no-overpayment', result: allocate(balanceDue), stops: true },
  ];
}
