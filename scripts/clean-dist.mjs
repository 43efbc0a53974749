// Empties dist before a build (a portable `rm -rf dist`): `npm run build` then writes all of it,
// the library and CLI (tsup), schema.json and the browser app (dist/app, vite), from scratch.
import { rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
