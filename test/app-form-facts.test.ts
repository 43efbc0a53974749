/**
 * What the official form asks besides the figures (issue 18's `form8379` and the two e-file facts
 * of `jointReturn`) in the browser app's form: a case holding them opens (nothing left
 * unrepresented), is saved back byte for byte, and reads to the same result as the CLI reads
 * the file; each problem of these fields has the page's own message, never the fallback.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../app/src/evaluate.js';
import { caseFileText, stateFromCase } from '../app/src/form-state.js';
import { explainIssue, explainWarning } from '../app/src/messages.js';
import { allocate, resultToJson, type CaseInput } from '../src/index.js';
import { referenceCases } from './helpers.js';

/** The reference case of 2024 as the form writes it (no `false` it leaves out). */
const reference = (): Record<string, unknown> =>
  JSON.parse(
    caseFileText(
      stateFromCase(referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!.json)
        .state,
    ),
  ) as Record<string, unknown>;

/** The reference case of 2024 with every field of the official form's facts. */
export function withFormFacts(foreign = false): Record<string, unknown> {
  const c = reference() as Record<string, unknown> & { jointReturn?: Record<string, unknown> };
  c.jointReturn = {
    ...(c.jointReturn ?? {}),
    address: 'unitedStates',
    efileBlockingForms: ['8888'],
  };
  c.form8379 = {
    filedWith: 'alone',
    refundInBothNames: true,
    mailingAddress: foreign
      ? { street: '12 Rue de la Paix', city: 'Paris', postalCode: '75002', country: 'France' }
      : { street: '500 Oak St Apt 4', city: 'Austin', state: 'TX', zip: '78701' },
    phone: '512-555-0142',
    preparer: {
      name: 'Pat Lee',
      ptin: 'P01234567',
      selfEmployed: true,
      firmName: 'Lee Tax',
      firmAddress: '1 Main St, Austin, TX 78701',
      firmEin: '12-3456789',
      phone: '512-555-0199',
    },
  };
  return ordered(c);
}

/** The top-level keys in the order of the case format (form8379 after jointReturn). */
const ORDER = [
  'title',
  'source',
  'taxYear',
  'spouses',
  'partI',
  'communityProperty',
  'deduction',
  'items',
  'jointReturn',
  'form8379',
  'debts',
  'expected',
];
function ordered(c: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(ORDER.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
}

describe("the official form's facts in the browser app", () => {
  for (const foreign of [false, true]) {
    it(`opens and saves back byte for byte (${foreign ? 'foreign' : 'U.S.'} address)`, () => {
      const json = withFormFacts(foreign);
      const text = `${JSON.stringify(json, null, 2)}\n`;
      const { state, unrepresented } = stateFromCase(json);
      expect(unrepresented).toEqual([]);
      expect(caseFileText(state)).toBe(text);
      const result = evaluate(state).result!;
      expect(resultToJson(result)).toEqual(resultToJson(allocate(json as CaseInput)));
      expect(result.officialForm.partIV).not.toBeNull();
    });
  }

  it('keeps an empty block, a false line 11 and no forms as written', () => {
    for (const form8379 of [{}, { refundInBothNames: false }, { filedWith: 'originalReturn' }]) {
      const json = ordered({ ...reference(), form8379 } as Record<string, unknown>);
      const { state, unrepresented } = stateFromCase(json);
      expect(unrepresented).toEqual([]);
      expect(caseFileText(state)).toBe(`${JSON.stringify(json, null, 2)}\n`);
    }
  });

  it('lists what it cannot hold (a form twice, an unknown key)', () => {
    const json = withFormFacts();
    (json.jointReturn as Record<string, unknown>).efileBlockingForms = ['8888', '8888'];
    (json.form8379 as Record<string, unknown>).fax = '1';
    expect(stateFromCase(json).unrepresented).toEqual([
      'jointReturn.efileBlockingForms[1]',
      'form8379.fax',
    ]);
  });

  it('says each problem of these fields in its own words', () => {
    const json = withFormFacts();
    const f = json.form8379 as Record<string, unknown> & {
      mailingAddress: Record<string, string>;
      preparer: Record<string, string>;
    };
    f.filedWith = 'originalReturn';
    f.mailingAddress.zip = '787';
    f.mailingAddress.state = 'Texas';
    f.preparer.ptin = '1234';
    f.preparer.firmEin = '12';
    const { state } = stateFromCase(json);
    const ev = evaluate(state);
    const ids = ev.issues.map((i) => `${i.path} ${explainIssue(i, state).id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'form8379.mailingAddress.zip formFacts.zip',
        'form8379.mailingAddress.state formFacts.state',
      ]),
    );
    for (const issue of ev.issues)
      expect(explainIssue(issue, state).id, issue.path).not.toBe('fallback');
  });

  it('says why an e-filed form would be rejected', () => {
    const json = withFormFacts();
    (json.form8379 as Record<string, unknown>).filedWith = 'originalReturn';
    delete (json.form8379 as Record<string, unknown>).phone;
    delete (json.form8379 as Record<string, unknown>).preparer;
    (json.jointReturn as Record<string, unknown>).address = 'puertoRico';
    const result = allocate(json as CaseInput);
    const ids = result.warnings
      .filter((w) => w.code === 'efile-reject')
      .map((w) => explainWarning(w).id);
    expect(ids).toEqual(['warning.efilePrVi', 'warning.efileForms']);
  });
});
