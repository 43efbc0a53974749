import type { AppliedAssumption } from '../trace/assumptions.js';
import type { Attribution } from './attribution.js';
import type { Jurisdiction } from './jurisdiction.js';
import type { DebtReach } from './types.js';

/** What the community property computation relied on, for {@link communityPropertyAssumptions}. */
export interface CommunityPropertyFacts {
  readonly jurisdiction: Jurisdiction;
  readonly attribution: Attribution;
  readonly debts: readonly DebtReach[];
  readonly eligible: boolean;
  /** Whether any item took the state default rather than its own `character`. */
  readonly defaultCharacters: boolean;
  readonly jointManagementItems: boolean;
  readonly netting: 'net-earlier-offsets' | 'independent';
}

const USER_RULE_ALTERNATIVE =
  'give your own rule for the state in options.communityPropertyRules (e.g. { AZ: myRule })';

/**
 * The [A] rules of method.md 6 this computation applied. `A-CP-SHARE` replaces the
 * separate-property `A-REFUND-CLAMP`, which does not describe a community property refund.
 */
export function communityPropertyAssumptions(f: CommunityPropertyFacts): AppliedAssumption[] {
  const list: AppliedAssumption[] = [];
  const states = f.jurisdiction.states;
  if (f.defaultCharacters) {
    list.push({
      id: 'A-CP-CHARACTER',
      rule: 'R-CP-CHARACTER',
      option: null,
      value: null,
      alternatives: ['mark the item with "character": "community" or "separate"'],
      text: 'Items without a "character" take the state default: wages and self-employment income are community; income from separate property ("fromSeparateProperty") is separate in AZ, CA, NV, NM and WA and community in ID, LA, TX and WI; other income, withholding and estimated payments not tied to an income item, refundable credits and other taxes are presumed community; withholding follows the income it was withheld from.',
    });
  }
  const fallback = (['injured', 'other'] as const).filter(
    (k) => f.attribution.incomeShareFallback[k] !== 'own',
  );
  list.push({
    id: 'A-CP-ATTRIBUTION',
    rule: 'R-CP-ATTRIBUTION',
    option: null,
    value: null,
    alternatives: ['mark items with "character" to change what is separate'],
    text: `Each spouse's contribution is split into a separate part (S_i, S_o) and a community part (N, L): payments and other taxes by their own character, the EIC share as separate with its earner, and the share of tax after credits by the separate share of the income behind it (the community part rounded to the cent).${fallback.length > 0 ? ` ${fallback.map((k) => `The ${k === 'injured' ? 'injured' : 'other'} spouse has no income, so ${f.attribution.incomeShareFallback[k] === 'couple' ? "the couple's income" : 'nothing (no income at all: the tax share stays separate)'} decides that spouse's split.`).join(' ')}` : ''}`,
  });
  const assumed = f.debts.filter((d) => d.rule.confidence === 'A' || d.rule.confidence === 'S/A');
  if (assumed.length > 0) {
    list.push({
      id: 'A-CP-REACHABLE',
      rule: 'R-CP-REACHABLE',
      option: 'communityPropertyRules',
      value: f.jurisdiction.rule.name,
      alternatives: [USER_RULE_ALTERNATIVE],
      text: assumed
        .map(
          (d) =>
            `debts[${d.debtIndex}] (${d.type}) can reach ${d.rule.formula} under ${states.join('/')} law [${d.rule.confidence}]: ${d.rule.citation}.`,
        )
        .join(' '),
    });
  }
  if (f.debts.length > 1) {
    list.push({
      id: 'A-CP-NETTING',
      rule: 'R-CP-ORDER',
      option: 'communityPropertyNetting',
      value: f.netting,
      alternatives: ['net-earlier-offsets', 'independent'],
      text:
        f.netting === 'net-earlier-offsets'
          ? 'Federal tax debts are offset first, then non-tax debts; a later debt takes at most its own reachable amount less the offsets already taken (not below 0).'
          : 'Federal tax debts are offset first, then non-tax debts; each debt takes at most its own reachable amount, measured without the earlier offsets, and what is left of the overpayment.',
    });
  }
  list.push(
    f.eligible
      ? {
          id: 'A-CP-SHARE',
          rule: 'R-CP-SHARE',
          option: null,
          value: null,
          alternatives: [],
          text: "The injured spouse's share is S_i + C/2 (the community split equally); the refund is min(share, joint overpayment - offsets), not below 0; the other spouse receives the rest.",
        }
      : {
          id: 'A-CP-NO-CLAIM',
          rule: 'R-CP-SHARE',
          option: null,
          value: null,
          alternatives: [],
          text: 'Part I stops, so there is no injured spouse claim: no share is set aside and the debts can take the whole overpayment; the state rule is shown for information only.',
        },
  );
  if (f.jointManagementItems) {
    list.push({
      id: 'A-CP-TX-JOINT-MANAGEMENT',
      rule: 'R-CP-REACHABLE',
      option: 'communityPropertyRules',
      value: f.jurisdiction.rule.name,
      alternatives: [USER_RULE_ALTERNATIVE],
      text: "Community property under the spouses' joint management is fully reachable for a federal tax debt; its part of N (N_jm) is N x the injured spouse's joint-management community payments / that spouse's community payments.",
    });
  }
  if (states.length > 1) {
    list.push({
      id: 'A-CP-TWO-STATES',
      rule: 'R-CP-REACHABLE',
      option: 'communityPropertyRules',
      value: f.jurisdiction.rule.name,
      alternatives: [USER_RULE_ALTERNATIVE],
      text: `The case lists ${states.join(' and ')}, which follow the same rule (${f.jurisdiction.rule.name}) and agree on the character of every item, so the year is treated as one domicile under that rule.`,
    });
  }
  if (f.jurisdiction.userRule) {
    list.push({
      id: 'A-CP-USER-RULE',
      rule: 'R-CP-REACHABLE',
      option: 'communityPropertyRules',
      value: f.jurisdiction.rule.name,
      alternatives: ["leave options.communityPropertyRules unset for the library's rule"],
      text: `The reachable amounts follow the rule "${f.jurisdiction.rule.name}" supplied through options.communityPropertyRules, not the library's rule for ${states.join('/')}.`,
    });
  }
  return list;
}
