/**
 * Issue 21, item 3: the after-filing check on the worksheet, in every format. Page 1 of a checked
 * case leads with "You received $X; the estimate is $Y; the difference of $Z is ...", before the
 * refund, and its next steps name the letter to send; the reviewer part ("How the refund was
 * computed") shows every check with its rule, figures and explanation. A case without
 * afterFiling has no check on its worksheet (its output is held byte for byte by the snapshots
 * and the examples). The printed page 1 is checked in test/browser/letters-print.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  buildWorksheetModel,
  renderWorksheet,
  type AllocationResult,
  type CaseInput,
  type WorksheetFormat,
} from '../src/index.js';
import { checkedReferenceCases, withAfterFiling } from './support/letter-cases.js';
import { HOSTILE_TEXTS, readable } from './support/letter-text.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];
const EXAMPLE = join(
  import.meta.dirname,
  '..',
  'examples',
  'two-earners-child-support',
  'case.json',
);

/** Where each format's page 1 ends and its reviewer part begins. */
const PREPARER: Record<WorksheetFormat, string> = {
  html: '<section class="preparer"',
  markdown: '\n## Enter on Form 8379',
  text: '\nENTER ON FORM 8379',
};
const REVIEWER: Record<WorksheetFormat, string> = {
  html: '<section class="reviewer"',
  markdown: '\n## How the refund was computed',
  text: '\nHOW THE REFUND WAS COMPUTED',
};

function parts(format: WorksheetFormat, out: string): { page1: string; reviewer: string } {
  const end = out.indexOf(PREPARER[format]);
  const start = out.indexOf(REVIEWER[format]);
  expect(end).toBeGreaterThan(0);
  expect(start).toBeGreaterThan(end);
  return {
    page1: readable(format, out.slice(0, end)),
    reviewer: readable(format, out.slice(start)),
  };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

function example(): Json {
  return JSON.parse(readFileSync(EXAMPLE, 'utf8'));
}

function checked(c: Json): AllocationResult {
  return allocate(c as CaseInput, { asOf: '2025-06-02' });
}

describe('the worksheet of a checked case, for every reference case with an afterFiling', () => {
  for (const c of checkedReferenceCases()) {
    it(c.name, () => {
      const model = buildWorksheetModel(c.result, { preparedDate: c.date });
      const check = model.check!;
      expect(check).not.toBeNull();
      expect(check.checks.map((x) => x.rule)).toEqual([
        'R-CHECK-OVERPAYMENT',
        'R-CHECK-OFFSETS',
        'R-CHECK-REFUND',
        'R-CHECK-INTEREST',
        'R-CHECK-DEADLINES',
      ]);
      expect(check.lead[0]).toMatch(
        /^You received \$[\d,]+\.\d\d; the estimate is \$[\d,]+\.\d\d; the difference of \$[\d,]+\.\d\d is /,
      );
      expect(model.rulesCited.map((r) => r.id)).toEqual(
        expect.arrayContaining(check.checks.map((x) => x.rule)),
      );
      // The letters the check names are on page 1's next steps.
      expect(check.letters.map((l) => l.mark)).toContain('A');

      for (const format of FORMATS) {
        const out = renderWorksheet(c.result, { format, preparedDate: c.date });
        const { page1, reviewer } = parts(format, out);
        const where = `${c.name} as ${format}`;
        // Page 1 leads with the sentence, before the estimated refund.
        const lead = page1.indexOf(flat(check.lead[0]!));
        expect(lead, where).toBeGreaterThan(0);
        expect(lead, where).toBeLessThan(page1.indexOf('Estimated refund to the injured spouse'));
        expect(page1, where).toContain('Write to the IRS (letter A)');
        expect(page1, where).toContain(
          `Draft: letter A, "Request for the IRS's injured spouse allocation worksheet" (form8379 allocate --letter request)`,
        );
        expect(page1, where).toContain('If the IRS does not answer (letter C)');
        // The reviewer part: every check with its rule, class, explanation and figures.
        expect(reviewer.toLowerCase(), where).toContain(
          'what the irs did, checked against the estimate',
        );
        for (const x of check.checks) {
          expect(reviewer, where).toContain(`${x.number}. ${x.title}: ${x.class}`);
          expect(reviewer, where).toContain(x.rule);
          expect(reviewer, where).toContain(flat(x.explanation));
          if (format !== 'text') {
            // (Text wraps a figure's label in its column, beside its source.)
            for (const f of x.figures) expect(reviewer, where).toContain(f.label);
          }
          for (const d of x.details) expect(reviewer, where).toContain(flat(d));
          if (x.nextStep) expect(reviewer, where).toContain(flat(x.nextStep.text));
        }
        expect(out, where).not.toContain('items[');
      }
    });
  }
});

describe('what page 1 leads with', () => {
  it('that the IRS changed the return, first, then what was received', () => {
    const c = withAfterFiling(example()) as Json;
    c.afterFiling.offsetNotice.originalRefund = '2617.00';
    c.afterFiling.received = [{ amount: '1300.00', date: '2025-05-02' }];
    const model = buildWorksheetModel(checked(c));
    expect(model.check!.lead).toHaveLength(2);
    expect(model.check!.lead[0]).toMatch(/^The IRS changed the return: its figure is \$2,617\.00/);
    expect(model.check!.lead[1]).toMatch(/^You received \$1,300\.00; the estimate is \$1,819\.00/);
    const text = renderWorksheet(checked(c), { format: 'text' });
    expect(text.indexOf('The IRS changed the return')).toBeLessThan(text.indexOf('You received'));
    expect(flat(text)).toContain(
      'the IRS changed the return, so checks 2 to 5 are on the return as filed',
    );
  });

  it('an agreed split named as the worksheet names items, never by its JSON path', () => {
    const c = withAfterFiling(example()) as Json;
    c.items[2] = { ...c.items[2], injuredShare: '400.00' };
    c.afterFiling.received = [{ amount: '1819.00' }];
    const r = checked(c);
    expect(r.check!.headline).toContain('(items[2])');
    for (const format of FORMATS) {
      const out = renderWorksheet(r, { format });
      expect(out, format).not.toContain('items[');
      expect(parts(format, out).page1, format).toContain(
        "the difference of $23.87 is what the estimate gives when the joint interest is split the IRS's default way instead of as agreed.",
      );
      expect(parts(format, out).page1, format).toContain('Write to the IRS (letter B)');
    }
  });

  it('nothing received entered: no sentence, the check still in the reviewer part', () => {
    const c = withAfterFiling(example()) as Json;
    delete c.afterFiling.received;
    const model = buildWorksheetModel(checked(c));
    expect(model.check!.lead).toEqual([]);
    const md = renderWorksheet(checked(c), { format: 'markdown' });
    expect(md).not.toContain('You received');
    expect(md).toContain('### What the IRS did, checked against the estimate');
  });

  it('a case without afterFiling: no check on the worksheet', () => {
    const r = allocate(example() as CaseInput);
    expect(buildWorksheetModel(r).check).toBeNull();
    for (const format of FORMATS) {
      const out = renderWorksheet(r, { format });
      expect(out).not.toMatch(/What the IRS did|WHAT THE IRS DID|check-lead|You received/);
    }
  });
});

describe('user text in the check is escaped', () => {
  const gfm = new Marked({ gfm: true });
  for (const payload of HOSTILE_TEXTS.slice(0, 12)) {
    it(JSON.stringify(payload), () => {
      const c = withAfterFiling(example()) as Json;
      c.afterFiling.offsetNotice.offsets[0].agency = payload;
      c.afterFiling.received = [{ amount: '1300.00', date: '2025-05-02' }];
      const r = checked(c);
      const html = renderWorksheet(r, { format: 'html' });
      expect(html).not.toMatch(/<script|<img|<svg|<iframe|<a |<b>bold/i);
      expect(readable('html', html)).toContain(`Offset to ${payload}`);
      const md = gfm.parse(renderWorksheet(r, { format: 'markdown' }), { async: false });
      expect(md).not.toMatch(/<script|<img|<svg|<iframe|<a /i);
      expect(readable('html', md)).toContain(`Offset to ${payload}`);
    });
  }
});
