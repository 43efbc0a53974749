import { UnsupportedCaseError, type InputIssue } from '../core/errors.js';
import type { CaseDebt, CommunityPropertyState, Form8379Case } from '../input/schema.js';
import type { CommunityPropertyRules } from './rule-options.js';
import { BUILT_IN_COMMUNITY_PROPERTY_RULES, type CommunityPropertyRule } from './state-rules.js';

/** The community property state(s) of a case and the one rule that governs them. */
export interface Jurisdiction {
  /** The distinct states, in the order the case lists them. */
  readonly states: readonly CommunityPropertyState[];
  readonly rule: CommunityPropertyRule;
  /** Whether the rule came from `options.communityPropertyRules`. */
  readonly userRule: boolean;
}

/**
 * The rule for the case's state(s). Two different states are accepted only when the same rule
 * object governs both (a built-in group such as AZ/WI, or one user rule given for both);
 * otherwise the case is rejected, since each period would need its own state's rule.
 */
export function resolveJurisdiction(
  cp: NonNullable<Form8379Case['communityProperty']>,
  userRules: CommunityPropertyRules,
): Jurisdiction {
  if (!cp.wholeYear) {
    throw new UnsupportedCaseError(
      'communityProperty.wholeYear',
      'a couple domiciled in a community property state for only part of the year is not supported: the items would have to be characterized period by period',
    );
  }
  const states = [...new Set(cp.states)];
  const ruleOf = (s: CommunityPropertyState) =>
    userRules[s] ?? BUILT_IN_COMMUNITY_PROPERTY_RULES[s];
  const [first, ...rest] = states as [CommunityPropertyState, ...CommunityPropertyState[]];
  const rule = ruleOf(first);
  for (const s of rest) {
    const other = ruleOf(s);
    if (other !== rule) {
      throw new UnsupportedCaseError(
        'communityProperty.states',
        `a year in two community property states whose rules differ (${first}: ${rule.name}; ${s}: ${other.name}) is not supported: each period would need its own state's rule. Compute the case for one state, or give one rule for both states in options.communityPropertyRules`,
      );
    }
  }
  return { states, rule, userRule: userRules[first] !== undefined };
}

/**
 * Every federal tax debt needs `arose`: before or during the marriage decides how far it
 * reaches in AZ and WI, and the calculator does not guess it for any state.
 */
export function checkDebtDates(
  debts: readonly CaseDebt[],
  states: readonly CommunityPropertyState[],
): InputIssue[] {
  const issues: InputIssue[] = [];
  debts.forEach((d, i) => {
    if (d.type === 'federalTax' && d.arose === undefined) {
      issues.push({
        path: `debts[${i}].arose`,
        message: `required for a federal tax debt in a community property state (${states.join(', ')}): "beforeMarriage" or "duringMarriage" decides how much of the overpayment the debt can reach`,
      });
    }
  });
  return issues;
}
