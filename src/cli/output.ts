import { writeFile } from 'node:fs/promises';
import { describeFsError, UserError } from './errors.js';
import { outputFailed } from './messages.js';

/** Writes a command's output to `out`, or to standard output when no file is given. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    await writeStdout(text);
    return;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    throw new UserError(`${out}: cannot write the file: ${describeFsError(error)}`);
  }
}

/**
 * Resolves once the text is handed to the OS, so a large result is not cut off at exit. A write
 * that fails (a full disk) ends the process with one line: see {@link outputFailed}.
 */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, (error) => (error ? outputFailed(error) : resolve()));
  });
}
