import { describe, expect, it } from 'vitest';
import { renderWorksheet } from '../src/index.js';
import { referenceCases } from './helpers.js';
import { allocateUntyped as allocate } from './helpers.js';

// Reviewed by eye when written or changed: a diff here is a change to what clients read.
const CASES = ['eic-children-2024', 'tx-wages-mixed-debts-2024'] as const;
const EXTENSIONS = { markdown: 'md', text: 'txt' } as const;

describe('worksheet snapshots', () => {
  for (const name of CASES) {
    const json = referenceCases().find((c) => c.file === `${name}.json`)?.json;
    for (const format of ['markdown', 'text'] as const) {
      it(`${name} as ${format}`, async () => {
        const out = renderWorksheet(allocate(json), { format, preparedDate: '2025-03-14' });
        await expect(out).toMatchFileSnapshot(
          `__snapshots__/worksheet-${name}.${EXTENSIONS[format]}`,
        );
      });
    }
  }
});
