/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser and use the DOM types.)
/**
 * "Fill the official Form 8379" in the browser app as built (dist/app/form8379.html), opened from
 * disk in Debian's Chromium: each reference case of 2023 or later, opened through "Open case
 * file", fills the tests' stand-in form chosen through the file input, and the downloaded PDF holds
 * what `allocate(case).officialForm` says, field by field; a wrong file gets the page's message
 * for what the library found wrong with it, in an alert, and no download; a case of 2022 and a case without the order of the names say why
 * the form cannot be filled, at the control; the control works at phone width and from the
 * keyboard, with its label as its name; no request leaves the page, nothing is logged as an
 * error and the policy blocks nothing. Screenshots of the control go to test-output/.
 *
 * Like test/browser/app.test.ts: the tests' global setup builds the app; outside CI the test is
 * skipped, with a message, when Chromium is missing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import {
  type Browser,
  type BrowserContext,
  type Download,
  type FileChooser,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/src/i18n/en.js';
import { allocate, type CaseInput } from '../../src/index.js';
import { FORM_URL, fillForm8379, readForm8379Fields } from '../../src/pdf/index.js';
import { ROOT } from '../cli-helpers.js';
import { referenceCases } from '../helpers.js';
import { expectedFields, partIIIFieldNames } from '../support/expected-fields.js';
import { makeStandInForm, standInForm } from '../support/stand-in-form.js';
import {
  accessibility,
  APP_URL,
  MISSING,
  OUT,
  launchChromium,
  skipWithoutChromium,
} from './app-page.js';

const SKIP = skipWithoutChromium("the browser app's PDF test");

const LABEL = 'Form 8379 PDF from IRS.gov';

// playwright-core has no test matchers: the page's state is polled until it holds.
const textOf = (l: Locator) => expect.poll(() => l.textContent());
const focusOf = (l: Locator) => expect.poll(() => l.evaluate((e) => e === document.activeElement));

/** What the library finds wrong with `bytes` as the form: its message and the problem's kind. */
async function libraryError(
  json: unknown,
  bytes: Uint8Array,
): Promise<{ message: string; problem: keyof typeof en.officialForm.problems }> {
  try {
    await fillForm8379(allocate(json as CaseInput), bytes);
  } catch (error) {
    const e = error as Error & { problem: keyof typeof en.officialForm.problems };
    return { message: e.message, problem: e.problem };
  }
  throw new Error('the library filled the form');
}

describe.skipIf(SKIP)('"Fill the official Form 8379" in the browser app (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const downloads: Download[] = [];
  const choosers: FileChooser[] = [];
  const violations: string[] = [];
  const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  let standIn: Uint8Array;

  const openPage = async (viewport = { width: 1280, height: 900 }) => {
    page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('download', (d) => downloads.push(d));
    // Listened for from the start: a listener added just before the key press may be too late
    // for Playwright to catch the chooser the key opens.
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto(APP_URL);
    await page.waitForSelector('#case-form');
  };

  const fileInput = () => page.getByLabel(LABEL);
  const blocked = () => page.locator('#official-form-blocked');
  const alertRegion = () => page.locator('#official-form-error[role="alert"]');

  /** Opens a case file through the page's file input, as a user picks it. */
  const openCase = async (name: string, json: unknown) => {
    await page.getByLabel('Open case file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json, null, 2)),
    });
    await textOf(page.locator('#file-status')).toBe(`Opened ${name}.`);
  };

  /** Chooses `bytes` as the form PDF. */
  const chooseForm = (bytes: Uint8Array | Buffer, name = 'f8379.pdf') =>
    fileInput().setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

  /** Every violation axe-core finds, of any impact. */
  const axeViolations = async (): Promise<string[]> => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
        .axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
      };
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    });
    return violations.map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
  };

  beforeAll(async () => {
    expect(MISSING, 'the browser app test needs Chromium and the built app in CI').toEqual([]);
    standIn = await standInForm();
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    // Every request of every page: only the app's own file may be read.
    context.on('request', (r) => requests.push(r.url()));
    // A request the page's policy blocked fires no request event: record the attempt too, from
    // every page of the context (the first is closed before the end).
    await context.exposeBinding('__violation', (_source, text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        void (window as unknown as { __violation: (t: string) => Promise<void> }).__violation(
          `${e.effectiveDirective} ${e.blockedURI}`,
        );
      });
    });
    mkdirSync(OUT, { recursive: true });
    await openPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const fillable = referenceCases().filter(({ json }) => (json.taxYear as number) >= 2023);

  it('has reference cases of 2023 and later, each with the injured spouse shown first', () => {
    expect(fillable.length).toBeGreaterThanOrEqual(10);
    for (const { file, json } of fillable) {
      const spouses = json.spouses as { injured: { shownFirst?: boolean } };
      expect(spouses.injured.shownFirst, file).toBe(true);
      expect(allocate(json as CaseInput).officialForm.blockers, file).toEqual([]);
    }
  });

  it('tells where to get the form, that nothing leaves the browser, and that the PDF holds full SSNs', async () => {
    const section = page.getByRole('region', { name: 'Fill the official Form 8379' });
    await textOf(section).toContain(`Download the fillable form from ${FORM_URL}`);
    await textOf(section).toContain('nothing leaves the browser');
    await textOf(section).toContain('full social security numbers');
    expect(await section.getByRole('link', { name: FORM_URL }).getAttribute('href')).toBe(FORM_URL);
    // An empty case: nothing to fill yet, and the reason is given.
    expect(await fileInput().isDisabled()).toBe(true);
    await textOf(blocked()).toContain('finish the case first');
  });

  for (const { file, json } of fillable) {
    it(`${file}: fills the stand-in form chosen in the page, and the download holds the case's official form`, async () => {
      await openCase(file, json);
      const official = allocate(json as CaseInput).officialForm;
      expect(await fileInput().isEnabled()).toBe(true);
      await textOf(blocked()).toBe('');
      const download = page.waitForEvent('download');
      await chooseForm(standIn);
      const filled = await download;
      expect(filled.suggestedFilename()).toBe(`form-8379-${official.taxYear}-filled.pdf`);
      const bytes = new Uint8Array(readFileSync((await filled.path())!));
      const fields = await readForm8379Fields(bytes);
      // Every field, from the field numbers of form-8379-fields.md.
      expect(fields).toEqual(expectedFields(official));
      // Spelled out: the names in the return's order, Part III's figures, Part I's boxes.
      const spouses = json.spouses as { injured: { name: string }; other: { name: string } };
      expect(fields['topmostSubform[0].Page1[0].f1_3[0]']).toBe(spouses.injured.name.trim());
      expect(fields['topmostSubform[0].Page1[0].f1_5[0]']).toBe(spouses.other.name.trim());
      expect(fields['topmostSubform[0].Page1[0].c1_9[0]']).toBe(true);
      const line20 = official.partIII.find((l) => l.line === '20')!;
      expect(partIIIFieldNames('20').map((n) => fields[n])).toEqual(
        [line20.total, line20.injured, line20.other].every((v) => v === '0')
          ? ['', '', '']
          : [line20.total, line20.injured, line20.other],
      );
      expect(fields['topmostSubform[0].Page1[0].c1_1[0]']).toBe(official.partI[2] === 'yes');
      expect(fields['topmostSubform[0].Page1[0].c1_3[1]']).toBe(official.partI[4] === 'no');
      await textOf(page.locator('#official-form-status')).toContain(
        `Filled: form-8379-${official.taxYear}-filled.pdf`,
      );
      await textOf(page.locator('#official-form-error')).toBe('');
    });
  }

  it("a wrong file (text named .pdf, another revision, encrypted, too large) gets the page's message for what the library found, in the alert, and no download", async () => {
    const { file, json } = fillable.find((c) => c.file === 'w2-child-support-2024.json')!;
    await openCase(file, json);
    const before = downloads.length;
    const encrypted = await PDFDocument.load(standIn);
    encrypted.encrypt({ userPassword: '', ownerPassword: 'owner' });
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    big.write('%PDF-1.7\n', 0);
    const wrong: [string, Uint8Array, string, string][] = [
      ['notes.pdf', Buffer.from('These are my notes, not a PDF.\n'), 'not a PDF file', 'not-pdf'],
      [
        'f8379-2021.pdf',
        await makeStandInForm({ title: 'Form 8379 (Rev. November 2021)' }),
        'another revision of the form',
        'other-revision',
      ],
      ['locked.pdf', await encrypted.save(), 'encrypted', 'encrypted'],
      ['scan.pdf', big, 'more than the 10.0 MB', 'too-large'],
    ];
    for (const [name, bytes, gist, kind] of wrong) {
      const { message, problem } = await libraryError(json, bytes);
      expect(message, name).toContain(gist);
      expect(problem, name).toBe(kind);
      await chooseForm(bytes, name);
      await textOf(alertRegion()).toBe(
        `${name} could not be filled: ${en.officialForm.problems[problem]}`,
      );
      const text = (await alertRegion().textContent())!;
      expect(text, name).not.toMatch(/\n\s+at |Error:/);
      await textOf(page.locator('#official-form-status')).toBe('');
    }
    expect(downloads.length).toBe(before);
    // The right form after a wrong one: the alert goes, the download comes.
    const download = page.waitForEvent('download');
    await chooseForm(standIn);
    await download;
    await textOf(page.locator('#official-form-error')).toBe('');
  });

  it('a case of 2022 shows the earlier-revision message at the control and offers no download', async () => {
    const { file, json } = referenceCases().find((c) => c.file === 'itemized-dividends-2022.json')!;
    const official = allocate(json as CaseInput).officialForm;
    expect(official.blockers.map((b) => b.code)).toEqual(['earlier-revision']);
    const before = downloads.length;
    await openCase(file, json);
    await textOf(blocked()).toContain(en.officialForm.blockers.earlierRevision(2022));
    expect(await fileInput().isDisabled()).toBe(true);
    // The input says why it is unavailable (its description).
    expect((await accessibility(page, fileInput())).description).toContain(
      'Form 8379 (Rev. November 2023) is for tax years 2023 and later',
    );
    expect(downloads.length).toBe(before);
  });

  it("a case that does not say whose name is shown first points to the app's own question, which fixes it", async () => {
    const { file, json } = fillable.find((c) => c.file === 'eic-children-2024.json')!;
    const unordered = structuredClone(json) as unknown as {
      spouses: { injured: { shownFirst?: boolean } };
    };
    delete unordered.spouses.injured.shownFirst;
    expect(allocate(unordered as CaseInput).officialForm.blockers.map((b) => b.code)).toEqual([
      'line-10-order',
    ]);
    await openCase(file, unordered);
    await textOf(blocked()).toContain(en.officialForm.blockers.line10);
    expect(await fileInput().isDisabled()).toBe(true);
    await blocked()
      .getByRole('button', { name: 'Go to “Whose name is shown first on the return?”' })
      .click();
    const question = page.getByRole('group', { name: 'Whose name is shown first on the return?' });
    // The focus is on the question (its first answer, none being checked), open to answer.
    await expect
      .poll(() => question.evaluate((group) => group.contains(document.activeElement)))
      .toBe(true);
    await question.getByLabel(en.spouses.shownFirstInjured, { exact: true }).check();
    await textOf(blocked()).toBe('');
    expect(await fileInput().isEnabled()).toBe(true);
    const download = page.waitForEvent('download');
    await chooseForm(standIn);
    const fields = await readForm8379Fields(
      new Uint8Array(readFileSync((await (await download).path())!)),
    );
    expect(fields).toEqual(expectedFields(allocate(json as CaseInput).officialForm));
  });

  const screenshot = async (name: string) => {
    const section = page.locator('#official-form');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(OUT, name) });
  };

  it('at 1280 px: the control, filled and blocked, for a human to look at', async () => {
    const { file, json } = fillable.find((c) => c.file === 'rev-rul-2004-71-az.json')!;
    await openCase(file, json);
    const download = page.waitForEvent('download');
    await chooseForm(standIn);
    await download;
    await screenshot('app-official-form-1280.png');
    await chooseForm(Buffer.from('not a pdf'), 'notes.pdf');
    await textOf(alertRegion()).toContain('not a PDF file');
    await screenshot('app-official-form-1280-wrong-file.png');
    const old = referenceCases().find((c) => c.file === 'itemized-dividends-2022.json')!;
    await openCase(old.file, old.json);
    await screenshot('app-official-form-1280-2022.png');
    expect(await axeViolations()).toEqual([]);
    const unordered = structuredClone(json) as unknown as {
      spouses: { injured: { shownFirst?: boolean } };
    };
    delete unordered.spouses.injured.shownFirst;
    await openCase(file, unordered);
    await textOf(blocked()).toContain(en.officialForm.blockers.line10);
    await screenshot('app-official-form-1280-line-10.png');
    await page.getByRole('button', { name: en.files.newCase }).click();
    await textOf(blocked()).toContain('finish the case first');
    await screenshot('app-official-form-1280-empty.png');
    expect(await axeViolations()).toEqual([]);
  });

  it('at 390 px: no horizontal scroll; reached with Tab, named by its label, chosen and filled from the keyboard; axe finds nothing', async () => {
    await page.close();
    await openPage({ width: 390, height: 844 });
    await page.locator('#files > summary').click();
    await page.getByLabel('Example').selectOption('two-earners-child-support');
    await page.getByRole('button', { name: 'Load the example' }).click();
    expect(await fileInput().isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const input = fileInput();
    const { name, description } = await accessibility(page, input);
    expect(name).toBe(LABEL);
    expect(description).toContain('nothing leaves the browser');
    expect(description).toContain('full social security numbers');

    // From the last control before it ("What happened after you filed", folded), Tab goes to the
    // link to the form, then to the input.
    await page.locator('#after-filing summary').focus();
    await page.keyboard.press('Tab');
    await focusOf(page.getByRole('link', { name: FORM_URL })).toBe(true);
    await page.keyboard.press('Tab');
    await focusOf(input).toBe(true);
    // Enter on the focused input opens the file chooser; the chosen form is filled.
    const opened = choosers.length;
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(opened + 1);
    const download = page.waitForEvent('download');
    await choosers[opened]!.setFiles({
      name: 'f8379.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(standIn),
    });
    expect((await download).suggestedFilename()).toBe('form-8379-2024-filled.pdf');
    await textOf(page.locator('#official-form-status')).toContain('Filled:');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations()).toEqual([]);
    await screenshot('app-official-form-390.png');

    await chooseForm(Buffer.from('not a pdf'), 'notes.pdf');
    await textOf(alertRegion()).toContain('not a PDF file');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await screenshot('app-official-form-390-wrong-file.png');
    const old = referenceCases().find((c) => c.file === 'itemized-dividends-2022.json')!;
    await openCase(old.file, old.json);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations()).toEqual([]);
    await screenshot('app-official-form-390-2022.png');
  });

  it('made no request but for its own file, logged no error, and the policy blocked nothing', async () => {
    expect(new Set(requests)).toEqual(new Set([APP_URL]));
    expect(consoleErrors).toEqual([]);
    expect(violations).toEqual([]);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toContain('unsafe-eval');
  });
});
