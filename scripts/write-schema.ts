// Writes dist/schema.json, the JSON Schema of the case format shipped in the package
// (`form8379/schema.json`), from the same zod schema the library validates with.
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../src/cli/json-schema.js';

const target = new URL('../dist/schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
