/**
 * form8379/pdf: fills the official Form 8379 (Rev. November 2023) from an allocation result.
 * A subpath of its own so that the core never loads the PDF library.
 *
 * @packageDocumentation
 */
export {};
