import { fstat, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_INPUT_BYTES, bytesText } from '../input/limits.js';
import { describeFsError, displayName, UserError } from './errors.js';
import { findJsonSyntaxProblem, readJsonText } from '../input/json-text.js';
import { byteLineAndColumn, byteName, invalidUtf8Offset } from './utf8.js';

/**
 * Reads a whole file, or standard input for `-`, as bytes, at most {@link MAX_INPUT_BYTES}: a
 * larger input (or an endless one, /dev/zero) is refused once the limit is passed, without
 * reading the rest. `what` names the input in the message ("case file", "template").
 */
export async function readInputBytes(file: string, what = 'case file'): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = file === '-' ? undefined : await open(file, 'r');
    const stats = await (handle ? handle.stat() : fstatAsync(0));
    if (stats.isDirectory()) {
      throw new UserError(
        `${displayName(file)}: cannot read the file: is a directory, expected a file`,
      );
    }
    const source = handle ? handle.createReadStream({ autoClose: false }) : process.stdin;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of source) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) {
        if (!handle) process.stdin.destroy();
        throw new UserError(
          `${displayName(file)}: the ${what} is larger than ${bytesText(MAX_INPUT_BYTES)}, the most this version reads (a case of 1,000 items is about 100 KB); stopped after ${bytesText(size)}`,
        );
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks, size);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${displayName(file)}: cannot read the file: ${describeFsError(error)}`);
  } finally {
    await handle?.close();
  }
}

function fstatAsync(fd: number): Promise<Stats> {
  return new Promise((resolve, reject) => fstat(fd, (e, st) => (e ? reject(e) : resolve(st))));
}

/**
 * The text of UTF-8 bytes. Bytes that are not UTF-8 are an error naming where they are, not
 * U+FFFD in a name.
 */
export function decodeUtf8(bytes: Buffer, file: string): string {
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const { line, column } = byteLineAndColumn(bytes, bad);
    throw new UserError(
      `${displayName(file)}:${line}:${column}: invalid UTF-8: ${byteName(bytes[bad]!)} at byte offset ${bad} is not UTF-8 text; save the file as UTF-8`,
    );
  }
  return bytes.toString('utf8');
}

/** Reads a whole text file (or standard input for `-`), which must be UTF-8. */
export async function readInput(file: string, what = 'case file'): Promise<string> {
  return decodeUtf8(await readInputBytes(file, what), file);
}

/** Editors on Windows save UTF-8 with a byte order mark, which JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `file:line:column: invalid JSON: what was expected` for a text that does not parse. */
export function jsonSyntaxMessage(text: string, error: unknown): string {
  const problem = findJsonSyntaxProblem(text);
  if (problem) return `${problem.line}:${problem.column}: invalid JSON: ${problem.message}`;
  return `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Parses a case file's text exactly as written, naming the file, line and column when it is not
 * JSON, gives a key twice in one object (JSON.parse would keep the last value without a word), or
 * holds a number JSON.parse would read as another value (`0.29999999999999999` as 0.3).
 */
export function parseCaseJson(text: string, file: string): unknown {
  const read = readJsonText(text);
  if (read.ok) return read.value;
  const { code, line, column, path, message } = read.problem;
  const where = `${displayName(file)}:${line}:${column}: `;
  throw new UserError(
    code === 'invalid-json'
      ? `${where}invalid JSON: ${message}`
      : `${where}${path || '(root)'}: ${message}`,
  );
}
