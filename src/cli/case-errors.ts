import {
  Form8379Error,
  InvalidCaseError,
  InvalidOptionError,
  UnsupportedCaseError,
} from '../core/errors.js';
import { displayName, UserError } from './errors.js';

/** Library option paths and the CLI flags that set them. */
const OPTION_FLAGS: Readonly<Record<string, string>> = {
  'options.ratioDecimals': '--ratio-decimals',
  'options.zeroTaxRatio': '--zero-tax-ratio',
  'options.creditFloor': '--credit-floor',
  'options.creditLimit': '--credit-limit',
  'options.undatedDebts': '--undated-debts',
  'options.communityPropertyNetting': '--community-property-netting',
};

/**
 * The library's typed errors as messages naming the file, the JSON path and what was expected;
 * anything else is not the user's fault and is returned unchanged (exit code 1).
 */
export function toUserError(error: unknown, file: string): unknown {
  const name = displayName(file);
  if (error instanceof InvalidCaseError) {
    return new UserError(error.issues.map((i) => `${name}: ${i.path || '(root)'}: ${i.message}`));
  }
  if (error instanceof UnsupportedCaseError) {
    return new UserError(`${name}: ${error.message}`);
  }
  if (error instanceof InvalidOptionError) {
    const flag = OPTION_FLAGS[error.path] ?? error.path;
    return new UserError(`${flag}: ${error.message.slice(error.path.length + 2)}`);
  }
  return error;
}

/** The error object a batch writes on the line of an input that could not be allocated. */
export interface BatchErrorJson {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
  /** Where on the line, for a line that is not JSON, not UTF-8 or gives a key twice. */
  readonly column?: number;
}

/** Whether an error is the library's wrapper of a bug (code `internal-error`) or a bare error. */
export function isInternalError(error: unknown): boolean {
  return !(error instanceof Form8379Error) || error.code === 'internal-error';
}

/** A library error about the input as a batch error object; `null` for an unexpected error. */
export function toBatchError(error: unknown): BatchErrorJson | null {
  if (error instanceof InvalidCaseError) {
    return { code: error.code, message: error.message, issues: error.issues };
  }
  if (!isInternalError(error)) {
    return { code: (error as Form8379Error).code, message: (error as Form8379Error).message };
  }
  return null;
}
