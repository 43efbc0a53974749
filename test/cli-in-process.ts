import { vi } from 'vitest';
import { main } from '../src/cli/entry.js';
import type { CliRun } from './cli-helpers.js';

/**
 * Runs the CLI's entry (src/cli/entry.ts, what the `form8379` bin runs) in this process, with
 * its stdout and stderr captured: the same command, messages and exit code as a real process,
 * in a millisecond instead of half a second. Not for `-` (standard input), `batch` (threads,
 * signals) or anything that ends the process.
 */
export async function runCliInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const capture =
    (append: (text: string) => void) =>
    (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    };
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation(capture((t) => (stdout += t)) as typeof process.stdout.write);
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation(capture((t) => (stderr += t)) as typeof process.stderr.write);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
