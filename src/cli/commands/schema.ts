import { caseJsonSchema } from '../json-schema.js';
import { writeOutput } from '../output.js';

/** `form8379 schema`: the JSON Schema of the case format. */
export async function runSchema(flags: { readonly out?: string }): Promise<void> {
  await writeOutput(`${JSON.stringify(caseJsonSchema(), null, 2)}\n`, flags.out);
}
