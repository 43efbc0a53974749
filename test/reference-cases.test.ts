import { describe, expect, it } from 'vitest';
import { referenceCases } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

const cases = referenceCases().filter((c) => c.json.communityProperty === undefined);

describe('reference cases outside community property states', () => {
  it('has the reference cases to check', () => {
    expect(cases.length).toBe(7);
  });
  for (const { file, json } of cases) {
    it(`${file}: every expected figure to the cent`, () => {
      const result = allocate(json);
      expect(result.summary).toEqual(json.expected);
    });
  }
});
