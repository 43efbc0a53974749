/**
 * The catalogue the page speaks: English (i18n/en.ts) or Spanish (i18n/es.ts), both of the one
 * `Catalogue` shape. `t` is the catalogue of the page's language: one object, whose values
 * `setLanguage` replaces in place with the chosen language's, so that a view or a module that
 * keeps a part of it (`const o = t.officialForm`) reads the new language too. The page builds
 * its views again after a switch (ui/page.ts); the person's case is untouched.
 */
import { isLang, LANGS, type Lang } from '../../../src/report/i18n/lang.js';
import { en, type Catalogue } from './en.js';
import { es } from './es.js';

export type { Catalogue, Lang };

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, es };

/** A copy of `catalogue` whose nested objects are its own (the catalogues stay as written). */
function copy<T>(catalogue: T): T {
  if (typeof catalogue !== 'object' || catalogue === null) return catalogue;
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [key, copy(value)]),
  ) as T;
}

/** Puts `source`'s values into `target`, object by object, so parts kept elsewhere follow. */
function assign(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const into = target[key];
    if (typeof value === 'object' && value !== null && typeof into === 'object' && into !== null)
      assign(into as Record<string, unknown>, value as Record<string, unknown>);
    else target[key] = value;
  }
}

export const t: Catalogue = copy(en);

/** Makes `t` speak `lang`. */
export function setLanguage(lang: Lang): void {
  assign(
    t as unknown as Record<string, unknown>,
    CATALOGUES[lang] as unknown as Record<string, unknown>,
  );
}

/**
 * The language a page starts in without a remembered choice: Spanish when the browser's first
 * language is Spanish (`es`, `es-US`, `es-MX`...), otherwise English.
 */
export function browserLanguage(language: string | undefined): Lang {
  return language !== undefined && /^es(-|$)/i.test(language) ? 'es' : 'en';
}

export { isLang, LANGS };
