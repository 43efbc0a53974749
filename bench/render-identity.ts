/**
 * A digest of 3,000 worksheet renders (1,000 generated cases in each format, with and without a
 * preparation date and full SSNs), to show that a change to the report's code leaves every byte
 * of its output as it was: run it before and after, and compare.
 *
 *   npx tsx bench/render-identity.ts            prints the digest of each format
 *   npx tsx bench/render-identity.ts FILE.json  exits 1 unless the digests equal FILE's
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { allocate, renderWorksheet, WORKSHEET_FORMATS } from '../src/index.js';
import { BENCH_SEED, generateCases } from './generate.js';

const CASES = 1_000;

const results = generateCases(BENCH_SEED, CASES).map((c) => allocate(c));
const digests: Record<string, string> = {};
for (const format of WORKSHEET_FORMATS) {
  const hash = createHash('sha256');
  results.forEach((result, i) => {
    const options =
      i % 2 === 0 ? { format } : { format, preparedDate: '2025-03-14', showFullSsn: true };
    hash.update(renderWorksheet(result, options));
    hash.update('\0');
  });
  digests[format] = hash.digest('hex');
}
const expected = process.argv[2];
if (expected) {
  const before = JSON.parse(readFileSync(expected, 'utf8')) as Record<string, string>;
  const differ = WORKSHEET_FORMATS.filter((f) => before[f] !== digests[f]);
  console.log(
    differ.length === 0
      ? `${CASES * WORKSHEET_FORMATS.length} renders: byte-identical to ${expected}`
      : `differ: ${differ.join(', ')}`,
  );
  process.exit(differ.length === 0 ? 0 : 1);
}
console.log(JSON.stringify(digests, null, 2));
