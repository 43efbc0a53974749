import type { Confidence } from '../law/rules.js';
import type { CommunityPropertyState, DebtType } from '../input/schema.js';
import type { Traced } from '../trace/traced.js';

/** Community or separate, under the state's law. */
export type Character = 'community' | 'separate';

/** The character given to one item, and why. */
export interface ItemCharacter {
  readonly itemIndex: number;
  readonly kind: string;
  readonly spouse: 'injured' | 'other' | 'joint';
  readonly character: Character;
  /** `given` when the item's `character` field set it, `default` when the state's rule did. */
  readonly basis: 'given' | 'default';
  readonly reason: string;
  /** Texas: community property under the spouses' joint management (fully reachable for tax). */
  readonly jointManagement: boolean;
}

/** The state rule applied to one debt: its formula, citation and confidence tag. */
export interface StateRuleCitation {
  readonly state: CommunityPropertyState;
  /** Which column of the state table: federal tax (by when it arose) or every non-tax debt. */
  readonly debtKind: 'federalTaxBeforeMarriage' | 'federalTaxDuringMarriage' | 'nonTax';
  /** The reachable amount in symbols, e.g. `S_o + L + N/2`. */
  readonly formula: string;
  readonly citation: string;
  readonly confidence: Confidence;
}

/** How far one debt of the other spouse reaches into the overpayment. */
export interface DebtReach {
  readonly debtIndex: number;
  readonly type: DebtType;
  readonly rule: StateRuleCitation;
  /** The reachable amount before the debt's balance and earlier offsets cap it. */
  readonly reachable: Traced;
}

/**
 * What the community property computation adds to a result (section 6 of the method);
 * `null` on a result outside community property states.
 */
export interface CommunityPropertyResult {
  readonly states: readonly CommunityPropertyState[];
  /** The strategy group applied, e.g. `AZ/WI`, `CA/ID/LA`, `NV/NM/WA`, `TX`, or a user rule's name. */
  readonly ruleGroup: string;
  /** Whether the rule came from `options.communityPropertyRules` rather than the library. */
  readonly userRule: boolean;
  readonly characterization: readonly ItemCharacter[];
  /** S_i, S_o: separate parts (with each spouse's EIC share); N, L: community parts; C = N + L. */
  readonly attribution: {
    readonly separateInjured: Traced;
    readonly separateOther: Traced;
    readonly communityInjured: Traced;
    readonly communityOther: Traced;
    readonly community: Traced;
    /** Texas: the part of N under joint management (`N_jm`); `null` outside Texas. */
    readonly jointManagementInjured: Traced | null;
    /** The separate share of the income behind each spouse's tax share [A]. */
    readonly separateIncomeShare: { readonly injured: Traced; readonly other: Traced };
    /** Each spouse's withholding, estimated payments and refundable credits from separate items. */
    readonly separatePayments: { readonly injured: Traced; readonly other: Traced };
    /** Each spouse's payments less the separate ones. */
    readonly communityPayments: { readonly injured: Traced; readonly other: Traced };
  };
  /** Injured share = S_i + C/2. */
  readonly injuredShare: Traced;
  readonly debts: readonly DebtReach[];
  /** Plain-English reason the refund can be less than the injured spouse's own contribution. */
  readonly explanation: string;
}
