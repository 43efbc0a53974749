/**
 * How complete the answer is (issue 20, item 4). Until Part I is answered, both spouses are
 * named, a debt is given and the lines of the return reproduce its line 34 (or the person has
 * said the return is not at hand), the refund is only "so far", with what is missing; then it is
 * the answer. Pure: the page and the tests read the same verdict.
 */
import { PART_I_FIELDS, type FormState, type PartIField } from './form-state.js';
import type { Evaluation } from './evaluate.js';
import { fieldForPath } from './form-state.js';

export type MissingKey =
  | 'taxYear'
  | 'partI'
  | 'injuredName'
  | 'otherName'
  | 'line34'
  | 'line34Apart'
  | 'debt'
  | 'problems';

/** One thing still missing, and the form field (or control id) that supplies it. */
export interface Missing {
  readonly key: MissingKey;
  /** A field key of the form, or `#id` of a control (the "Add a debt" button). */
  readonly target: string;
  /** Part I: the first line not answered. */
  readonly line?: number;
  /** `problems`: how many answers to fix. */
  readonly count?: number;
  /** `line34Apart`: line 34, what the lines give, and the difference (two-decimal strings). */
  readonly onReturn?: string;
  readonly fromLines?: string;
  readonly apart?: string;
}

export interface Progress {
  /** `complete`: the answer; `so-far`: a figure, not final; `none`: no figure; `stopped`: Part I. */
  readonly status: 'complete' | 'so-far' | 'none' | 'stopped';
  /** The refund to the injured spouse, when computed (two decimals). */
  readonly figure: string | null;
  readonly missing: readonly Missing[];
  /** Line 34 against the lines of the return, when line 34 is given. */
  readonly line34: {
    readonly onReturn: string;
    /** What the lines give, when the case is computed. */
    readonly fromLines: string | null;
  } | null;
}

const PART_I_REQUIRED: readonly PartIField[] = PART_I_FIELDS.slice(0, 3);

/** `-12.30` from cents. */
function centsText(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const centsOf = (amount: string): bigint => {
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
};

export function progressOf(state: FormState, evaluation: Evaluation): Progress {
  const { result } = evaluation;
  const figure = result ? result.summary.injuredSpouseRefund : null;
  // Line 34 as the library read it (the case's jointReturn.overpayment), when it could.
  const reported = result?.overpayment.reported?.amount.toFixed(2) ?? null;
  const fromLines = result ? result.summary.jointOverpayment : null;
  const line34 =
    state.jointReturn.overpayment === ''
      ? null
      : { onReturn: reported ?? state.jointReturn.overpayment, fromLines };
  // The person's own answers on lines 2 to 4 end the claim at once; a stop the lines of the
  // return decide (no payments, no refund) only once nothing else is missing: before that, it is
  // a half-entered return.
  const stop = evaluation.stop;
  if (stop !== null && stop.line <= 4 && stop.reason !== 'no-overpayment') {
    return { status: 'stopped', figure, missing: [], line34 };
  }

  const missing: Missing[] = [];
  const covered = new Set<string>();
  const add = (m: Missing) => {
    missing.push(m);
    covered.add(m.target);
  };
  if (state.taxYear === '') add({ key: 'taxYear', target: 'taxYear' });
  const unanswered = PART_I_REQUIRED.find((f) => state.partI[f] === '');
  if (unanswered !== undefined) {
    add({
      key: 'partI',
      target: `partI.${unanswered}`,
      line: PART_I_FIELDS.indexOf(unanswered) + 2,
    });
    for (const f of PART_I_REQUIRED) if (state.partI[f] === '') covered.add(`partI.${f}`);
  }
  if (state.spouses.injured.name.trim() === '') {
    add({ key: 'injuredName', target: 'spouses.injured.name' });
  }
  if (state.spouses.other.name.trim() === '')
    add({ key: 'otherName', target: 'spouses.other.name' });
  if (!state.noReturnAtHand) {
    if (state.jointReturn.overpayment === '') {
      add({ key: 'line34', target: 'jointReturn.overpayment' });
    } else if (reported !== null && fromLines !== null && reported !== fromLines) {
      add({
        key: 'line34Apart',
        target: 'jointReturn.overpayment',
        onReturn: reported,
        fromLines,
        apart: centsText(centsOf(reported) - centsOf(fromLines)).replace(/^-/, ''),
      });
    }
  }
  if (state.debts.length === 0) add({ key: 'debt', target: '#f-add-debt' });
  const others = evaluation.issues
    .map((issue) => fieldForPath(state, issue.path) ?? '')
    .filter((key) => !covered.has(key));
  if (others.length > 0) {
    missing.push({ key: 'problems', target: others[0] ?? '', count: others.length });
  }
  if (missing.length === 0 && stop !== null) return { status: 'stopped', figure, missing, line34 };
  const status = missing.length === 0 && result ? 'complete' : result ? 'so-far' : 'none';
  return { status, figure, missing, line34 };
}
