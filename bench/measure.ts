/**
 * Throughput timing with plain `process.hrtime.bigint` loops rather than tinybench: the unit of
 * work is one pass over a fixed list of 10,000 different cases (not one call repeated on the same
 * input, which would let the JIT and caches see one shape only), and tinybench's per-iteration
 * bookkeeping and async task wrapper would be noise next to a pass.
 */

/** Throughput of repeated passes: median cases per second and the spread between passes. */
export interface Throughput {
  /** Median over the timed passes. */
  readonly perSec: number;
  readonly minPerSec: number;
  readonly maxPerSec: number;
  /** (max - min) / median, in percent: how noisy the passes were. */
  readonly spreadPct: number;
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
  for (let p = 0; p < passes; p++) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < repeat; r++) for (const x of inputs) consume(work(x));
    const ns = Number(process.hrtime.bigint() - start);
    rates.push((repeat * inputs.length * 1e9) / ns);
  }
  const perSec = median(rates);
  const min = Math.min(...rates);
  const max = Math.max(...rates);
  return {
    perSec,
    minPerSec: min,
    maxPerSec: max,
    spreadPct: (100 * (max - min)) / perSec,
    passes,
    itemsPerPass: inputs.length * repeat,
  };
}

export { median };
