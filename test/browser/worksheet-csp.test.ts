/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * The worksheet renders in a page whose Content-Security-Policy is `script-src 'self'` (no
 * 'unsafe-eval'): the built-in templates are precompiled, so rendering evaluates no string. The
 * library is bundled with esbuild into one script served from the page's own origin; every
 * reference case is allocated and rendered in every format in the page, with no policy violation,
 * no error, and the same bytes as in Node. A custom template still compiles at run time, so the
 * same page refuses it (docs/worksheet.md says it needs 'unsafe-eval').
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSHEET_FORMATS, renderWorksheet } from '../../src/index.js';
import { allocateUntyped as allocate, referenceCases } from '../helpers.js';
import type { PageApi } from './csp-entry.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
const ORIGIN = 'http://form8379.test';
const CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'";
const DATE = '2025-03-14';

if (SKIP) console.warn(`Skipping the CSP browser test: no Chromium at ${CHROMIUM}.`);

type Api = { form8379: PageApi };

describe.skipIf(SKIP)("the worksheet under Content-Security-Policy: script-src 'self'", () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(import.meta.dirname, 'csp-entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.text;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/form8379.js') {
        return route.fulfill({ contentType: 'text/javascript', body: script });
      }
      if (url.pathname === '/') {
        return route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': CSP },
          body: '<!doctype html><html><head><script src="/form8379.js"></script></head><body></body></html>',
        });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the page refuses eval (the policy is in force)', async () => {
    problems.length = 0;
    const refused = !(await page.evaluate(() => (globalThis as unknown as Api).form8379.canEval()));
    expect(refused).toBe(true);
    // The refusal itself is reported; what follows must report nothing.
    await page.evaluate(() => (globalThis as unknown as Api).form8379.violations.splice(0));
    problems.length = 0;
  });

  it('every reference case renders in every format, with the bytes Node renders', async () => {
    const cases = referenceCases();
    expect(cases.length).toBeGreaterThanOrEqual(16);
    for (const c of cases) {
      const inPage = await page.evaluate(
        ({ json, formats, date }) =>
          (globalThis as unknown as Api).form8379.render(json, formats, date),
        { json: c.json, formats: [...WORKSHEET_FORMATS], date: DATE },
      );
      const inNode = WORKSHEET_FORMATS.map((format) =>
        renderWorksheet(allocate(c.json), { format, preparedDate: DATE }),
      );
      expect(inPage, c.file).toEqual(inNode);
    }
    const violations = await page.evaluate(
      () => (globalThis as unknown as Api).form8379.violations,
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a custom template needs unsafe-eval: the same page refuses to compile it', async () => {
    const message = await page.evaluate(
      ({ json }) =>
        (globalThis as unknown as Api).form8379.custom(json, '<p>{{header.taxYear}}</p>'),
      { json: referenceCases()[0]!.json },
    );
    expect(message).toBe('EvalError');
  });
});
