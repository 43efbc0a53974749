import { describe, expect, it } from 'vitest';
import {
  allocate,
  InvalidCaseError,
  resultToJson,
  renderWorksheet,
  type CaseInput,
} from '../src/index.js';
import { efileChecks, efileWarnings } from '../src/official-form/efile.js';
import type { OfficialForm } from '../src/official-form/model.js';
import fc from 'fast-check';
import { wholeDollarColumns, wholeDollarColumnsOf } from '../src/official-form/whole-dollars.js';
import { Dec, formatMoney } from '../src/core/money.js';
import { allocateUntyped, referenceCases } from './helpers.js';

/** A case as a test edits it: any shape, judged by the library as a file would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited field by field below
type EditableCase = Record<string, any>;

/** The README's household, with whose name is shown first, and the facts the form asks. */
function household(edit: (c: EditableCase) => void = () => undefined): CaseInput {
  const c: EditableCase = {
    taxYear: 2024,
    spouses: {
      injured: { name: 'Dana Reyes', ssn: '400000001', shownFirst: true },
      other: { name: 'Chris Reyes', ssn: '400-00-0002' },
    },
    partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
    items: [
      { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
      { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
      { kind: 'interest', spouse: 'joint', amount: '400' },
    ],
    debts: [{ type: 'childSupport', amount: '3000' }],
  };
  edit(c);
  return c as CaseInput;
}

const status = (form: ReturnType<typeof allocate>, id: string) =>
  form.efile.find((r) => r.id === id);

describe('the official form of every reference case', () => {
  for (const { file, json } of referenceCases()) {
    it(`${file}: Part III in whole dollars, Part I as the flow reaches it, blockers`, () => {
      const r = allocateUntyped(json);
      const form = r.officialForm;
      expect(form.taxYear).toBe(r.taxYear);
      if (r.eligibility.qualifies) {
        expect(form.partIII.map((l) => l.line)).toEqual(r.partIII.map((l) => l.line));
        for (const [i, l] of form.partIII.entries()) {
          const src = r.partIII[i]!;
          expect(l).toEqual({
            line: src.line,
            ...wholeDollarColumns(
              formatMoney(src.total),
              formatMoney(src.injured),
              formatMoney(src.other),
            ),
          });
          expect(Number(l.total)).toBe(Number(l.injured) + Number(l.other));
        }
      } else {
        expect(form.partIII).toEqual([]);
      }
      const answered = r.eligibility.answers.map((a) => a.line);
      for (const line of [2, 3, 4, 5, 6, 7, 8, 9] as const) {
        const a = r.eligibility.answers.find((x) => x.line === line);
        expect(form.partI[line]).toBe(a === undefined ? null : a.answer ? 'yes' : 'no');
      }
      expect(answered.length).toBeGreaterThan(0);
      const codes = form.blockers.map((b) => b.code);
      expect(codes.includes('earlier-revision')).toBe(r.taxYear < 2023);
      expect(codes.includes('part-i-stop')).toBe(!r.eligibility.qualifies);
      const spouses = json.spouses as Record<string, { shownFirst?: boolean }>;
      const marked = spouses.injured?.shownFirst === true || spouses.other?.shownFirst === true;
      expect(codes.includes('line-10-order')).toBe(!marked);
      // The preparer's page prints exactly these figures.
      const text = renderWorksheet(r, { format: 'text', preparedDate: '2026-12-06' });
      for (const l of form.partIII) {
        const money = (d: string) => Number(d).toLocaleString('en-US');
        expect(text).toMatch(
          new RegExp(
            `\\n${l.line} +.*? ${money(l.total)} +${money(l.injured)} +${money(l.other)}\\*?\\n`,
          ),
        );
      }
    });
  }
});

describe('what the form asks beyond the figures', () => {
  it('line 10 in the order of the return, SSNs with dashes', () => {
    expect(allocate(household()).officialForm.partII).toEqual([
      { name: 'Dana Reyes', ssn: '400-00-0001', injured: true },
      { name: 'Chris Reyes', ssn: '400-00-0002', injured: false },
    ]);
    const otherFirst = allocate(
      household((c) => {
        delete c.spouses.injured.shownFirst;
        c.spouses.other.shownFirst = true;
      }),
    );
    expect(otherFirst.officialForm.partII).toEqual([
      { name: 'Chris Reyes', ssn: '400-00-0002', injured: false },
      { name: 'Dana Reyes', ssn: '400-00-0001', injured: true },
    ]);
  });

  it('no spouse marked shown first: no order, a blocker naming the fields, a worksheet that asks', () => {
    const r = allocate(household((c) => delete c.spouses.injured.shownFirst));
    expect(r.officialForm.partII).toBeNull();
    expect(r.officialForm.blockers).toEqual([
      {
        code: 'line-10-order',
        path: 'spouses.injured.shownFirst',
        message:
          'line 10 lists the spouses in the order of the joint return, and the case does not say whose name is shown first: set spouses.injured.shownFirst or spouses.other.shownFirst to true',
      },
    ]);
    const text = renderWorksheet(r, { format: 'text', preparedDate: '2026-12-06' });
    expect(text).toContain('  - Order not given: Dana Reyes, SSN ***-**-0001, injured spouse box');
    expect(text).toContain('Line 10: the case does not say whose name is shown first');
    expect(text).not.toContain('Shown first');
  });

  it('line 5 names the states in full, on the form and on "Enter on Form 8379"', () => {
    const r = allocate(
      household((c) => {
        c.communityProperty = { states: ['AZ', 'WI'] };
      }),
    );
    expect(r.officialForm.partI[5]).toBe('yes');
    expect(r.officialForm.partI[6]).toBeNull();
    expect(r.officialForm.communityPropertyStates).toBe('Arizona, Wisconsin');
    const md = renderWorksheet(r, { format: 'markdown', preparedDate: '2026-12-06' });
    expect(md).toContain('- Line 5: **Yes: Arizona, Wisconsin**');
    expect(allocate(household()).officialForm.communityPropertyStates).toBe('');
  });

  it('lines 11 and 12: both names, a U.S. or a foreign address', () => {
    const none = allocate(household()).officialForm;
    expect([none.refundInBothNames, none.mailingAddress]).toEqual([false, null]);
    const us = allocate(
      household((c) => {
        c.form8379 = {
          refundInBothNames: true,
          mailingAddress: { street: '12 Oak St Apt 3', city: 'Austin', state: 'TX', zip: '78701' },
        };
      }),
    );
    expect(us.officialForm.refundInBothNames).toBe(true);
    expect(us.officialForm.mailingAddress).toBe('12 Oak St Apt 3, Austin, TX 78701');
    expect(
      renderWorksheet(us, { format: 'text', preparedDate: '2026-12-06' }).replace(/\s+/g, ' '),
    ).toContain('Line 12: Yes, mail the refund to 12 Oak St Apt 3, Austin, TX 78701.');
    const foreign = allocate(
      household((c) => {
        c.form8379 = {
          mailingAddress: {
            street: '10 Downing St',
            city: 'London',
            postalCode: 'SW1A 2AA',
            country: 'United Kingdom',
          },
        };
      }),
    );
    expect(foreign.officialForm.mailingAddress).toBe(
      '10 Downing St, London, SW1A 2AA, United Kingdom',
    );
  });

  it('Part IV only when filed by itself', () => {
    const preparer = {
      name: 'Ana Ortiz',
      ptin: 'P01234567',
      selfEmployed: true,
      firmName: 'Ortiz Tax',
      firmAddress: '1 Main St, Austin, TX 78701',
      firmEin: '123456789',
      phone: '(512) 555-0100',
    };
    const alone = allocate(
      household((c) => {
        c.form8379 = { filedWith: 'alone', phone: '512-555-0142', preparer };
      }),
    );
    expect(alone.officialForm.partIV).toEqual({
      phone: '512-555-0142',
      preparer: { ...preparer, firmEin: '12-3456789' },
    });
    const withReturn = allocate(household((c) => (c.form8379 = { filedWith: 'originalReturn' })));
    expect(withReturn.officialForm.partIV).toBeNull();
    expect(() =>
      allocate(household((c) => (c.form8379 = { filedWith: 'originalReturn', preparer }))),
    ).toThrow(
      'form8379.preparer: Part IV is completed only when Form 8379 is filed by itself, but form8379.filedWith is "originalReturn": set it to "alone" or remove preparer',
    );
  });

  it('what to do next follows the way the form is filed', () => {
    const page = (filedWith?: string) =>
      renderWorksheet(allocate(household((c) => (c.form8379 = filedWith ? { filedWith } : {}))), {
        format: 'text',
        preparedDate: '2026-12-06',
      });
    expect(page('alone')).toContain('File Form 8379 by itself.');
    expect(page('alone')).toContain('About 8 weeks.');
    expect(page('originalReturn')).toContain('File Form 8379 with the joint return.');
    expect(page('originalReturn')).not.toContain('8 weeks');
    expect(page('amendedReturn')).toContain('File Form 8379 with the amended return.');
    expect(page()).toContain('8 weeks when filed by itself');
  });

  it('a Part I stop fills nothing and says why; an earlier year names the prior revisions', () => {
    const stop = allocate(household((c) => (c.partI.injuredLegallyObligated = true)));
    expect(stop.officialForm.partIII).toEqual([]);
    expect(stop.efile).toEqual([]);
    expect(stop.officialForm.blockers.map((b) => b.code)).toEqual(['part-i-stop']);
    expect(stop.officialForm.blockers[0]!.message).toMatch(
      /^Part I stops at line 4, so Form 8379 is not filed for this case: You are not an injured spouse/,
    );
    const early = allocate(household((c) => (c.taxYear = 2022)));
    expect(early.officialForm.blockers).toEqual([
      {
        code: 'earlier-revision',
        path: 'taxYear',
        message:
          'Form 8379 (Rev. November 2023) is for tax years 2023 and later; this case is for tax year 2022: use the revision for that year from https://www.irs.gov/pub/irs-prior/ (its instructions, "Which Revision To Use") and copy the figures from the worksheet\'s "Enter on Form 8379"',
      },
    ]);
  });

  it('the JSON result masks the SSNs of line 10', () => {
    const json = resultToJson(allocate(household()));
    expect(json.officialForm.partII?.map((r) => r.ssn)).toEqual(['***-**-0001', '***-**-0002']);
    expect(JSON.stringify(json)).not.toContain('400-00-0001');
  });
});

describe('credits for a child go to the spouse who would claim the child', () => {
  const withCredit = (spouse: string) =>
    household((c) => c.items.push({ kind: 'childTaxCredit', spouse, amount: '2000' }));

  it('to the spouse named, on line 16', () => {
    const injured = allocate(withCredit('injured'));
    const other = allocate(withCredit('other'));
    const line16 = (r: typeof injured) => r.officialForm.partIII.find((l) => l.line === '16');
    expect(line16(injured)).toMatchObject({ total: '2000', injured: '2000', other: '0' });
    expect(line16(other)).toMatchObject({ total: '2000', injured: '0', other: '2000' });
    expect(injured.summary.injuredSpouseRefund).not.toBe(other.summary.injuredSpouseRefund);
  });

  it('joint is an error that says who they go to', () => {
    for (const kind of [
      'childTaxCredit',
      'otherDependentsCredit',
      'childCareCredit',
      'educationCredit',
      'additionalChildTaxCredit',
    ]) {
      const input = household((c) => c.items.push({ kind, spouse: 'joint', amount: '500' }));
      expect(() => allocate(input)).toThrow(InvalidCaseError);
      expect(() => allocate(input)).toThrow(
        `items[3].spouse: ${kind} items go to the spouse who would claim the child (or other dependent) on a separate return (Instructions for Form 8379, lines 16 and 17): use "injured" or "other", not "joint"; with children of both, enter one item per spouse`,
      );
    }
  });
});

describe('the e-file pre-flight, rule by rule', () => {
  const base = allocate(household());
  const form = base.officialForm;
  const check = (c: CaseInput, f: OfficialForm = form) => efileChecks(allocate(c).input, f);
  const rule = (c: CaseInput, id: string, f?: OfficialForm) =>
    check(c, f).find((r) => r.id === id)!;

  it('lists every rule, in order', () => {
    expect(base.efile.map((r) => r.id)).toEqual([
      'F8379-001',
      'F8379-002',
      'F8379-003-01',
      'F8379-015',
      'F8379-004',
      'F8379-016',
      'F8379-005',
      'F8379-024',
      'F8379-023',
      'F8379-017',
      'F8379-018',
      'F8379-009',
      'F8379-011',
      'F8379-012-01',
      'F8379-013',
      'F8379-019-01',
      'F8379-021',
    ]);
  });

  it('F8379-001 and -002: one injured spouse box; not known without the order', () => {
    expect(status(base, 'F8379-001')?.status).toBe('passes');
    expect(status(base, 'F8379-002')?.detail).toBe(
      'only the box of the first row (the injured spouse) is checked',
    );
    const unmarked = allocate(household((c) => delete c.spouses.injured.shownFirst));
    expect(status(unmarked, 'F8379-001')).toMatchObject({
      status: 'unknown',
      path: 'spouses.injured.shownFirst',
    });
  });

  it('F8379-003-01: line 5 Yes needs the states', () => {
    const tx = allocate(household((c) => (c.communityProperty = { states: ['TX'] })));
    expect(status(tx, 'F8379-003-01')).toMatchObject({
      status: 'passes',
      detail: 'line 5 names Texas',
    });
    expect(status(base, 'F8379-003-01')?.detail).toBe('line 5 is not Yes');
    const noStates: OfficialForm = {
      ...tx.officialForm,
      communityPropertyStates: '',
    };
    expect(rule(household(), 'F8379-003-01', noStates)).toMatchObject({
      status: 'fails',
      detail: 'line 5 is Yes but names no state',
    });
  });

  it('(a) = (b) + (c) on every line: passes, and fails with the figures', () => {
    for (const r of base.efile.filter((x) => x.requires.includes('(a) equals'))) {
      expect(r.status).toBe('passes');
    }
    const broken: OfficialForm = {
      ...form,
      partIII: form.partIII.map((l) => (l.line === '13a' ? { ...l, total: '80001' } : l)),
    };
    expect(rule(household(), 'F8379-015', broken)).toEqual({
      id: 'F8379-015',
      requires: 'line 13a: column (a) equals (b) plus (c)',
      status: 'fails',
      detail: 'line 13a (a) is 80001 but (b) + (c) is 52000 + 28000 = 80000',
    });
  });

  it('F8379-011 and F8379-012-01: the address of the return', () => {
    const at = (address?: string) => household((c) => (c.jointReturn = address ? { address } : {}));
    expect(rule(at(), 'F8379-011')).toMatchObject({
      status: 'unknown',
      path: 'jointReturn.address',
    });
    expect(rule(at('unitedStates'), 'F8379-011').status).toBe('passes');
    expect(rule(at('foreign'), 'F8379-011')).toMatchObject({
      status: 'fails',
      detail: 'the joint return has a foreign address',
    });
    expect(rule(at('foreign'), 'F8379-012-01').status).toBe('passes');
    expect(rule(at('puertoRico'), 'F8379-012-01')).toMatchObject({
      status: 'fails',
      detail: "the joint return's address is in Puerto Rico",
    });
    expect(rule(at('virginIslands'), 'F8379-012-01').detail).toBe(
      "the joint return's address is in the U.S. Virgin Islands",
    );
  });

  it('F8379-013: married filing jointly', () => {
    expect(rule(household(), 'F8379-013').status).toBe('passes');
    const separate = household((c) => (c.partI.jointReturn = false));
    expect(rule(separate, 'F8379-013')).toMatchObject({
      status: 'fails',
      detail: 'line 2: not a joint return',
    });
  });

  it('F8379-019-01: forms that keep Form 8379 off e-file', () => {
    const forms = (list?: string[]) =>
      household((c) => (c.jointReturn = list ? { efileBlockingForms: list } : {}));
    expect(rule(forms(), 'F8379-019-01').status).toBe('unknown');
    expect(rule(forms([]), 'F8379-019-01').status).toBe('passes');
    expect(rule(forms(['8888', '2555']), 'F8379-019-01')).toMatchObject({
      status: 'fails',
      detail:
        'the return includes Form 8888 (a refund split among accounts), Form 2555 (foreign earned income)',
    });
  });

  it("F8379-021: line 16 (a) equals the return's total credits", () => {
    const credits = (given?: string) =>
      household((c) => {
        c.items.push({ kind: 'childTaxCredit', spouse: 'injured', amount: '2000' });
        c.jointReturn = given === undefined ? {} : { nonrefundableCredits: given };
      });
    expect(rule(household(), 'F8379-021').detail).toBe('line 16 (a) is 0');
    expect(rule(credits(), 'F8379-021', allocate(credits()).officialForm)).toMatchObject({
      status: 'unknown',
      path: 'jointReturn.nonrefundableCredits',
    });
    expect(rule(credits('2000.00'), 'F8379-021', allocate(credits()).officialForm).status).toBe(
      'passes',
    );
    expect(rule(credits('2500'), 'F8379-021', allocate(credits()).officialForm)).toMatchObject({
      status: 'fails',
      detail: "line 16 (a) is 2000 but the return's total credits (Form 1040 line 21) are 2500",
    });
  });

  it('a failure is a warning, first in the result and on the worksheet; none when filed alone', () => {
    const pr = (filedWith: string) =>
      allocate(
        household((c) => {
          c.jointReturn = { address: 'puertoRico' };
          c.form8379 = { filedWith };
        }),
      );
    const r = pr('originalReturn');
    expect(r.warnings[0]).toEqual({
      code: 'efile-reject',
      message:
        "e-filing this Form 8379 with the return would be rejected: the joint return's address is in Puerto Rico (IRS e-file rule F8379-012-01: the joint return's address is not in Puerto Rico or the U.S. Virgin Islands); file it on paper, or correct the return",
      path: 'jointReturn.address',
    });
    expect(resultToJson(r).warnings[0]?.code).toBe('efile-reject');
    const text = renderWorksheet(r, { format: 'text', preparedDate: '2026-12-06' });
    // First in the preparer's part, before any figure to copy.
    const preparer = text.slice(text.indexOf('ENTER ON FORM'));
    expect(preparer.split('\n').slice(2, 4).join(' ').replace(/\s+/g, ' ')).toMatch(
      /^! E-filing this Form 8379 with the return would be rejected: the joint return's address is in/,
    );
    const alone = pr('alone');
    expect(alone.warnings.some((w) => w.code === 'efile-reject')).toBe(false);
    expect(efileWarnings(alone.officialForm, alone.efile)).toEqual([]);
    expect(status(alone, 'F8379-012-01')?.status).toBe('fails');
  });
});

describe('whole dollars, exactly at any size', () => {
  it('rounds half-up away from zero in integers, not floating point', () => {
    expect(
      wholeDollarColumns('180000000000000.50', '90000000000000.25', '90000000000000.25'),
    ).toEqual({
      total: '180000000000001',
      injured: '90000000000000',
      other: '90000000000001',
      adjusted: true,
    });
    expect(wholeDollarColumns('-0.49', '-0.49', '0.00')).toEqual({
      total: '0',
      injured: '0',
      other: '0',
      adjusted: false,
    });
    expect(wholeDollarColumns('-2.50', '-1.25', '-1.25')).toEqual({
      total: '-3',
      injured: '-1',
      other: '-2',
      adjusted: true,
    });
  });
});

describe('whole dollars from the figures themselves', () => {
  it('the integer-cents path gives what the exact string path gives, at any size', () => {
    const cents = fc.oneof(
      fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((b) => Number(b % 10n ** 17n)),
    );
    const dec = (c: bigint) => new Dec(c.toString()).dividedBy(100);
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const total = dec(BigInt(a));
        const injured = dec(BigInt(b));
        const other = total.minus(injured);
        expect(wholeDollarColumnsOf(total, injured, other)).toEqual(
          wholeDollarColumns(formatMoney(total), formatMoney(injured), formatMoney(other)),
        );
      }),
      { numRuns: 5000 },
    );
  });
});
