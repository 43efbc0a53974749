/** The worksheet's catalogues by language (en.ts, es.ts) and the language rules (lang.ts). */
import type { Lang } from './lang.js';
import { en, type WorksheetCatalogue } from './en.js';
import { es } from './es.js';

export type { WorksheetCatalogue };
export * from './lang.js';

/** Each language's worksheet catalogue. */
export const WORKSHEET_CATALOGUES: Readonly<Record<Lang, WorksheetCatalogue>> = { en, es };
