import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { terminalText } from '../../core/terminal-text.js';
import { describeFsError, UserError } from '../errors.js';
import { writeOutput } from '../output.js';

/** Options of `form8379 app`, as commander parses them. */
export interface AppFlags {
  readonly open?: boolean;
}

const DEFAULT_FILE = 'form8379.html';

/**
 * The package's own copy of the browser app, dist/app/form8379.html in the package folder. Found
 * from this module upwards: it runs from dist/chunks/ when installed and from src/cli/commands/
 * in a clone.
 */
export function shippedAppPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'form8379'
    ) {
      return join(dir, 'dist', 'app', DEFAULT_FILE);
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the form8379 package folder');
    dir = up;
  }
}

/** The command that opens a file in the default browser: $BROWSER when set, as many tools do. */
function opener(): { command: string; args: string[] } {
  const browser = process.env.BROWSER;
  if (browser) return { command: browser, args: [] };
  if (process.platform === 'darwin') return { command: 'open', args: [] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  return { command: 'xdg-open', args: [] };
}

/** Starts the browser on `file` and leaves it running: resolves once it started. */
function openInBrowser(file: string): Promise<void> {
  const { command, args } = opener();
  return new Promise((resolveStarted, reject) => {
    const child = spawn(command, [...args, file], { detached: true, stdio: 'ignore' });
    child.once('error', (error) =>
      reject(
        new UserError(
          `cannot start ${command} to open the app: ${describeFsError(error)}; open ${pathToFileURL(file).href} in a browser yourself`,
        ),
      ),
    );
    child.once('spawn', () => {
      child.unref();
      resolveStarted();
    });
  });
}

/**
 * `form8379 app [file.html] [--open]`: writes the browser app, one HTML file that works from
 * disk with no network, to `file` (default form8379.html; `-` for standard output), and opens
 * it with --open; `--open` alone opens the package's own copy without writing anything.
 */
export async function runApp(file: string | undefined, flags: AppFlags): Promise<void> {
  const shipped = shippedAppPath();
  let html: string;
  try {
    html = await readFile(shipped, 'utf8');
  } catch (error) {
    throw new UserError(
      `the browser app is not built (${shipped}: ${describeFsError(error)}); run npm run build:app`,
    );
  }
  if (file === undefined && flags.open) {
    await openInBrowser(shipped);
    process.stderr.write(
      `${terminalText(`Opened ${pathToFileURL(shipped).href} in the browser.`)}\n`,
    );
    return;
  }
  const out = file ?? DEFAULT_FILE;
  await writeOutput(html, out);
  if (out === '-') return;
  const url = pathToFileURL(resolve(out)).href;
  if (flags.open) await openInBrowser(resolve(out));
  // The file name as given, control characters shown as escapes (it reaches the terminal).
  const wrote = `${flags.open ? 'Wrote and opened' : 'Wrote'} ${out}: the calculator as one page, ${url}.`;
  process.stderr.write(
    `${terminalText(wrote)} It works offline; nothing entered in it leaves the browser.\n`,
  );
}
