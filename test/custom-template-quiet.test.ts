import { afterEach, describe, expect, it, vi } from 'vitest';
import { allocate, renderWorksheet } from '../src/index.js';
import { fixture } from './cli-helpers.js';
import { runCli } from './cli-helpers.js';

describe('a custom template prints nothing but its output', () => {
  afterEach(() => vi.restoreAllMocks());

  it('{{log}} and a denied prototype access write nothing to the console', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const result = allocate(fixture('w2-child-support-2024.json').json as never);
    const out = renderWorksheet(result, {
      format: 'text',
      preparedDate: '2026-12-06',
      template:
        '{{log header.injuredName}}[{{header.constructor}}][{{header.__proto__}}][{{#with header}}{{lookup this "constructor"}}{{/with}}]{{header.injuredName}}',
    });
    expect(out).toBe('[][][]Dana Reyes');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('through the CLI: standard output holds the template only, standard error nothing', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'form8379-tpl-'));
    const file = join(dir, 't.hbs');
    writeFileSync(file, '{{log "\u001b[31mred"}}{{header.constructor}}X');
    const run = await runCli([
      'allocate',
      'test/fixtures/cases/w2-child-support-2024.json',
      '--format',
      'text',
      '--template',
      file,
    ]);
    expect(run).toEqual({ code: 0, stdout: 'X', stderr: '' });
  });
});
