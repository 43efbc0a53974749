/**
 * The catalogue the page speaks (i18n/en.ts): English for now. A second language is a second
 * file of the same `Catalogue` shape, chosen here (by the page's language or a setting).
 */
import { en, type Catalogue } from './en.js';

export type { Catalogue };

export const t: Catalogue = en;
