import { describe, expect, it } from 'vitest';
import { fillForm8379, fillOfficialForm, readForm8379Fields } from '../src/pdf/index.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';
import { hasPdftotext, pdfPagesText, printedTextProblems } from './support/form-text.js';
import { standInForm } from './support/stand-in-form.js';

/**
 * The filled stand-in as poppler prints it: the appearances pdf-lib generated hold the values
 * (a viewer that does not build its own shows them), each Part III figure on its row.
 */
describe.skipIf(!hasPdftotext())('the printed text of a filled form (pdftotext -layout)', () => {
  const cases = referenceCases().filter(
    (c) => (c.json.taxYear as number) >= 2023 && c.json.communityProperty === undefined,
  );

  for (const { file, json } of cases) {
    it(`${file}: Part III figures on their rows, values on their pages, one mark per box`, async () => {
      const result = allocate(json);
      const filled = await fillForm8379(result, await standInForm());
      const fields = await readForm8379Fields(filled);
      expect(printedTextProblems(pdfPagesText(filled), result.officialForm, fields)).toEqual([]);
    });
  }

  it('the check finds a figure that is not on its row', async () => {
    const result = allocate(cases[0]!.json);
    const form = result.officialForm;
    const filled = await fillOfficialForm(form, await standInForm());
    const fields = await readForm8379Fields(filled);
    const wrong = {
      ...form,
      partIII: form.partIII.map((l) =>
        l.line === '19' ? { ...l, total: '1', injured: '1', other: '0' } : l,
      ),
    };
    const problems = printedTextProblems(pdfPagesText(filled), wrong, fields);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 19: expected 1, 1, 0 at the end of its row, got "19 /);
  });
});
