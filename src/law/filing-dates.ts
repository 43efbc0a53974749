/**
 * The filing dates of a tax year: when the joint return was due and the end of the 3-year claim
 * window (IRC 6511(a); Form 8379 instructions, "When To File": within 3 years from the due date of
 * the original return, including extensions, or 2 years from the date the tax was paid, whichever
 * is later), and the calendar arithmetic the after-filing check needs (R-CHECK-REFUND's waits,
 * R-CHECK-DEADLINES). Pure: the library never reads the clock, so "today" is always an input.
 * The worksheet (src/report/filing-dates.ts re-exports this module) prints the dates.
 */

/** A calendar date without a time zone. */
export interface CalendarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

/**
 * Tax years whose filing date the IRS postponed (COVID-19 relief): the claim window ran from the
 * postponed date (the IRS gave July 17, 2023 and May 17, 2024 as the last days to claim 2019 and
 * 2020 refunds).
 */
const POSTPONED: Readonly<Record<number, CalendarDate & { readonly source: string }>> = {
  2019: { year: 2020, month: 7, day: 15, source: 'Notice 2020-23' },
  2020: { year: 2021, month: 5, day: 17, source: 'Notice 2021-21' },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "April 15, 2025". */
export function longDate(d: CalendarDate): string {
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

/**
 * The date the claim window runs from: the last day prescribed for filing, April 15 of the next
 * year (IRC 6072(a)), even when a weekend or holiday let the return be filed later (a return
 * filed early is treated as filed on that day, IRC 6513(a)); the postponed date for 2019 and 2020.
 */
function prescribedDate(taxYear: number): CalendarDate {
  return POSTPONED[taxYear] ?? { year: taxYear + 1, month: 4, day: 15 };
}

/** The day the tax year's joint return was due: the prescribed date, moved past a holiday. */
export function returnDueDate(taxYear: number): CalendarDate {
  return nextBusinessDay(prescribedDate(taxYear));
}

/** The same day `years` later (February 29 becomes February 28 in a common year). */
export function addYears(d: CalendarDate, years: number): CalendarDate {
  const year = d.year + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = d.month === 2 && d.day === 29 && !leap ? 28 : d.day;
  return { year, month: d.month, day };
}

/** 0 = Sunday ... 6 = Saturday (pure calendar arithmetic, no clock). */
function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function nextDay(d: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * Emancipation Day (April 16), a legal holiday in the District of Columbia, as observed: on the
 * Friday before when it falls on a Saturday, on the Monday after when it falls on a Sunday.
 */
function isEmancipationDay(d: CalendarDate): boolean {
  if (d.month !== 4) return false;
  const day16 = weekday({ year: d.year, month: 4, day: 16 });
  const observed = day16 === 6 ? 15 : day16 === 0 ? 17 : 16;
  return d.day === observed;
}

/**
 * IRC 7503: a deadline on a Saturday, a Sunday or a legal holiday moves to the next business day.
 * The deadlines here fall in April, May and July, where the holiday that can intervene is
 * Emancipation Day.
 */
function nextBusinessDay(d: CalendarDate): CalendarDate {
  let day = d;
  while (weekday(day) === 0 || weekday(day) === 6 || isEmancipationDay(day)) day = nextDay(day);
  return day;
}

/** The end of the 3-year window from the return's due date (IRC 6511(a), 7503). */
export function threeYearDeadline(taxYear: number): CalendarDate {
  return nextBusinessDay(addYears(prescribedDate(taxYear), 3));
}

/** `days` days later (or earlier, for a negative count). */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** A date written YYYY-MM-DD, or `null` when the text is not a real calendar date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) {
    return null;
  }
  return check.getUTCDate() === day ? { year, month, day } : null;
}

/** "2025-04-15". */
export function isoDate(d: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The later of two dates. */
export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}
