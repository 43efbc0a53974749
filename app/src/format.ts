/**
 * "1234567.80" as "$1,234,567.80", the way the worksheet prints money, from the exact two-decimal
 * strings of the result (never through a float).
 */
export function money(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const zero = /^0*$/.test(whole) && /^0*$/.test(cents);
  return `${negative && !zero ? '-' : ''}$${grouped}.${cents}`;
}
