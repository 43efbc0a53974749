/**
 * The worksheet speaks to its readers, not to developers: no output of any format holds a JSON
 * path (`items[`, `debts[`, `jointReturn.`) or an option's JSON name outside the reviewer part's
 * assumptions list; and "Enter on Form 8379" keeps (a) = (b) + (c) in whole dollars on every
 * Part III line of 10,000 generated returns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_PROPERTY_STATES,
  WORKSHEET_FORMATS,
  buildWorksheetModel,
  renderWorksheet,
  type AllocationOptions,
  type AllocationResult,
  type WorksheetFormat,
} from '../src/index.js';
import { DEFAULT_OPTIONS } from '../src/pipeline/options.js';
import { caseNames } from '../src/report/names.js';
import { Dec, toWholeDollars } from '../src/core/money.js';
import { caseArb } from './arbitraries.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';

const OPTION_NAMES = Object.keys(DEFAULT_OPTIONS);

/** Where each format's assumptions list starts and what follows it. */
const ASSUMPTIONS: Record<WorksheetFormat, readonly [string, string]> = {
  html: ['<h3>Assumptions and alternatives</h3>', '</ul>'],
  markdown: ['### Assumptions and alternatives', '### Rules cited'],
  text: ['\nASSUMPTIONS AND ALTERNATIVES\n', '\nRULES CITED\n'],
};

/** The output without its assumptions list (which may name options: it says how to change them). */
function outsideAssumptions(out: string, format: WorksheetFormat): string {
  const [head, tail] = ASSUMPTIONS[format];
  const start = out.indexOf(head);
  expect(start, `${format}: the assumptions heading`).toBeGreaterThan(0);
  const end = out.indexOf(tail, start + head.length);
  expect(end, `${format}: the end of the assumptions`).toBeGreaterThan(start);
  return out.slice(0, start) + out.slice(end);
}

/** What a reader must never see: JSON paths anywhere, option names outside the assumptions. */
function developerTerms(out: string, format: WorksheetFormat): string[] {
  const found: string[] = [];
  // Markdown escapes brackets: `items\[0\]` is the same path.
  for (const path of ['items[', 'items\\[', 'debts[', 'debts\\[', 'jointReturn.']) {
    if (out.includes(path)) found.push(path);
  }
  const rest = outsideAssumptions(out, format);
  for (const name of OPTION_NAMES) {
    if (new RegExp(`\\b${name}\\b`).test(rest)) found.push(name);
  }
  return found;
}

/** Options that make the engine name themselves in formulas and warnings. */
const OPTION_VARIANTS: readonly AllocationOptions[] = [
  {},
  { creditFloor: 'per-spouse', zeroTaxRatio: 'equal' },
  { creditLimit: 'none', undatedDebts: 'undated-first', ratioDecimals: 6 },
  { communityPropertyNetting: 'independent' },
];

/** A generated return, in a community property state one time in three, with descriptions. */
const readersCaseArb = fc
  .tuple(
    caseArb,
    fc.option(fc.constantFrom(...COMMUNITY_PROPERTY_STATES), { nil: undefined }),
    fc.integer({ min: 0, max: 2 }),
    fc.boolean(),
  )
  .map(([c, state, cp, described]) => {
    const out: Record<string, unknown> = structuredClone(c);
    if (state !== undefined && cp === 0) out.communityProperty = { states: [state] };
    if (described) {
      out.items = c.items.map((item, i) =>
        i % 2 === 0 ? { ...item, description: `W-2 #${i}` } : item,
      );
      out.debts = c.debts.map((d, i) => ({ ...d, description: `case ${i + 1}` }));
    }
    return out;
  });

describe('the worksheet names things as its readers do', () => {
  it('the reference cases: no JSON path, no option name outside the assumptions', () => {
    for (const c of referenceCases()) {
      for (const options of OPTION_VARIANTS) {
        const result = allocate(c.json, options);
        for (const format of WORKSHEET_FORMATS) {
          const out = renderWorksheet(result, { format, preparedDate: '2025-03-14' });
          expect(
            developerTerms(out, format),
            `${c.file} ${format} ${JSON.stringify(options)}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('300 generated returns, with every option variant', () => {
    fc.assert(
      fc.property(readersCaseArb, fc.constantFrom(...OPTION_VARIANTS), (c, options) => {
        const result = allocate(c, options);
        for (const format of WORKSHEET_FORMATS) {
          const out = renderWorksheet(result, { format });
          expect(developerTerms(out, format), format).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 8379 },
    );
  });

  it('items by their description or "Dana\'s wages", debts by type, joint figures by line', () => {
    const c = structuredClone(
      referenceCases().find((r) => r.file === 'w2-child-support-2024.json')!.json,
    ) as unknown as {
      items: { description?: string }[];
      debts: { description?: string }[];
    };
    c.items[0]!.description = 'Acme Corp W-2';
    const model = buildWorksheetModel(allocate(c));
    expect(model.partIII.lines[0]!.entries.map((e) => e.source)).toEqual([
      'Acme Corp W-2',
      "Chris's wages",
    ]);
    expect(model.partIII.lines.find((l) => l.line === '13b')!.entries[0]!.source).toBe(
      'joint interest',
    );
    const offsets = model.computation.find((s) => s.id === 'offsets')!;
    expect(offsets.figures.map((f) => [f.label, f.inputs.map((i) => i.text)])).toEqual([
      ['Offset: Past-due child support', ['$3,000.00', '$998.00']],
    ]);
    // An option the engine names in a formula or warning becomes the choice made.
    const names = caseNames(allocate(c).input);
    expect(names.text('not below 0 (option creditFloor "per-spouse") [A]')).toBe(
      'not below 0 (the "per-spouse" choice, see the assumptions) [A]',
    );
    expect(names.text("split in proportion to each spouse's credits (option creditLimit).")).toBe(
      "split in proportion to each spouse's credits (see the assumptions).",
    );
    expect(names.text('debts[0] childSupport up to S_o + C/2; items[1].withholding')).toBe(
      "past-due child support up to S_o + C/2; the withholding of Chris's wages",
    );
    const noEic = model.assumptions.find((a) => a.id === 'A-NO-EIC')!;
    expect(noEic.text).toBe(
      'The case gives no earned income credit (Form 1040 line 27, the earned income credit), so none is allocated.',
    );
  });
});

describe('Enter on Form 8379: whole dollars', () => {
  /** The checks of one result; returns the lines where (c) took the rounding dollar. */
  function checkWholeDollars(result: AllocationResult): void {
    const model = buildWorksheetModel(result);
    const cents = new Map(model.partIII.lines.map((l) => [l.line, l]));
    expect(model.formEntry.partIII.map((l) => l.line)).toEqual(
      model.partIII.lines.map((l) => l.line),
    );
    for (const line of model.formEntry.partIII) {
      const c = cents.get(line.line)!;
      for (const v of [line.total, line.injured, line.other]) expect(v).toMatch(/^-?\d+$/);
      // (a) = (b) + (c), exactly, after rounding.
      expect(BigInt(line.injured) + BigInt(line.other), line.line).toBe(BigInt(line.total));
      // (a) and (b) are their cents rounded half-up; (c) at most a dollar from its own.
      expect(line.total).toBe(toWholeDollars(new Dec(c.total)).toFixed(0).replace(/^-0$/, '0'));
      expect(line.injured).toBe(toWholeDollars(new Dec(c.injured)).toFixed(0).replace(/^-0$/, '0'));
      const own = toWholeDollars(new Dec(c.other));
      const gap = new Dec(line.other).minus(own).abs();
      expect(gap.lessThanOrEqualTo(1), line.line).toBe(true);
      expect(line.adjusted).toBe(!gap.isZero());
      // Rounding is monotone: a column never changes sign.
      if (new Dec(c.other).greaterThanOrEqualTo(0)) expect(BigInt(line.other) >= 0n).toBe(true);
      if (new Dec(c.other).lessThanOrEqualTo(0)) expect(BigInt(line.other) <= 0n).toBe(true);
    }
  }

  it('(a) = (b) + (c) on every line of 10,000 generated returns', () => {
    fc.assert(
      fc.property(readersCaseArb, (c) => checkWholeDollars(allocate(c))),
      { numRuns: 10_000, seed: 2026 },
    );
  });

  it('the dollar goes to (c) when both columns end in 50 cents, and the note says where', () => {
    const c = structuredClone(
      referenceCases().find((r) => r.file === 'w2-child-support-2024.json')!.json,
    ) as unknown as {
      items: { kind: string; spouse: string; amount: string }[];
    };
    c.items.push({ kind: 'interest', spouse: 'joint', amount: '21.00' });
    c.items.push({ kind: 'dividends', spouse: 'injured', amount: '0.50' });
    c.items.push({ kind: 'dividends', spouse: 'other', amount: '0.50' });
    const result = allocate(c);
    checkWholeDollars(result);
    const model = buildWorksheetModel(result);
    const line = model.formEntry.partIII.find((l) => l.line === '13b')!;
    // 400.00 + 21.00 joint interest + 1.00 dividends = 422.00; (b) 210.50 + 0.50 = 211.00; (c) 211.00.
    expect([line.total, line.injured, line.other, line.adjusted]).toEqual([
      '422',
      '211',
      '211',
      false,
    ]);
    const gross = structuredClone(c);
    gross.items.splice(
      -3,
      3,
      { kind: 'interest', spouse: 'injured', amount: '10.50' },
      {
        kind: 'interest',
        spouse: 'other',
        amount: '10.50',
      },
    );
    const m = buildWorksheetModel(allocate(gross));
    const l13b = m.formEntry.partIII.find((l) => l.line === '13b')!;
    // 421.00 = 210.50 + 210.50: (a) 421, (b) 211, (c) 210, a dollar below its own 211.
    expect([l13b.total, l13b.injured, l13b.other, l13b.adjusted]).toEqual([
      '421',
      '211',
      '210',
      true,
    ]);
    expect(m.formEntry.rounding).toContain(
      'On line 13b, (c) is a dollar away from its own cents rounded',
    );
  });
});
