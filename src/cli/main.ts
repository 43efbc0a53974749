#!/usr/bin/env node
/**
 * The `form8379` command: runs src/cli/entry.ts on the process's arguments. All input and output
 * of the package happens in src/cli; the library it calls is pure.
 */
import { main } from './entry.js';
import { debugWanted, outputFailed, printInternalError } from './messages.js';

// A full disk or a closed pipe on standard output, whoever was writing: one line, no stack.
process.stdout.on('error', outputFailed);

// Nothing may end the process with Node's own stack print: an error no command caught is a bug,
// reported in one line like any other.
const crash = (error: unknown) => {
  printInternalError(error, debugWanted(process.argv.slice(2)));
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

process.exitCode = await main(process.argv.slice(2));
