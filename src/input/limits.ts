/**
 * How much a case may hold. Each limit is far above a real joint return and keeps memory and time
 * bounded whatever the input (docs: README "Limits"). A larger input is refused early, with one
 * message naming the limit and what was read.
 */

/** A case file, a batch line, a template: 1 MiB. A case of 1,000 items is about 100 KB. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Items of one case. A joint return with many Forms W-2 and 1099 has a few dozen. */
export const MAX_ITEMS = 1000;

/** Debts of one case. The Treasury Offset Program lists a handful for one person. */
export const MAX_DEBTS = 100;

/** A name (a spouse, a preparer): Form 8379's name box holds about 50 characters. */
export const MAX_NAME_CHARS = 200;

/** Free text (a description, a title, a source). */
export const MAX_TEXT_CHARS = 1000;

/** `1,048,576 bytes (1 MiB)`, `1,000 items`: a count in words. */
export function countText(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${unit}`;
}

/** The size of a text or file for a message: `1,048,576 bytes (1 MiB)`. */
export function bytesText(n: number): string {
  return n === MAX_INPUT_BYTES
    ? '1,048,576 bytes (1 MiB)'
    : `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;
}

/** The most of a value a message quotes: a 10 MB name is named by its start and length. */
export const QUOTE_LIMIT = 40;

/**
 * A string as a message quotes it: in JSON quotes, cut after {@link QUOTE_LIMIT} characters with
 * the length said (`"xxxx..." (10,485,760 characters)`).
 */
export function quoted(text: string): string {
  return text.length <= QUOTE_LIMIT
    ? JSON.stringify(text)
    : `${JSON.stringify(text.slice(0, QUOTE_LIMIT))}... (${countText(text.length, 'characters')})`;
}
