/**
 * zod 4 probes once whether it may compile its parsers with `new Function`, when the first object
 * schema is made: the page's policy forbids eval, so the probe would be refused and reported as a
 * policy violation. Parsing without it is as exact. main.ts imports this module first, so the
 * setting is in place before the library's schemas are made; it reads `zodConfig`, because the
 * package declares no side effects and a module imported for its effect alone would be dropped.
 */
import { z } from 'zod';

export const zodConfig = z.config({ jitless: true });
