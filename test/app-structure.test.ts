/**
 * The browser app's code reads one way (issue 20, "The app's code"): the page (app/src/ui/page.ts)
 * composes the sections, a section never imports the page or another section, and no module of
 * app/src is part of an import cycle. Read from the sources' import statements.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-helpers.js';

const APP = join(ROOT, 'app', 'src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? modules(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The app modules each app module imports (relative imports inside app/src; types too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules(APP)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)]
      .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
      .filter((target) => target.startsWith(APP));
    graph.set(file, targets);
  }
  return graph;
}

const name = (file: string) => relative(APP, file);

describe("the browser app's modules", () => {
  const graph = importGraph();
  const page = join(APP, 'ui', 'page.ts');
  const sections = [...graph.keys()].filter((f) => /ui[\\/](.*-section|answer-card)\.ts$/.test(f));

  it('are read', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(sections.map(name).sort()).toEqual(
      [
        'ui/after-filing-section.ts',
        'ui/answer-card.ts',
        'ui/debts-section.ts',
        'ui/file-section.ts',
        'ui/form-facts-section.ts',
        'ui/items-section.ts',
        'ui/official-form-section.ts',
        'ui/part-one-section.ts',
        'ui/spouses-section.ts',
        'ui/start-section.ts',
        'ui/totals-section.ts',
        'ui/worksheet-section.ts',
      ].sort(),
    );
  });

  it('import in no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          cycles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' → '));
        } else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('the page is imported by main.ts alone: no section imports the page', () => {
    const importers = [...graph].filter(([, to]) => to.includes(page)).map(([from]) => name(from));
    expect(importers).toEqual(['main.ts']);
  });

  it('the page composes every section; a section imports no other section', () => {
    expect(sections.filter((s) => !graph.get(page)!.includes(s)).map(name)).toEqual([]);
    const crossing = sections.flatMap((s) =>
      (graph.get(s) ?? [])
        .filter((t) => sections.includes(t))
        .map((t) => `${name(s)} → ${name(t)}`),
    );
    expect(crossing).toEqual([]);
  });
});
