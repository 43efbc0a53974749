import { z } from 'zod';
import { caseSchema } from '../input/schema.js';

/**
 * The JSON Schema (draft 2020-12) of a case file, generated from the zod schema the library
 * validates with, so the two cannot drift. It describes the input side: fields with defaults are
 * optional and amounts may be strings or numbers. Rules that span fields (a joint item's
 * `injuredShare` within its amount, itemized items with `deduction.kind` "itemized", ...) are
 * only checked by `form8379 check`.
 */
export function caseJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(caseSchema, { io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    title: 'form8379 case',
    description:
      'One joint return for the Form 8379 injured spouse allocation (docs/case-format.md of the form8379 package).',
    ...rest,
  };
}
