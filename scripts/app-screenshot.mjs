#!/usr/bin/env node
/**
 * Regenerates docs/app.png, the README's screenshot of the browser app with the bundled example
 * loaded, in headless Chromium (Debian's chromium package). Run `npm run build:app` first.
 *
 *   node scripts/app-screenshot.mjs
 */
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1150 } });
  await page.goto(pathToFileURL(`${root}dist/app/form8379.html`).href);
  await page.getByLabel('Example').selectOption('two-earners-child-support');
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.screenshot({ path: `${root}docs/app.png` });
  console.log('wrote docs/app.png');
} finally {
  await browser.close();
}
