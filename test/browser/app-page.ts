/**
 * What every browser test of the app shares: the built page (the tests' global setup builds it),
 * Debian's Chromium, and how it is started. Outside CI a missing Chromium skips the test with a
 * message; in CI the test always runs, so a missing Chromium fails it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ROOT } from '../cli-helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const APP = join(ROOT, 'dist', 'app', 'form8379.html');
export const APP_URL = pathToFileURL(APP).href;
/** Screenshots and prints a test keeps for a person to look at. */
export const OUT = join(ROOT, 'test-output');

if (!existsSync(APP)) {
  throw new Error(`no ${APP}: the tests' global setup (npm run build) should have built it`);
}

/** What the browser tests lack here: empty where they can run. */
export const MISSING: readonly string[] = existsSync(CHROMIUM)
  ? []
  : [`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`];

const IN_CI = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);

/** Whether the test named `what` is skipped here (no Chromium, outside CI), saying so. */
export function skipWithoutChromium(what: string): boolean {
  if (MISSING.length === 0 || IN_CI) return false;
  console.warn(`Skipping ${what}: ${MISSING.join('; ')}. It always runs when CI is set.`);
  return true;
}

/** Chromium, headless, with nothing of its own reaching the network (this machine's is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The name and description Chromium computes for the element, as a screen reader reads them. */
export async function accessibility(
  page: Page,
  l: Locator,
): Promise<{ name: string; description: string }> {
  const id = await l.evaluate((e) => e.id);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `#${id}`,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    return {
      name: String(nodes[0]?.name?.value ?? ''),
      description: String(nodes[0]?.description?.value ?? ''),
    };
  } finally {
    await cdp.detach();
  }
}
