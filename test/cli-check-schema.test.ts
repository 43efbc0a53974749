import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { MULTIPLE_OF_PRECISION } from '../src/cli/json-schema.js';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './cli-helpers.js';
import { referenceCases } from './helpers.js';

const W2 = fixture('w2-child-support-2024.json');

describe('form8379 check', () => {
  it('lists valid files on stdout, exit 0', async () => {
    const run = await runCli(['check', W2.path, 'test/fixtures/cases/eic-children-2024.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `${W2.path}: valid case (tax year 2024, 3 items, 1 debt)\n` +
        'test/fixtures/cases/eic-children-2024.json: valid case (tax year 2024, 4 items, 2 debts)\n',
    );
  });

  it('reports every problem of every file, exit 2', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify({ ...W2.json, debts: [{ type: 'alimony', amount: -5 }] }));
    writeFileSync(broken, '{"taxYear": 2024 "x"}');
    const run = await runCli(['check', bad, W2.path, broken]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`${W2.path}: valid case (tax year 2024, 3 items, 1 debt)\n`);
    expect(run.stderr).toBe(
      [
        `form8379: ${bad}: debts[0].type: unknown debt type "alimony"; expected one of federalTax, childSupport, spousalSupport, federalNontax, stateIncomeTax, stateUnemployment`,
        `form8379: ${bad}: debts[0].amount: must not be negative, got "-5"`,
        `form8379: ${broken}:1:18: invalid JSON: expected ',' or '}' after a property value, got '"'`,
        '',
      ].join('\n'),
    );
  });
});

describe('form8379 schema', () => {
  it('prints a JSON Schema that accepts every reference case and rejects a wrong one', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('form8379 case');
    expect(schema.required).toEqual(expect.arrayContaining(['taxYear', 'spouses', 'partI']));
    expect(schema.properties.items.items.properties.kind.enum).toContain('wages');

    // An independent validator (ajv, draft 2020-12) of the printed schema.
    const ajv = new Ajv2020({ allErrors: true, multipleOfPrecision: MULTIPLE_OF_PRECISION });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const valid = ajv.compile(schema);
    for (const { file, json } of referenceCases()) {
      expect({ file, ok: valid(json) }).toEqual({ file, ok: true });
    }
    const wage = (amount: unknown) => ({ kind: 'wages', spouse: 'injured', amount });
    const wrong = [
      { ...W2.json, surprise: true },
      { ...W2.json, items: [{ kind: 'wage', spouse: 'injured', amount: '1' }] },
      { ...W2.json, debts: [{ type: 'childSupport' }] },
      { ...W2.json, spouses: { injured: { name: 'A' } } },
      { ...W2.json, taxYear: 1999 },
      { ...W2.json, items: [wage('$61,250')] },
      { ...W2.json, items: [wage('12x')] },
      { ...W2.json, items: [wage('61,25')] },
      { ...W2.json, debts: [{ type: 'childSupport', amount: '-3' }] },
    ];
    for (const json of wrong) expect(valid(json), JSON.stringify(json)).toBe(false);
  });

  it('writes --out', async () => {
    const out = join(tempDir(), 'case.schema.json');
    const run = await runCli(['schema', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });
});
