/**
 * Regenerates docs/worksheet.png, the README's picture of the printed worksheet: the bundled
 * example printed by Chromium on US Letter (as the browser test prints it), its pages side by side.
 * Needs Debian's chromium and poppler-utils (pdftoppm).
 *
 *   npx tsx scripts/screenshot-worksheet.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { allocate, renderWorksheet, type CaseInput } from '../src/index.js';

/** The date the example worksheets print (scripts/examples.ts). */
const EXAMPLE_DATE = '2025-03-14';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'two-earners-child-support', 'case.json');
const html = renderWorksheet(allocate(JSON.parse(readFileSync(example, 'utf8')) as CaseInput), {
  format: 'html',
  preparedDate: EXAMPLE_DATE,
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const tmp = mkdtempSync(join(tmpdir(), 'form8379-shot-'));
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  writeFileSync(join(tmp, 'w.pdf'), await page.pdf({ preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '72', '-png', join(tmp, 'w.pdf'), join(tmp, 'page')]);
  const pages = readdirSync(tmp)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(tmp, f)).toString('base64'));
  const sheet = await browser.newPage({ viewport: { width: 640 * pages.length, height: 820 } });
  await sheet.setContent(
    `<body style="margin:0;background:#777;display:flex;gap:16px;padding:16px">${pages
      .map((p) => `<img style="box-shadow:0 2px 6px #0008" src="data:image/png;base64,${p}">`)
      .join('')}</body>`,
  );
  await sheet.screenshot({ path: join(root, 'docs', 'worksheet.png'), fullPage: true });
  console.log(`wrote docs/worksheet.png (${pages.length} pages)`);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
