import type { AllocationResult } from '../pipeline/result.js';
import { Form8379Error, InvalidOptionError } from '../core/errors.js';
import type { RenderWorksheetOptions } from '../report/model.js';
import { renderWorksheet as renderWithLibrary } from '../report/render.js';
import { UserError } from './errors.js';

/**
 * Renders the worksheet with the library's renderer. A template of the user's own that does not
 * compile or run (a Handlebars syntax error, a missing helper) is the user's to fix: it is
 * reported against the template file with exit code 2, not as a bug.
 */
export function renderWorksheet(
  result: AllocationResult,
  options: RenderWorksheetOptions,
  templateFile?: string,
): string {
  try {
    return renderWithLibrary(result, options);
  } catch (error) {
    if (templateFile === undefined || !(error instanceof Error)) throw error;
    if (error instanceof Form8379Error && !(error instanceof InvalidOptionError)) throw error;
    const message =
      error instanceof InvalidOptionError
        ? error.message.slice(error.path.length + 2)
        : error.message;
    // One message line per line of Handlebars' message (a parse error points at a column on
    // the line above it): each is printed with the same prefix, so the pointer still lines up.
    const [first = '', ...rest] = message.split('\n');
    throw new UserError([
      `${templateFile}: the template failed: ${first}`,
      ...rest.map((line) => `  ${line}`),
    ]);
  }
}
