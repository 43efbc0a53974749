/**
 * An error the user can fix (bad input, bad usage): printed without a stack trace and mapped to
 * exit code 2. `lines` are printed one per line, each already prefixed where needed.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[]) {
    const list = typeof lines === 'string' ? [lines] : lines;
    super(list.join('\n'));
    this.lines = list;
  }
}

/**
 * Exit codes of the CLI, documented in the README. An interrupted batch exits as a shell reports
 * a process killed by the signal: 128 + its number.
 */
export const EXIT = { ok: 0, unexpected: 1, invalid: 2, SIGINT: 130, SIGTERM: 143 } as const;

/** The name a file is shown under in messages: `<stdin>` for `-`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Text of a Node file-system error without the syscall noise (`ENOENT: no such file...`). */
export function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    switch ((error as { code?: unknown }).code) {
      case 'ENOENT':
        return 'no such file or directory';
      case 'EISDIR':
        return 'is a directory, expected a file';
      case 'EACCES':
      case 'EPERM':
        return 'permission denied';
      case 'ENOTDIR':
        return 'a parent of this path is not a directory';
      case 'ENOSPC':
      case 'EDQUOT':
        return 'no space left on device';
      case 'EFBIG':
        return 'the file is too large';
      case 'EROFS':
        return 'read-only file system';
      case 'EIO':
        return 'input/output error';
    }
  }
  return error instanceof Error ? error.message : String(error);
}
