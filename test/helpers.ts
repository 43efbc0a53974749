import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  allocate,
  type AllocationOptions,
  type AllocationResult,
  type CaseInput,
} from '../src/index.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures', 'cases');

export interface ReferenceCase {
  readonly file: string;
  readonly json: Record<string, unknown> & { expected: unknown; communityProperty?: unknown };
}

/** The reference cases copied from the domain specification. */
export function referenceCases(): ReferenceCase[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) }));
}

/**
 * `allocate` for a case held as plain, untyped data (a parsed fixture, a fuzzed case, a case made
 * wrong on purpose): the library's typed entry point validates such input at run time, which is
 * what these tests exercise.
 */
export function allocateUntyped(input: unknown, options?: AllocationOptions): AllocationResult {
  return allocate(input as CaseInput, options);
}
