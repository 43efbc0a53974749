/**
 * The CLI as a function: `main(argv)` runs one command and returns its exit code. main.ts (the
 * `form8379` bin) calls it with the process's arguments; the tests call it in process. Modules
 * are imported when a command needs them: `form8379 --version` loads nothing but this file and
 * main.ts, the rest loads commander, and only the commands load the library.
 */
import { EXIT, UserError } from './errors.js';
import { debugWanted, printInternalError, printUserError, takeOverInterrupts } from './messages.js';
import { packageVersion } from './version.js';

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // A run starts with the signals as main.ts handles them (the tests run several in one process).
  takeOverInterrupts(null);
  const version = packageVersion();
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram }] = await Promise.all([
    import('commander'),
    import('./program.js'),
  ]);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(version, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message (or the help/version text) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    if (error instanceof UserError) {
      printUserError(error.lines);
      return EXIT.invalid;
    }
    printInternalError(error, debugWanted(argv));
    return EXIT.unexpected;
  }
}
