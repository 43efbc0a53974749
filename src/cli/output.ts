import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  type WriteStream,
} from 'node:fs';
import { realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { describeFsError, UserError } from './errors.js';
import { outputFailed } from './messages.js';

/*
 * Every file the CLI writes (--out of allocate, batch and schema, the file of app) goes through
 * here. A regular file, or one that does not exist yet, is written to a temporary file in the same
 * folder (`.<name>.form8379-<pid>-<random>.tmp`) and renamed over it at the end: the file is
 * either the whole output or what it was before, never cut off (a full disk, a signal, a crash).
 * A symbolic link to a file replaces the file it points to, not the link. Anything else (a device
 * such as /dev/null, a FIFO) is written directly: it cannot be replaced, and holds no old content.
 *
 * The temporary file is created, and renamed into place, by synchronous calls: a SIGINT or SIGTERM
 * handler (a JavaScript callback) runs before the file exists or after it is registered for
 * removal, never between, so the handler always knows whether there is one to remove.
 */

/** How a file given as the output is written. */
type Placement =
  | { readonly direct: true }
  /** `target`: the file to replace (a symbolic link resolved); `mode`: the existing file's. */
  | { readonly direct: false; readonly target: string; readonly mode: number | undefined };

async function placement(out: string): Promise<Placement> {
  const existing = await stat(out).catch(() => null);
  if (existing === null) return { direct: false, target: out, mode: undefined };
  if (!existing.isFile()) return { direct: true };
  // A replaced file keeps its permissions: a results file made private stays private.
  return { direct: false, target: await realpath(out), mode: existing.mode & 0o777 };
}

function cannotWrite(out: string, error: unknown): UserError {
  return new UserError(`${out}: cannot write the file: ${describeFsError(error)}`);
}

/** `.results.jsonl.form8379-1234-k3x9a0.tmp` beside `results.jsonl`: same file system, hidden. */
function temporaryPath(target: string): string {
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.form8379-${unique}.tmp`);
}

/** Permissions of a new text file: 0o666, less the umask, as any program's. */
const DEFAULT_MODE = 0o666;

/**
 * Creates the temporary file beside `target`: with the kept `mode` exactly (the umask, which the
 * open applies, must not narrow or widen it), or `newMode` less the umask for a new file.
 */
function createTemporary(target: string, mode: number | undefined, newMode: number) {
  const path = temporaryPath(target);
  const fd = openSync(path, 'wx', mode ?? newMode);
  if (mode !== undefined) {
    try {
      fchmodSync(fd, mode);
    } catch (error) {
      closeSync(fd);
      removeQuietly(path);
      throw error;
    }
  }
  return { path, fd };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing is left behind either way.
  }
}

/** Writes a command's output to `out`, or to standard output when no file is given. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    await writeStdout(text);
    return;
  }
  await writeFileOutput(out, Buffer.from(text, 'utf8'), undefined);
}

/**
 * Writes `data` to the file `out` atomically (see the top of this module): a failure (a full
 * disk) is one {@link UserError} line, removes the temporary file and leaves `out` as it was.
 *
 * @param mode The file's permissions, 0o600 (the owner only) unless given: the filled form holds
 *   full SSNs. Also applied when an existing file is replaced.
 */
export async function writeFileAtomic(
  out: string,
  data: Uint8Array,
  mode: number = 0o600,
): Promise<void> {
  await writeFileOutput(out, data, mode);
}

/** `mode` undefined: a text output (the existing file's mode, or 0o666 less the umask). */
async function writeFileOutput(
  out: string,
  data: Uint8Array,
  mode: number | undefined,
): Promise<void> {
  let place: Placement;
  try {
    place = await placement(out);
    if (place.direct) {
      await writeFile(out, data);
      return;
    }
  } catch (error) {
    throw cannotWrite(out, error);
  }
  // Synchronous from the creation to the rename: no signal handler runs in between, so there is
  // never a temporary file for it to find (see the top of this module).
  let temp: { path: string; fd: number } | null = null;
  let open = false;
  try {
    temp = createTemporary(place.target, mode ?? place.mode, DEFAULT_MODE);
    open = true;
    for (let offset = 0; offset < data.length;) {
      offset += writeSync(temp.fd, data, offset, data.length - offset);
    }
    fsyncSync(temp.fd);
    open = false;
    closeSync(temp.fd);
    renameSync(temp.path, place.target);
  } catch (error) {
    if (temp !== null) {
      if (open) {
        try {
          closeSync(temp.fd);
        } catch {
          // The file is removed below either way.
        }
      }
      removeQuietly(temp.path);
    }
    throw cannotWrite(out, error);
  }
}

/** An output file written as a stream (`batch --out`). */
export interface FileOutput {
  readonly stream: WriteStream;
  /** Written to a temporary file renamed over the file at the end (false: a device, a FIFO). */
  readonly temporary: boolean;
  /** Whether the temporary file has been renamed into place: the file is the whole output. */
  readonly renamed: boolean;
  /**
   * Ends the output once every write is done: the temporary file is flushed to disk and renamed
   * into place. A failure (a full disk) removes it and throws one {@link UserError} line.
   */
  close(): Promise<void>;
  /** Gives up (an interrupted or failed batch): the temporary file is removed, synchronously. */
  abandon(): void;
}

/**
 * Opens the file `out` for a stream of output, written atomically when it is a regular file (or
 * a new one; see the top of this module). The temporary file is also removed if the process
 * exits before the rename, whatever ends it (process.exit, an uncaught error).
 */
export async function openFileOutput(out: string): Promise<FileOutput> {
  let place: Placement;
  try {
    place = await placement(out);
  } catch (error) {
    throw cannotWrite(out, error);
  }
  if (place.direct) return openDirect(out);
  // No `await` from here to the return: the caller holds the object (and its `abandon`) before
  // any signal handler can run.
  let temp: { path: string; fd: number };
  try {
    temp = createTemporary(place.target, place.mode, DEFAULT_MODE);
  } catch (error) {
    throw cannotWrite(out, error);
  }
  const { path } = temp;
  // `flush`: the file is on disk before the rename makes it the output (Node 20.10 and later).
  const stream = createWriteStream(path, { fd: temp.fd, flush: true });
  let state: 'writing' | 'renamed' | 'removed' = 'writing';
  const abandon = () => {
    if (state !== 'writing') return;
    state = 'removed';
    process.off('exit', abandon);
    // The stream closes the descriptor once a write in progress is done; the name goes now.
    stream.destroy();
    removeQuietly(path);
  };
  process.on('exit', abandon);
  // A write error is reported by close() or by the caller's own 'error' listener.
  stream.on('error', () => {});
  return {
    stream,
    temporary: true,
    get renamed() {
      return state === 'renamed';
    },
    close: async () => {
      try {
        stream.end();
        // Every write done, the file flushed and closed (rejects on any write error, even one
        // emitted before this call).
        await finished(stream);
        if (state !== 'writing') return;
        renameSync(path, place.target);
        state = 'renamed';
        process.off('exit', abandon);
      } catch (error) {
        abandon();
        throw cannotWrite(out, error);
      }
    },
    abandon,
  };
}

/** A device or a FIFO given as the output: written as it is, never replaced. */
async function openDirect(out: string): Promise<FileOutput> {
  const stream = createWriteStream(out, { flags: 'w' });
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    throw cannotWrite(out, error);
  }
  stream.on('error', () => {});
  return {
    stream,
    temporary: false,
    renamed: false,
    close: async () => {
      try {
        stream.end();
        await finished(stream);
      } catch (error) {
        throw cannotWrite(out, error);
      }
    },
    abandon: () => stream.destroy(),
  };
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
