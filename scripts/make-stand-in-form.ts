/**
 * Writes the tests' stand-in for the official Form 8379 (Rev. November 2023) PDF to a file, to
 * look at or to try the CLI with (the IRS's own PDF may not be committed):
 *
 *   npx tsx scripts/make-stand-in-form.ts [out.pdf]    (default: f8379-stand-in.pdf)
 *
 * The stand-in has the form's fields (names, kinds, on values, rectangles, maximum lengths) and
 * Title, and line labels; it is not the form: file the IRS's PDF
 * (https://www.irs.gov/pub/irs-pdf/f8379.pdf).
 */
import { writeFile } from 'node:fs/promises';
import { makeStandInForm } from '../test/support/stand-in-form.js';

const out = process.argv[2] ?? 'f8379-stand-in.pdf';
const bytes = await makeStandInForm();
await writeFile(out, bytes);
process.stdout.write(
  `Wrote ${out} (${bytes.length.toLocaleString('en-US')} bytes): a stand-in, not the IRS form\n`,
);
