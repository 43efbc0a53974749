#!/usr/bin/env node
/**
 * Cold start of the built CLI: the median wall time of `form8379 --version` and `--help` over
 * several runs, next to the median of a bare `node -e 0` on the same machine. The target is
 * `--version` within 150 ms; as CI machines differ, the check fails only when the CLI is over
 * the target *and* adds more than 30 ms to node's own start, i.e. when the CLI is to blame.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const RUNS = 11;
const TARGET_MS = 150;
const MAX_OVERHEAD_MS = 30;

function median(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

const bare = median(['-e', '0']);
const version = median([cli, '--version']);
const help = median([cli, 'allocate', '--help']);
console.log(`node -e 0                  ${bare.toFixed(0)} ms`);
console.log(`form8379 --version         ${version.toFixed(0)} ms (target ${TARGET_MS} ms)`);
console.log(`form8379 allocate --help   ${help.toFixed(0)} ms`);
if (version > TARGET_MS && version - bare > MAX_OVERHEAD_MS) {
  console.error(
    `form8379 --version takes ${version.toFixed(0)} ms, ${(version - bare).toFixed(0)} ms more than node itself`,
  );
  process.exit(1);
}
