import { Form8379Error, InvalidOptionError, type AllocationResult } from '../index.js';
import { UserError } from './errors.js';

/** The worksheet formats of `allocate --format`, besides `json`. */
export type WorksheetFormat = 'html' | 'markdown' | 'text';

/** What the CLI passes to the library's worksheet renderer. */
export interface WorksheetOptions {
  readonly format: WorksheetFormat;
  readonly preparedDate?: string;
  readonly showFullSsn?: boolean;
  readonly preparedBy?: string;
  readonly template?: string;
}

type Renderer = (result: AllocationResult, options: WorksheetOptions) => string;

/**
 * Renders the worksheet with the library's renderer. A template of the user's own that does not
 * compile or run (a Handlebars syntax error, a missing helper) is the user's to fix: it is
 * reported against the template file with exit code 2, not as a bug.
 */
export async function renderWorksheet(
  result: AllocationResult,
  options: WorksheetOptions,
  templateFile?: string,
): Promise<string> {
  const lib = (await import('../index.js')) as unknown as { renderWorksheet?: Renderer };
  if (typeof lib.renderWorksheet !== 'function') {
    throw new UserError(
      `--format ${options.format}: this build has no worksheet renderer; use --format json`,
    );
  }
  try {
    return lib.renderWorksheet(result, options);
  } catch (error) {
    if (templateFile === undefined) throw error;
    const ours = error instanceof Form8379Error && !(error instanceof InvalidOptionError);
    if (ours || !(error instanceof Error)) throw error;
    const message =
      error instanceof InvalidOptionError
        ? error.message.slice(error.path.length + 2)
        : error.message;
    throw new UserError(
      `${templateFile}: the template failed: ${message.split('\n').join('\n  ')}`,
    );
  }
}
