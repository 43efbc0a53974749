// Empties dist before a build (a portable `rm -rf dist`).
import { rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
