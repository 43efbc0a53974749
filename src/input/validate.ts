import { z } from 'zod';
import { InvalidCaseError, type InputIssue } from '../core/errors.js';
import { caseSchema, tooMany, type Form8379Case } from './schema.js';
import { MAX_DEBTS, MAX_ITEMS } from './limits.js';

/** `items[2].amount` from zod's `['items', 2, 'amount']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return `expected a case as a JSON object, ${issue.message.replace(/^Invalid input: expected object, /, '')}`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `required: expected ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  return issue.message;
}

/** Zod issues as {@link InputIssue}s with readable paths and messages. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue),
  }));
}

/**
 * Validations done with the plain {@link caseSchema} before switching to the compiled one.
 * Compiling costs as much as a few hundred plain validations (tens of milliseconds), so a process
 * that checks a handful of cases (the CLI's `allocate`, `check`) never pays for it, and a batch
 * pays only a few milliseconds more than if it compiled at once.
 */
const COMPILE_AFTER = 100;
let plainValidations = 0;
let compiled: typeof caseSchema | undefined;

/**
 * {@link caseSchema} with zod's compiled fast path (`z.compile`): a parser generated from the
 * schema that gives the runtime parser's output, and hands every input it does not accept to the
 * original runtime parser, so issues, paths and messages are the runtime's own. `caseSchema`
 * itself stays the plain schema (exported, and the source of the JSON Schema). Where code
 * generation is unavailable, `z.compile` returns the plain schema.
 * @internal Exported for the tests.
 */
export function compiledCaseSchema(): typeof caseSchema {
  compiled ??= z.compile(caseSchema);
  return compiled;
}

function schemaForNextCase(): typeof caseSchema {
  if (compiled !== undefined) return compiled;
  plainValidations++;
  return plainValidations <= COMPILE_AFTER ? caseSchema : compiledCaseSchema();
}

/** Set on every case {@link validateCase} returns: a key of the global symbol registry, so a
 * case validated by the CJS build is recognised by the ESM build too. Not enumerable: a copy
 * made with spread or JSON is not validated. */
const VALIDATED = Symbol.for('form8379.validatedCase');
declare const validatedBrand: unique symbol;

/**
 * A case returned by {@link validateCase} (or {@link safeValidateCase}): the only input
 * `allocateCase` accepts. A case built or copied by hand does not have the type, so passing one
 * fails to compile.
 */
export type ValidatedCase = Form8379Case & { readonly [validatedBrand]: true };

/** Whether `c` came out of {@link validateCase} unchanged in identity. */
export function isValidatedCase(c: unknown): c is ValidatedCase {
  return typeof c === 'object' && c !== null && (c as Record<symbol, unknown>)[VALIDATED] === true;
}

function markValidated(c: Form8379Case): ValidatedCase {
  Object.defineProperty(c, VALIDATED, { value: true });
  return c as ValidatedCase;
}

/** The outcome of {@link safeValidateCase}. */
export type ValidationOutcome =
  | { readonly ok: true; readonly value: ValidatedCase }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Validates a case without throwing. */
export function safeValidateCase(input: unknown): ValidationOutcome {
  const tooLong = overLongLists(input);
  if (tooLong.length > 0) return { ok: false, issues: tooLong };
  const parsed = schemaForNextCase().safeParse(input);
  if (parsed.success) return { ok: true, value: markValidated(parsed.data) };
  return { ok: false, issues: toInputIssues(parsed.error) };
}

/**
 * A list over its limit is refused before any of it is read: a case of a million debts would
 * otherwise be validated item by item before its length is judged.
 */
function overLongLists(input: unknown): InputIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const issues: InputIssue[] = [];
  for (const [key, max] of [
    ['items', MAX_ITEMS],
    ['debts', MAX_DEBTS],
  ] as const) {
    const list = (input as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > max) {
      issues.push({ path: key, message: tooMany(key, max, list.length)({}) });
    }
  }
  return issues;
}

/**
 * Validates a case (the parsed JSON of a case file) and returns it with defaults filled in.
 * Throws {@link InvalidCaseError} naming every wrong field path.
 */
export function validateCase(input: unknown): ValidatedCase {
  const outcome = safeValidateCase(input);
  if (!outcome.ok) throw new InvalidCaseError(outcome.issues);
  return outcome.value;
}
