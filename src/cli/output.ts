import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
 * Writes `data` to the file `out` atomically: to a temporary file in the same folder (created new,
 * with `mode`), flushed to disk, then renamed over `out`. A failure leaves no partial file under
 * the final name (an existing file there is kept as it was) and removes the temporary file; it is
 * one {@link UserError} line. A process killed between the two steps can leave the temporary
 * file (`.<name>.<pid>.<random>.tmp`) behind, never a half-written `out`.
 *
 * @param mode The new file's permissions, 0o600 (the owner only) unless given: the filled form
 *   holds full SSNs.
 */
export async function writeFileAtomic(
  out: string,
  data: Uint8Array,
  mode: number = 0o600,
): Promise<void> {
  const temp = join(
    dirname(out),
    `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const handle = await open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, out);
  } catch (error) {
    if (created) await rm(temp, { force: true }).catch(() => {});
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
