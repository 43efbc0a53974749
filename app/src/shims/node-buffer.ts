/**
 * The one `node:buffer` export the case-file reader uses (src/cli/utf8.ts), for the browser
 * build: Vite aliases `node:buffer` here, so the app reports bytes that are not UTF-8 with the
 * CLI's own offset and message instead of a copy of that code.
 */
const strict = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
