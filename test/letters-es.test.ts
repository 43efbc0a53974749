/**
 * Issue 22, item 4: the person's letters in Spanish (`lang: 'es'`).
 * - Letter C (`advocate`, the statement for the Taxpayer Advocate Service with Form 911(SP)) is
 *   written in Spanish: the key sentences for the six reference checks of result-check.md
 *   section 5, exactly, in every format; the same figures as the English letter; no tell-tale
 *   English word; the Spanish dates; a snapshot.
 * - Letters A, B and D stay English (the IRS and the agency read them) with one Spanish sentence
 *   for the person, marked `lang="es"`: without it, the output is the English one byte for byte.
 * - The catalogues (src/report/i18n/letters-en.ts, letters-es.ts): the same ids, of the same
 *   kind, with the same placeholders, each used.
 * - The 24 hostile payloads through the Spanish letter C.
 * The printed pages are checked in test/browser/letters-print.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  allocate,
  buildLetterModel,
  renderLetter,
  type AllocationResult,
  type CaseInput,
  type CheckLetter,
  type WorksheetFormat,
} from '../src/index.js';
import { LETTER_REFS } from '../src/report/check-section.js';
import { lettersEn } from '../src/report/i18n/letters-en.js';
import { lettersEs } from '../src/report/i18n/letters-es.js';
import { SENDER_ADDRESS, checkedReferenceCases, withAfterFiling } from './support/letter-cases.js';
import {
  HOSTILE_TEXTS,
  expectHtmlEscaped,
  expectMarkdownEscaped,
  expectTextEscaped,
  putHostileText,
  readable,
} from './support/letter-text.js';

const FORMATS: readonly WorksheetFormat[] = ['html', 'markdown', 'text'];
const EXTENSIONS = { html: 'html', markdown: 'md', text: 'txt' } as const;
const ROOT = join(import.meta.dirname, '..');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function example(): Json {
  return JSON.parse(
    readFileSync(join(ROOT, 'examples', 'two-earners-child-support', 'case.json'), 'utf8'),
  );
}

interface SpanishCase {
  readonly name: string;
  readonly result: AllocationResult;
  readonly date: string;
  /** The names the user typed (the spouses'): English words in them are not the letter's. */
  readonly names: readonly string[];
}

/** The six reference checks of result-check.md section 5, each with the sender's address. */
function referenceChecks(): SpanishCase[] {
  const make = (name: string, json: Json, date = '2025-06-02'): SpanishCase => {
    json.afterFiling.senderAddress = SENDER_ADDRESS;
    return {
      name,
      date,
      result: allocate(json as CaseInput, { asOf: date }),
      names: [json.spouses.injured.name, json.spouses.other.name],
    };
  };
  const split = example();
  split.items[2] = { ...split.items[2], injuredShare: '400.00' };
  return [
    make(
      '1. pending',
      {
        ...example(),
        form8379: { filedWith: 'originalReturn' },
        afterFiling: { form8379Filed: { date: '2025-02-10', efiled: true }, received: [] },
      },
      '2025-03-17',
    ),
    make('2. rounding', {
      ...example(),
      afterFiling: {
        received: [{ amount: '1,821.00' }],
        irsNotice: { kind: 'other', interest: 0 },
      },
    }),
    make('3. return-changed', {
      ...example(),
      afterFiling: {
        offsetNotice: { originalRefund: '2617.00' },
        received: [{ amount: '1821.00' }],
      },
    }),
    make('4. irs-default-split', { ...split, afterFiling: { received: [{ amount: '1819.00' }] } }),
    make('5. unexplained', { ...example(), afterFiling: { received: [{ amount: '1300.00' }] } }),
    make('6. interest', {
      ...example(),
      afterFiling: {
        received: [{ amount: '1850.00', date: '2025-05-02' }],
        transcript: [{ code: '776', date: '2025-05-02', amount: '-31.00' }],
      },
    }),
  ];
}

/** Every case the Spanish letter C is tried on: the six checks and the reference cases. */
function allCases(): SpanishCase[] {
  return [
    ...referenceChecks(),
    ...checkedReferenceCases().map((c) => ({
      name: c.name,
      result: c.result,
      date: c.date,
      names: [c.result.input.spouses.injured.name, c.result.input.spouses.other.name],
    })),
  ];
}

const advocate = (c: SpanishCase, format: WorksheetFormat, lang: 'en' | 'es' = 'es') =>
  renderLetter(c.result, { letter: 'advocate', format, date: c.date, lang });

/** The problem paragraph's common start, after the date and the way Form 8379 was filed. */
const INTRO_END =
  'para que mi parte del pago en exceso conjunto no se aplicara a las deudas vencidas de Chris Reyes (pensión para hijos menores).';
const ESTIMATE = (amount: string) =>
  `Según mi cálculo estimado de la asignación, hecho a partir de la declaración conjunta con el método de las instrucciones del Formulario 8379 y del IRM 21.4.6, mi parte del pago en exceso conjunto es ${amount}. Es un cálculo estimado, no una determinación: el IRS hace su propia asignación.`;
const WROTE = (asked: string) =>
  `Escribí al IRS el ________________ para pedirle ${asked}, y no he tenido respuesta en 30 días.`;
const UNDATED = 'el ________________, para nuestra declaración conjunta de 2024,';

/** The problem paragraph of each reference check's Spanish letter C, exactly. */
const PROBLEMS: Readonly<Record<string, string>> = {
  '1. pending': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, el 10 de febrero de 2025, con nuestra declaración conjunta de 2024, presentada por vía electrónica, ${INTRO_END} No he recibido ninguna parte del reembolso. ${ESTIMATE('$1,819.00')} Lo que recibí es $1,819.00 menos que eso. ${WROTE('una respuesta sobre mi parte del reembolso')}`,
  '2. rounding': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, ${UNDATED} ${INTRO_END} Recibí $1,821.00. ${ESTIMATE('$1,819.00')} Lo que recibí es $2.00 más que eso. ${WROTE('una respuesta sobre mi parte del reembolso')}`,
  '3. return-changed': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, ${UNDATED} ${INTRO_END} Recibí $1,821.00. ${ESTIMATE('$1,819.00')} Lo que recibí es $2.00 más que eso. ${WROTE('una respuesta sobre mi parte del reembolso')}`,
  '4. irs-default-split': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, ${UNDATED} ${INTRO_END} Recibí $1,819.00. ${ESTIMATE('$1,795.13')} Lo que recibí es $23.87 más que eso. ${WROTE('que reconsiderara la asignación con un nuevo Formulario 8379')}`,
  '5. unexplained': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, ${UNDATED} ${INTRO_END} Recibí $1,300.00. ${ESTIMATE('$1,819.00')} Lo que recibí es $519.00 menos que eso. ${WROTE('su hoja de trabajo de la asignación del cónyuge perjudicado y una explicación de la diferencia')}`,
  '6. interest': `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, ${UNDATED} ${INTRO_END} Recibí $1,850.00 el 2 de mayo de 2025, de los cuales $31.00 son intereses. ${ESTIMATE('$1,819.00')} ${WROTE('una respuesta sobre mi parte del reembolso')}`,
};

/** Whole English words that would give away an untranslated sentence. */
const ENGLISH =
  /\b(refund|refunds|spouse|the|and|of|to|with|for|from|my|your|our|notice|letter|filed|received|injured|tax|year|copy|page|phone|date|enclosures|dear|sincerely|draft)\b/i;

describe('letter C in Spanish for the reference checks of result-check.md', () => {
  const cases = referenceChecks();

  it('has the six checks, each in the class result-check.md gives', () => {
    expect(cases.map((c) => c.result.check?.checks[2].class)).toEqual([
      'pending',
      'rounding',
      'rounding',
      'irs-default-split',
      'unexplained',
      'rounding',
    ]);
    expect(cases[2]!.result.check?.checks[0].class).toBe('return-changed');
  });

  for (const c of cases) {
    it(`${c.name}: the key sentences, exactly, in every format`, () => {
      const model = buildLetterModel(c.result, { letter: 'advocate', date: c.date, lang: 'es' });
      expect(model.lang).toBe('es');
      expect(model.letterLang).toBe('es');
      expect(model.personNote).toBeNull();
      expect(model.sections[1]!.paragraphs).toEqual([PROBLEMS[c.name]]);
      const today = c.date === '2025-03-17' ? '17 de marzo de 2025' : '2 de junio de 2025';
      expect(model.date).toBe(today);
      for (const format of FORMATS) {
        const out = advocate(c, format);
        const text = readable(format, out);
        const where = `${c.name} as ${format}`;
        expect(text, where).toContain(PROBLEMS[c.name]);
        expect(text, where).toContain(today);
        expect(text, where).toContain('Estimado Defensor del Contribuyente:');
        expect(text, where).toContain(
          'Solicitud de ayuda (Formulario 911(SP)): asignación del cónyuge perjudicado, Formulario 8379 (Form 8379), año tributario 2024',
        );
        expect(text, where).toContain(
          'Solicito la ayuda del Servicio del Defensor del Contribuyente con mi asignación del cónyuge perjudicado del año tributario 2024. Este escrito acompaña mi Formulario 911(SP), Solicitud de Ayuda del Servicio del Defensor del Contribuyente.',
        );
        expect(text, where).toContain(
          'Formulario 911(SP), Solicitud de Ayuda del Servicio del Defensor del Contribuyente, completado y firmado',
        );
        expect(text, where).toContain('Dana Reyes, SSN ***-**-0001 (cónyuge perjudicado)');
        expect(text, where).toContain(
          'El número del Servicio del Defensor del Contribuyente es 877-777-4778.',
        );
        expect(text, where).toContain('llamadas al IRS (800-829-1040)');
        expect(text, where).toContain('Atentamente,');
        expect(text, where).toContain('Documentos adjuntos');
        expect(text, where).toContain('Teléfono: ________________');
        expect(text, where).not.toMatch(ENGLISH);
        if (format === 'text') {
          for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(78);
        }
      }
    });
  }

  it('1. pending: the dates of the earlier contacts and of the filing, in Spanish', () => {
    const text = readable('text', advocate(cases[0]!, 'text'));
    expect(text).toContain(
      '10 de febrero de 2025: presenté el Formulario 8379 con nuestra declaración conjunta de 2024, presentada por vía electrónica.',
    );
    expect(text).toContain(
      'Formulario 8379 presentado: 10 de febrero de 2025, con la declaración conjunta presentada por vía electrónica',
    );
    expect(text).toContain('Una copia del Formulario 8379 presentado el 10 de febrero de 2025');
  });

  it('the bundled reference case: offset, notices and what was received, dated in Spanish', () => {
    const c = allCases().find((x) => x.name === 'w2-child-support-2024')!;
    for (const format of FORMATS) {
      const text = readable(format, advocate(c, format));
      expect(text, format).toContain(
        'Recibí $1,519.00 el 2 de mayo de 2025. El reembolso fue compensado (Aviso de compensación del 20 de marzo de 2025): se tomaron $998.00 para pagar deudas de Chris Reyes.',
      );
      expect(text, format).toContain('Aviso del IRS: Aviso CP49 del 9 de mayo de 2025');
      expect(text, format).toContain(
        'Aviso de compensación: Oficina del Servicio Fiscal del Tesoro, 20 de marzo de 2025',
      );
      expect(text, format).toContain(
        '20 de marzo de 2025: el Aviso de compensación de la Oficina del Servicio Fiscal del Tesoro.',
      );
      expect(text, format).toContain('2 de mayo de 2025: recibí $1,519.00.');
      expect(text, format).toContain('9 de mayo de 2025: aviso CP49 del IRS.');
      expect(text, format).toContain('Una copia del aviso CP49 del IRS, del 9 de mayo de 2025');
      expect(text, format).toContain(
        'Una copia del Aviso de compensación, del 20 de marzo de 2025',
      );
    }
  });
});

describe('letter C in Spanish for every case', () => {
  const cases = allCases();

  it('the same figures as the English letter, and no English word but the names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      for (const format of FORMATS) {
        const en = readable(format, advocate(c, format, 'en'));
        const es = readable(format, advocate(c, format));
        const where = `${c.name} as ${format}`;
        const amounts = (s: string) => [...new Set(s.match(/-?\$[\d,]+\.\d\d/g) ?? [])].sort();
        expect(amounts(en).length, where).toBeGreaterThan(0);
        expect(amounts(es), where).toEqual(amounts(en));
        for (const phone of ['800-829-1040', '877-777-4778']) expect(es, where).toContain(phone);
        let words = es;
        for (const name of c.names) words = words.split(name).join(' ');
        expect(words, where).not.toMatch(ENGLISH);
      }
    }
  });

  it('the HTML page is in Spanish: <html lang="es">, title, page numbers', () => {
    const html = advocate(cases[0]!, 'html');
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain(
      '<title>Solicitud de ayuda del Servicio del Defensor del Contribuyente (Formulario 911(SP)), año tributario 2024</title>',
    );
    expect(html).toContain('content: "P\\0000e1 gina " counter(page) " de " counter(pages)');
    expect(html).toContain('Esta nota no se imprime.');
    expect(html).not.toContain('lang="en"');
    expect(advocate(cases[0]!, 'html', 'en')).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('a blank date, and a date that is not YYYY-MM-DD printed as given', () => {
    const r = cases[4]!.result;
    expect(renderLetter(r, { letter: 'advocate', format: 'text', lang: 'es' })).toContain(
      'Fecha: ________________',
    );
    expect(buildLetterModel(r, { letter: 'advocate', date: '2 de junio', lang: 'es' }).date).toBe(
      '2 de junio',
    );
  });

  it('snapshots: the bundled reference case as text and HTML', async () => {
    const c = cases.find((x) => x.name === 'w2-child-support-2024')!;
    for (const format of ['text', 'html'] as const) {
      await expect(advocate(c, format)).toMatchFileSnapshot(
        `__snapshots__/letter-advocate-es-w2-child-support-2024.${EXTENSIONS[format]}`,
      );
    }
  });
});

describe('letters A, B and D with lang "es": English, with one Spanish note for the person', () => {
  const NOTES: Readonly<Record<Exclude<CheckLetter, 'advocate'>, RegExp>> = {
    request: /^Esta carta está en inglés porque la lee el IRS: le pide la hoja de trabajo/,
    reconsider: /^Esta carta está en inglés porque la lee el IRS: le pide que reconsidere/,
    agency:
      /^Esta carta está en inglés porque la lee Agency 1 of the offset notice: le pide a la agencia que revise la deuda de /,
  };
  /** The output without the Spanish note: its own paragraph, block or bracket. */
  const withoutNote: Readonly<Record<WorksheetFormat, (out: string) => string>> = {
    html: (out) => out.replace(/<p class="draft-note" lang="es">[^<]*<\/p>\n/, ''),
    markdown: (out) =>
      out.replace(
        /\n> Esta carta está en inglés[^\n]*Borre esta nota antes de enviar la carta\.\n/,
        '',
      ),
    text: (out) =>
      out.replace(/\n\n\[ Esta carta está en inglés[\s\S]*?enviar\s+la\s+carta\. \]/, ''),
  };

  for (const c of checkedReferenceCases()) {
    for (const letter of ['request', 'reconsider', 'agency'] as const) {
      it(`${c.name}: letter ${letter}`, () => {
        const model = buildLetterModel(c.result, { letter, date: c.date, lang: 'es' });
        expect(model.lang).toBe('es');
        expect(model.letterLang).toBe('en');
        expect(model.personNote).toMatch(NOTES[letter]);
        expect(
          buildLetterModel(c.result, { letter, date: c.date, lang: 'en' }).personNote,
        ).toBeNull();
        for (const format of FORMATS) {
          const en = renderLetter(c.result, { letter, format, date: c.date });
          expect(renderLetter(c.result, { letter, format, date: c.date, lang: 'en' })).toBe(en);
          const es = renderLetter(c.result, { letter, format, date: c.date, lang: 'es' });
          expect(es, format).not.toBe(en);
          expect(withoutNote[format](es), format).toBe(en);
          const text = readable(format, es);
          expect(text, format).toContain(
            format === 'html'
              ? `${model.personNote} Esta nota no se imprime.`
              : `${model.personNote} Borre esta nota antes de enviar la carta.`,
          );
          if (format === 'html') {
            expect(es).toMatch(/^<!doctype html>\n<html lang="en">/);
            expect(es).toContain(`<p class="draft-note" lang="es">`);
            // On the screen only, like the draft note.
            expect(es).toContain(
              '@media print { body { padding: 0; max-width: none; } .draft-note { display: none; } }',
            );
          }
          if (format === 'text') {
            for (const line of es.split('\n')) expect(line.length, line).toBeLessThanOrEqual(78);
          }
        }
      });
    }
  }
});

describe('the letters catalogues', () => {
  const ids = Object.keys(lettersEn) as (keyof typeof lettersEn)[];
  const sources = ['letter-model.ts', 'letter-render.ts']
    .map((f) => readFileSync(join(ROOT, 'src', 'report', f), 'utf8'))
    .join('\n');

  it('the same ids, each of the same kind', () => {
    expect(Object.keys(lettersEs).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(typeof lettersEs[id], id).toBe(typeof lettersEn[id]);
  });

  it('each function uses the same placeholders in both languages', () => {
    for (const id of ids) {
      const en = lettersEn[id] as unknown;
      const es = lettersEs[id] as unknown;
      if (typeof en !== 'function' || typeof es !== 'function') continue;
      expect(es.length, id).toBe(en.length);
      const sentinels = Array.from({ length: en.length }, (_, i) => `⟦${i}⟧`);
      const used = (f: (...args: string[]) => string) => {
        const out = f(...sentinels);
        return sentinels.filter((s) => out.includes(s));
      };
      expect(used(en as (...a: string[]) => string), id).toEqual(sentinels);
      expect(used(es as (...a: string[]) => string), id).toEqual(sentinels);
    }
  });

  it('every id is used by the letters', () => {
    for (const id of ids) expect(sources, id).toMatch(new RegExp(`\\b(?:t|own)\\.${id}\\b`));
  });

  it("no text is empty but the Spanish list of no debt; the English title is the check's", () => {
    for (const [lang, catalogue] of [
      ['en', lettersEn],
      ['es', lettersEs],
    ] as const) {
      for (const id of ids) {
        const v = catalogue[id];
        if (typeof v === 'string' && !(lang === 'es' && id === 'debtsNone')) {
          expect(v.trim(), `${lang} ${id}`).not.toBe('');
        }
      }
    }
    expect(lettersEn.advocateTitle).toBe(LETTER_REFS.advocate.title);
  });

  it('a wrong language is named', () => {
    const r = checkedReferenceCases()[0]!.result;
    for (const lang of ['fr', 'ES', '', 1, null]) {
      const f = () =>
        buildLetterModel(r, { letter: 'advocate', lang } as unknown as Parameters<
          typeof buildLetterModel
        >[1]);
      expect(f, String(lang)).toThrow(InvalidOptionError);
      expect(f, String(lang)).toThrow(
        `options.lang: must be "en" or "es", got ${JSON.stringify(lang)}`,
      );
    }
  });
});

describe('user text is escaped in the Spanish letters', () => {
  function hostile(payload: string): AllocationResult {
    const c = withAfterFiling(example()) as Json;
    putHostileText(c, payload);
    return allocate(c as CaseInput, { asOf: '2025-06-02' });
  }

  for (const payload of HOSTILE_TEXTS) {
    it(JSON.stringify(payload), () => {
      const r = hostile(payload);
      // Letter C in Spanish, and letter D's Spanish note, which names the agency and the debtor.
      for (const letter of ['advocate', 'agency'] as const) {
        const options = { letter, date: '2025-06-02', lang: 'es' } as const;
        const html = renderLetter(r, { ...options, format: 'html' });
        expectHtmlEscaped(html, letter);
        // Every CSS string, not only the running header: nothing in one can end it.
        const css = [...html.matchAll(/content: "([^"]*)"/g)].map((m) => m[1]).join('');
        expect(css, letter).not.toMatch(/[<>"'{};]/);
        expectMarkdownEscaped(renderLetter(r, { ...options, format: 'markdown' }), letter);
        expectTextEscaped(renderLetter(r, { ...options, format: 'text' }), letter);
      }
    });
  }
});
