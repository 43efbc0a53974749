/**
 * `node:fs` for the browser build: src/cli/input.ts reads standard input's status with `fstat`,
 * but the app uses only that module's pure JSON parsing (`parseCaseJson`).
 */
export function fstat(): never {
  throw new Error('form8379 app: no file system in the browser');
}
