/**
 * Regenerates the worked examples in examples/: each reference case relevant to a common
 * situation is copied to examples/<name>/case.json and rendered to worksheet.html and
 * worksheet.md with a fixed preparation date, so the files are byte-for-byte reproducible.
 *
 *   npm run examples             write the files
 *   npm run examples -- --check  exit 1 when a file is missing or out of date (CI)
 */
import { isDeepStrictEqual } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allocate, renderWorksheet, type CaseInput } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'cases');

/** The date printed on every example worksheet: fixed, so regenerating changes nothing. */
export const EXAMPLE_DATE = '2025-03-14';

/** Example folder name and the reference case it shows. */
export const EXAMPLES: readonly { readonly name: string; readonly fixture: string }[] = [
  { name: 'two-earners-child-support', fixture: 'w2-child-support-2024.json' },
  { name: 'eic-family', fixture: 'eic-children-2024.json' },
  { name: 'self-employed-estimated-payments', fixture: 'self-employed-estimated-2023.json' },
  { name: 'texas-couple', fixture: 'tx-wages-mixed-debts-2024.json' },
  { name: 'arizona-couple', fixture: 'rev-rul-2004-71-az.json' },
];

/** Every example file's path and expected content. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, fixture } of EXAMPLES) {
    const text = readFileSync(join(fixtures, fixture), 'utf8');
    const json = JSON.parse(text) as CaseInput;
    const result = allocate(json);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(result.summary)), json.expected)) {
      throw new Error(`${fixture}: the summary differs from "expected"; fix the engine first`);
    }
    const dir = join(root, 'examples', name);
    files.set(join(dir, 'case.json'), text);
    for (const [format, file] of [
      ['html', 'worksheet.html'],
      ['markdown', 'worksheet.md'],
    ] as const) {
      files.set(join(dir, file), renderWorksheet(result, { format, preparedDate: EXAMPLE_DATE }));
    }
  }
  return files;
}

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, content] of exampleFiles()) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === content) continue;
  stale.push(relative(root, path));
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
if (check && stale.length > 0) {
  console.error(`examples out of date (run npm run examples):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(
  check
    ? `examples up to date (${EXAMPLES.length} cases)`
    : `examples: ${stale.length === 0 ? 'nothing to update' : `wrote ${stale.join(', ')}`}`,
);
