/**
 * The filing dates moved to the law layer (src/law/filing-dates.ts), where the after-filing check
 * reads them too; the worksheet keeps importing them from here.
 */
export * from '../law/filing-dates.js';
