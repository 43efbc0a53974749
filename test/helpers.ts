import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
