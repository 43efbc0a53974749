// Modules, not the package index: the index also loads the worksheet renderer and Handlebars,
// which `--format json` never needs (cold start).
import { allocateCase } from '../../pipeline/allocate.js';
import { resultToJson } from '../../pipeline/json.js';
import { validateCase } from '../../input/validate.js';
import type { WorksheetFormat } from '../../report/model.js';
import { resolveOptions } from '../../pipeline/options.js';
import { escapeJsonControls, terminalLines, terminalText } from '../../core/terminal-text.js';
import { toUserError } from '../case-errors.js';
import { displayName, UserError } from '../errors.js';
import { allocationOptions, today, type AllocationFlags } from '../flags.js';
import { parseCaseJson, readInput } from '../input.js';
import { writeOutput } from '../output.js';
import { summaryLines } from '../summary.js';

/** Options of `form8379 allocate`, as commander parses them. */
export interface AllocateFlags extends AllocationFlags {
  readonly format: 'json' | WorksheetFormat;
  readonly out?: string;
  readonly date?: string;
  readonly preparedBy?: string;
  readonly showSsn?: boolean;
  readonly template?: string;
  readonly quiet?: boolean;
}

/** `form8379 allocate <case.json|->`. */
export async function runAllocate(file: string, flags: AllocateFlags): Promise<void> {
  const options = allocationOptions(flags);
  try {
    resolveOptions(options);
  } catch (error) {
    throw toUserError(error, file);
  }
  if (flags.format === 'json') {
    // Silently ignoring a worksheet flag would leave the user wondering where it went.
    const worksheetOnly = [
      ['--date', flags.date],
      ['--prepared-by', flags.preparedBy],
      ['--show-ssn', flags.showSsn],
      ['--template', flags.template],
    ] as const;
    const given = worksheetOnly.filter(([, value]) => value !== undefined).map(([flag]) => flag);
    if (given.length > 0) {
      throw new UserError(
        `${given.join(', ')}: only for a worksheet (--format html, markdown or text), not --format json`,
      );
    }
  }
  const template = flags.template === undefined ? undefined : await readInput(flags.template);
  const json = parseCaseJson(await readInput(file), file);
  let result;
  try {
    // Validate first: `allocate` would read a JSON string value as the text of a case.
    result = allocateCase(validateCase(json), options);
  } catch (error) {
    throw toUserError(error, file);
  }
  let output: string;
  if (flags.format === 'json') {
    output = `${escapeJsonControls(JSON.stringify(resultToJson(result), null, 2))}\n`;
  } else {
    // Loaded only for a worksheet: Handlebars is most of the CLI's start-up time.
    const { renderWorksheet } = await import('../render.js');
    output = renderWorksheet(
      result,
      {
        format: flags.format,
        // The core never reads the clock: the date a worksheet was prepared comes from here.
        preparedDate: flags.date ?? today(),
        showFullSsn: flags.showSsn === true,
        ...(flags.preparedBy === undefined ? {} : { preparedBy: flags.preparedBy }),
        ...(template === undefined ? {} : { template }),
      },
      flags.template,
    );
  }
  const toStdout = flags.out === undefined || flags.out === '-';
  // The HTML page escapes user text for a browser, not for a terminal: printed on standard
  // output, its control characters are shown as escapes too (the Markdown and text worksheets
  // have none left; a file given with --out is the library's output as is).
  if (toStdout && flags.format !== 'json') output = terminalLines(output);
  await writeOutput(output, flags.out);
  if (!toStdout && !flags.quiet) {
    const lines = [`Wrote ${flags.out} (${flags.format}) from ${displayName(file)}.`];
    // The summary holds the spouse's name and the file names: escaped, as any terminal text.
    process.stderr.write(`${[...lines, ...summaryLines(result)].map(terminalText).join('\n')}\n`);
  }
}
