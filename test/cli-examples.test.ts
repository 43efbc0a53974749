import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-helpers.js';

describe('examples/embed.ts', () => {
  it('runs and prints the three figures, the Markdown worksheet and the invalid field', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'examples', 'embed.ts')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe("Injured spouse's refund: $1819.00");
    expect(lines[1]).toBe('Applied to Past-due child support: $998.00');
    expect(lines[2]).toMatch(/^Tax ratio 0\.7533 \(R-TAX-RATIO\): \S/);
    expect(run.stdout).toContain('# For Dana Reyes: your share of the 2024 joint refund');
    expect(run.stdout).toContain('Date prepared: 2025-03-14.');
    expect(run.stdout).toContain(
      '**Estimated refund to the injured spouse, Dana Reyes: $1,819.00**',
    );
    expect(lines.at(-2)).toBe(
      'invalid: items[0].amount: expected at most two decimals, got "12.345"',
    );
  });
});
