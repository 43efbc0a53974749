/**
 * Reading a case file the user opened, with the CLI's own checks and messages: bytes that are not
 * UTF-8, text that is not JSON, a key given twice (src/cli/input.ts, src/cli/utf8.ts). In the
 * page, `node:buffer` is a shim of the one function utf8.ts needs (see vite.config.ts).
 *
 * The library's limits come first (limits.ts): the size before the bytes are decoded, the lists
 * and strings of the parsed JSON before the form is built from it.
 */
import { parseCaseJson } from '../../src/cli/input.js';
import { UserError } from '../../src/cli/errors.js';
import { byteLineAndColumn, byteName, invalidUtf8Offset } from '../../src/cli/utf8.js';
import { terminalText } from '../../src/core/terminal-text.js';
import {
  MAX_DEBTS,
  MAX_ITEMS,
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
  caseLimitProblem,
  fileSizeProblem,
  type LimitProblem,
} from './limits.js';

export type ReadCaseFile =
  | { readonly ok: true; readonly json: unknown }
  /** The CLI's messages, one per line, without its `form8379: ` prefix. */
  | { readonly ok: false; readonly lines: readonly string[] };

// Buffer.toString keeps a byte order mark, which parseCaseJson then strips, as the CLI does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const count = (n: number) => n.toLocaleString('en-US');

/** A limit's message: what the file holds and what the page opens. */
export function limitMessage(problem: LimitProblem): string {
  switch (problem.kind) {
    case 'file-size':
      return `The file is ${count(problem.bytes)} bytes; a case file can be at most 1 MB (1,048,576 bytes). A case of 1,000 items is about 100 KB: check that this is a case file.`;
    case 'items':
      return `The file lists ${count(problem.count)} items; a case can have at most ${count(MAX_ITEMS)}. A joint return has far fewer: combine small items of one kind and spouse.`;
    case 'debts':
      return `The file lists ${count(problem.count)} debts; a case can have at most ${count(MAX_DEBTS)}. The offset notice lists a handful: combine debts of one kind.`;
    case 'name':
      return `The ${problem.role === 'injured' ? 'injured' : 'other'} spouse's name in the file is ${count(problem.chars)} characters long; a name can have at most ${count(MAX_NAME_CHARS)}.`;
    case 'text':
      return `A text in the file (${problem.path}) is ${count(problem.chars)} characters long; a title, source or description can have at most ${count(MAX_TEXT_CHARS)}.`;
    case 'depth':
      return 'The file nests lists and objects more deeply than a case file does: check that this is a case file.';
  }
}

export function readCaseFile(bytes: Uint8Array, file: string): ReadCaseFile {
  const tooBig = fileSizeProblem(bytes.length);
  if (tooBig) return { ok: false, lines: [limitMessage(tooBig)] };
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const { line, column } = byteLineAndColumn(bytes, bad);
    // The message of the CLI's decodeUtf8, which takes a Node Buffer.
    return {
      ok: false,
      lines: [
        terminalText(
          `${file}:${line}:${column}: invalid UTF-8: ${byteName(bytes[bad] ?? 0)} at byte offset ${bad} is not UTF-8 text; save the file as UTF-8`,
        ),
      ],
    };
  }
  let json: unknown;
  try {
    json = parseCaseJson(utf8.decode(bytes), file);
  } catch (error) {
    if (error instanceof UserError) return { ok: false, lines: error.lines.map(terminalText) };
    throw error;
  }
  const over = caseLimitProblem(json);
  if (over) return { ok: false, lines: [limitMessage(over)] };
  return { ok: true, json };
}
