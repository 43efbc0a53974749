/**
 * Issue 21, item 4: the four letters of result-check.md section 4 (A request, B reconsider,
 * C advocate, D agency) in every format, for every reference case with a constructed afterFiling:
 * what each holds (names and SSNs in the return's order, masked unless asked, the tax year, the
 * notice and its date, the date Form 8379 was filed, the figures received and expected, the
 * enclosures), that each says it is based on an estimate, asks for an explanation or a
 * reconsideration and makes no legal demand; snapshots of a few; user text escaped in each
 * format; and the errors that name the field a letter lacks. The printed pages are checked in
 * test/browser/letters-print.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  UnsupportedCaseError,
  allocate,
  buildLetterModel,
  renderLetter,
  type AllocationResult,
  type CaseInput,
  type CheckLetter,
  type WorksheetFormat,
} from '../src/index.js';
import { dateWords } from '../src/check/words.js';
import {
  AGENCY_ADDRESS,
  IRS_ADDRESS,
  SENDER_ADDRESS,
  checkedReferenceCases,
  withAfterFiling,
} from './support/letter-cases.js';
import {
  HOSTILE_TEXTS,
  expectHtmlEscaped,
  expectMarkdownEscaped,
  expectTextEscaped,
  putHostileText,
  readable,
} from './support/letter-text.js';

const LETTERS: readonly CheckLetter[] = ['request', 'reconsider', 'advocate', 'agency'];
const FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];
const EXTENSIONS = { html: 'html', markdown: 'md', text: 'txt' } as const;
const EXAMPLE = join(
  import.meta.dirname,
  '..',
  'examples',
  'two-earners-child-support',
  'case.json',
);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function example(): Json {
  return JSON.parse(readFileSync(EXAMPLE, 'utf8'));
}

function checked(json: Json, asOf = '2025-06-02'): AllocationResult {
  return allocate(json as unknown as CaseInput, { asOf });
}

/** The bundled example with every after-filing field the letters read (unexplained: $1,300). */
function fullExample(): Json {
  const c = withAfterFiling(example()) as Json;
  c.afterFiling.received = [{ amount: '1300.00', date: '2025-05-02' }];
  return c;
}

/**
 * Reference check 4 turned round: the joint interest of $4,000.00 split 0/4,000 by agreement
 * gives the injured spouse more than the IRS's half each, and half each is what was received.
 */
function splitExample(): Json {
  const c = withAfterFiling(example()) as Json;
  c.items[2] = {
    kind: 'interest',
    spouse: 'joint',
    amount: '4000.00',
    injuredShare: '0.00',
    description: 'Savings at First Bank',
  };
  c.afterFiling.offsetNotice = {
    date: '2025-03-20',
    originalRefund: '2385.00',
    offsets: [
      { amount: '781.97', debtType: 'childSupport', agency: 'Texas OAG', address: AGENCY_ADDRESS },
    ],
  };
  c.afterFiling.received = [{ amount: '1603.03', date: '2025-05-02' }];
  return c;
}

/** Words a letter must never use: it asks, it does not demand or threaten. */
const DEMAND =
  /\b(demand|demands|lawsuit|sue|legal action|litigation|penalt(y|ies)|court|must pay|I insist)\b/i;

describe('every letter in every format, for the reference cases with an afterFiling', () => {
  const cases = checkedReferenceCases();

  it('covers the reference cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    // Both outcomes that send letter A are among them.
    const classes = new Set(cases.map((c) => c.result.check?.checks[2].class));
    expect(classes).toContain('unexplained');
    expect(classes).toContain('community-property');
  });

  for (const c of cases) {
    for (const letter of LETTERS) {
      it(`${c.name}: letter ${letter}`, () => {
        const r = c.result;
        const af = c.json.afterFiling as Json;
        const year = r.taxYear;
        const model = buildLetterModel(r, { letter, date: c.date });
        // The names and SSNs in the return's order, masked.
        const { injured, other } = r.input.spouses;
        const order = other.shownFirst === true ? [other, injured] : [injured, other];
        const ssnRefs = model.references.filter((x) => x.label.startsWith('Name shown'));
        expect(ssnRefs.map((x) => x.label)).toEqual(['Name shown first', 'Name shown second']);
        ssnRefs.forEach((x, i) => {
          expect(x.value.startsWith(`${order[i]!.name}, SSN `)).toBe(true);
          const ssn = order[i]!.ssn;
          if (ssn) expect(x.value).toContain(`***-**-${ssn.replace(/\D/g, '').slice(5)}`);
        });
        expect(model.ssnMasked).toBe(true);

        for (const format of FORMATS) {
          const out = renderLetter(r, { letter, format, date: c.date });
          const text = readable(format, out);
          const where = `${letter} as ${format}`;
          expect(text, where).toContain(dateWords(c.date));
          expect(text, where).toContain(String(year));
          for (const s of order) {
            expect(text, where).toContain(s.name);
            if (s.ssn) {
              expect(text, where).toContain(`***-**-${s.ssn.replace(/\D/g, '').slice(5)}`);
              expect(text, where).not.toContain(s.ssn);
            }
          }
          // Based on an estimate; asks; makes no legal demand.
          expect(text, where).toMatch(/an estimate, not a determination/i);
          expect(text, where).not.toMatch(DEMAND);
          for (const line of SENDER_ADDRESS) expect(text, where).toContain(line);
          expect(text, where).toContain('Enclosures');
          for (const e of model.enclosures) expect(text, where).toContain(e);

          if (letter === 'agency') {
            const offset = af.offsetNotice.offsets[0];
            expect(text, where).toContain(offset.agency);
            for (const line of AGENCY_ADDRESS) expect(text, where).toContain(line);
            expect(text, where).toContain(`offset notice of ${dateWords(af.offsetNotice.date)}`);
            expect(text, where).toContain(
              `$${Number(offset.amount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
            );
            expect(text, where).toContain('review the debt');
            expect(text, where).toContain('cannot resolve a dispute about the debt itself');
            expect(text, where).toContain('800-304-3107');
          } else {
            for (const line of IRS_ADDRESS) {
              if (letter !== 'advocate') expect(text, where).toContain(line);
            }
            expect(text, where).toContain(`Notice CP49 of ${dateWords(af.irsNotice.date)}`);
            expect(text, where).toContain(`Form 8379 filed: ${dateWords(af.form8379Filed.date)}`);
            const est = r.distribution.injuredRefund.amount;
            expect(text, where).toContain(`my share of the joint overpayment is ${money(est)}`);
            expect(text, where).toContain(`I received ${money(r.check!.checks[2].received!)}`);
          }
          if (letter === 'request') {
            expect(text, where).toContain('A copy of the injured spouse allocation worksheet');
            expect(text, where).toContain('An explanation of each item');
            // The figures received and expected, line by line.
            expect(text, where).toContain('What I received and what I expected');
            expect(text, where).toContain('My estimate, line by line');
            expect(text, where).toContain('Separate tax');
            expect(text, where).toContain('Share of the joint tax');
            expect(text, where).toMatch(/Line 1[3-9]a?b?: /);
            expect(text, where).toContain('My share of the refund');
          }
          if (letter === 'reconsider') {
            expect(text, where).toContain(
              'reconsider the allocation with the enclosed new Form 8379',
            );
            expect(text, where).toContain("Copies of both spouses' Forms W-2");
            expect(text, where).toContain('Form 8379, Part III, as on the enclosed form');
          }
          if (letter === 'advocate') {
            expect(text, where).toContain('Taxpayer Advocate Service');
            expect(text, where).toContain('Form 911');
            expect(text, where).toContain('877-777-4778');
            expect(text, where).toContain('Earlier contacts');
            expect(text, where).toContain('Hardship, if any');
            expect(text, where).toContain(`${dateWords(af.form8379Filed.date)}: I filed Form 8379`);
          }
          if (format === 'text') {
            for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(78);
          }
          // Deterministic.
          expect(renderLetter(r, { letter, format, date: c.date })).toBe(out);
        }
      });
    }
  }
});

function money(x: { toFixed(n: number): string }): string {
  const [whole, cents] = x.toFixed(2).split('.');
  return `$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

describe('snapshots', () => {
  const byName = new Map(checkedReferenceCases().map((c) => [c.name, c]));
  const shots: [string, CheckLetter, WorksheetFormat][] = [
    ['w2-child-support-2024', 'request', 'markdown'],
    ['w2-child-support-2024', 'advocate', 'text'],
    ['tx-wages-mixed-debts-2024', 'request', 'text'],
    ['tx-wages-mixed-debts-2024', 'agency', 'markdown'],
  ];
  for (const [name, letter, format] of shots) {
    it(`${name}: letter ${letter} as ${format}`, async () => {
      const c = byName.get(name)!;
      const out = renderLetter(c.result, { letter, format, date: c.date });
      await expect(out).toMatchFileSnapshot(
        `__snapshots__/letter-${letter}-${name}.${EXTENSIONS[format]}`,
      );
    });
  }
  it('letter reconsider for an agreed split the IRS did not follow, as markdown and text', async () => {
    const r = checked(splitExample());
    expect(r.check?.checks[2].class).toBe('irs-default-split');
    for (const format of ['markdown', 'text'] as const) {
      const out = renderLetter(r, { letter: 'reconsider', format, date: '2025-06-02' });
      await expect(out).toMatchFileSnapshot(
        `__snapshots__/letter-reconsider-agreed-split.${EXTENSIONS[format]}`,
      );
    }
  });
});

describe('letter B names the line that differs', () => {
  it('the agreed split, the default and what each gives, without a JSON path', () => {
    const r = checked(splitExample());
    for (const format of FORMATS) {
      const text = readable(format, renderLetter(r, { letter: 'reconsider', format }));
      expect(text).toContain(
        'is what the allocation gives when the joint item "Savings at First Bank" of $4,000.00 (Part III line 13b, all other income) is divided half each',
      );
      expect(text).toContain('with that split my share would be $1,603.03');
      expect(text).toContain('We agreed to divide it $0.00 to Dana and $4,000.00 to Chris');
      expect(text).toContain('my share is $1,843.35');
      expect(text).not.toContain('items[');
    }
  });
});

describe('options', () => {
  const r = checked(fullExample());

  it('a YYYY-MM-DD date is written out; other text is printed as given; no date, a blank', () => {
    expect(buildLetterModel(r, { letter: 'request', date: '2025-06-02' }).date).toBe(
      'June 2, 2025',
    );
    expect(buildLetterModel(r, { letter: 'request', date: '2 June 2025' }).date).toBe(
      '2 June 2025',
    );
    expect(buildLetterModel(r, { letter: 'request' }).date).toBeNull();
    expect(renderLetter(r, { letter: 'request', format: 'text' })).toContain(
      'Date: ________________',
    );
  });

  it('full SSNs only when asked', () => {
    for (const format of FORMATS) {
      const masked = readable(format, renderLetter(r, { letter: 'request', format }));
      expect(masked).toContain('***-**-0001');
      expect(masked).not.toContain('400-00-0001');
      const full = readable(
        format,
        renderLetter(r, { letter: 'request', format, showFullSsn: true }),
      );
      expect(full).toContain('Dana Reyes, SSN 400-00-0001 (injured spouse)');
      expect(full).toContain('Chris Reyes, SSN 400-00-0002');
    }
  });

  it('the order of the return: the other spouse first when shown first', () => {
    const c = fullExample();
    c.spouses.injured.shownFirst = false;
    c.spouses.other.shownFirst = true;
    const text = readable('text', renderLetter(checked(c), { letter: 'request', format: 'text' }));
    expect(text).toContain('Name shown first: Chris Reyes, SSN ***-**-0002');
    expect(text).toContain('Name shown second: Dana Reyes, SSN ***-**-0001 (injured spouse)');
  });

  it('letter D: the offset asked for, or the first whose debt the check questions', () => {
    const c = fullExample();
    c.afterFiling.offsetNotice.offsets = [
      {
        amount: '500.00',
        debtType: 'childSupport',
        agency: 'First Agency',
        address: ['1 First St'],
      },
      {
        amount: '498.00',
        debtType: 'federalNontax',
        agency: 'Second Agency',
        address: ['2 Second St'],
      },
    ];
    const result = checked(c);
    // The case lists no federal nontax debt: that offset is the one the check questions.
    expect(buildLetterModel(result, { letter: 'agency' }).recipient).toEqual([
      'Second Agency',
      '2 Second St',
    ]);
    const text = readable('text', renderLetter(result, { letter: 'agency', format: 'text' }));
    expect(text).toContain('We do not know of a debt of this kind that Chris Reyes owes you.');
    expect(buildLetterModel(result, { letter: 'agency', offset: 0 }).recipient).toEqual([
      'First Agency',
      '1 First St',
    ]);
    expect(() => buildLetterModel(result, { letter: 'agency', offset: 2 })).toThrow(
      'options.offset: the offset notice lists 2 offsets: give 0 to 1, got 2',
    );
  });

  it('wrong options are named', () => {
    const bad = (options: unknown) => () =>
      renderLetter(r, options as Parameters<typeof renderLetter>[1]);
    expect(bad({ letter: 'request', format: 'pdf' })).toThrow(InvalidOptionError);
    expect(bad({ letter: 'request', format: 'pdf' })).toThrow(/^options\.format: /);
    expect(bad({ letter: 'complain', format: 'text' })).toThrow(
      'options.letter: must be one of "request", "reconsider", "advocate", "agency", got "complain"',
    );
    expect(bad({ letter: 'request', format: 'text', date: 20250602 })).toThrow(/^options\.date: /);
    expect(bad({ letter: 'request', format: 'text', showFullSsn: 'yes' })).toThrow(
      /^options\.showFullSsn: /,
    );
    expect(bad({ letter: 'agency', format: 'text', offset: -1 })).toThrow(/^options\.offset: /);
  });
});

describe('what a letter lacks is named', () => {
  function lacking(edit: (c: Json) => void, letter: CheckLetter): UnsupportedCaseError {
    const c = fullExample();
    edit(c);
    try {
      renderLetter(checked(c), { letter, format: 'text' });
    } catch (error) {
      expect(error).toBeInstanceOf(UnsupportedCaseError);
      return error as UnsupportedCaseError;
    }
    throw new Error('no error');
  }

  it('a case without afterFiling: every letter', () => {
    for (const letter of LETTERS) {
      const e = lacking((c) => delete c.afterFiling, letter);
      expect(e.path).toBe('afterFiling');
      expect(e.message).toContain('add an "afterFiling" block');
    }
  });

  it("the sender's address: every letter", () => {
    for (const letter of LETTERS) {
      const e = lacking((c) => delete c.afterFiling.senderAddress, letter);
      expect(e.path).toBe('afterFiling.senderAddress');
    }
  });

  it("the IRS's address: letters A and B", () => {
    for (const letter of ['request', 'reconsider'] as const) {
      expect(lacking((c) => delete c.afterFiling.irsNotice.address, letter).path).toBe(
        'afterFiling.irsNotice.address',
      );
      expect(lacking((c) => delete c.afterFiling.irsNotice, letter).path).toBe(
        'afterFiling.irsNotice.address',
      );
    }
    // Letter C goes to the Taxpayer Advocate Service and D to the agency: no IRS address needed.
    const c = fullExample();
    delete c.afterFiling.irsNotice;
    expect(() => renderLetter(checked(c), { letter: 'advocate', format: 'text' })).not.toThrow();
    expect(() => renderLetter(checked(c), { letter: 'agency', format: 'text' })).not.toThrow();
  });

  it("the agency's offset, name and address: letter D", () => {
    expect(lacking((c) => delete c.afterFiling.offsetNotice, 'agency').path).toBe(
      'afterFiling.offsetNotice.offsets',
    );
    expect(lacking((c) => delete c.afterFiling.offsetNotice.offsets[0].agency, 'agency').path).toBe(
      'afterFiling.offsetNotice.offsets[0].agency',
    );
    expect(
      lacking((c) => delete c.afterFiling.offsetNotice.offsets[0].address, 'agency').path,
    ).toBe('afterFiling.offsetNotice.offsets[0].address');
  });

  it('a spouse who is not an injured spouse: no letter to the IRS, letter D still', () => {
    for (const letter of ['request', 'reconsider', 'advocate'] as const) {
      const e = lacking((c) => (c.partI.injuredLegallyObligated = true), letter);
      expect(e.path).toBe('partI');
      expect(e.message).toContain('is not an injured spouse');
    }
    const c = fullExample();
    c.partI.injuredLegallyObligated = true;
    expect(() => renderLetter(checked(c), { letter: 'agency', format: 'text' })).not.toThrow();
  });
});

describe('user text is escaped in every format', () => {
  function hostile(payload: string): AllocationResult {
    const c = splitExample();
    putHostileText(c, payload);
    c.form8379.filedWith = 'originalReturn';
    return checked(c);
  }

  for (const payload of HOSTILE_TEXTS) {
    it(JSON.stringify(payload), () => {
      const r = hostile(payload);
      for (const letter of LETTERS) {
        const html = renderLetter(r, { letter, format: 'html', date: '2025-06-02' });
        expectHtmlEscaped(html, letter);
        // The running header is a CSS string: nothing in it can end it.
        const css = /content: "([^"]*)"; font: 8pt/.exec(html)?.[1] ?? '';
        expect(css, letter).not.toMatch(/[<>"'{};]/);
        const markdown = renderLetter(r, { letter, format: 'markdown', date: '2025-06-02' });
        expectMarkdownEscaped(markdown, letter);
        const text = renderLetter(r, { letter, format: 'text', date: '2025-06-02' });
        expectTextEscaped(text, letter);
      }
    });
  }
});
