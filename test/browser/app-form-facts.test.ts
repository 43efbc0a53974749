/// <reference lib="dom" />
/**
 * What the official form asks besides the figures, in the browser app as built: the reference
 * case of 2024 with every `form8379` field and the two e-file facts opens, the form shows them
 * (how it is filed, line 11, line 12's address, Part IV), the case saved from the page is the file
 * opened, byte for byte, and the stand-in form filled in the page reads back lines 11, 12 and
 * Part IV as the library fills them. An e-file failure is said at the official form in plain
 * words. No request leaves the page; axe-core finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFileText, stateFromCase } from '../../app/src/form-state.js';
import { en } from '../../app/src/i18n/en.js';
import { allocate, type CaseInput } from '../../src/index.js';
import { readForm8379Fields } from '../../src/pdf/index.js';
import { LINE_11, LINE_12, PART_IV } from '../../src/pdf/fields.js';
import { ROOT } from '../cli-helpers.js';
import { referenceCases } from '../helpers.js';
import { expectedFields } from '../support/expected-fields.js';
import { standInForm } from '../support/stand-in-form.js';
import { APP_URL, launchChromium, skipWithoutChromium } from './app-page.js';

const SKIP = skipWithoutChromium('the form facts browser test');

const textOf = (l: { textContent(): Promise<string | null> }) => expect.poll(() => l.textContent());

/** The reference case of 2024 as the form writes it, with every fact of the official form. */
function caseWithFacts(): Record<string, unknown> {
  const ref = referenceCases().find((c) => c.file === 'w2-child-support-2024.json')!.json;
  const c = JSON.parse(caseFileText(stateFromCase(ref).state)) as Record<string, unknown>;
  const facts = {
    jointReturn: {
      ...(c.jointReturn as Record<string, unknown>),
      address: 'unitedStates',
      efileBlockingForms: ['8888'],
    },
    form8379: {
      filedWith: 'alone',
      refundInBothNames: true,
      mailingAddress: { street: '500 Oak St Apt 4', city: 'Austin', state: 'TX', zip: '78701' },
      phone: '512-555-0142',
      preparer: {
        name: 'Pat Lee',
        ptin: 'P01234567',
        selfEmployed: true,
        firmName: 'Lee Tax',
        firmAddress: '1 Main St, Austin, TX 78701',
        firmEin: '12-3456789',
        phone: '512-555-0199',
      },
    },
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    if (k === 'debts') {
      out.jointReturn = facts.jointReturn;
      out.form8379 = facts.form8379;
    }
    if (k !== 'jointReturn') out[k] = v;
  }
  return out;
}

describe.skipIf(SKIP)("the official form's facts in the browser app (Chromium)", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const json = caseWithFacts();
  const text = `${JSON.stringify(json, null, 2)}\n`;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(APP_URL);
    await page.waitForSelector('#case-form');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the case and shows every fact', async () => {
    await page.getByLabel('Open case file').setInputFiles({
      name: 'facts.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await textOf(page.locator('#file-status')).toBe('Opened facts.json.');
    const x = en.formFacts;
    const section = page.getByRole('region', { name: x.heading });
    expect(await section.getByLabel(x.filedWithOptions.alone).isChecked()).toBe(true);
    expect(await section.getByLabel(x.line11).isChecked()).toBe(true);
    expect(await section.getByLabel(x.line12Options.us).isChecked()).toBe(true);
    expect(await section.getByLabel(x.address.street).inputValue()).toBe('500 Oak St Apt 4');
    expect(await section.getByLabel(x.address.zip).inputValue()).toBe('78701');
    expect(await section.getByLabel(x.address.country).isVisible()).toBe(false);
    expect(await section.getByLabel(x.phone).inputValue()).toBe('512-555-0142');
    expect(await section.getByLabel(x.preparer.name).inputValue()).toBe('Pat Lee');
    expect(await section.getByLabel(x.preparer.selfEmployed).isChecked()).toBe(true);
    expect(await section.getByLabel(x.preparer.firmEin).inputValue()).toBe('12-3456789');
    expect(await section.getByLabel(x.returnAddressOptions.unitedStates).isChecked()).toBe(true);
    expect(await section.getByLabel(x.forms['8888']).isChecked()).toBe(true);
    expect(await section.getByLabel(x.forms['2555']).isChecked()).toBe(false);
  });

  it('saves the case back byte for byte', async () => {
    const files = page.locator('#files');
    if (!(await files.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await files.locator('summary').click();
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en.files.save }).click();
    const saved = readFileSync((await (await download).path())!, 'utf8');
    expect(saved).toBe(text);
  });

  it('fills lines 11, 12 and Part IV of the stand-in form', async () => {
    const official = allocate(json as CaseInput).officialForm;
    const download = page.waitForEvent('download');
    await page.getByLabel(en.officialForm.input).setInputFiles({
      name: 'f8379.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await standInForm()),
    });
    const fields = await readForm8379Fields(
      new Uint8Array(readFileSync((await (await download).path())!)),
    );
    expect(fields).toEqual(expectedFields(official));
    expect(fields[LINE_11.name]).toBe(true);
    expect(fields[LINE_12.yes.name]).toBe(true);
    expect(fields[LINE_12.address.name]).toBe('500 Oak St Apt 4, Austin, TX 78701');
    expect(fields[PART_IV.phone.name]).toBe('512-555-0142');
    expect(fields[PART_IV.preparerName.name]).toBe('Pat Lee');
  });

  it('says in plain words why an e-filed form would be rejected', async () => {
    const x = en.formFacts;
    const section = page.getByRole('region', { name: x.heading });
    // Part IV is for a form filed by itself: cleared first.
    await section.getByLabel(x.phone).fill('');
    await section.getByLabel(x.hasPreparer).uncheck();
    await section.getByLabel(x.filedWithOptions.originalReturn).check();
    await textOf(page.locator('#official-form-efile')).toContain(en.warnings.efileForms);
    await section.getByLabel(x.returnAddressOptions.puertoRico).check();
    await textOf(page.locator('#official-form-efile')).toContain(en.warnings.efilePrVi);
  });

  it('makes no request and has no accessibility violation', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
        .axe;
      const r = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; nodes: { target: unknown }[] }[];
      };
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target))}`);
    });
    expect(violations).toEqual([]);
    expect(requests.filter((u) => u !== APP_URL)).toEqual([]);
  });
});
