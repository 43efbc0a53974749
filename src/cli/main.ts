#!/usr/bin/env node
/**
 * The `form8379` command. All input and output of the package happens in src/cli; the library
 * it calls is pure. Modules are imported when a command needs them: `form8379 --version` loads
 * nothing but this file, the rest loads commander, and only the commands load the library.
 */
import { EXIT, UserError } from './errors.js';
import { packageVersion } from './version.js';

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const version = packageVersion();
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram }] = await Promise.all([
    import('commander'),
    import('./program.js'),
  ]);
  const program = buildProgram(version);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message (or the help/version text) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    if (error instanceof UserError) {
      process.stderr.write(error.lines.map((line) => `form8379: ${line}\n`).join(''));
      return EXIT.invalid;
    }
    // A bug: the stack (of the wrapped error, when the library wrapped it) helps the report.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
    process.stderr.write(
      `form8379: unexpected error (a bug in form8379, please report it with the input that caused it):\n${detail}\n`,
    );
    return EXIT.unexpected;
  }
}

// A reader that goes away (`form8379 batch big.jsonl | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
