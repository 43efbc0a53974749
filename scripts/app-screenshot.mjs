#!/usr/bin/env node
/**
 * Regenerates the README's screenshots of the browser app in headless Chromium (Debian's chromium
 * package), from the built page (run `npm run build:app` first):
 *
 *   docs/app.png               1280x900, the example the page offers first, loaded
 *   docs/app-phone.png         390x844, a new case: the first screen of a phone
 *   docs/app-phone-answer.png  390x844, the same example, the answer bar opened over Part III
 *   docs/app-phone-es.png      390x844, a Spanish browser: the same example in Spanish, at Part I
 *                              (the official form's English words beside the Spanish)
 *
 *   node scripts/app-screenshot.mjs                 all of them
 *   node scripts/app-screenshot.mjs app-phone-es    only those named
 */
/* global document, window */
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const app = pathToFileURL(`${root}dist/app/form8379.html`).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** The screenshots asked for (none named: all). */
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

/** Loads the first example of the list, then closes the case files again. */
async function loadFirstExample(page) {
  await page.locator('#files > summary').click();
  const first = await page.locator('#example option').first().getAttribute('value');
  await page.locator('#example').selectOption(first);
  await page
    .locator('#files button', { hasText: /^(Load the example|Cargar el ejemplo)$/ })
    .click();
  await page.waitForFunction(() =>
    /^\$/.test(document.querySelector('#refund')?.textContent ?? ''),
  );
  await page.locator('#files > summary').click();
  // The worksheet waits for typing to pause.
  await page.waitForTimeout(400);
}

try {
  const written = [];
  if (wanted('app')) {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(app);
    await loadFirstExample(desktop);
    await desktop.evaluate(() => window.scrollTo(0, 0));
    await desktop.screenshot({ path: `${root}docs/app.png` });
    written.push('docs/app.png');
  }

  if (wanted('app-phone') || wanted('app-phone-answer')) {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(app);
    await phone.waitForSelector('#case-form');
    if (wanted('app-phone')) {
      await phone.screenshot({ path: `${root}docs/app-phone.png` });
      written.push('docs/app-phone.png');
    }
    if (wanted('app-phone-answer')) {
      await loadFirstExample(phone);
      await phone.locator('#part-iii').scrollIntoViewIfNeeded();
      await phone.locator('#answer-toggle').click();
      await phone.screenshot({ path: `${root}docs/app-phone-answer.png` });
      written.push('docs/app-phone-answer.png');
    }
  }

  if (wanted('app-phone-es')) {
    // A browser whose language is Spanish: the page starts in Spanish.
    const spanish = await browser.newContext({
      locale: 'es-US',
      viewport: { width: 390, height: 844 },
    });
    const phone = await spanish.newPage();
    await phone.goto(app);
    await phone.waitForSelector('#case-form');
    await loadFirstExample(phone);
    await phone.evaluate(() => {
      const part = document.querySelector('#part-i');
      if (part) window.scrollTo(0, part.getBoundingClientRect().top + window.scrollY - 8);
    });
    await phone.screenshot({ path: `${root}docs/app-phone-es.png` });
    written.push('docs/app-phone-es.png');
  }
  console.log(`wrote ${written.join(', ')}`);
} finally {
  await browser.close();
}
