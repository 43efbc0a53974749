import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESULT_FORMAT_VERSION, resultToJson, type AllocationResult } from '../src/index.js';
import { generateCases } from '../bench/generate.js';
import { caseArb } from './arbitraries.js';
import { allocateUntyped, referenceCases } from './helpers.js';

/** Every traced figure in a JSON result, by key, with the paths it is written at. */
function figurePaths(json: unknown): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.key === 'string' && 'rule' in record && 'formula' in record) {
      found.set(record.key, [...(found.get(record.key) ?? []), path]);
      return;
    }
    for (const [k, v] of Object.entries(record)) walk(v, `${path}.${k}`);
  };
  walk(json, '');
  return found;
}

function checkLean(result: AllocationResult) {
  const json = JSON.parse(JSON.stringify(resultToJson(result))) as Record<string, unknown>;
  expect(Object.keys(json).slice(0, 3)).toEqual(['summary', 'warnings', 'formatVersion']);
  expect(json.formatVersion).toBe(RESULT_FORMAT_VERSION);
  expect(json).not.toHaveProperty('trace');
  expect(json).not.toHaveProperty('input');
  const paths = figurePaths(json);
  // Each figure once, and every figure of the in-memory trace somewhere in the JSON.
  expect([...paths].filter(([, p]) => p.length > 1)).toEqual([]);
  expect(result.trace.map((t) => t.key).filter((k) => !paths.has(k))).toEqual([]);
  const offsets = (json.distribution as { offsets: { reachable: string | null }[] }).offsets;
  for (const o of offsets) if (o.reachable !== null) expect(paths.has(o.reachable)).toBe(true);
}

describe('the JSON result (format version 2)', () => {
  for (const { file, json } of referenceCases()) {
    it(`${file}: each traced figure once, none left out`, () => checkLean(allocateUntyped(json)));
  }

  it('holds for generated cases outside community property states', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        let result: AllocationResult;
        try {
          result = allocateUntyped(c);
        } catch {
          return;
        }
        checkLean(result);
      }),
      { numRuns: 200 },
    );
  });

  it('holds for the benchmark mix, community property cases included', () => {
    for (const c of generateCases(8379, 400)) checkLean(allocateUntyped(c));
  });
});
