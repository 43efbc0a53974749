import type { z } from 'zod';
import { InvalidCaseError, type InputIssue } from '../errors.js';
import { caseSchema, type Form8379Case } from './schema.js';

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

/** The outcome of {@link safeValidateCase}. */
export type ValidationOutcome =
  | { readonly ok: true; readonly value: Form8379Case }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Validates a case without throwing. */
export function safeValidateCase(input: unknown): ValidationOutcome {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: toInputIssues(parsed.error) };
}

/**
 * Validates a case (the parsed JSON of a case file) and returns it with defaults filled in.
 * Throws {@link InvalidCaseError} naming every wrong field path.
 */
export function validateCase(input: unknown): Form8379Case {
  const outcome = safeValidateCase(input);
  if (!outcome.ok) throw new InvalidCaseError(outcome.issues);
  return outcome.value;
}
