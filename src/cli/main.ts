#!/usr/bin/env node
/**
 * The `form8379` command: runs src/cli/entry.ts on the process's arguments. All input and output
 * of the package happens in src/cli; the library it calls is pure.
 *
 * No static import: they would load (and run) before the first line of this file, and a SIGINT
 * or SIGTERM in that time would end the process with no word. The listener below is the first
 * thing the process does; everything else is imported after it.
 */
type Signal = 'SIGINT' | 'SIGTERM';

const argv = process.argv.slice(2);
/** src/cli/messages.ts once loaded: where a command takes the signals over. */
const loaded: { interruptTakenOver?: (signal: Signal) => boolean } = {};

/**
 * SIGINT or SIGTERM until a command takes them over (`batch`, which then says what it wrote).
 * Before that, `batch` has written nothing: it says so and exits as an interrupted batch does
 * (130 or 143). Any other command ends as it would without a listener, killed by the signal (the
 * shell reports 130 or 143): its files are written atomically (src/cli/output.ts), so a signal
 * never leaves one half written.
 */
function interrupted(signal: Signal): void {
  if (loaded.interruptTakenOver?.(signal)) return;
  // The command: the first argument that is not an option (the root's only option is --debug).
  if (argv.find((arg) => !arg.startsWith('-')) === 'batch') {
    process.stderr.write(`form8379 batch: interrupted by ${signal}; nothing was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
  process.off('SIGINT', interrupted);
  process.off('SIGTERM', interrupted);
  process.kill(process.pid, signal);
}
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);

const { debugWanted, interruptTakenOver, outputFailed, printInternalError } =
  await import('./messages.js');
loaded.interruptTakenOver = interruptTakenOver;

// A full disk or a closed pipe on standard output, whoever was writing: one line, no stack.
process.stdout.on('error', outputFailed);

// Nothing may end the process with Node's own stack print: an error no command caught is a bug,
// reported in one line like any other.
const crash = (error: unknown) => {
  printInternalError(error, debugWanted(argv));
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const { main } = await import('./entry.js');
const code = await main(argv);
// Exits as soon as standard output and stderr have taken everything, rather than when Node's event
// loop runs dry: a signal from now on finds no handler (Node's exit has closed them) and ends
// the process the default way, so the moment it can is kept to the exit itself.
await Promise.all(
  [process.stdout, process.stderr].map(
    (stream) => new Promise<unknown>((resolve) => stream.write('', resolve)),
  ),
);
process.exit(code);
