import { readFile } from 'node:fs/promises';
import { describeFsError, displayName, UserError } from './errors.js';
import { findJsonSyntaxProblem } from './json-syntax.js';

/** Reads a whole text file, or standard input for `-`. */
export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: cannot read the file: ${describeFsError(error)}`);
  }
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

/** Parses a case file's text, naming the file, line and column when it is not JSON. */
export function parseCaseJson(text: string, file: string): unknown {
  const clean = stripBom(text);
  try {
    return JSON.parse(clean) as unknown;
  } catch (error) {
    throw new UserError(`${displayName(file)}:${jsonSyntaxMessage(clean, error)}`);
  }
}
