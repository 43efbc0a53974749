/**
 * What the CLI prints on stderr when a command fails: every message goes through here, so the
 * rules hold for all of them: one `form8379: ` line per problem, control characters shown as
 * escapes, at most {@link LISTED_PROBLEMS} problems, and no stack trace unless asked for.
 */
import { terminalText } from '../core/terminal-text.js';
import { describeFsError, EXIT } from './errors.js';

/** Problems listed on stderr; the rest are counted (the JSON error of a batch line has all). */
export const LISTED_PROBLEMS = 50;

/** Writes a user error's lines, each prefixed and escaped, the first 50 and a count of the rest. */
export function printUserError(lines: readonly string[]): void {
  const shown = lines.length > LISTED_PROBLEMS ? lines.slice(0, LISTED_PROBLEMS) : lines;
  let out = '';
  for (const line of shown) out += `form8379: ${terminalText(line)}\n`;
  const more = lines.length - shown.length;
  if (more > 0) out += `form8379: ... and ${more} more problem${more === 1 ? '' : 's'}\n`;
  process.stderr.write(out);
}

/** Whether the stack of an internal error is wanted: `--debug` or FORM8379_DEBUG=1. */
export function debugWanted(argv: readonly string[]): boolean {
  return process.env.FORM8379_DEBUG === '1' || argv.includes('--debug');
}

/**
 * A bug: one line saying what failed, and the stack (of the wrapped error, when the library
 * wrapped it) only in debug mode, for the report.
 */
export function printInternalError(error: unknown, debug: boolean): void {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  let out = `form8379: internal error: ${terminalText(message)}; please report it with the input (run with --debug for the stack)\n`;
  if (debug) {
    const stack = cause instanceof Error ? (cause.stack ?? message) : message;
    out += `${stack.split('\n').map(terminalText).join('\n')}\n`;
  }
  process.stderr.write(out);
}

/** The signals that interrupt a command. */
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

let interruptHandler: ((signal: InterruptSignal) => void) | null = null;

/**
 * Takes SIGINT and SIGTERM over from main.ts's first listener (which says nothing was written, for
 * `batch`, or ends the process as the signal would): `batch` says what it wrote. `null` gives
 * them back; src/cli/entry.ts does so when a run starts.
 */
export function takeOverInterrupts(handler: ((signal: InterruptSignal) => void) | null): void {
  interruptHandler = handler;
}

/** Called by main.ts's listener: whether a command took the signal over (and handled it). */
export function interruptTakenOver(signal: InterruptSignal): boolean {
  if (interruptHandler === null) return false;
  interruptHandler(signal);
  return true;
}

/**
 * Standard output failed (a full disk, a closed pipe): the command cannot go on. A reader that
 * went away (`form8379 batch big.jsonl | head`) is not an error; anything else is one line and
 * exit 2, as for a file given with --out.
 */
export function outputFailed(error: unknown): never {
  if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`form8379: cannot write the output: ${describeFsError(error)}\n`);
  process.exit(EXIT.invalid);
}
