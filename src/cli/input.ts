import { readFile } from 'node:fs/promises';
import { describeFsError, displayName, UserError } from './errors.js';
import { findJsonSyntaxProblem, readJsonText } from '../input/json-text.js';
import { byteLineAndColumn, byteName, invalidUtf8Offset } from './utf8.js';

/** Reads a whole file, or standard input for `-`, as bytes. */
export async function readInputBytes(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(error)}`);
  }
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
export async function readInput(file: string): Promise<string> {
  return decodeUtf8(await readInputBytes(file), file);
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
