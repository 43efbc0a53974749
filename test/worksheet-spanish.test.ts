/**
 * Issue 22: the worksheet in Spanish (`lang: 'es'`, `--lang es`).
 *
 * - The worksheet's two catalogues (src/report/i18n/en.ts, es.ts): the same ids, each of the same
 *   kind; every placeholder shown in both languages; no id unused.
 * - No tell-tale English word ("refund", "spouse", "the", "and") on the Spanish page 1 or in
 *   "Enter on Form 8379" of any reference case, the stops, the no-overpayment case and the
 *   checked cases, outside the form's English labels (marked `lang="en"`) and the names typed.
 * - The figures are the same in both languages: the result is never changed by rendering, and
 *   every amount of the English page 1 and Part III is on the Spanish ones.
 * - Page 1 of a checked case in English is, sentence for sentence, the check's own (src/check):
 *   the catalogue's English and the check's texts are held equal on many checked cases.
 * The printed Spanish page is tested in test/browser/worksheet-spanish-print.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  buildWorksheetModel,
  checkSentences,
  renderWorksheet,
  resultToJson,
  type AllocationResult,
} from '../src/index.js';
import { en } from '../src/report/i18n/en.js';
import { es } from '../src/report/i18n/es.js';
import {
  WORKSHEET_CATALOGUES,
  formatLongDate,
  joinList,
  plural,
} from '../src/report/i18n/index.js';
import { PART_III_LABELS } from '../src/trace/form.js';
import { CHECK_LETTERS } from '../src/check/types.js';
import { allocateUntyped, referenceCases } from './helpers.js';
import { asOfFor, checkedReferenceCases } from './support/letter-cases.js';
import { ROOT } from './cli-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Fn = (...args: unknown[]) => string;

// --- the catalogues -------------------------------------------------------------------------

/** Every id of a catalogue by its path, with its value; `tables` holds parts keyed by data. */
function entries(catalogue: object): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, v] of Object.entries(value)) walk(v, path === '' ? key : `${path}.${key}`);
    } else {
      out.set(path, value);
    }
  };
  walk(catalogue, '');
  return out;
}

const EN = entries(en);
const ES = entries(es);

/**
 * Parts whose keys are values of the data, not names in the code: each is held to its source
 * (a Part I line, a Part III line, a check rule, a letter, a stop reason, an e-file path).
 */
const TABLES: Readonly<Record<string, readonly string[]>> = {
  'client.stopAdvice': [
    'not-joint-return',
    'no-separate-debt',
    'legally-obligated',
    'no-payments-or-credits',
    'no-overpayment',
  ],
  'formEntry.translate.question': ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  'formEntry.translate.partIII': Object.keys(PART_III_LABELS),
  'check.titles': [
    'R-CHECK-OVERPAYMENT',
    'R-CHECK-OFFSETS',
    'R-CHECK-REFUND',
    'R-CHECK-INTEREST',
    'R-CHECK-DEADLINES',
  ],
  'check.sendLetter': CHECK_LETTERS,
  'check.letterTitles': CHECK_LETTERS,
  'formEntry.unknownQuestion': efileRulePaths(),
};

/** The case fields the e-file rules (src/official-form) name when the case does not answer them. */
function efileRulePaths(): string[] {
  const dir = join(ROOT, 'src', 'official-form');
  const source = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  // Rules that fail on a field the case gives (the tax year, Part I, the states) need no question.
  const answered = ['taxYear', 'partI.jointReturn', 'communityProperty.states'];
  return [...new Set([...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!))].filter(
    (p) => !answered.includes(p),
  );
}

/** A sentinel argument for each parameter, by its name in en.ts. */
function sentinel(name: string, i: number, path: string): unknown {
  const numbers = ['year', 'n', 'line', 'passing', 'injuredBoxes', 'otherBoxes'];
  if (numbers.includes(name) || (path === 'formEntry.efilePass' && name === 'total')) {
    return [7919, 7927, 7933, 7937, 7949][i];
  }
  switch (name) {
    case 'order':
      return 'first';
    case 'type':
      return 'childSupport';
    case 'states':
      return ['TX', 'NM'];
    case 'amended':
    case 'described':
      return true;
    case 'parts':
    case 'lines':
      return [`⟦${name}1⟧`, `⟦${name}2⟧`];
    case 'p':
      return {
        name: '⟦name⟧',
        ptin: '⟦ptin⟧',
        selfEmployed: true,
        firm: '⟦firm⟧',
        ein: '⟦ein⟧',
        phone: '⟦phone⟧',
      };
    case 'fails':
      return [{ id: '⟦id⟧', detail: '⟦detail⟧' }];
    case 'groups':
      return [{ ids: ['⟦id1⟧', '⟦id2⟧'], question: '⟦question⟧' }];
    default:
      return `⟦${name}⟧`;
  }
}

/** A function's parameter names, from its source (tsx keeps them). */
function parameterNames(f: Fn): string[] {
  const m = /^\(([^)]*)\)|^(\w+)\s*=>/.exec(f.toString());
  const list = m?.[1] ?? m?.[2] ?? '';
  return list
    .split(',')
    .map((p) => p.trim().split(/[\s:=]/)[0]!)
    .filter(Boolean);
}

/** Every sentinel a text shows: strings in ⟦ ⟧, numbers as written or grouped, states by name. */
function shown(text: string, args: readonly unknown[]): string[] {
  const out: string[] = [];
  const see = (value: unknown, label: string) => {
    if (typeof value === 'string' && value.startsWith('⟦')) {
      if (text.includes(value)) out.push(label);
    } else if (typeof value === 'number') {
      if (text.includes(String(value)) || text.includes(value.toLocaleString('en-US')))
        out.push(label);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => see(v, `${label}[${i}]`));
      if (value.includes('TX') && /Texas|TX/.test(text)) out.push(label);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) see(v, `${label}.${k}`);
    }
  };
  args.forEach((a, i) => see(a, `#${i}`));
  return out;
}

/**
 * Placeholders a language leaves out on purpose: the Spanish points to the English details of a
 * rejected e-file rule (the engine's words, printed in the reviewer part) instead of repeating
 * them, and needs no "described" to name a split item.
 */
const SHOWN_IN_ENGLISH_ONLY = new Set([
  'formEntry.efileReject #0',
  'formEntry.efileFails #0[0].detail',
]);

describe('the worksheet catalogues (issue 22)', () => {
  it('have the same ids in English and Spanish, each of the same kind', () => {
    // English has no words to put beside the form's own (`translate`) and gives the engine's
    // own Part I advice (`stopAdvice`): both `null` there, tables in Spanish (held below).
    const inSpanishOnly = (k: string) =>
      k.startsWith('client.stopAdvice.') || k.startsWith('formEntry.translate.');
    expect([...ES.keys()].filter((k) => !EN.has(k) && !inSpanishOnly(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !ES.has(k) && !inSpanishOnly(`${k}.`))).toEqual([]);
    const differ: string[] = [];
    for (const [path, value] of ES) {
      const english = EN.get(path);
      if (english === null || inSpanishOnly(path)) continue;
      if (typeof value !== typeof english)
        differ.push(`${path}: ${typeof english}, ${typeof value}`);
    }
    expect(differ).toEqual([]);
    expect(en.formEntry.translate).toBeNull();
    expect(en.client.stopAdvice).toBeNull();
    expect(en.page.reviewerInEnglish).toBeNull();
    expect(typeof es.page.reviewerInEnglish).toBe('string');
    expect(EN.size).toBeGreaterThan(130);
    expect(Object.keys(WORKSHEET_CATALOGUES)).toEqual(['en', 'es']);
  });

  it('key their tables by the data they translate', () => {
    for (const [path, keys] of Object.entries(TABLES)) {
      for (const catalogue of [en, es]) {
        const table = path.split('.').reduce<any>((o, k) => o?.[k], catalogue); // eslint-disable-line @typescript-eslint/no-explicit-any
        if (table === null || table === undefined) continue;
        expect(Object.keys(table).sort(), `${catalogue.lang} ${path}`).toEqual([...keys].sort());
      }
    }
  });

  it('show every placeholder in both languages', () => {
    const missing: string[] = [];
    let called = 0;
    for (const [path, value] of EN) {
      if (typeof value !== 'function') continue;
      const names = parameterNames(value as Fn);
      expect(names.length, path).toBe((value as Fn).length);
      const args = names.map((n, i) => sentinel(n, i, path));
      const english = shown((value as Fn)(...args), args);
      const spanish = shown((ES.get(path) as Fn)(...args), args);
      called++;
      const only = (a: string[], b: string[]) =>
        a.filter((x) => !b.includes(x) && !SHOWN_IN_ENGLISH_ONLY.has(`${path} ${x}`));
      const lost = [...only(english, spanish), ...only(spanish, english)];
      if (lost.length > 0) missing.push(`${path}: ${lost.join(', ')} shown in one language only`);
    }
    expect(missing).toEqual([]);
    expect(called).toBeGreaterThan(60);
  });

  it('have no id that the code does not use', () => {
    const code = readdirSync(join(ROOT, 'src', 'report'))
      .filter((f) => f.endsWith('.ts') && f !== 'templates.generated.ts')
      .map((f) => readFileSync(join(ROOT, 'src', 'report', f), 'utf8'))
      .join('\n');
    const unused: string[] = [];
    for (const path of EN.keys()) {
      const table = Object.keys(TABLES).find((t) => path.startsWith(`${t}.`));
      const segments = (table ?? path).split('.');
      const last = segments[segments.length - 1]!;
      if (path === 'lang') continue; // read by the language rules, as `cat.lang`
      if (!new RegExp(`\\.${last}\\b`).test(code)) unused.push(path);
    }
    expect(unused).toEqual([]);
  });

  it('write the language rules: plurals, lists and long dates', () => {
    expect(plural('es', 1, { one: 'el punto', other: 'los 2 puntos' })).toBe('el punto');
    expect(plural('es', 2, { one: 'el punto', other: 'los 2 puntos' })).toBe('los 2 puntos');
    expect(plural('es', 0, { one: 'x', other: 'y' })).toBe('y');
    expect(joinList('es', ['a', 'b', 'c'])).toBe('a, b y c');
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatLongDate('es', { year: 2028, month: 4, day: 15 })).toBe('15 de abril de 2028');
    expect(formatLongDate('en', { year: 2028, month: 4, day: 15 })).toBe('April 15, 2028');
    expect(es.client.checkFirst(1)).toContain('el punto');
    expect(es.client.checkFirst(3)).toContain('los 3 puntos');
  });
});

// --- the pages ------------------------------------------------------------------------------

interface PageCase {
  readonly name: string;
  readonly result: AllocationResult;
}

/** Every reference case, the Part I stops, the no-overpayment case and the checked cases. */
function pageCases(): PageCase[] {
  const cases: PageCase[] = referenceCases().map((c) => ({
    name: c.file.replace(/\.json$/, ''),
    result: allocateUntyped(c.json),
  }));
  const w2 = referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!.json as Json;
  const obligated = structuredClone(w2);
  obligated.partI.injuredLegallyObligated = true;
  cases.push({ name: 'Part I stop (line 4)', result: allocateUntyped(obligated) });
  const noDebt = structuredClone(w2);
  noDebt.partI.debtOwedOnlyBySpouse = false;
  cases.push({ name: 'Part I stop (line 3)', result: allocateUntyped(noDebt) });
  const none = structuredClone(w2);
  for (const item of none.items) delete item.withholding;
  cases.push({ name: 'no overpayment', result: allocateUntyped(none) });
  for (const c of checkedReferenceCases())
    cases.push({ name: `${c.name}, checked`, result: c.result });
  return cases;
}

const PAGES = pageCases();

/** The texts a person typed (names, titles, descriptions, addresses): never translated. */
function typedTexts(result: AllocationResult): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (
        /name|title|description|agency|address|firm|source|line\d?$/i.test(key) ||
        /^\d+$/.test(key)
      )
        texts.push(value);
    } else if (Array.isArray(value))
      value.forEach((v, i) => walk(v, /address/i.test(key) ? String(i) : key));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(result.input, '');
  return texts.filter((t) => !/^-?\d+(\.\d+)?$/.test(t)).sort((a, b) => b.length - a.length);
}

/** Page 1 and "Enter on Form 8379" of the HTML, as the text a reader hears in Spanish. */
function spanishText(html: string, result: AllocationResult): string {
  const start = html.indexOf('<section class="client"');
  const end = html.indexOf('<section class="reviewer"');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  let text = html
    .slice(start, end)
    .replace(/<(\w+)\b[^>]*\blang="en"[^>]*>[^<]*<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&middot;/g, '·')
    .replace(/&#\d+;/g, ' ');
  for (const typed of typedTexts(result)) text = text.split(typed).join(' ');
  return text.replace(/\s+/g, ' ');
}

/**
 * English the Spanish page names on purpose: what to write on Form 1040 ("Injured Spouse"), the
 * reviewer part's heading it points to, and the Treasury Offset Program's own name beside the
 * Spanish one.
 */
const NAMED_ENGLISH = ['“Injured Spouse”', '“Check these first”', 'Treasury Offset Program'];

const TELL_TALE = /\b(refund|spouse|the|and)\b/i;

describe('the Spanish worksheet (issue 22)', () => {
  it('has no tell-tale English word on page 1 or in "Enter on Form 8379", in any case', () => {
    const found: string[] = [];
    for (const { name, result } of PAGES) {
      let text = spanishText(renderWorksheet(result, { format: 'html', lang: 'es' }), result);
      for (const named of NAMED_ENGLISH) text = text.split(named).join(' ');
      const m = TELL_TALE.exec(text);
      if (m)
        found.push(
          `${name}: “${m[0]}” in …${text.slice(Math.max(0, m.index - 80), m.index + 40)}…`,
        );
    }
    expect(found).toEqual([]);
    expect(PAGES.length).toBeGreaterThan(20);
    // The check sees English left unmarked.
    expect(
      TELL_TALE.test(
        spanishText(
          '<p><section class="client"><p>the refund</p><section class="reviewer">',
          PAGES[0]!.result,
        ),
      ),
    ).toBe(true);
  });

  it('keeps every form label English beside the Spanish, marked for screen readers', () => {
    const texas = PAGES.find((p) => p.name === 'tx-wages-mixed-debts-2024')!.result;
    const html = renderWorksheet(texas, { format: 'html', lang: 'es' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('<section class="reviewer" aria-labelledby="reviewer-title" lang="en">');
    expect(html).toContain(`<p class="small" lang="es">${es.page.reviewerInEnglish}</p>`);
    expect(html).toContain(
      '<span lang="en">Income reported on Form(s) W-2</span> <span class="tr">(ingresos de los Formularios W-2)</span>',
    );
    expect(html).toContain('<th class="numh" lang="en">(a) Amount shown on joint return</th>');
    expect(html).toContain('Columnas: (a) cantidad en la declaración conjunta;');
    expect(html).toContain('Línea 2: <b lang="en">Yes</b> (sí)');
    expect(html).toContain('<h2>Qué hacer ahora</h2>');
    const text = renderWorksheet(texas, { format: 'text', lang: 'es' });
    expect(text).toContain('\nQUÉ HACER AHORA\n');
    expect(text).toContain('\nANOTE EN EL FORMULARIO 8379 (FORM 8379, REV.');
    expect(text).toContain('\nHOW THE REFUND WAS COMPUTED\n');
    const md = renderWorksheet(texas, { format: 'markdown', lang: 'es' });
    expect(md).toContain('\n## Qué hacer ahora\n');
    expect(md).toContain(
      '| 13a | Income reported on Form(s) W-2 (ingresos de los Formularios W-2) |',
    );
  });

  it('writes the dates, the claim window, the processing times and the Treasury Offset Program in Spanish', () => {
    const w2 = PAGES.find((p) => p.name === 'w2-child-support-2024')!.result;
    const text = renderWorksheet(w2, { format: 'text', lang: 'es' }).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Fecha límite. Para la declaración de 2024 (con vencimiento el 15 de abril de 2025), presente a más tardar el 18 de abril de 2028, 3 años desde la fecha de vencimiento',
    );
    expect(text).toContain(
      'Cuánto tarda. Unas 11 semanas si se presenta con una declaración electrónica, 14 semanas con una declaración en papel y 8 semanas si se presenta por sí solo.',
    );
    expect(text).toContain('(Treasury Offset Program, 800-304-3107)');
    expect(text).toContain('Reembolso estimado para el cónyuge perjudicado');
    expect(text).toMatch(/\$1,819\.00/);
  });

  it('prints the same figures in both languages, and rendering changes nothing in the result', () => {
    const amounts = (s: string) => [...s.matchAll(/-?\$[\d,]+\.\d\d/g)].map((m) => m[0]).sort();
    for (const { name, result } of PAGES) {
      const before = JSON.stringify(resultToJson(result));
      const english = buildWorksheetModel(result, { lang: 'en' });
      const spanish = buildWorksheetModel(result, { lang: 'es' });
      expect(JSON.stringify(resultToJson(result)), name).toBe(before);
      expect(spanish.client.refund, name).toBe(english.client.refund);
      expect(
        spanish.formEntry.partIII.map((l) => [l.total, l.injured, l.other]),
        name,
      ).toEqual(english.formEntry.partIII.map((l) => [l.total, l.injured, l.other]));
      const page1 = (m: typeof english) =>
        [m.client.headline, m.client.offsets, ...m.client.why, ...m.client.lead].join(' ');
      expect(amounts(page1(spanish)), name).toEqual(amounts(page1(english)));
      // The reviewer part is the same English in both.
      const reviewer = (html: string) => html.slice(html.indexOf('<h2 id="reviewer-title">'));
      expect(
        reviewer(renderWorksheet(result, { format: 'html', lang: 'es' })).replace(
          /<p class="small" lang="es">[^<]*<\/p>\n\s*/,
          '',
        ),
        name,
      ).toBe(reviewer(renderWorksheet(result, { format: 'html' })));
    }
  });

  it('refuses a language it does not write, naming the option', () => {
    const result = PAGES[0]!.result;
    expect(() => renderWorksheet(result, { format: 'html', lang: 'fr' as 'es' })).toThrow(
      'options.lang: must be one of "en", "es", got "fr"',
    );
  });

  it('is printed by the CLI with --lang es, and --lang is refused for the JSON result', () => {
    const file = join(ROOT, 'examples', 'texas-couple', 'case.json');
    const run = (...args: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    const out = run(
      'allocate',
      file,
      '--format',
      'markdown',
      '--lang',
      'es',
      '--date',
      '2026-12-06',
    );
    expect(out.startsWith('# Para Ana Garza: su parte del reembolso conjunto de 2024\n')).toBe(
      true,
    );
    let error = '';
    try {
      run('allocate', file, '--lang', 'es');
    } catch (e) {
      error = String((e as { stderr: string }).stderr);
    }
    expect(error).toBe(
      'form8379: --lang: only for a worksheet (--format html, markdown or text), not --format json\n',
    );
  });
});

// --- page 1 of a checked case ---------------------------------------------------------------

/** Checked cases of every kind of next step: the reference checks and variants of their afterFiling. */
function checkedVariants(): { name: string; result: AllocationResult }[] {
  const out: { name: string; result: AllocationResult }[] = [];
  for (const c of checkedReferenceCases()) {
    const year = Number(c.json.taxYear);
    const estimate = c.result.distribution.injuredRefund.amount.toFixed(2);
    const variant = (name: string, change: (af: Json) => void, asOf = asOfFor(year)) => {
      const json = structuredClone(c.json) as Json;
      change(json.afterFiling);
      out.push({ name: `${c.name}: ${name}`, result: allocateUntyped(json, { asOf }) });
    };
    out.push({ name: c.name, result: c.result });
    variant('received as estimated, with interest', (a) => {
      a.received = [{ amount: estimate, date: `${year + 1}-05-02` }];
      a.irsNotice = { ...a.irsNotice, interest: '12.34' };
    });
    variant('the IRS changed the return', (a) => {
      a.offsetNotice.originalRefund = (Number(a.offsetNotice.originalRefund) + 250).toFixed(2);
    });
    variant(
      'still pending',
      (a) => {
        a.form8379Filed = { date: `${year + 1}-05-20`, efiled: false };
      },
      `${year + 1}-06-02`,
    );
    variant('the time to claim has passed', () => undefined, `${year + 9}-06-02`);
    variant('not filed yet', (a) => {
      delete a.form8379Filed;
    });
  }
  const example = JSON.parse(
    readFileSync(join(ROOT, 'examples', 'two-earners-child-support', 'case.json'), 'utf8'),
  ) as Json;
  const exampleWith = (name: string, change: (c: Json) => void, asOf = '2025-06-02') => {
    const c = structuredClone(example);
    change(c);
    out.push({ name: `two-earners-child-support: ${name}`, result: allocateUntyped(c, { asOf }) });
  };
  // result-check.md, reference check 4: the IRS split the joint interest half each.
  exampleWith('the IRS split the interest its default way', (c) => {
    c.items[2] = { ...c.items[2], injuredShare: '400.00' };
    c.afterFiling = { received: [{ amount: '1819.00' }] };
  });
  exampleWith('offsets the case does not explain', (c) => {
    c.afterFiling = {
      offsetNotice: { offsets: [{ amount: '500.00', debtType: 'childSupport' }] },
      received: [{ amount: '1819.00' }],
    };
  });
  exampleWith(
    'the time to claim has passed, Form 8379 not filed',
    (c) => {
      c.afterFiling = { received: [{ amount: '1500.00' }] };
    },
    '2031-06-02',
  );
  return out;
}

describe('page 1 of a checked case', () => {
  const variants = checkedVariants();

  it('in English is the check’s own sentences, lead and next steps', () => {
    for (const { name, result } of variants) {
      const model = buildWorksheetModel(result);
      expect(model.check, name).not.toBeNull();
      expect(model.client.lead, name).toEqual(model.check!.lead);
      if (model.client.status !== 'refund') continue;
      const texts = model.client.nextSteps.map((s) => s.text);
      model.check!.nextSteps.forEach((s, i) => {
        expect(texts[i]!.startsWith(s.text), `${name}: ${texts[i]} / ${s.text}`).toBe(true);
      });
    }
  });

  it('are the library’s checkSentences, for a page of one’s own (the app), in both languages', () => {
    for (const { name, result } of variants) {
      for (const lang of ['en', 'es'] as const) {
        const words = checkSentences(result, lang)!;
        const model = buildWorksheetModel(result, { lang });
        expect(words.lead, name).toEqual(model.client.lead);
        if (model.client.status !== 'refund') continue;
        words.nextSteps.forEach((s, i) => {
          expect(model.client.nextSteps[i]!.title, name).toBe(s.title);
          expect(model.client.nextSteps[i]!.text.startsWith(s.text), name).toBe(true);
        });
      }
    }
    expect(checkSentences(PAGES[0]!.result)).toBeNull();
    expect(() => checkSentences(variants[0]!.result, 'fr' as 'es')).toThrow(
      'lang: must be one of "en", "es", got "fr"',
    );
  });

  it('in Spanish has a sentence of its own for every English one', () => {
    const stepIds = new Set<string>();
    for (const { name, result } of variants) {
      const english = buildWorksheetModel(result);
      const spanish = buildWorksheetModel(result, { lang: 'es' });
      expect(spanish.client.lead.length, name).toBe(english.client.lead.length);
      expect(spanish.client.nextSteps.length, name).toBe(english.client.nextSteps.length);
      spanish.client.nextSteps.forEach((s, i) => {
        expect(s.text, name).not.toBe(english.client.nextSteps[i]!.text);
        expect(
          TELL_TALE.test(s.text.replace('Treasury Offset Program', '')),
          `${name}: ${s.text}`,
        ).toBe(false);
      });
      for (const s of english.client.nextSteps) {
        for (const [id, f] of Object.entries(en.check.steps)) {
          const head = (typeof f === 'function' ? (f as Fn)('\u0000', '\u0000') : f).split(
            '\u0000',
          )[0]!;
          if (s.text.startsWith(head)) stepIds.add(id);
        }
      }
    }
    // Every kind of next step the check gives was on a page above.
    expect([...stepIds].sort()).toEqual(Object.keys(en.check.steps).sort());
  });
});
