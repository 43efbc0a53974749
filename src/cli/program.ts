import { Command, InvalidArgumentError, Option } from 'commander';
import { terminalText } from '../core/terminal-text.js';
import { addAllocationFlags, calendarDate, jobCount, MAX_DEFAULT_JOBS, today } from './flags.js';
import type { AllocateFlags } from './commands/allocate.js';
import type { BatchFlags } from './commands/batch.js';
import type { VerifyFlags } from './commands/verify.js';

const ROOT_HELP = `
Examples:
  $ form8379 allocate case.json --format html --out worksheet.html
  $ form8379 allocate - < case.json            # the JSON result, with "summary" first
  $ form8379 batch cases.jsonl --out results.jsonl
  $ form8379 check case.json
  $ form8379 verify case.json                  # the case's "expected" figures against the result
  $ form8379 allocate case.json --format pdf --form f8379.pdf --out filled.pdf
  $ form8379 allocate case.json --letter request --format html --out letter.html
  $ form8379 schema > case.schema.json
  $ form8379 app --open                        # the calculator as a page in your browser

Exit codes: 0 success, 2 invalid input or usage, 1 unexpected error (a bug: --debug or
FORM8379_DEBUG=1 prints its stack), 3 verify found a figure that differs from "expected",
130 or 143 a batch interrupted by SIGINT or SIGTERM.
Standard output that cannot be written (a full disk) is exit 2 too.
Results are estimates of the IRS computation, not a determination.`;

/**
 * The command tree. Each action imports its command module on first use, so `--version` and
 * `--help` load only commander, not the library, zod or decimal.js.
 */
export function buildProgram(
  version: string,
  setExitCode: (code: number) => void = () => {},
): Command {
  const program = new Command('form8379')
    .description('Compute the IRS Form 8379 injured spouse allocation of a joint refund.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    // Prefixed as every error line is: a second line without it reads as another program's.
    .showHelpAfterError('form8379: add --help for usage')
    .exitOverride()
    .option('--debug', 'print the stack trace of an internal error (also FORM8379_DEBUG=1)')
    .configureOutput({
      // One prefix for every error line, whether commander or a command wrote it; an argument
      // echoed in the message has its control characters shown as escapes.
      outputError: (text, write) =>
        write(
          text
            .replace(/^error: /, '')
            .split('\n')
            .map((line) => (line === '' ? line : `form8379: ${terminalText(line)}`))
            .join('\n'),
        ),
    })
    .addHelpText('after', ROOT_HELP);

  addAllocationFlags(
    program
      .command('allocate')
      .description('allocate one case and print the JSON result or a worksheet')
      .argument('<case.json>', 'the case file, or - for standard input')
      .addOption(
        new Option(
          '-f, --format <format>',
          'output format; pdf fills the official Form 8379 given with --form',
        )
          .choices(['json', 'html', 'markdown', 'text', 'pdf'])
          .default('json'),
      )
      .option(
        '-o, --out <file>',
        'write the output to a file (and a summary to stderr); required for --format pdf',
      )
      .option(
        '--form <f8379.pdf>',
        'with --format pdf: the fillable Form 8379 (Rev. November 2023) to fill, from https://www.irs.gov/pub/irs-pdf/f8379.pdf; the filled PDF holds full SSNs',
      )
      .option(
        '--date <YYYY-MM-DD>',
        'date prepared, printed on the worksheet (default: today)',
        calendarDate,
      )
      .option('--prepared-by <name>', 'who prepared the worksheet (a person or a firm)')
      .option('--show-ssn', 'print full SSNs on the worksheet instead of the last four digits')
      .addOption(
        new Option(
          '--lang <lang>',
          'language of what the person reads: the worksheet\'s page 1 and "Enter on Form 8379" (its form labels stay English, the Spanish beside them; the reviewer part stays English), letter C in full, a note on letters A, B and D; es for Spanish',
        )
          .choices(['en', 'es'])
          .default('en'),
      )
      .option('--template <file>', 'a Handlebars template of your own for the worksheet')
      .addOption(
        new Option(
          '--letter <letter>',
          'draft a letter from the after-filing check of a case with "afterFiling": request (A, the IRS\'s allocation worksheet), reconsider (B, with a new Form 8379), advocate (C, the Taxpayer Advocate Service), agency (D, the agency that took the refund); --format html, markdown or text (default: text), --date its date (default: today)',
        ).choices(['request', 'reconsider', 'advocate', 'agency']),
      )
      .option(
        '--offset <n>',
        'with --letter agency: which offset of afterFiling.offsetNotice.offsets the letter is about (0 for the first; default: the first whose debt the check questions)',
        offsetIndex,
      )
      .option('-q, --quiet', 'with --out, do not print the summary'),
  )
    .addOption(asOfOption())
    .version(version, '-V, --version', 'print the version')
    .action(async (file: string, flags: AllocateFlags, command: Command) => {
      const { runAllocate } = await import('./commands/allocate.js');
      // A letter is text unless --format says otherwise (the JSON result is no letter format).
      const letterFormat =
        flags.letter !== undefined && command.getOptionValueSource('format') === 'default'
          ? { format: 'text' as const }
          : {};
      await runAllocate(file, withToday({ ...flags, ...letterFormat }));
    });

  addAllocationFlags(
    program
      .command('batch')
      .description('allocate one case per line (JSON Lines), one JSON result per line, in order')
      .argument('<cases.jsonl>', 'the cases, one JSON object per line, or - for standard input')
      .option('-o, --out <file>', 'write the results to a file instead of standard output')
      .option(
        '-s, --summary',
        'one short line per case (summary, eligibility, warnings) instead of the full result',
      )
      .option(
        '-j, --jobs <n>',
        `threads allocating the cases: the main thread and n - 1 worker threads (default: the number of CPUs, at most ${MAX_DEFAULT_JOBS}); each extra thread uses about 100 MB more memory, 1 uses the least`,
        jobCount,
      ),
  )
    .addOption(asOfOption())
    .version(version, '-V, --version', 'print the version')
    .addHelpText(
      'after',
      `
Line N of the output answers line N of the input: the JSON result (as allocate --format json,
on one line), or {"line": N, "error": {"code", "message", "issues"?}} for a line that is not a
valid case. Invalid lines do not stop the batch. The count of ok and invalid lines goes to stderr;
the exit code is 2 when any line was invalid.

With --summary, a valid case's line is short (no trace, Part III or offsets detail):
  {"line": N, "summary": {...}, "eligibility": {"qualifies", "stopReason"}, "warnings": [...]}
summary is the full result's summary (the case format's "expected" figures), stopReason is null
when the injured spouse qualifies, warnings are {"code", "message"}. Error lines do not change.

The cases are allocated a batch of lines at a time on --jobs threads (--jobs 1: on the main thread
only); the output is the same, byte for byte and in the same order, whatever the number of threads.`,
    )
    .action(async (file: string, flags: BatchFlags) => {
      const { runBatch } = await import('./commands/batch.js');
      setExitCode(await runBatch(file, withToday(flags)));
    });

  program
    .command('check')
    .description('validate case files without computing anything')
    .argument('<case.json...>', 'one or more case files, or - for standard input')
    .version(version, '-V, --version', 'print the version')
    .action(async (files: string[]) => {
      const { runCheck } = await import('./commands/check.js');
      await runCheck(files);
    });

  addAllocationFlags(
    program
      .command('verify')
      .description('compare each case\'s "expected" figures with the computed summary, key by key')
      .argument('<case.json...>', 'one or more case files, or - for standard input')
      .addOption(
        new Option('-f, --format <format>', 'a table per case, or the same as JSON data')
          .choices(['text', 'json'])
          .default('text'),
      ),
  )
    .version(version, '-V, --version', 'print the version')
    .addHelpText(
      'after',
      `
Each key of the case's "expected" (the keys of the result's "summary": separateTax, taxRatio,
taxShare, contribution, jointOverpayment, injuredSpouseRefund, otherSpouseRefund, offsets) is
compared with the computed figure: a table of figure, expected, computed, difference, and the rule
behind a figure that differs. Exit code 3 when any figure differs, 2 when a file cannot be
verified (invalid, or no "expected"), 0 when every figure matches.`,
    )
    .action(async (files: string[], flags: VerifyFlags) => {
      const { runVerify } = await import('./commands/verify.js');
      setExitCode(await runVerify(files, flags));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the case format')
    .option('-o, --out <file>', 'write the schema to a file')
    .version(version, '-V, --version', 'print the version')
    .action(async (flags: { out?: string }) => {
      const { runSchema } = await import('./commands/schema.js');
      await runSchema(flags);
    });

  program
    .command('app')
    .description('write the browser app (one HTML file that works offline) or open it')
    .argument('[file.html]', 'where to write it (default: form8379.html), or - for standard output')
    .option('--open', 'open it in the default browser; without a file, the package’s own copy')
    .version(version, '-V, --version', 'print the version')
    .action(async (file: string | undefined, flags: { open?: boolean }) => {
      const { runApp } = await import('./commands/app.js');
      await runApp(file, flags);
    });

  return program;
}

/**
 * `--as-of`: "today" for the after-filing check of a case with `afterFiling` (whether Form 8379 may
 * still be in processing, whether a deadline has passed). The library never reads the clock; the
 * CLI passes today's date unless this is given.
 */
function asOfOption(): Option {
  return new Option(
    '--as-of <YYYY-MM-DD>',
    'today, for the after-filing check of a case with "afterFiling" (default: today)',
  ).argParser(calendarDate);
}

/** `--offset`: the 0-based index of an offset on the offset notice. */
function offsetIndex(value: string): number {
  if (!/^\d{1,4}$/.test(value)) {
    throw new InvalidArgumentError('expected the index of an offset, 0 for the first.');
  }
  return Number(value);
}

/** The flags with `asOf` set to today when `--as-of` was not given. */
function withToday<T extends { readonly asOf?: string }>(flags: T): T {
  return flags.asOf === undefined ? { ...flags, asOf: today() } : flags;
}
