/**
 * Reading a case file the user opened, with the CLI's own checks and messages: bytes that are not
 * UTF-8, text that is not JSON, a key given twice (src/cli/input.ts, src/cli/utf8.ts). In the
 * page, `node:buffer` is a shim of the one function utf8.ts needs (see vite.config.ts).
 */
import { parseCaseJson } from '../../src/cli/input.js';
import { UserError } from '../../src/cli/errors.js';
import { byteLineAndColumn, byteName, invalidUtf8Offset } from '../../src/cli/utf8.js';
import { terminalText } from '../../src/core/terminal-text.js';

export type ReadCaseFile =
  | { readonly ok: true; readonly json: unknown }
  /** The CLI's messages, one per line, without its `form8379: ` prefix. */
  | { readonly ok: false; readonly lines: readonly string[] };

// Buffer.toString keeps a byte order mark, which parseCaseJson then strips, as the CLI does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function readCaseFile(bytes: Uint8Array, file: string): ReadCaseFile {
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
  try {
    return { ok: true, json: parseCaseJson(utf8.decode(bytes), file) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, lines: error.lines.map(terminalText) };
    throw error;
  }
}
