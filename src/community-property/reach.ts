import { DEBT_LABELS } from '../trace/form.js';
import { type OrderedDebt } from '../trace/distribution.js';
import { Decimal } from 'decimal.js';
import { m, money } from '../trace/figures.js';
import { InvalidOptionError, UnsupportedCaseError } from '../core/errors.js';
import type { CaseDebt, CommunityPropertyState } from '../input/schema.js';
import { Dec, HALF, ZERO, toCents, addDec, compareDec } from '../core/money.js';
import type { Confidence } from '../law/rules.js';
import type { Jurisdiction } from './jurisdiction.js';
import type { ReachFigures, RuleReach, StateDebtKind } from './state-rules.js';
import type { DebtReach, StateRuleCitation } from './types.js';

/** The column of the state table a debt falls in. `arose` is checked before this is called. */
export function debtKindOf(debt: CaseDebt): StateDebtKind {
  if (debt.type !== 'federalTax') return 'nonTax';
  return debt.arose === 'duringMarriage' ? 'federalTaxDuringMarriage' : 'federalTaxBeforeMarriage';
}

const CONFIDENCES: readonly Confidence[] = ['S', 'D', 'A', 'S/A'];
/** Weakest first: a merged citation carries the weakest tag of its parts. */
const STRENGTH: Readonly<Record<Confidence, number>> = { A: 0, 'S/A': 1, D: 2, S: 3 };

const DEBT_KIND_WORDS: Readonly<Record<StateDebtKind, string>> = {
  federalTaxBeforeMarriage: 'federal tax debt from before the marriage',
  federalTaxDuringMarriage: 'federal tax debt arising during the marriage',
  nonTax: 'non-tax debt',
};

/** A rule's answer checked, so a faulty user rule is reported by its option path. */
function checked(
  reach: RuleReach,
  state: CommunityPropertyState,
  j: Jurisdiction,
  kind: StateDebtKind,
): RuleReach & { amount: Dec } {
  const problem = (() => {
    if (reach === null || typeof reach !== 'object') return 'returned no object';
    if (!Decimal.isDecimal(reach.amount))
      return 'returned an amount that is not a decimal.js Decimal';
    if (!reach.amount.isFinite()) return 'returned an amount that is not finite';
    if (typeof reach.formula !== 'string' || typeof reach.citation !== 'string')
      return 'returned no formula or citation string';
    if (!CONFIDENCES.includes(reach.confidence))
      return `returned confidence ${JSON.stringify(reach.confidence)}; expected one of ${CONFIDENCES.join(', ')}`;
    return null;
  })();
  if (problem) {
    const message = `rule "${j.rule.name}" ${problem} for a ${DEBT_KIND_WORDS[kind]}`;
    if (j.userRule)
      throw new InvalidOptionError(`options.communityPropertyRules.${state}`, message);
    throw new Error(message);
  }
  return { ...reach, amount: new Dec(reach.amount) };
}

/**
 * R-CP-REACHABLE: how far one debt of the other spouse reaches into the overpayment under the
 * state rule, before its balance and earlier offsets. Non-tax debts are capped at `S_o + C/2`
 * whatever the rule says (IRM 25.18.5.10); the amount is rounded to the cent half-up.
 */
export function reachableFor(d: OrderedDebt, j: Jurisdiction, f: ReachFigures): DebtReach {
  const kind = debtKindOf(d.debt);
  const answers = j.states.map((state) => ({
    state,
    reach: checked(
      j.rule.reachable({ state, debtKind: kind, debtType: d.debt.type }, f),
      state,
      j,
      kind,
    ),
  }));
  const [first] = answers as [(typeof answers)[number], ...typeof answers];
  for (const a of answers) {
    if (!a.reach.amount.equals(first.reach.amount)) {
      throw new UnsupportedCaseError(
        'communityProperty.states',
        `rule "${j.rule.name}" gives ${first.state} and ${a.state} different reachable amounts for debts[${d.index}] (${m(first.reach.amount)} and ${m(a.reach.amount)}); a year in two states is supported only when they agree`,
      );
    }
  }
  const citations = [...new Set(answers.map((a) => a.reach.citation))];
  const formulas = [...new Set(answers.map((a) => a.reach.formula))];
  const confidence = answers
    .map((a) => a.reach.confidence)
    .reduce((w, c) => (STRENGTH[c] < STRENGTH[w] ? c : w));

  let amount = first.reach.amount;
  let formula = formulas.join(' = ');
  const cap = addDec(f.separateOther, f.community.times(HALF));
  const capped = kind === 'nonTax' && compareDec(amount, cap) > 0;
  const ruleAmount = amount;
  if (capped) {
    formula = `min(${formula}, S_o + C/2)`;
    amount = cap;
  }
  // A negative figure (the other spouse's separate part and share of the community are below 0:
  // that spouse owes more tax than that spouse paid in) reaches nothing; the offset would clamp
  // it anyway, but shown as what the debt "can reach" it reads as a debt reaching a minus amount.
  const formulaAmount = toCents(amount);
  const belowZero = formulaAmount.isNegative();
  if (belowZero) formula = `max(0, ${formula})`;
  const inputs = () => {
    const list: Record<string, string> = {
      S_o: m(f.separateOther),
      L: m(f.communityOther),
      N: m(f.communityInjured),
      C: m(f.community),
    };
    if (!f.jointManagementInjured.isZero()) list.N_jm = m(f.jointManagementInjured);
    if (capped) {
      list['rule amount'] = m(ruleAmount);
      list['S_o + C/2'] = m(cap);
    }
    if (belowZero) list['formula amount'] = m(formulaAmount);
    return list;
  };
  const rule: StateRuleCitation = {
    state: first.state,
    debtKind: kind,
    formula,
    citation:
      citations.length === 1
        ? (citations[0] ?? '')
        : answers.map((a) => `${a.state}: ${a.reach.citation}`).join('; '),
    confidence,
  };
  const reachable = money(
    `communityProperty.reachable.debts[${d.index}]`,
    `Reachable by ${DEBT_LABELS[d.debt.type]} (debts[${d.index}])`,
    'R-CP-REACHABLE',
    belowZero ? ZERO : formulaAmount,
    () =>
      `${formula} under ${j.states.join('/')} law (rule ${j.rule.name}) for a ${DEBT_KIND_WORDS[kind]}, rounded to the cent half-up [${confidence}]; ${rule.citation}${kind === 'nonTax' ? '; every non-tax debt is capped at S_o + C/2 (IRM 25.18.5.10)' : ''}${belowZero ? `; the formula gives ${m(formulaAmount)}, below 0: the other spouse's part of the overpayment is below 0 (that spouse's share of the tax is more than that spouse paid in), so this debt reaches nothing` : ''}`,
    inputs,
  );
  return { debtIndex: d.index, type: d.debt.type, rule, reachable };
}
