import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  UnsupportedCaseError,
  buildWorksheetModel,
  renderWorksheet,
  type AllocationResult,
  type WorksheetFormat,
  type WorksheetModel,
} from '../src/index.js';
import { TEMPLATE_SPECS } from '../src/report/templates.generated.js';
import { referenceCases } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const TEMPLATES = join(ROOT, 'src', 'report', 'templates');
const FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];
const DATE = '2025-03-14';

type CaseJson = Record<string, unknown> & {
  spouses: { injured: Record<string, unknown>; other: Record<string, unknown> };
  partI: Record<string, unknown>;
  items: Record<string, unknown>[];
  debts: Record<string, unknown>[];
};

function caseJson(file: string): CaseJson {
  const found = referenceCases().find((c) => c.file === file);
  if (!found) throw new Error(`no reference case ${file}`);
  return structuredClone(found.json) as unknown as CaseJson;
}

/** The reference cases the allocation computes (all of them once community property is in). */
function allocatingCases(): { file: string; result: AllocationResult }[] {
  const out: { file: string; result: AllocationResult }[] = [];
  for (const c of referenceCases()) {
    try {
      out.push({ file: c.file, result: allocate(c.json) });
    } catch (error) {
      if (!(error instanceof UnsupportedCaseError)) throw error;
    }
  }
  return out;
}

/** A case whose user strings try to break every format. */
function hostileCase(): CaseJson {
  const c = caseJson('w2-child-support-2024.json');
  c.title = 'Title <b>bold</b> & *stars* | pipe';
  c.spouses.injured.name = '<script>alert(1)</script>';
  c.spouses.other.name =
    'Ana & "Luis" | *x* _y_ [z](http://e.x) `c` \u001b[31mred\u001b[0m\nnew # line';
  c.items[0]!.description = '<img src=x onerror=alert(2)> | row';
  c.debts[0]!.description = "O'Brien & <Co> | #1";
  return c;
}

describe('templates', () => {
  it('the generated module holds every .hbs file, precompiled', () => {
    const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs'));
    expect(Object.keys(TEMPLATE_SPECS).sort()).toEqual(files.map((f) => f.slice(0, -4)).sort());
    for (const spec of Object.values(TEMPLATE_SPECS)) {
      // A precompiled template is code (its `main` a function), not a source to compile.
      expect(typeof (spec as { main?: unknown }).main).toBe('function');
    }
  });

  it('templates.generated.ts is what the script writes (node scripts/generate-templates.mjs)', () => {
    // Throws (exit 1) when the formatted file differs from what the script would write.
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-templates.mjs'), '--check'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });

  it('no template uses triple-stash, and no helper returns a SafeString', () => {
    for (const f of readdirSync(TEMPLATES).filter((x) => x.endsWith('.hbs'))) {
      const source = readFileSync(join(TEMPLATES, f), 'utf8');
      const name = f;
      expect(source, name).not.toContain('{{{');
      expect(source, name).not.toContain('{{&');
    }
    for (const f of readdirSync(join(ROOT, 'src', 'report')).filter((x) => x.endsWith('.ts'))) {
      expect(readFileSync(join(ROOT, 'src', 'report', f), 'utf8'), f).not.toMatch(/SafeString\(/);
    }
  });
});

describe('view model', () => {
  const cases = allocatingCases();

  it('covers at least every reference case outside community property states', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const { file, result } of cases) {
    it(`${file}: prints every traced figure, and the model is plain JSON`, () => {
      const model = buildWorksheetModel(result, { preparedDate: DATE });
      const keys = new Set<string>();
      for (const step of model.computation) for (const f of step.figures) keys.add(f.key);
      if (model.communityProperty) {
        for (const step of model.communityProperty.steps)
          for (const f of step.figures) keys.add(f.key);
        for (const r of model.communityProperty.stateRules) keys.add(r.reachable.key);
      }
      // A step of nothing but zeros is printed as one line naming it.
      for (const step of model.zeroSteps) for (const k of step.figureKeys) keys.add(k);
      expect([...new Set(result.trace.map((t) => t.key))].filter((k) => !keys.has(k))).toEqual([]);
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
      // The rows of a step are its figures, each once.
      for (const step of model.computation) {
        expect(step.rows.flatMap((r) => r.parts.map((p) => p.figure))).toEqual(step.figures);
      }
    });
  }

  it('answers first, in the summary figures of the result', () => {
    const result = allocate(caseJson('w2-child-support-2024.json'));
    const { answer } = buildWorksheetModel(result);
    expect(answer.rows).toEqual([
      {
        label: 'Estimated refund to the injured spouse, Dana Reyes',
        amount: '1819.00',
        emphasis: true,
      },
      { label: 'Joint overpayment', amount: '2817.00', emphasis: false },
      {
        label: 'Applied to past-due child support owed by Chris Reyes',
        amount: '998.00',
        emphasis: false,
      },
      { label: 'Refund to the other spouse, Chris Reyes', amount: '0.00', emphasis: false },
    ]);
    expect(answer.sentence).toBe(
      'Of the joint overpayment of $2,817.00, Dana Reyes, the injured spouse, should receive an ' +
        'estimated $1,819.00; $998.00 goes to the past-due child support owed by Chris Reyes, and ' +
        '$0.00 is refunded to Chris Reyes.',
    );
  });

  it('sums several offsets in the sentence', () => {
    const { answer } = buildWorksheetModel(allocate(caseJson('eic-children-2024.json')));
    expect(answer.sentence).toBe(
      'Of the joint overpayment of $9,870.00, Maria Lopez, the injured spouse, should receive an ' +
        'estimated $7,362.00; $2,508.00 goes to the past-due child support owed by Jose Lopez, and ' +
        '$0.00 is refunded to Jose Lopez.',
    );
  });

  it('walks Part I to a stop with the advice (Form 8857 for a liability of both spouses)', () => {
    const c = caseJson('w2-child-support-2024.json');
    c.partI.injuredLegallyObligated = true;
    const model = buildWorksheetModel(allocate(c));
    expect(model.partI.steps.map((s) => [s.line, s.answer, s.next])).toEqual([
      [1, '2024', 'Go to line 2'],
      [2, 'Yes', 'Go to line 3'],
      [3, 'Yes', 'Go to line 4'],
      [4, 'Yes', 'Stop: not an injured spouse'],
    ]);
    expect(model.partI.outcome).toBe(
      'Part I stops at line 4: Dana Reyes is not an injured spouse for this return.',
    );
    expect(model.partI.advice).toContain('Form 8857');
    expect(model.answer.sentence).toBe(
      'Dana Reyes is not an injured spouse for this 2024 return (Part I stops at line 4), so no ' +
        'part of the joint overpayment of $2,817.00 is set aside for Dana Reyes; $2,817.00 goes to ' +
        'the past-due child support owed by Chris Reyes, and $0.00 is refunded to Chris Reyes.',
    );
  });

  it('lists Part III lines 13a to 20 with the Nov 2023 labels, in form order', () => {
    const model = buildWorksheetModel(allocate(caseJson('self-employed-estimated-2023.json')));
    expect(model.partIII.formRevision).toBe('Nov 2023');
    expect(model.partIII.lines.map((l) => [l.line, l.label])).toEqual([
      ['13a', 'Income reported on Form(s) W-2'],
      ['13b', 'All other income'],
      ['14', 'Adjustments to income'],
      ['15', 'Standard deduction or itemized deductions'],
      ['16', 'Nonrefundable credits'],
      ['17', 'Refundable credits (do not include any earned income credit)'],
      ['18', 'Other taxes'],
      ['19', 'Federal income tax withheld'],
      ['20', 'Payments'],
    ]);
    const line20 = model.partIII.lines[8]!;
    expect([line20.total, line20.injured, line20.other]).toEqual([
      '13500.00',
      '9580.95',
      '3919.05',
    ]);
  });

  it('shows the rate schedule arithmetic and the capital gain worksheet lines', () => {
    const model = buildWorksheetModel(allocate(caseJson('high-income-2025.json')));
    const tax = model.computation.find((s) => s.id === 'separate-tax')!;
    expect(tax.figures.map((f) => f.details)).toEqual([
      [
        '2025 married filing separately rate schedule: $17,651.00 tax on the first $103,350.00 + 24% x ($149,450.00 - $103,350.00) = $28,715.00',
      ],
      [
        'Qualified Dividends and Capital Gain Tax Worksheet (married filing separately): taxable income $112,650.00, of which $9,000.00 qualified dividends and net capital gain and $103,650.00 ordinary income',
        'Tax on the ordinary income: 2025 married filing separately rate schedule: $17,651.00 tax on the first $103,350.00 + 24% x ($103,650.00 - $103,350.00) = $17,723.00',
        'Preferential part: $0.00 at 0%, $9,000.00 at 15%, $0.00 at 20%; worksheet tax $19,073.00',
        'Regular tax on all taxable income: 2025 married filing separately rate schedule: $17,651.00 tax on the first $103,350.00 + 24% x ($112,650.00 - $103,350.00) = $19,883.00',
        'Tax: the smaller of the worksheet tax and the regular tax, $19,073.00',
      ],
    ]);
    // Below $100,000 the figure's formula already names the Tax Table row.
    const w2 = buildWorksheetModel(allocate(caseJson('w2-child-support-2024.json')));
    const rows = w2.computation.find((s) => s.id === 'separate-tax')!.figures;
    expect(rows.map((f) => [f.formula, f.details])).toEqual([
      ['Tax Table row $37,600.00 to $37,650.00 (married filing separately): $4,283.00', []],
      ['Tax Table row $13,600.00 to $13,650.00 (married filing separately): $1,403.00', []],
    ]);
  });

  it('explains community property: state, characterization, parts, state rule with tag', () => {
    const result = allocate(caseJson('tx-wages-mixed-debts-2024.json'));
    const cp = buildWorksheetModel(result).communityProperty!;
    expect(cp.statesText).toBe('Texas (TX)');
    expect(cp.characterization.map((c) => [c.item, c.character, c.basis])).toEqual([
      ["Ana's wages", 'community', 'default'],
      ["Luis's wages", 'community', 'default'],
    ]);
    expect(cp.parts.map((p) => [p.symbol, p.figure.amount])).toEqual([
      ['S_i', '0.00'],
      ['S_o', '0.00'],
      ['N', '1602.06'],
      ['L', '682.94'],
      ['C', '2285.00'],
    ]);
    expect(cp.stateRules.map((r) => [r.debtLabel, r.state, r.formula, r.confidence])).toEqual([
      ['Federal tax', 'TX', 'S_o + L + N/2', 'S'],
      ['Past-due child support', 'TX', 'S_o + C/2', 'S'],
    ]);
    expect(cp.stateRules.map((r) => r.reachable.amount)).toEqual(['1483.97', '1142.50']);
    expect(cp.steps.map((s) => [s.title, s.rows.map((r) => r.label)])).toEqual([
      ['Payments by character', ['Separate payments', 'Community payments']],
      [
        'Separate share of the income behind the tax share',
        ['Separate share of the income behind the tax share'],
      ],
      [
        'Separate and community parts',
        [
          'Separate parts S_i, S_o',
          'Community parts N, L',
          'Community part of the overpayment (C = N + L)',
          'Injured spouse share under community property law (S_i + C/2)',
        ],
      ],
    ]);
    expect([cp.injuredContribution, cp.injuredRefund]).toEqual(['1602.06', '801.03']);
    for (const format of FORMATS) {
      // HTML escapes the apostrophe; the text is the same.
      const out = renderWorksheet(result, { format, preparedDate: DATE }).replaceAll('&#x27;', "'");
      expect(out, format).toContain('Texas (TX)');
      expect(out, format).toContain('S_o + L + N/2');
      expect(out, format).toContain('Rev. Rul. 2004-74; IRS Chief Counsel advice SCAF-163134-01');
      // Page 1 says why in plain words, with the figures.
      expect(out.replace(/\s+/g, ' '), format).toContain(
        'Texas is a community property state: income either of you earned while married, and the tax paid from it, belongs to both of you',
      );
      expect(out.replace(/\s+/g, ' '), format).toContain(
        "Luis's debts took $1,483.97 of the $2,285.00, as far as state law lets them reach, so your estimated refund, $801.03, is less than what you paid in.",
      );
      expect(out.replace(/\s+/g, ' '), format).toContain(
        "The injured spouse's own contribution is $1,602.06; the estimated refund under state law is $801.03.",
      );
    }
  });

  it('has no community property section outside community property states', () => {
    const result = allocate(caseJson('w2-child-support-2024.json'));
    expect(buildWorksheetModel(result).communityProperty).toBeNull();
    for (const format of FORMATS) {
      expect(renderWorksheet(result, { format }).toLowerCase(), format).not.toContain(
        'community property:',
      );
    }
  });

  it('masks SSNs to the last four digits unless showFullSsn', () => {
    const c = caseJson('w2-child-support-2024.json');
    c.spouses.other.ssn = '400000002';
    const result = allocate(c);
    const masked = buildWorksheetModel(result).header.spouses.map((s) => s.ssn);
    expect(masked).toEqual(['***-**-0001', '***-**-0002']);
    const full = buildWorksheetModel(result, { showFullSsn: true }).header.spouses.map(
      (s) => s.ssn,
    );
    expect(full).toEqual(['400-00-0001', '400-00-0002']);
    for (const format of FORMATS) {
      const out = renderWorksheet(result, { format, preparedDate: DATE });
      expect(out, format).not.toContain('400-00-0001');
      expect(out, format).not.toContain('400000002');
      expect(out, format).toContain('***-**-0001');
      expect(renderWorksheet(result, { format, showFullSsn: true }), format).toContain(
        '400-00-0002',
      );
    }
  });

  it('orders the taxpayers as on the return and marks the injured spouse', () => {
    const c = caseJson('w2-child-support-2024.json');
    c.spouses.injured.shownFirst = false;
    c.spouses.other.shownFirst = true;
    const { header } = buildWorksheetModel(allocate(c));
    expect(header.spouses.map((s) => [s.name, s.shownFirst, s.isInjured])).toEqual([
      ['Chris Reyes', true, false],
      ['Dana Reyes', false, true],
    ]);
  });

  it('rejects options of the wrong type, naming them', () => {
    const result = allocate(caseJson('w2-child-support-2024.json'));
    const bad = (options: unknown) => () =>
      renderWorksheet(result, options as Parameters<typeof renderWorksheet>[1]);
    expect(bad({ format: 'pdf' })).toThrow(InvalidOptionError);
    expect(bad({ format: 'pdf' })).toThrow(
      'options.format: must be one of "html", "markdown", "text", got "pdf"',
    );
    expect(bad({ format: 'html', template: 42 })).toThrow('options.template');
    expect(bad({ format: 'html', preparedDate: 20250314 })).toThrow(
      'options.preparedDate: must be a string, got number',
    );
    expect(bad({ format: 'html', showFullSsn: 'yes' })).toThrow('options.showFullSsn');
  });
});

describe('renderWorksheet', () => {
  const w2 = allocate(caseJson('w2-child-support-2024.json'));

  it('is deterministic: the same result and options give byte-identical output', () => {
    for (const format of FORMATS) {
      const first = renderWorksheet(w2, { format, preparedDate: DATE });
      // Rendering something else in between must not change anything (cached templates).
      renderWorksheet(allocate(caseJson('eic-children-2024.json')), { format });
      renderWorksheet(w2, { format, template: 'x{{header.taxYear}}' });
      expect(
        renderWorksheet(allocate(caseJson('w2-child-support-2024.json')), {
          format,
          preparedDate: DATE,
        }),
      ).toBe(first);
    }
  });

  it('prints the three parts in order: client, preparer, reviewer', () => {
    const headings: Record<WorksheetFormat, string[]> = {
      html: [
        '<h1 id="client-title">For Dana Reyes: your share of the 2024 joint refund</h1>',
        '<h2>What to do next</h2>',
        'is an estimate of the IRS computation, not a determination',
        '<h2 id="preparer-title">Enter on Form 8379 (Rev. Nov 2023)</h2>',
        '<h3>Part III, whole dollars</h3>',
        '<h2 id="reviewer-title">How the refund was computed</h2>',
        '<h3>Part I path</h3>',
        '<h3>The computation, step by step</h3>',
        '<h3>Assumptions and alternatives</h3>',
      ],
      markdown: [
        '# For Dana Reyes: your share of the 2024 joint refund',
        '## What to do next',
        'is an estimate of the IRS computation, not a determination',
        '## Enter on Form 8379 (Rev. Nov 2023)',
        '### Part III, whole dollars',
        '## How the refund was computed',
        '### Part I path',
        '### Part III in cents, with the source of each amount',
        '### The computation, step by step',
        '### Assumptions and alternatives',
        '### Rules cited',
      ],
      text: [
        'For Dana Reyes: your share of the 2024 joint refund',
        '\nWHAT TO DO NEXT\n',
        'is an estimate of the IRS\ncomputation, not a determination',
        '\nENTER ON FORM 8379 (REV. Nov 2023)\n',
        '\nPart III, whole dollars:\n',
        '\nHOW THE REFUND WAS COMPUTED\n',
        '\nPART I PATH\n',
        '\nTHE COMPUTATION, STEP BY STEP\n',
        '\nASSUMPTIONS AND ALTERNATIVES\n',
        '\nRULES CITED\n',
      ],
    };
    for (const format of FORMATS) {
      const out = renderWorksheet(w2, { format, preparedDate: DATE });
      const positions = headings[format].map((h) => out.indexOf(h));
      expect(
        positions.every((p) => p >= 0),
        `${format}: ${JSON.stringify(positions)}`,
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        format,
      ).toEqual(positions);
    }
  });

  it('prints the date passed in, or a blank to fill in', () => {
    expect(renderWorksheet(w2, { format: 'text', preparedDate: 'March 14, 2025' })).toContain(
      'Date prepared: March 14, 2025\n',
    );
    expect(renderWorksheet(w2, { format: 'text' })).toContain('Date prepared: ________________\n');
    expect(renderWorksheet(w2, { format: 'html', preparedBy: 'Legal Aid Clinic' })).toContain(
      'Prepared by Legal Aid Clinic',
    );
  });

  it('tells what to do next, with the claim window of the tax year', () => {
    const md = renderWorksheet(w2, { format: 'markdown', preparedDate: DATE });
    expect(md).toContain(
      '- **How long it takes.** About 11 weeks when filed with an e-filed return, 14 weeks with a ' +
        'paper return, and 8 weeks when filed by itself.\n' +
        '- **Deadline.** For the 2024 return (due April 15, 2025), file by April 18, 2028, 3 years ' +
        'from the due date (from the day it was filed, if later, such as on an extension), or ' +
        'within 2 years of the day the refund was taken, whichever is later.\n' +
        '- **Which agency took the refund.** The Treasury Offset Program (800-304-3107) tells which ' +
        'agency took the refund and how much. Question the debt itself with that agency, not with ' +
        'the IRS.\n',
    );
    expect(md).toContain(
      "**The injured spouse's refund on this worksheet is an estimate of the IRS computation, not " +
        'a determination: the IRS makes its own allocation when it processes Form 8379, and the ' +
        'amount it refunds can differ.**',
    );
  });

  it('prints the warnings of the result', () => {
    const c = caseJson('w2-child-support-2024.json');
    c.jointReturn = { overpayment: '2800.00' };
    const result = allocate(c);
    const message =
      'The return shows an overpayment of $2,800.00 (Form 1040 line 34), but the items give $2,817.00 (difference -$17.00). The allocation uses the recomputed figure; check the items against the return.';
    expect(buildWorksheetModel(result).warnings).toEqual([
      { code: 'overpayment-mismatch', message },
    ]);
    for (const format of FORMATS) {
      const out = renderWorksheet(result, { format }).replace(/\s+/g, ' ');
      expect(out, format).toContain(message.replace(/\s+/g, ' '));
    }
  });

  it('escapes every user string in HTML', () => {
    const html = renderWorksheet(allocate(hostileCase()), {
      format: 'html',
      preparedDate: DATE,
      preparedBy: '<i>Firm</i> & Co',
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ana &amp; &quot;Luis&quot;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(html).toContain('O&#x27;Brien &amp; &lt;Co&gt;');
    expect(html).toContain('&lt;i&gt;Firm&lt;/i&gt; &amp; Co');
    expect(html).toContain('Title &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<img|<b>bold|<i>Firm/i);
    // Self-contained: nothing to fetch or run.
    expect(html).not.toMatch(/<link|<script|src=|@import|url\(|https?:\/\/(?!e\.x)/i);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("default-src 'none'");
  });

  it('keeps Markdown intact around user strings, without HTML escaping', () => {
    const md = renderWorksheet(allocate(hostileCase()), { format: 'markdown', preparedDate: DATE });
    expect(md).not.toContain('&amp;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain(
      // Issue 11: the ESC is shown as a visible escape, and the autolink's "://" is broken.
      'Ana & "Luis" \\| \\*x\\* \\_y\\_ \\[z\\](http\\://e.x) \\`c\\` \\\\u001b\\[31mred\\\\u001b\\[0m new # line',
    );
    expect(md).not.toContain('\u001b');
    // Every table keeps its column count: unescaped pipes per row equal the header's.
    const lines = md.split('\n');
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const pipes = (line.match(/(?<!\\)\|/g) ?? []).length;
      if (columns === 0) columns = pipes;
      expect(pipes, line).toBe(columns);
    }
  });

  it('keeps plain text fixed-width and free of control characters', () => {
    for (const { result } of [{ result: allocate(hostileCase()) }, ...allocatingCases()]) {
      const text = renderWorksheet(result, { format: 'text', preparedDate: DATE });
      for (const line of text.split('\n')) {
        expect(line.length, line).toBeLessThanOrEqual(78);
        // eslint-disable-next-line no-control-regex -- the control characters are what is tested
        expect(line, line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
        expect(line, line).toBe(line.trimEnd());
      }
    }
    const text = renderWorksheet(allocate(hostileCase()), { format: 'text' });
    expect(text).toContain(
      '  - Shown first: <script>alert(1)</script>, SSN ***-**-0001, injured spouse\n    box [X] checked',
    );
    expect(text).not.toContain('&amp;');
  });

  describe('a custom template (a letterhead)', () => {
    it('receives the same model and can include the built-in body', () => {
      const model: WorksheetModel = buildWorksheetModel(w2, { preparedDate: DATE });
      const out = renderWorksheet(w2, {
        format: 'markdown',
        preparedDate: DATE,
        template:
          'SMITH & CO\n{{header.injuredName}} {{money answer.injuredRefund}} {{answer.rows.length}}\n{{> worksheetBody}}',
      });
      const body = renderWorksheet(w2, { format: 'markdown', preparedDate: DATE });
      expect(out).toBe(`SMITH & CO\nDana Reyes $1,819.00 ${model.answer.rows.length}\n${body}`);
    });

    it('in HTML escapes what it prints and keeps the stylesheet partial', () => {
      const out = renderWorksheet(allocate(hostileCase()), {
        format: 'html',
        template:
          '<!doctype html><style>{{> worksheetStyle}}</style><p class="firm">{{header.injuredName}} / {{header.otherName}}</p>{{> worksheetBody}}',
      });
      expect(out).toContain(
        '<p class="firm">&lt;script&gt;alert(1)&lt;/script&gt; / Ana &amp; &quot;Luis&quot;',
      );
      expect(out).toContain('@page {\n  size: letter;');
      // The names in the running page header are CSS escapes: they cannot end the string.
      expect(out).toContain('content: "\\00003c script\\00003e alert');
      expect(out).not.toContain('<script>');
    });

    it('renders the letterhead example of docs/worksheet.md', () => {
      const doc = readFileSync(join(ROOT, 'docs', 'worksheet.md'), 'utf8');
      const letterhead = /const letterhead = `([\s\S]*?)`;/.exec(doc)?.[1];
      expect(letterhead).toBeDefined();
      const html = renderWorksheet(w2, {
        format: 'html',
        preparedDate: DATE,
        template: letterhead!,
      });
      const body = renderWorksheet(w2, { format: 'html', preparedDate: DATE });
      expect(html).toContain(
        '<div class="firm">Smith &amp; Co., Enrolled Agents · 12 Main St · prepared for Dana Reyes</div>',
      );
      expect(html).toContain('@page {\n  size: letter;');
      // The built-in body, whole.
      const start = body.indexOf('<section class="client"');
      const end = body.indexOf('</body>');
      expect(html).toContain(body.slice(start, end));
    });

    it('can use the helpers', () => {
      const out = renderWorksheet(w2, {
        format: 'text',
        template:
          '{{money answer.jointOverpayment}}|{{percent "0.7533"}}|{{cite "R-TAX-SHARE"}}|{{#each computation}}{{#if @first}}{{figure figures.[0]}}{{/if}}{{/each}}',
      });
      expect(out).toBe('$2,817.00|75.33%|R-TAX-SHARE · IRM 21.4.6.5.11 [S]|$37,600.00');
    });
  });
});
