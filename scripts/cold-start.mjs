#!/usr/bin/env node
/**
 * Cold start of the built CLI: the median wall time of `form8379 --version` and
 * `form8379 allocate --help`, next to the median of node running an empty ES module on the same
 * machine, runs interleaved so that a busy machine slows both alike. The target is `--version`
 * within 150 ms; as CI machines differ, the check fails only when the CLI is over the target
 * *and* adds more than 30 ms to node's own start, i.e. when the CLI is to blame.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const empty = join(mkdtempSync(join(tmpdir(), 'form8379-cold-')), 'empty.mjs');
writeFileSync(empty, '');
const RUNS = 15;
const TARGET_MS = 150;
const MAX_OVERHEAD_MS = 30;

const commands = {
  'node empty.mjs': [empty],
  'form8379 --version': [cli, '--version'],
  'form8379 allocate --help': [cli, 'allocate', '--help'],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}`);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const name of Object.keys(commands)) {
  const note = name === 'form8379 --version' ? ` (target ${TARGET_MS} ms)` : '';
  console.log(`${name.padEnd(26)} ${median(times[name]).toFixed(0)} ms${note}`);
}
const bare = median(times['node empty.mjs']);
const version = median(times['form8379 --version']);
if (version > TARGET_MS && version - bare > MAX_OVERHEAD_MS) {
  console.error(
    `form8379 --version takes ${version.toFixed(0)} ms, ${(version - bare).toFixed(0)} ms more than node itself`,
  );
  process.exit(1);
}
