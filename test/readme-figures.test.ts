/**
 * Figures the README quotes come from the code, not from memory: the size of a batch line, full
 * and with --summary, over the reference cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultToJson } from '../src/index.js';
import { summaryLine } from '../src/cli/batch-lines.js';
import { allocateUntyped, referenceCases } from './helpers.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe("the README's figures", () => {
  it('the size of a batch line, full and --summary, over the reference cases', () => {
    const full: number[] = [];
    const summary: number[] = [];
    for (const { json } of referenceCases()) {
      const result = allocateUntyped(json);
      full.push(Buffer.byteLength(JSON.stringify(resultToJson(result))) / 1024);
      summary.push(Buffer.byteLength(JSON.stringify(summaryLine(result, 1))) / 1024);
    }
    const low = (kb: number[], places: number) =>
      (Math.floor(Math.min(...kb) * 10 ** places) / 10 ** places).toFixed(places);
    const high = (kb: number[], places: number) =>
      (Math.ceil(Math.max(...kb) * 10 ** places) / 10 ** places).toFixed(places);
    expect(README).toContain(
      `${low(summary, 1)} to ${high(summary, 1)} KB a line instead of ${low(full, 0)} to ${high(full, 0)} KB`,
    );
  });
});
