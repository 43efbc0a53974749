import type { AllocationResult } from '../index.js';
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

/** Renders the worksheet with the library's renderer. */
export async function renderWorksheet(
  result: AllocationResult,
  options: WorksheetOptions,
): Promise<string> {
  const lib = (await import('../index.js')) as unknown as { renderWorksheet?: Renderer };
  if (typeof lib.renderWorksheet !== 'function') {
    throw new UserError(
      `--format ${options.format}: this build has no worksheet renderer; use --format json`,
    );
  }
  return lib.renderWorksheet(result, options);
}
