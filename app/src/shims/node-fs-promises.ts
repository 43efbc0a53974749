/**
 * `node:fs/promises` for the browser build: src/cli/input.ts reads files with it, but the app
 * uses only that module's pure JSON parsing (`parseCaseJson`); a file comes from a file input.
 */
export function readFile(): never {
  throw new Error('form8379 app: no file system in the browser');
}

export function open(): never {
  throw new Error('form8379 app: no file system in the browser');
}
