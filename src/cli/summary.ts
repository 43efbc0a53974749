import { DEBT_LABELS } from '../trace/form.js';
import type { AllocationResult } from '../pipeline/result.js';

/** "1234567.80" as "$1,234,567.80", by string manipulation: the figures are already exact. */
export function dollars(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${grouped}.${cents}`;
}

/**
 * The answer in a few terminal lines: what `allocate --out` prints once the worksheet is written,
 * so a user sees the refund without opening the file.
 */
export function summaryLines(result: AllocationResult): string[] {
  const s = result.summary;
  const injured = result.input.spouses.injured.name;
  const rows: [string, string][] = [['Joint overpayment', dollars(s.jointOverpayment)]];
  s.offsets.forEach((o) => {
    const label = DEBT_LABELS[o.type as keyof typeof DEBT_LABELS] ?? o.type;
    rows.push([`Applied to: ${label}`, dollars(o.amount)]);
  });
  rows.push([`Refund to ${injured} (injured spouse)`, dollars(s.injuredSpouseRefund)]);
  rows.push(['Refund to the other spouse', dollars(s.otherSpouseRefund)]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const amountWidth = Math.max(...rows.map(([, amount]) => amount.length));
  const lines = [`Form 8379 injured spouse allocation, tax year ${result.taxYear} (estimate):`];
  for (const [label, amount] of rows) {
    lines.push(`  ${label.padEnd(width)}  ${amount.padStart(amountWidth)}`);
  }
  if (!result.eligibility.qualifies && result.eligibility.advice) {
    lines.push(`  Not an injured spouse for this return: ${result.eligibility.advice}`);
  }
  for (const w of result.warnings) lines.push(`  Warning: ${w.message}`);
  return lines;
}
