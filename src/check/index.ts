/**
 * The after-filing check (result-check.md): what the IRS did against the estimate, and the
 * comparison of a case's `expected` figures with its summary. What the layers above may use.
 */
export { checkAfterFiling, ROUNDING_TOLERANCE, type CheckInput } from './check-after-filing.js';
export {
  verifyExpected,
  type VerifiableResult,
  type VerifyOutcome,
  type VerifyRow,
} from './verify.js';
export * from './types.js';
export { CHECK_PHONES, dollars } from './words.js';
