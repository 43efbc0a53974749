/**
 * English words inside a sentence of another language: Form 8379 exists only in English, so the
 * Spanish catalogue names a line of the form by its English label beside the Spanish words
 * ("Línea 2, Did (or will) you file a joint return? — ¿Presentó…?"). The catalogue marks such a
 * fragment with `inEnglish`; the page's element builder (ui/dom.ts) shows it in its own
 * `<span lang="en">`, so a screen reader reads each part in its language, and drops the marks from
 * attributes and plain text. The marks are two characters of Unicode's private use area, which
 * no text of the IRS or of a person uses.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** `text`, marked as English words inside a sentence of another language. */
export const inEnglish = (text: string): string => `${OPEN}${text}${CLOSE}`;

/** Whether `text` holds a fragment marked English. */
export const hasEnglish = (text: string): boolean => text.includes(OPEN);

/** `text` cut into its parts: plain text, and the fragments marked English. */
export function languageParts(text: string): { text: string; english: boolean }[] {
  const parts: { text: string; english: boolean }[] = [];
  for (const piece of text.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`))) {
    if (piece === '') continue;
    const english = piece.startsWith(OPEN);
    parts.push({ text: english ? piece.slice(1, -1) : piece, english });
  }
  return parts;
}

/** `text` without its marks (an attribute, a plain-text label). */
export const unmarked = (text: string): string => text.replace(/[\uE000\uE001]/g, '');

/** `text` without its English fragments: what must be in the page's own language. */
export const withoutEnglish = (text: string): string =>
  text.replace(/\uE000[^\uE001]*\uE001/g, ' ');
