/**
 * The library as a page loads it under a strict Content-Security-Policy (worksheet-csp.test.ts):
 * bundled into one script served from the page's origin. It records every policy violation the
 * page reports, and runs its work in tasks of the page itself (`setTimeout`), so the policy
 * applies to it as to any page script: code evaluated by the test driver is exempt from it.
 */
import { z } from 'zod';
import { allocate, renderWorksheet, type WorksheetFormat } from '../../src/index.js';

// zod 4 probes once whether it may compile its parsers with `new Function`; a page without
// 'unsafe-eval' then logs a refused evaluation. An embedding page turns the probe off.
z.config({ jitless: true });

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
});

/** Runs `work` as a task of the page and settles with its outcome. */
function inPage<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? new Error(`${error.name}: ${error.message}`) : error);
      }
    }, 0);
  });
}

const api = {
  violations,
  /** Whether the page may evaluate a string (it must not). */
  canEval: () =>
    inPage(() => {
      try {
        return new Function('return true')() === true;
      } catch {
        return false;
      }
    }),
  /** Every format of one case's worksheet. */
  render: (json: unknown, formats: readonly WorksheetFormat[], preparedDate: string) =>
    inPage(() => {
      const result = allocate(json as Parameters<typeof allocate>[0]);
      return formats.map((format) => renderWorksheet(result, { format, preparedDate }));
    }),
  /** A custom template's outcome: the output, or the error's name. */
  custom: (json: unknown, template: string) =>
    inPage(() => {
      try {
        return renderWorksheet(allocate(json as Parameters<typeof allocate>[0]), {
          format: 'html',
          template,
        });
      } catch (error) {
        return error instanceof Error ? error.name : String(error);
      }
    }),
};

export type PageApi = typeof api;

Object.assign(globalThis, { form8379: api });
