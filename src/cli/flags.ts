import { InvalidArgumentError, Option, type Command } from 'commander';

/** The allocation options ([A] rules of docs/method.md) as command-line flags. */
export interface AllocationFlags {
  readonly ratioDecimals?: number;
  readonly zeroTaxRatio?: 'taxable-income' | 'equal';
  readonly creditFloor?: 'none' | 'per-spouse';
  readonly creditLimit?: 'joint-tax' | 'none';
  readonly undatedDebts?: 'input-order' | 'undated-first';
  readonly communityPropertyNetting?: 'net-earlier-offsets' | 'independent';
  /** `--as-of` (allocate, batch): today, for the after-filing check (program.ts). */
  readonly asOf?: string;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

/** `--jobs` by default: one thread per CPU, but no more than this many. */
export const MAX_DEFAULT_JOBS = 8;
/** The largest `--jobs` accepted. */
export const MAX_JOBS = 64;

/** `batch --jobs`: a number of threads from 1 to {@link MAX_JOBS}. */
export function jobCount(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_JOBS}.`);
  }
  return n;
}

/** Adds the flags of every [A] option to a command; the library checks their ranges. */
export function addAllocationFlags(command: Command): Command {
  return command
    .addOption(
      new Option('--ratio-decimals <n>', 'decimal places of the tax and EIC ratios').argParser(
        wholeNumber,
      ),
    )
    .addOption(
      new Option('--zero-tax-ratio <rule>', 'ratio when both separate taxes are 0').choices([
        'taxable-income',
        'equal',
      ]),
    )
    .addOption(
      new Option('--credit-floor <rule>', "floor each spouse's net tax at 0 or not").choices([
        'none',
        'per-spouse',
      ]),
    )
    .addOption(
      new Option(
        '--credit-limit <rule>',
        'use nonrefundable credits only up to the joint tax, or as entered',
      ).choices(['joint-tax', 'none']),
    )
    .addOption(
      new Option('--undated-debts <rule>', 'where undated debts go within a priority').choices([
        'input-order',
        'undated-first',
      ]),
    )
    .addOption(
      new Option(
        '--community-property-netting <rule>',
        'community property: whether a debt nets the earlier offsets from its reach',
      ).choices(['net-earlier-offsets', 'independent']),
    );
}

/** The allocation options set on the command line, without the flags left unset. */
export function allocationOptions(flags: AllocationFlags): AllocationFlags {
  const out: Record<string, unknown> = {};
  for (const key of [
    'ratioDecimals',
    'zeroTaxRatio',
    'creditFloor',
    'creditLimit',
    'undatedDebts',
    'communityPropertyNetting',
    'asOf',
  ] as const) {
    if (flags[key] !== undefined) out[key] = flags[key];
  }
  return out as AllocationFlags;
}

/** `--date`: a real calendar date written YYYY-MM-DD. */
export function calendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return value;
    }
  }
  throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD, e.g. 2025-03-14.');
}

/** Today in the local time zone as YYYY-MM-DD: the CLI's default preparation date. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
