/**
 * The languages a person's pages are written in, and the rules of each that a sentence needs:
 * plural forms, lists, long dates. Plural categories and list joining come from the platform's
 * `Intl.PluralRules` and `Intl.ListFormat` (CLDR data, in Node and every browser); amounts stay
 * `$1,819.00` in both languages, as the IRS's Spanish pages print them.
 *
 * Catalogues (i18n/en.ts, i18n/es.ts) are objects keyed by message id whose values are strings or
 * functions of typed placeholders; `Catalogue` is the English one's type, so the Spanish one
 * cannot lack an id or take other placeholders without failing `tsc`.
 */
import { longDate, type CalendarDate } from '../../law/filing-dates.js';

/** The languages of the worksheet's client page, the app and the person's letters. */
export type Lang = 'en' | 'es';

/** Every language, English first (the default). */
export const LANGS: readonly Lang[] = ['en', 'es'];

/** The locale whose CLDR rules each language follows: the United States' Spanish. */
const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

/** Whether a value names a language this library writes. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` ("one", "other", "many", ...). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/**
 * The form of a word or phrase for `n` in `lang`: `forms.one` for the "one" category, `other`
 * otherwise (Spanish's "many" applies to millions written as words, which no page prints).
 */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  return pluralCategory(lang, n) === 'one' ? forms.one : forms.other;
}

const integerFormats = new Map<Lang, Intl.NumberFormat>();

/** A whole number with the language's grouping: 1,000 in both (es-US groups with commas). */
export function formatCount(lang: Lang, n: number): string {
  let format = integerFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
    integerFormats.set(lang, format);
  }
  return format.format(n);
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/**
 * `a`, `a y b`, `a, b y c`. English keeps the worksheet's own style, without a serial comma
 * (`a, b and c`), so English pages read as they always have.
 */
export function joinList(lang: Lang, parts: readonly string[]): string {
  if (lang === 'en') {
    if (parts.length <= 1) return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  }
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(parts);
}

/** The months in Spanish (English's are the law layer's, `longDate`). */
const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/** "April 15, 2028" in English, "15 de abril de 2028" in Spanish. */
export function formatLongDate(lang: Lang, d: CalendarDate): string {
  return lang === 'es' ? `${d.day} de ${MESES[d.month - 1]} de ${d.year}` : longDate(d);
}
