/**
 * The README's figures for the browser app come from the build, and its links reach what the
 * package ships (issue 20, "What a newcomer developer met"): the size it states is the built
 * page's (written by scripts/app-size.mjs; held here within a few percent, so a change of the
 * library does not fail this test at every byte, but a figure from memory does), and every file
 * the README links to or shows is in the packed package (`npm pack --dry-run`), but for the two
 * examples the package does not ship (test/packed-package.test.ts keeps examples/ out).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("the README's browser app", () => {
  it('states the size of the built page (scripts/app-size.mjs), within 3%', () => {
    const stated = /<!-- app-size -->(\d+) KB, (\d+) KB gzipped<!-- \/app-size -->/.exec(README);
    expect(stated, 'README.md has no <!-- app-size --> figures').not.toBe(null);
    const page = readFileSync(join(ROOT, 'dist', 'app', 'form8379.html'));
    const measured = [page.length / 1024, gzipSync(page, { level: 9 }).length / 1024];
    const [raw, gzipped] = [Number(stated![1]), Number(stated![2])];
    expect(Math.abs(raw - measured[0]!) / measured[0]!).toBeLessThan(0.03);
    expect(Math.abs(gzipped - measured[1]!) / measured[1]!).toBeLessThan(0.03);
  });

  it('shows the pictures scripts/app-screenshot.mjs draws', () => {
    for (const png of ['docs/app.png', 'docs/app-phone.png', 'docs/app-phone-answer.png']) {
      expect(README).toContain(`src="${png}"`);
      expect(readFileSync(join(ROOT, 'scripts', 'app-screenshot.mjs'), 'utf8')).toContain(png);
    }
  });

  it('links only to files the packed package holds', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { files: { path: string }[] }[];
    const shipped = new Set(packed!.files.map((f) => f.path));
    const targets = new Set(
      [...README.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)|\bsrc="([^"]+)"/g)]
        .map((m) => m[1] ?? m[2]!)
        .filter((t) => !/^[a-z]+:/.test(t)),
    );
    expect(targets.size).toBeGreaterThan(10);
    const missing = [...targets].filter((t) => !shipped.has(t)).sort();
    expect(missing).toEqual([]);
  }, 60_000);
});
