import { formatMoney, type Dec } from '../core/money.js';
import { longDate, parseIsoDate } from '../law/filing-dates.js';
import type { CheckPhone } from './types.js';

/** "$1,819.00"; "-$200.00" for a negative amount. */
export function dollars(x: Dec): string {
  const [whole = '0', cents = '00'] = formatMoney(x.abs()).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${x.isNegative() && !x.isZero() ? '-' : ''}$${grouped}.${cents}`;
}

/** "April 28, 2025" from "2025-04-28" (the text itself when it is not a date). */
export function dateWords(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? longDate(d) : iso;
}

export const IRS_PHONE = '800-829-1040';
export const TOP_PHONE = '800-304-3107';
export const TOP_TTY = '866-297-0517';
export const TAS_PHONE = '877-777-4778';

/** The phone numbers of result-check.md section 4 [S]. */
export const CHECK_PHONES: readonly CheckPhone[] = Object.freeze([
  {
    name: 'Treasury Offset Program (which agency took the refund)',
    number: TOP_PHONE,
    tty: TOP_TTY,
  },
  { name: 'IRS', number: IRS_PHONE, tty: null },
  { name: 'Taxpayer Advocate Service', number: TAS_PHONE, tty: null },
]);
