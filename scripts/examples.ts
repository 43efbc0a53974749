/**
 * Regenerates the worked examples in examples/: each reference case relevant to a common
 * situation is copied to examples/<name>/case.json and rendered to worksheet.html and
 * worksheet.md (and in Spanish to worksheet.es.html and worksheet.es.md) with a fixed preparation
 * date, so the files are byte-for-byte reproducible. The
 * table of examples/README.md (each example's situation and refund) is written from the same
 * results, between its `examples:table` markers, so the figures it quotes cannot drift.
 *
 *   npm run examples             write the files
 *   npm run examples -- --check  exit 1 when a file or the README's table is missing or out of
 *                                date (CI)
 */
import { isDeepStrictEqual } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allocate, renderWorksheet, type CaseInput } from '../src/index.js';
import { displayMoney } from '../src/report/format.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'cases');

/** The date printed on every example worksheet: fixed, so regenerating changes nothing. */
export const EXAMPLE_DATE = '2025-03-14';

/** Example folder name, the reference case it shows and its situation (the README's table). */
export const EXAMPLES: readonly {
  readonly name: string;
  readonly fixture: string;
  readonly situation: string;
}[] = [
  {
    name: 'two-earners-child-support',
    fixture: 'w2-child-support-2024.json',
    situation: 'Two wage earners; the other spouse owes past-due child support.',
  },
  {
    name: 'eic-family',
    fixture: 'eic-children-2024.json',
    situation:
      'Low-income family: the EIC split by earned income, child credits to the injured spouse, two debts offset in order.',
  },
  {
    name: 'self-employed-estimated-payments',
    fixture: 'self-employed-estimated-2023.json',
    situation:
      'Self-employed other spouse; joint estimated payments split by separate tax; a student loan offset.',
  },
  {
    name: 'texas-couple',
    fixture: 'tx-wages-mixed-debts-2024.json',
    situation:
      'Texas (community property): both earn wages; the other spouse owes federal tax and child support.',
  },
  {
    name: 'arizona-couple',
    fixture: 'rev-rul-2004-71-az.json',
    situation:
      'Arizona (community property), Rev. Rul. 2004-71 facts: a federal tax debt from before the marriage.',
  },
];

const README = join(root, 'examples', 'README.md');
const TABLE_START = '<!-- examples:table (written by npm run examples; do not edit) -->\n';
const TABLE_END = '<!-- /examples:table -->\n';

/** examples/README.md with its table written from the examples' results. */
function readmeWithTable(rows: readonly string[]): string {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(
      `examples/README.md must hold the table between the lines ${TABLE_START.trim()} and ${TABLE_END.trim()}`,
    );
  }
  const table = [
    "| example | situation | injured spouse's refund of the joint overpayment |",
    '|---|---|---|',
    ...rows,
  ].join('\n');
  return `${text.slice(0, start)}${TABLE_START}${table}\n${text.slice(end)}`;
}

/** Every example file's path and expected content, examples/README.md last. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const rows: string[] = [];
  for (const { name, fixture, situation } of EXAMPLES) {
    const text = readFileSync(join(fixtures, fixture), 'utf8');
    const json = JSON.parse(text) as CaseInput;
    const result = allocate(json);
    const summary = JSON.parse(JSON.stringify(result.summary)) as {
      injuredSpouseRefund: string;
      jointOverpayment: string;
    };
    if (!isDeepStrictEqual(summary, json.expected)) {
      throw new Error(`${fixture}: the summary differs from "expected"; fix the engine first`);
    }
    rows.push(
      `| [${name}](${name}/) | ${situation} | ${displayMoney(summary.injuredSpouseRefund)} of ${displayMoney(summary.jointOverpayment)} |`,
    );
    const dir = join(root, 'examples', name);
    files.set(join(dir, 'case.json'), text);
    for (const [format, lang, file] of [
      ['html', 'en', 'worksheet.html'],
      ['markdown', 'en', 'worksheet.md'],
      // Page 1 and "Enter on Form 8379" in Spanish (issue 22), the reviewer part in English.
      ['html', 'es', 'worksheet.es.html'],
      ['markdown', 'es', 'worksheet.es.md'],
    ] as const) {
      files.set(
        join(dir, file),
        renderWorksheet(result, { format, lang, preparedDate: EXAMPLE_DATE }),
      );
    }
  }
  files.set(README, readmeWithTable(rows));
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
