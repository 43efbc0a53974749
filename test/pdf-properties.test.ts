import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_PROPERTY_STATES, type AllocationResult } from '../src/index.js';
import {
  fillForm8379,
  officialFormFieldValues,
  OfficialFormBlockedError,
  readForm8379Fields,
} from '../src/pdf/index.js';
import { caseArb } from './arbitraries.js';
import { allocateUntyped as allocate } from './helpers.js';
import { expectedFields, followsFlow, partIIIFieldNames } from './support/expected-fields.js';
import { standInForm } from './support/stand-in-form.js';

/**
 * 5,000 generated cases: the OfficialForm and the values the filler would set are checked for
 * every one; every case that can be filled (809 of the 5,000 when written: most are of years
 * before 2023, stop in Part I or do not say whose name is shown first) is filled into the
 * stand-in and read back, and one blocked case in 20 is refused. About 20 s in all: a fill and
 * its read take about 20-25 ms.
 */
const RUNS = 5_000;
const REFUSE_EVERY = 20;

const nameArb = fc
  .stringMatching(/^[A-Za-z][A-Za-z .()\\'&-]{0,28}[A-Za-z)]$/)
  .filter((n) => n.trim() === n);

/** caseArb with Part I answers, line 5, the line 10 order and the form8379 block varied. */
const formCaseArb = fc
  .record({
    base: caseArb,
    joint: fc.integer({ min: 0, max: 19 }).map((n) => n !== 0),
    debtOnlySpouse: fc.integer({ min: 0, max: 19 }).map((n) => n !== 0),
    obligated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    state: fc.option(fc.constantFrom(...COMMUNITY_PROPERTY_STATES), { nil: undefined, freq: 4 }),
    first: fc.constantFrom('injured', 'other', 'injured', 'other', 'none'),
    names: fc.tuple(nameArb, nameArb),
    ssns: fc.tuple(
      fc.option(fc.stringMatching(/^\d{3}-\d{2}-\d{4}$/), { nil: undefined }),
      fc.option(fc.stringMatching(/^\d{9}$/), { nil: undefined }),
    ),
    filedWith: fc.option(fc.constantFrom('originalReturn', 'amendedReturn', 'alone'), {
      nil: undefined,
    }),
    bothNames: fc.boolean(),
    address: fc.option(
      fc.record({
        street: fc.stringMatching(/^[1-9]\d{0,4} [A-Z][a-z]{2,20} (St|Ave|Rd)( Apt \d{1,3})?$/),
        city: fc.stringMatching(/^[A-Z][a-z]{2,15}( [A-Z][a-z]{2,12})?$/),
        state: fc.constantFrom('TX', 'CA', 'NY', 'WA'),
        zip: fc.stringMatching(/^\d{5}(-\d{4})?$/),
      }),
      { nil: undefined },
    ),
    phone: fc.option(fc.constantFrom('512-555-0142', '(512) 555-0100', '+44 20 7946 0958'), {
      nil: undefined,
    }),
    preparer: fc.option(
      fc.record({
        name: nameArb,
        ptin: fc.stringMatching(/^P\d{8}$/),
        selfEmployed: fc.boolean(),
        firmName: nameArb,
        firmEin: fc.stringMatching(/^\d{2}-?\d{7}$/),
      }),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const c = g.base as Record<string, unknown> & {
      spouses: Record<'injured' | 'other', Record<string, unknown>>;
    };
    const spouse = (who: 'injured' | 'other', i: 0 | 1) => ({
      ...c.spouses[who],
      name: g.names[i],
      ...(g.ssns[i] === undefined ? {} : { ssn: g.ssns[i] }),
      ...(g.first === who ? { shownFirst: true } : {}),
    });
    const alone = g.filedWith === 'alone';
    return {
      ...c,
      spouses: { injured: spouse('injured', 0), other: spouse('other', 1) },
      partI: {
        jointReturn: g.joint,
        debtOwedOnlyBySpouse: g.debtOnlySpouse,
        injuredLegallyObligated: g.obligated,
      },
      ...(g.state === undefined ? {} : { communityProperty: { states: [g.state] } }),
      form8379: {
        ...(g.filedWith === undefined ? {} : { filedWith: g.filedWith }),
        refundInBothNames: g.bothNames,
        ...(g.address === undefined ? {} : { mailingAddress: g.address }),
        ...(alone && g.phone !== undefined ? { phone: g.phone } : {}),
        ...(alone && g.preparer !== undefined ? { preparer: g.preparer } : {}),
      },
    };
  });

const wholeDollars = /^(0|-?[1-9]\d*)$/;

function checkOfficialForm(r: AllocationResult): void {
  const form = r.officialForm;
  const flow = followsFlow(form.partI);
  expect(flow, JSON.stringify(form.partI)).toBeNull();
  const p = form.partI;
  const stops = p[2] === 'no' || p[3] === 'no' || p[4] === 'yes' || p[9] === 'no';
  const codes = form.blockers.map((b) => b.code);
  // The flow's stops stop the form; so does a return with no overpayment (nothing to claim).
  if (stops) expect(r.eligibility.qualifies).toBe(false);
  expect(codes.includes('part-i-stop')).toBe(!r.eligibility.qualifies);
  expect(codes.includes('earlier-revision')).toBe(r.taxYear < 2023);
  expect(codes.includes('line-10-order')).toBe(form.partII === null);
  if (!r.eligibility.qualifies) {
    expect(form.partIII).toEqual([]);
    return;
  }
  expect(form.partIII.map((l) => l.line)).toEqual([
    '13a',
    '13b',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '20',
  ]);
  for (const line of form.partIII) {
    for (const amount of [line.total, line.injured, line.other]) {
      expect(amount, `line ${line.line}`).toMatch(wholeDollars);
    }
    expect(BigInt(line.total), `line ${line.line}`).toBe(BigInt(line.injured) + BigInt(line.other));
  }
  if (form.partI[5] === 'yes') expect(form.communityPropertyStates).not.toBe('');
  else expect(form.communityPropertyStates).toBe('');
}

/** (a) = (b) + (c) on every filled Part III line of the values read back, in whole dollars. */
function checkFilledLines(fields: Readonly<Record<string, string | boolean>>): void {
  for (const line of ['13a', '13b', '14', '15', '16', '17', '18', '19', '20']) {
    const [a, b, c] = partIIIFieldNames(line).map((n) => fields[n] as string);
    if (a === '' && b === '' && c === '') continue;
    for (const amount of [a, b, c]) expect(amount, `line ${line}`).toMatch(wholeDollars);
    expect(BigInt(a!), `line ${line}`).toBe(BigInt(b!) + BigInt(c!));
  }
}

describe(`the official form of ${RUNS.toLocaleString('en-US')} generated cases`, () => {
  it('follows the form: Part I flow, blockers, (a) = (b) + (c); every fillable case filled and read back', async () => {
    const form = await standInForm();
    const cases = fc.sample(formCaseArb, { numRuns: RUNS, seed: 8379 });
    let filled = 0;
    let blocked = 0;
    const started = performance.now();
    for (const [i, c] of cases.entries()) {
      const r = allocate(c);
      checkOfficialForm(r);
      const blockers = r.officialForm.blockers;
      if (blockers.length === 0) {
        // What the filler would set, without a PDF.
        expect(officialFormFieldValues(r.officialForm)).toEqual(expectedFields(r.officialForm));
      }
      if (blockers.length > 0) {
        if (i % REFUSE_EVERY !== 0) continue;
        const error = await fillForm8379(r, form).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OfficialFormBlockedError);
        blocked++;
        continue;
      }
      const fields = await readForm8379Fields(await fillForm8379(r, form));
      expect(fields).toEqual(expectedFields(r.officialForm));
      checkFilledLines(fields);
      filled++;
    }
    const seconds = (performance.now() - started) / 1000;
    // Enough of each kind to mean something (the seed fixes the sample).
    expect(filled).toBeGreaterThan(500);
    expect(blocked).toBeGreaterThan(100);
    expect(seconds).toBeLessThan(600);
  }, 600_000);
});
