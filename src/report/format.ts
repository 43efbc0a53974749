/**
 * Display formatting shared by the view model and the template helpers. Every function works on
 * the canonical strings of the model ("1234.50", "0.7533"), never on floats, so the worksheet shows
 * exactly the cents the allocation computed.
 */
import { Dec, formatMoney } from '../core/money.js';
import { RULES, RULE_IDS, type Confidence, type RuleId } from '../law/rules.js';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * `"1234567"` → `"1,234,567"`: commas every three digits from the right (what
 * `digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')` gives for a string of digits, as a loop).
 */
export function groupThousands(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  const head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * `"-3725.49"` → `"-$3,725.49"`. Anything that is not a plain decimal string is returned as text,
 * so a custom template passing the wrong field shows the value instead of throwing mid-render.
 */
export function displayMoney(value: unknown, options?: { cents?: boolean }): string {
  return displayDecimalMoney(String(value ?? ''), options?.cents ?? true);
}

function displayDecimalMoney(text: string, cents: boolean): string {
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const [, sign, whole = '0', fraction = ''] = match;
  // Inputs are already rounded to the cent; whole-dollar display only drops a ".00".
  const rounded = cents
    ? `${groupThousands(whole)}.${fraction.padEnd(2, '0').slice(0, 2)}`
    : fraction.replace(/0+$/, '') === ''
      ? groupThousands(whole)
      : `${groupThousands(whole)}.${fraction.padEnd(2, '0').slice(0, 2)}`;
  const negative = sign === '-' && /[1-9]/.test(whole + fraction);
  return `${negative ? '-' : ''}$${rounded}`;
}

/** An amount as printed: `$1,234.00` (`cents: false` drops a `.00`). */
export function displayDec(d: Dec, options?: { cents?: boolean }): string {
  return displayMoney(formatMoney(d), options);
}

/** `"0.7533"` → `"75.33%"`: the ratio's places less two, so no digit is invented or lost. */
export function displayPercent(value: unknown): string {
  const text = String(value ?? '');
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const places = Math.max(0, (match[3] ?? '').length - 2);
  return `${new Dec(text).times(100).toFixed(places)}%`;
}

/** The confidence tag as printed: `[S]`, `[D]`, `[A]`, `[S/A]`. */
export function confidenceTag(confidence: Confidence | string): string {
  return `[${confidence}]`;
}

/**
 * The short form of a rule's source: descriptive parentheticals dropped, so a line of the
 * worksheet can cite it ("IRM 21.4.6.5.11; Form 8379 instructions"); the full source is in the
 * rules list. A parenthetical without a space is a subsection and stays: "IRC 6402(a), (c)-(f)".
 */
export function shortSource(source: string): string {
  return source
    .replace(/\s*\([^()]*\s[^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every rule's `shortSource`, written out once when the module loads. */
const CITATIONS = Object.fromEntries(
  RULE_IDS.map((id) => [id, shortSource(RULES[id].source)]),
) as Readonly<Record<RuleId, string>>;

/** `shortSource` of a rule's source: how a line of the worksheet cites it. */
export function ruleCitation(rule: RuleId): string {
  return CITATIONS[rule];
}

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RULES, value);
}

/** `R-TAX-SHARE · IRM 21.4.6.5.11 [S]`; an unknown id is returned as given. */
export function citeRule(rule: unknown): string {
  if (!isRuleId(rule)) return String(rule ?? '');
  return `${rule} · ${ruleCitation(rule)} ${confidenceTag(RULES[rule].confidence)}`;
}

/**
 * An SSN as `123-45-6789` (full) or `***-**-6789` (masked). Accepts the case format's forms with or
 * without dashes; `null` when the case gives none.
 */
export function formatSsn(ssn: string | undefined, full: boolean): string | null {
  if (ssn === undefined) return null;
  const digits = ssn.replace(/\D/g, '');
  if (digits.length !== 9) return full ? ssn : '***-**-****';
  const last4 = digits.slice(5);
  return full ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${last4}` : `***-**-${last4}`;
}

/** Lower-cases the first letter, for a label used mid-sentence ("Federal tax" → "federal tax"). */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
