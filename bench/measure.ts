/**
 * Throughput timing with plain loops rather than tinybench: the unit of work is one pass over a
 * fixed list of 10,000 different cases (not one call repeated on the same input, which would let
 * the JIT and caches see one shape only), and tinybench's per-iteration bookkeeping and async
 * task wrapper would be noise next to a pass.
 *
 * Each pass is timed twice: by the process's CPU time (`process.cpuUsage`, user + system) and by
 * the wall clock. The process is pinned to one core, so CPU time is the time that core spent on
 * the work, whatever else shares the machine; the wall clock also counts the time other
 * processes had the core. `perSec` is the CPU-time figure; `wallPerSec` is kept beside it.
 */

/** Throughput of repeated passes: median cases per second and the spread between passes. */
export interface Throughput {
  /** Median over the timed passes, per second of CPU time on the one core. */
  readonly perSec: number;
  readonly minPerSec: number;
  readonly maxPerSec: number;
  /** (max - min) / median of the CPU-time rates, in percent: how noisy the passes were. */
  readonly spreadPct: number;
  /** Median over the timed passes, per second of wall-clock time. */
  readonly wallPerSec: number;
  /** (max - min) / median of the wall-clock rates, in percent. */
  readonly wallSpreadPct: number;
  readonly passes: number;
  readonly itemsPerPass: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A value the optimizer cannot prove unused, so a pass is not dead code. */
let sink = 0;
export function consume(value: unknown): void {
  if (value === sink) sink++;
}
export function sinkValue(): number {
  return sink;
}

/**
 * Runs `work` over every input twice untimed (warm-up: JIT, caches), then `passes` timed passes.
 * A pass repeats the list as often as needed to last `minPassMs`, so a fast path is not timed
 * on a few milliseconds that one GC pause or scheduler tick can double.
 */
export function throughput<T>(
  inputs: readonly T[],
  work: (input: T) => unknown,
  passes: number,
  minPassMs = 250,
): Throughput {
  // Two untimed passes: the first compiles, the second calibrates the repeat count.
  for (const x of inputs) consume(work(x));
  const warm = process.hrtime.bigint();
  for (const x of inputs) consume(work(x));
  const warmMs = Number(process.hrtime.bigint() - warm) / 1e6;
  const repeat = Math.max(1, Math.ceil(minPassMs / Math.max(warmMs, 0.001)));
  const rates: number[] = [];
  const wallRates: number[] = [];
  const items = repeat * inputs.length;
  for (let p = 0; p < passes; p++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let r = 0; r < repeat; r++) for (const x of inputs) consume(work(x));
    const ns = Number(process.hrtime.bigint() - start);
    const used = process.cpuUsage(cpu);
    rates.push((items * 1e6) / Math.max(used.user + used.system, 1));
    wallRates.push((items * 1e9) / ns);
  }
  const perSec = median(rates);
  const min = Math.min(...rates);
  const max = Math.max(...rates);
  const wallPerSec = median(wallRates);
  return {
    perSec,
    minPerSec: min,
    maxPerSec: max,
    spreadPct: (100 * (max - min)) / perSec,
    wallPerSec,
    wallSpreadPct: (100 * (Math.max(...wallRates) - Math.min(...wallRates))) / wallPerSec,
    passes,
    itemsPerPass: items,
  };
}

export { median };
