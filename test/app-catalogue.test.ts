/**
 * The browser app's two catalogues (issue 22): app/src/i18n/en.ts and app/src/i18n/es.ts.
 *
 * (a) the same ids in both, each of the same kind (a string or a function of as many
 *     placeholders);
 * (b) no id unused: every id is read somewhere in app/src outside i18n/, by its path (`t.x.y`, or
 *     through a module's name for a part of the catalogue, `const o = t.officialForm` then
 *     `o.heading`); an id read by a value (`t.stops[reason]`) is data-driven, and the ids of such
 *     a part are held to their source: the library's list or type of those values;
 * (c) every placeholder in both languages: each function called with sentinel values, and what
 *     one language shows of them the other shows too;
 * (d) no tell-tale English in the Spanish: no whole word "refund", "spouse", "the" or "and",
 *     outside the official form's English words, which the Spanish marks (i18n/marks.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EFILE_BLOCKING_FORMS,
  FILING_MODES,
  IRS_NOTICE_KINDS,
  ISSUED_TO,
  JOINT_RETURN_FIELDS,
  PART_I_FIELDS,
  PREPARER_TEXT_KEYS,
  RETURN_ADDRESS_PLACES,
} from '../app/src/form-state.js';
import { caseSchema } from '../src/input/schema.js';
import { en } from '../app/src/i18n/en.js';
import { es } from '../app/src/i18n/es.js';
import { inEnglish, languageParts, withoutEnglish } from '../app/src/i18n/marks.js';
import { LANGS } from '../src/report/i18n/lang.js';
import { COMMUNITY_PROPERTY_STATES, DEBT_TYPES, ITEM_KINDS } from '../src/index.js';
import { REFUND_CLASSES } from '../src/check/types.js';
import { ROOT } from './cli-helpers.js';

type Fn = (...args: unknown[]) => string;

/** Every id of a catalogue, by its path, with its value (a string or a function). */
function entries(catalogue: object): Map<string, string | Fn> {
  const out = new Map<string, string | Fn>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string' || typeof value === 'function')
      out.set(path, value as string | Fn);
    else if (typeof value === 'object' && value !== null)
      for (const [key, v] of Object.entries(value)) walk(v, path === '' ? key : `${path}.${key}`);
    else throw new Error(`${path}: neither a string nor a function`);
  };
  walk(catalogue, '');
  return out;
}

/** Every object of the catalogue (a part that holds ids), by its path. */
function parts(catalogue: object): Map<string, object> {
  const out = new Map<string, object>();
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    out.set(path, value);
    for (const [key, v] of Object.entries(value)) walk(v, path === '' ? key : `${path}.${key}`);
  };
  walk(catalogue, '');
  return out;
}

const EN = entries(en);
const ES = entries(es);

/** The string literals of a TypeScript union type `export type Name = | 'a' | 'b';` in a source. */
function unionOf(file: string, name: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const m = new RegExp(`export type ${name} =([^;]*);`).exec(text);
  if (!m) throw new Error(`no type ${name} in ${file}`);
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
}

/**
 * The parameters of every function of en.ts, in the order of the source, as written: the
 * sentinel each gets in (c) follows its type (a number, a string, or one of a union's values).
 */
function parameterTypes(): { key: string; params: { name: string; type: string }[] }[] {
  const text = readFileSync(join(ROOT, 'app', 'src', 'i18n', 'en.ts'), 'utf8');
  const body = text.slice(text.indexOf('export const en = {'));
  return [...body.matchAll(/(?:^|\s)'?([\w-]+)'?: \(([^)]*)\) =>/g)].map((m) => ({
    key: m[1]!,
    params: m[2]!
      .split(/,(?![^']*'\s*\|)/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const [name, type] = p.split(/:\s*/);
        return { name: name!, type: type ?? 'string' };
      }),
  }));
}

/** The sentinel arguments of a function: "⟦p0⟧" for a string, 7919 for a number, and so on. */
function sentinels(params: { type: string }[]): unknown[] {
  const primes = [7919, 7927, 7933, 7937, 7949, 7951];
  return params.map((p, i) => {
    const union = [...p.type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    if (union.length > 0) return union[0];
    if (p.type === 'number') return primes[i];
    return `⟦p${i}⟧`;
  });
}

/** Which sentinels a text shows (a number plain, 7919, or grouped, 7,919). */
function shown(text: string, args: unknown[]): string[] {
  return args.flatMap((arg, i) => {
    if (typeof arg === 'number')
      return text.includes(String(arg)) || text.includes(arg.toLocaleString('en-US'))
        ? [`#${i}`]
        : [];
    if (typeof arg === 'string' && arg.startsWith('⟦')) return text.includes(arg) ? [`#${i}`] : [];
    return [];
  });
}

/** The calls of every function of en.ts with its sentinels, by the function's path. */
function calls(): Map<string, unknown[][]> {
  const fnPaths = [...EN].filter(([, v]) => typeof v === 'function').map(([p]) => p);
  const params = parameterTypes();
  expect(params.map((p) => p.key)).toEqual(fnPaths.map((p) => p.split('.').pop()));
  const out = new Map<string, unknown[][]>();
  fnPaths.forEach((path, i) => {
    const ps = params[i]!.params;
    const base = sentinels(ps);
    // A union's every value, one call each.
    const variants = [base];
    ps.forEach((p, j) => {
      for (const m of [...p.type.matchAll(/'([^']+)'/g)].slice(1)) {
        const v = [...base];
        v[j] = m[1];
        variants.push(v);
      }
    });
    out.set(path, variants);
  });
  return out;
}

describe('the two catalogues of the app (issue 22)', () => {
  it('(a) have the same ids, each of the same kind and with as many placeholders', () => {
    expect([...ES.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !ES.has(k))).toEqual([]);
    const differ: string[] = [];
    for (const [path, value] of EN) {
      const other = ES.get(path);
      if (typeof value !== typeof other) differ.push(`${path}: ${typeof value}, ${typeof other}`);
      else if (typeof value === 'function' && value.length !== (other as Fn).length)
        differ.push(`${path}: ${value.length} parameters in en, ${(other as Fn).length} in es`);
    }
    expect(differ).toEqual([]);
    expect(EN.size).toBeGreaterThan(500);
    expect(en.lang).toBe('en');
    expect(es.lang).toBe('es');
  });

  it('(c) show every placeholder in both languages', () => {
    const missing: string[] = [];
    let called = 0;
    for (const [path, variants] of calls()) {
      for (const args of variants) {
        const english = (EN.get(path) as Fn)(...args);
        const spanish = (ES.get(path) as Fn)(...args);
        called++;
        const [a, b] = [shown(english, args), shown(spanish, args)];
        if (a.join() !== b.join())
          missing.push(`${path}(${args.join(', ')}): en shows ${a}, es shows ${b}`);
      }
    }
    expect(missing).toEqual([]);
    expect(called).toBeGreaterThan(80);
  });

  it('(d) the Spanish has no tell-tale English word outside the form’s English words it marks', () => {
    const TELL_TALE = /\b(refund|spouse|the|and)\b/i;
    const found: string[] = [];
    const check = (path: string, text: string) => {
      const m = TELL_TALE.exec(withoutEnglish(text));
      if (m) found.push(`${path}: “${m[0]}” in ${text}`);
    };
    const fnCalls = calls();
    for (const [path, value] of ES) {
      if (typeof value === 'string') check(path, value);
      else for (const args of fnCalls.get(path)!) check(path, value(...args));
    }
    expect(found).toEqual([]);
    // The check sees English where it is not marked.
    expect(TELL_TALE.test(withoutEnglish(`Línea 2, ${inEnglish('Did you file?')} and`))).toBe(true);
    expect(TELL_TALE.test(withoutEnglish(`Línea 2, ${inEnglish('the joint return')}`))).toBe(false);
  });

  it('marks English words only in the Spanish, only the official form’s, each beside Spanish words', () => {
    const marked = [...ES].filter(([, v]) => typeof v === 'string' && v.includes('\uE000'));
    expect([...EN].filter(([, v]) => typeof v === 'string' && v.includes('\uE000'))).toEqual([]);
    // Part I's questions (lines 1 to 9), lines 11 and 12 and Part IV, and the form's title.
    expect(marked.map(([p]) => p).sort()).toEqual(
      [
        'partI.taxYear',
        ...PART_I_FIELDS.map((f) => `partI.questions.${f}`),
        'formFacts.line11',
        'formFacts.line12',
        'formFacts.partIV',
        'start.help',
      ].sort(),
    );
    for (const [path, text] of marked) {
      const pieces = languageParts(text as string);
      expect(
        pieces.some((p) => p.english),
        path,
      ).toBe(true);
      // Spanish words beside the English, with the line number kept.
      expect(withoutEnglish(text as string), path).toMatch(/[áéíóúñ¿]|\bde\b|\bla\b/);
      if (path.startsWith('partI.') || /line1[12]$/.test(path))
        expect(text, path).toMatch(/^Línea \d+, /);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Every id is used.

const APP = join(ROOT, 'app', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'i18n'
        ? []
        : sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * The parts of the catalogue a view reads by a value rather than by a name, and where those
 * values come from: the ids of each part must be exactly the values the page can look up (or,
 * `some`, only values of that source: the others have a fallback in the view).
 */
const DATA_DRIVEN: Record<string, { source: string; ids: () => readonly string[]; some?: true }> = {
  examples: {
    source: 'the directories of examples/ with a case.json',
    ids: () =>
      readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .filter((name) => {
          try {
            readFileSync(join(ROOT, 'examples', name, 'case.json'));
            return true;
          } catch {
            return false;
          }
        }),
  },
  lines: { source: 'ITEM_KINDS', ids: () => ITEM_KINDS },
  stops: {
    source: 'the library’s StopReason',
    ids: () => unionOf('src/allocation/steps/part-one.ts', 'StopReason'),
  },
  'partI.questions': { source: 'PART_I_FIELDS', ids: () => PART_I_FIELDS },
  'partI.stateName': { source: 'COMMUNITY_PROPERTY_STATES', ids: () => COMMUNITY_PROPERTY_STATES },
  'debts.types': { source: 'DEBT_TYPES', ids: () => DEBT_TYPES },
  'totals.labels': { source: 'JOINT_RETURN_FIELDS', ids: () => JOINT_RETURN_FIELDS },
  'totals.help': { source: 'JOINT_RETURN_FIELDS', ids: () => JOINT_RETURN_FIELDS, some: true },
  'formFacts.filedWithOptions': { source: 'FILING_MODES', ids: () => FILING_MODES },
  'formFacts.returnAddressOptions': {
    source: 'RETURN_ADDRESS_PLACES',
    ids: () => RETURN_ADDRESS_PLACES,
  },
  'formFacts.forms': { source: 'EFILE_BLOCKING_FORMS', ids: () => EFILE_BLOCKING_FORMS },
  'fileProblems.parts': {
    source: 'the parts of a case file (the case format’s own keys), besides the parts named',
    ids: () => {
      const s = caseSchema as unknown as {
        shape?: object;
        def?: { shape?: object; innerType?: { shape?: object } };
      };
      return Object.keys(s.shape ?? s.def?.shape ?? s.def?.innerType?.shape ?? {});
    },
    some: true,
  },
  'afterFiling.irsKinds': { source: 'IRS_NOTICE_KINDS', ids: () => IRS_NOTICE_KINDS },
  'afterFiling.issuedTo': { source: 'ISSUED_TO', ids: () => ISSUED_TO },
  'afterFiling.classes': {
    source: 'every check’s classes (src/check/types.ts: REFUND_CLASSES and each CheckBase’s union)',
    ids: () => [
      ...new Set([
        ...REFUND_CLASSES,
        ...[
          ...readFileSync(join(ROOT, 'src', 'check', 'types.ts'), 'utf8').matchAll(
            /CheckBase<\s*'R-CHECK-[A-Z]+',\s*([^>]+)>/g,
          ),
        ].flatMap((m) => [...m[1]!.matchAll(/'([a-z-]+)'/g)].map((x) => x[1]!)),
      ]),
    ],
  },
  'afterFiling.checkTitles': {
    source: 'the rules of the checks (src/check/types.ts)',
    ids: () => [
      ...new Set(
        [
          ...readFileSync(join(ROOT, 'src', 'check', 'types.ts'), 'utf8').matchAll(
            /CheckBase<\s*'(R-CHECK-[A-Z]+)'/g,
          ),
        ].map((m) => m[1]!),
      ),
    ],
  },
  'answer.missing': {
    source: 'MissingKey (app/src/progress.ts)',
    ids: () => unionOf('app/src/progress.ts', 'MissingKey'),
  },
  'answer.missingItem': {
    source: 'MissingKey (app/src/progress.ts), but for problems (said as a count)',
    ids: () => unionOf('app/src/progress.ts', 'MissingKey'),
    some: true,
  },
  'officialForm.problems': {
    source: 'OfficialFormProblem (src/pdf/errors.ts), and other',
    ids: () => [...unionOf('src/pdf/errors.ts', 'OfficialFormProblem'), 'other'],
  },
  'officialForm.values': {
    source: 'FieldValueProblem (src/pdf/errors.ts)',
    ids: () => unionOf('src/pdf/errors.ts', 'FieldValueProblem'),
  },
  'language.names': { source: 'LANGS', ids: () => LANGS },
  'formFacts.preparer': {
    source: 'PREPARER_TEXT_KEYS, besides the ids named',
    ids: () => PREPARER_TEXT_KEYS,
    some: true,
  },
};

/** What app/src reads of the catalogue: ids by their path, and parts read by a value. */
function reads(): { used: Set<string>; byValue: Map<string, string[]> } {
  const all = parts(en);
  const used = new Set<string>();
  const byValue = new Map<string, string[]>();
  for (const file of sources(APP)) {
    // Without comments (a block comment starts a line; a line comment follows a space).
    const text = readFileSync(file, 'utf8')
      .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    // A module's names for parts of the catalogue: `const o = t.officialForm` (a name may stand
    // for several parts, in different functions of one module).
    const names = new Map<string, string[]>([['t', ['']]]);
    // A name for a part of such a part (`const labels = x.preparer`) too, in the order written.
    for (const m of text.matchAll(/\bconst (\w+) = (\w+)((?:\.\w+)+)/g)) {
      const from = names.get(m[2]!);
      if (!from) continue;
      const paths = from
        .map((base) => (base === '' ? m[3]!.slice(1) : `${base}${m[3]!}`))
        .filter((path) => all.has(path));
      if (paths.length > 0) names.set(m[1]!, [...(names.get(m[1]!) ?? []), ...paths]);
    }
    const access = new RegExp(
      `(?<![\\w$.])(\\(\\s*)?(${[...names.keys()].join('|')})((?:\\??\\.[A-Za-z_$][\\w$-]*|\\[\\s*'[^']*'\\s*\\])*)(\\s+as\\s[^\\n;]*?\\)(?=\\s*\\[))?(\\s*\\[)?`,
      'g',
    );
    for (const m of text.matchAll(access)) {
      const segments = [...m[3]!.matchAll(/\??\.([A-Za-z_$][\w$-]*)|\['([^']*)'\]/g)].map(
        (s) => s[1] ?? s[2]!,
      );
      const dynamic = m[5] !== undefined && (m[1] === undefined || m[4] !== undefined);
      for (const base of names.get(m[2]!)!) {
        // The longest run of the segments that names a part or an id.
        let path = base;
        for (const s of segments) {
          const next = path === '' ? s : `${path}.${s}`;
          if (!all.has(next) && !EN.has(next)) break;
          path = next;
        }
        if (path === '') continue;
        if (EN.has(path)) used.add(path);
        else if (dynamic && all.has(path)) {
          byValue.set(path, [...(byValue.get(path) ?? []), relative(ROOT, file)]);
          // What is read of the part's value (`t.lines[kind].title`): `lines.*.title`.
          const after = /^[^\]]*\]((?:\??\.[A-Za-z_$][\w$]*)*)/.exec(
            text.slice((m.index ?? 0) + m[0].length),
          );
          const member = after?.[1]?.replace(/\?/g, '') ?? '';
          if (member !== '') used.add(`${path}.*${member}`);
        }
      }
    }
  }
  return { used, byValue };
}

describe('every id of the catalogue is used by the app (issue 22)', () => {
  const { used, byValue } = reads();

  it('finds the reads of the catalogue: by path, through a name, and by a value', () => {
    expect(used.has('page.heading')).toBe(true);
    expect(used.has('officialForm.heading')).toBe(true); // const o = t.officialForm
    expect(used.has('problems.amount.dollarSign')).toBe(true); // const a = t.problems.amount
    expect([...byValue.keys()]).toContain('stops');
    expect([...byValue.keys()]).toContain('partI.questions'); // q[field]
  });

  it('reads a part by a value only where this test knows the values’ source', () => {
    expect([...byValue.keys()].filter((p) => !(p in DATA_DRIVEN))).toEqual([]);
    // And the table names no part the app does not read by a value.
    expect(Object.keys(DATA_DRIVEN).filter((p) => !byValue.has(p))).toEqual([]);
  });

  it('has the ids of each part read by a value exactly from their source', () => {
    const all = parts(en);
    for (const [path, { source, ids, some }] of Object.entries(DATA_DRIVEN)) {
      const keys = Object.keys(all.get(path)!).sort();
      const expected = [...ids()].sort();
      expect(expected.length, `${path}: no values from ${source}`).toBeGreaterThan(0);
      // An id outside the source must be read by its name (`w.whole` beside `w[head]`).
      expect(
        keys.filter((k) => !expected.includes(k) && !used.has(`${path}.${k}`)),
        `${path}: ids neither from ${source} nor read by name`,
      ).toEqual([]);
      if (!some)
        expect(
          expected.filter((k) => !keys.includes(k)),
          `${path}: values of ${source} without an id`,
        ).toEqual([]);
    }
  });

  it('uses every other id somewhere in app/src', () => {
    const unused = [...EN.keys()].filter((path) => {
      if (used.has(path)) return false;
      // An id of a value's part read by a value (`lines.wages.title` by `t.lines[kind].title`).
      const part = Object.keys(DATA_DRIVEN).find((p) => path.startsWith(`${p}.`));
      if (part) {
        const [key, ...rest] = path.slice(part.length + 1).split('.');
        if (
          rest.length > 0 &&
          DATA_DRIVEN[part]!.ids().includes(key!) &&
          used.has(`${part}.*.${rest.join('.')}`)
        )
          return false;
      }
      const parent = path.slice(0, path.lastIndexOf('.'));
      const key = path.slice(path.lastIndexOf('.') + 1);
      return !(DATA_DRIVEN[parent]?.ids().includes(key) ?? false);
    });
    expect(unused).toEqual([]);
  });
});
