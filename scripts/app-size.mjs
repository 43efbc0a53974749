#!/usr/bin/env node
/**
 * The browser app's size in the README, from the built page: `dist/app/form8379.html` in KB and
 * gzipped (level 9, as app/vite.config.ts measures it for its budget), written between the
 * README's `<!-- app-size -->` markers. Run `npm run build:app` first.
 *
 *   node scripts/app-size.mjs           write the figures into README.md
 *   node scripts/app-size.mjs --check   exit 1 when README.md states other figures
 *
 * test/app-readme.test.ts holds the README's figures to the built page, within a few percent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = readFileSync(`${root}dist/app/form8379.html`);
const kb = (n) => Math.round(n / 1024);
const figures = `${kb(page.length)} KB, ${kb(gzipSync(page, { level: 9 }).length)} KB gzipped`;
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const MARKED = /<!-- app-size -->[^<]*<!-- \/app-size -->/;
if (!MARKED.test(readme)) {
  console.error('README.md has no <!-- app-size --> ... <!-- /app-size --> markers');
  process.exit(1);
}
const next = readme.replace(MARKED, `<!-- app-size -->${figures}<!-- /app-size -->`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(
      `README.md states another size than the built app's (${figures}): run node scripts/app-size.mjs`,
    );
    process.exit(1);
  }
  console.log(`README.md: the app is ${figures}`);
} else {
  writeFileSync(readmePath, next);
  console.log(`README.md: the app is ${figures}`);
}
