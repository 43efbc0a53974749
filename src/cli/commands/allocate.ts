import { readFile, stat } from 'node:fs/promises';
// Modules, not the package index: the index also loads the worksheet renderer and Handlebars,
// which `--format json` never needs (cold start).
import { allocateCase } from '../../pipeline/allocate.js';
import { resultToJson } from '../../pipeline/json.js';
import { validateCase } from '../../input/validate.js';
import type { WorksheetFormat } from '../../report/model.js';
import type { Lang } from '../../report/i18n/lang.js';
import { resolveOptions } from '../../pipeline/options.js';
import { escapeJsonControls, terminalLines, terminalText } from '../../core/terminal-text.js';
import { InvalidOptionError } from '../../core/errors.js';
import { toUserError } from '../case-errors.js';
import { describeFsError, displayName, UserError } from '../errors.js';
import { allocationOptions, today, type AllocationFlags } from '../flags.js';
import { parseCaseJson, readInput } from '../input.js';
import { writeFileAtomic, writeOutput } from '../output.js';
import { summaryLines } from '../summary.js';
// The field table only (no PDF library): the form's title and where to get it.
import { FORM_TITLE, FORM_URL } from '../../pdf/fields.js';

/** The end of every message about a missing or unreadable form. */
const GET_THE_FORM = `download ${FORM_TITLE} from ${FORM_URL}`;

/** Options of `form8379 allocate`, as commander parses them. */
export interface AllocateFlags extends AllocationFlags {
  readonly format: 'json' | 'pdf' | WorksheetFormat;
  readonly out?: string;
  /** With `--format pdf`: the official form to fill. */
  readonly form?: string;
  readonly date?: string;
  readonly preparedBy?: string;
  readonly showSsn?: boolean;
  /** `--lang`: the language of the worksheet's page 1 and of the letters' words for the person. */
  readonly lang?: Lang;
  readonly template?: string;
  readonly quiet?: boolean;
  /** `--letter`: draft a letter of the after-filing check instead of the worksheet. */
  readonly letter?: 'request' | 'reconsider' | 'advocate' | 'agency';
  /** `--offset`: with `--letter agency`, the offset on the notice the letter is about. */
  readonly offset?: number;
}

/** `form8379 allocate <case.json|->`. */
export async function runAllocate(file: string, flags: AllocateFlags): Promise<void> {
  const options = allocationOptions(flags);
  try {
    resolveOptions(options);
  } catch (error) {
    throw toUserError(error, file);
  }
  checkLetterFlags(flags);
  if (flags.format === 'json' || flags.format === 'pdf') {
    // Silently ignoring a worksheet flag would leave the user wondering where it went.
    const worksheetOnly = [
      ['--date', flags.date],
      ['--prepared-by', flags.preparedBy],
      ['--show-ssn', flags.showSsn],
      ['--template', flags.template],
      ['--lang', flags.lang === 'en' ? undefined : flags.lang],
    ] as const;
    const given = worksheetOnly.filter(([, value]) => value !== undefined).map(([flag]) => flag);
    if (given.length > 0) {
      throw new UserError(
        `${given.join(', ')}: only for a worksheet (--format html, markdown or text), not --format ${flags.format}`,
      );
    }
  }
  if (flags.format === 'pdf') {
    await runAllocatePdf(file, flags, options);
    return;
  }
  if (flags.form !== undefined) {
    throw new UserError(`--form: only with --format pdf (the official form to fill)`);
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
  const format = flags.format;
  if (format === 'json') {
    output = `${escapeJsonControls(JSON.stringify(resultToJson(result), null, 2))}\n`;
  } else if (flags.letter !== undefined) {
    output = await renderLetterFor(result, format, flags, file);
  } else {
    // Loaded only for a worksheet: Handlebars is most of the CLI's start-up time.
    const { renderWorksheet } = await import('../render.js');
    output = renderWorksheet(
      result,
      {
        format,
        // The core never reads the clock: the date a worksheet was prepared comes from here.
        preparedDate: flags.date ?? today(),
        showFullSsn: flags.showSsn === true,
        lang: flags.lang ?? 'en',
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
    const what = flags.letter === undefined ? '' : `letter "${flags.letter}", `;
    const lines = [`Wrote ${flags.out} (${what}${flags.format}) from ${displayName(file)}.`];
    // The summary holds the spouse's name and the file names: escaped, as any terminal text.
    process.stderr.write(`${[...lines, ...summaryLines(result)].map(terminalText).join('\n')}\n`);
  }
}

/** `--letter` takes a letter format and the date and SSN flags, not the worksheet's own flags. */
function checkLetterFlags(flags: AllocateFlags): void {
  if (flags.letter === undefined) {
    if (flags.offset !== undefined) throw new UserError('--offset: only with --letter agency');
    return;
  }
  if (flags.format === 'json' || flags.format === 'pdf') {
    throw new UserError(
      `--letter: a letter is written as html, markdown or text, not --format ${flags.format}`,
    );
  }
  const worksheetOnly = [
    ['--prepared-by', flags.preparedBy],
    ['--template', flags.template],
    ['--form', flags.form],
  ] as const;
  const given = worksheetOnly.filter(([, value]) => value !== undefined).map(([flag]) => flag);
  if (given.length > 0) {
    throw new UserError(`${given.join(', ')}: not with --letter (a letter has its own layout)`);
  }
  if (flags.offset !== undefined && flags.letter !== 'agency') {
    throw new UserError(`--offset: only with --letter agency, not --letter ${flags.letter}`);
  }
}

/** The letter of `--letter`, with the library's errors as messages naming the field to add. */
async function renderLetterFor(
  result: Awaited<ReturnType<typeof allocateCase>>,
  format: WorksheetFormat,
  flags: AllocateFlags,
  file: string,
): Promise<string> {
  // Loaded only for a letter, as the worksheet's renderer is.
  const { renderLetter } = await import('../../report/letter-render.js');
  try {
    return renderLetter(result, {
      letter: flags.letter ?? 'request',
      format,
      // The core never reads the clock: the letter's date comes from here.
      date: flags.date ?? today(),
      showFullSsn: flags.showSsn === true,
      lang: flags.lang ?? 'en',
      ...(flags.offset === undefined ? {} : { offset: flags.offset }),
    });
  } catch (error) {
    if (error instanceof InvalidOptionError && error.path === 'options.offset') {
      throw new UserError(`--offset: ${error.message.slice(error.path.length + 2)}`);
    }
    throw toUserError(error, file);
  }
}

/**
 * `form8379 allocate case.json --format pdf --form f8379.pdf --out filled.pdf`: fills the official
 * form. The PDF goes to a file only (never to standard output: it is binary and holds full
 * SSNs), written atomically; nothing is written when the form cannot be filled.
 */
async function runAllocatePdf(
  file: string,
  flags: AllocateFlags,
  options: ReturnType<typeof allocationOptions>,
): Promise<void> {
  if (flags.out === undefined || flags.out === '-') {
    throw new UserError(
      '--format pdf writes a file: give it with --out filled.pdf (the PDF is never written to standard output: it is binary and holds full SSNs)',
    );
  }
  if (flags.form === undefined) {
    throw new UserError(
      `--format pdf fills the official form: give it with --form f8379.pdf (${GET_THE_FORM})`,
    );
  }
  if (flags.form === '-') {
    throw new UserError('--form: give the form as a file (standard input is not read for it)');
  }
  // Loaded only for a PDF: the PDF library is not part of the other formats' start-up.
  const pdf = await import('../../pdf/index.js');
  const formPdf = await readForm(flags.form, pdf.MAX_FORM_BYTES);
  const json = parseCaseJson(await readInput(file), file);
  let result;
  try {
    result = allocateCase(validateCase(json), options);
  } catch (error) {
    throw toUserError(error, file);
  }
  let filled: Uint8Array;
  try {
    filled = await pdf.fillForm8379(result, formPdf);
  } catch (error) {
    if (error instanceof pdf.OfficialFormBlockedError) {
      throw new UserError(
        error.blockers.map((b) => `${displayName(file)}: cannot fill Form 8379: ${b.message}`),
      );
    }
    if (error instanceof pdf.OfficialFormError) {
      throw new UserError(`${flags.form}: ${error.message}`);
    }
    if (error instanceof pdf.FieldValueError) {
      throw new UserError(`${displayName(file)}: cannot fill Form 8379: ${error.message}`);
    }
    throw error;
  }
  await writeFileAtomic(flags.out, filled);
  const lines = [
    `Wrote ${flags.out} (${FORM_TITLE}, filled) from ${displayName(file)}.`,
    `It holds FULL SSNs: keep it private (created readable by you only), share it only with whoever files the form.`,
  ];
  if (!flags.quiet) lines.push(...summaryLines(result));
  process.stderr.write(`${lines.map(terminalText).join('\n')}\n`);
}

/** The form's bytes, refusing a file larger than the filler reads before reading it. */
async function readForm(path: string, limit: number): Promise<Uint8Array> {
  try {
    const size = (await stat(path)).size;
    if (size > limit) {
      throw new UserError(
        `${path}: the form PDF is ${(size / (1024 * 1024)).toFixed(1)} MB, more than the ${(limit / (1024 * 1024)).toFixed(1)} MB this version reads (the official form is about 97 KB); ${GET_THE_FORM}`,
      );
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${path}: cannot read the form: ${describeFsError(error)}; ${GET_THE_FORM}`,
    );
  }
}
