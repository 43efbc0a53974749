/**
 * Files and storage: saving a download, the bundled examples, and the opt-in copies of the case
 * and of the page's language in this browser's storage (nothing is stored unless the user ticks
 * the box).
 */
import { isLang, t, type Lang } from '../i18n/index.js';

/** Offers `content` as a file download; nothing leaves the computer. */
export function download(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference; the URL itself can go once it started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const ORDER = Object.keys(t.examples);
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

export interface Example {
  readonly name: string;
  readonly title: string;
  readonly json: unknown;
}

/**
 * The examples/*\/case.json files, bundled into the page, with the catalogue's titles and in its
 * order (an example it does not name comes last, under its file's title).
 */
export function bundledExamples(): Example[] {
  const files = import.meta.glob<unknown>('../../../examples/*/case.json', {
    eager: true,
    import: 'default',
  });
  return Object.entries(files)
    .map(([path, json]) => {
      const name = /examples\/([^/]+)\/case\.json$/.exec(path)?.[1] ?? path;
      const own =
        typeof json === 'object' &&
        json !== null &&
        'title' in json &&
        typeof json.title === 'string'
          ? json.title
          : name;
      return { name, title: t.examples[name] ?? own, json };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

const STORAGE_KEY = 'form8379.case';

/** The remembered case file's text, or null (none, or storage unavailable). */
export function rememberedCase(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Stores the case's text; false when the browser refuses (private mode, full, disabled). */
export function remember(text: string): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export function forget(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored where storage is unavailable.
  }
}

const LANGUAGE_KEY = 'form8379.language';

/** The language remembered on this computer, or null (none, or storage unavailable). */
export function rememberedLanguage(): Lang | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return isLang(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Stores the page's language; false when the browser refuses. */
export function rememberLanguage(lang: Lang): boolean {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
    return true;
  } catch {
    return false;
  }
}

export function forgetLanguage(): void {
  try {
    localStorage.removeItem(LANGUAGE_KEY);
  } catch {
    // Nothing was stored where storage is unavailable.
  }
}
