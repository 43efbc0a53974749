/**
 * Measurements of the built CLI (`dist/`): a large batch streamed through a pipe, and cold
 * start. External tools are used where they exist (`/usr/bin/time -v` for peak RSS, hyperfine
 * for cold start) and replaced by plain timing when they do not, with a note saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.js';

export interface BatchRun {
  readonly cases: number;
  readonly ok: number;
  readonly invalid: number;
  readonly exitCode: number | null;
  readonly wallSec: number;
  /** `null` when /usr/bin/time is missing. */
  readonly peakRssMb: number | null;
  readonly userSec: number | null;
  readonly systemSec: number | null;
  readonly casesPerSec: number;
  /** What the batch printed on stderr, for a failed run. */
  readonly stderrTail: string;
}

export interface ColdStart {
  readonly medianMs: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
  readonly tool: 'hyperfine' | 'node spawnSync';
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const TIME = '/usr/bin/time';

/** `0:18.46` or `1:02:03` (h:mm:ss or m:ss) as seconds. */
function clockSeconds(text: string): number {
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

function field(report: string, label: string): string | null {
  const line = report.split('\n').find((l) => l.trim().startsWith(label));
  return line ? line.slice(line.lastIndexOf(': ') + 2).trim() : null;
}

/**
 * `form8379 batch -` on `count` generated cases: the generator writes into a pipe that the batch
 * reads, so the cases are never stored; the results go to /dev/null. Wall time and peak RSS are
 * the batch process's own (the generator runs on the other core).
 */
export async function runBatch(bin: string, count: number, generator: string[]): Promise<BatchRun> {
  const timed = existsSync(TIME);
  const gen = spawn(process.execPath, [...generator, '--count', String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const batchArgs = [bin, 'batch', '-'];
  const started = process.hrtime.bigint();
  const batch = timed
    ? spawn(TIME, ['-v', process.execPath, ...batchArgs], { stdio: [gen.stdout, 'ignore', 'pipe'] })
    : spawn(process.execPath, batchArgs, { stdio: [gen.stdout, 'ignore', 'pipe'] });
  let stderr = '';
  batch.stderr.setEncoding('utf8');
  batch.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number | null>((resolve) => batch.on('close', resolve));
  const ownWall = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = /form8379 batch: (\d+) ok, (\d+) invalid/.exec(stderr);
  const wallText = timed ? field(stderr, 'Elapsed (wall clock) time') : null;
  const rssText = timed ? field(stderr, 'Maximum resident set size (kbytes)') : null;
  const user = timed ? field(stderr, 'User time (seconds)') : null;
  const system = timed ? field(stderr, 'System time (seconds)') : null;
  const wallSec = wallText ? clockSeconds(wallText) : ownWall;
  return {
    cases: count,
    ok: counts ? Number(counts[1]) : 0,
    invalid: counts ? Number(counts[2]) : 0,
    exitCode,
    wallSec,
    peakRssMb: rssText ? Number(rssText) / 1024 : null,
    userSec: user ? Number(user) : null,
    systemSec: system ? Number(system) : null,
    casesPerSec: count / wallSec,
    stderrTail: stderr.split('\n').slice(0, 3).join('\n'),
  };
}

/** Cold start of `node <bin> <args>`: hyperfine when installed, else the median of timed spawns. */
export function coldStart(bin: string, args: readonly string[], runs: number): ColdStart {
  if (hasCommand('hyperfine')) {
    const dir = mkdtempSync(join(tmpdir(), 'form8379-bench-'));
    try {
      const out = join(dir, 'hyperfine.json');
      const command = [process.execPath, bin, ...args].map(shellQuote).join(' ');
      const run = spawnSync(
        'hyperfine',
        ['--warmup', '3', '--runs', String(runs), '--style', 'none', '--export-json', out, command],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (run.status === 0) {
        const json = JSON.parse(readFileSync(out, 'utf8')) as {
          results: { median: number; mean: number; min: number; max: number; times: number[] }[];
        };
        const r = json.results[0];
        if (r) {
          return {
            medianMs: r.median * 1000,
            meanMs: r.mean * 1000,
            minMs: r.min * 1000,
            maxMs: r.max * 1000,
            runs: r.times.length,
            tool: 'hyperfine',
          };
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${run.status}`);
    if (i >= 3) times.push(ms); // the first runs warm the disk cache, as hyperfine's --warmup
  }
  return {
    medianMs: median(times),
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    runs: times.length,
    tool: 'node spawnSync',
  };
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
