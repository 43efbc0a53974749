import type { Decimal } from 'decimal.js';
import type { CommunityPropertyState, DebtType } from '../input/schema.js';
import { HALF, addDec } from '../core/money.js';
import type { Confidence } from '../law/rules.js';
import type { StateRuleCitation } from './types.js';

/** The column of the state table a debt falls in (method.md 6.3). */
export type StateDebtKind = StateRuleCitation['debtKind'];

/** The debt a rule is asked about. */
export interface ReachQuery {
  /** The state whose law applies (one of the states the case lists). */
  readonly state: CommunityPropertyState;
  /** Federal tax by when it arose, or every non-tax debt. */
  readonly debtKind: StateDebtKind;
  /** The debt type of the case, for a rule that treats non-tax debts differently. */
  readonly debtType: DebtType;
}

/**
 * The attribution a rule works with (method.md 6.2), unrounded: the engine rounds the rule's
 * amount to the cent half-up.
 */
export interface ReachFigures {
  /** `S_i`: separate part of the injured spouse's contribution, with the injured EIC share. */
  readonly separateInjured: Decimal;
  /** `S_o`: separate part of the other (liable) spouse's contribution, with that spouse's EIC share. */
  readonly separateOther: Decimal;
  /** `N`: community part attributable to the injured spouse. */
  readonly communityInjured: Decimal;
  /** `L`: community part attributable to the other spouse. */
  readonly communityOther: Decimal;
  /** `C = N + L`. */
  readonly community: Decimal;
  /**
   * `N_jm`: the part of `N` that is community property under the spouses' joint management
   * (Texas; items marked `jointManagement`). 0 when no item is marked.
   */
  readonly jointManagementInjured: Decimal;
}

/** A rule's answer: the reachable amount with its formula, citation and confidence tag. */
export interface RuleReach {
  /** How much of the overpayment the debt can reach, before its balance and earlier offsets. */
  readonly amount: Decimal;
  /** The amount in symbols, e.g. `S_o + L + N/2`. */
  readonly formula: string;
  readonly citation: string;
  readonly confidence: Confidence;
}

/**
 * A state's rule for how far a debt of the other spouse reaches into a joint overpayment.
 * Supply your own through `AllocationOptions.communityPropertyRules` for a newer ruling or your
 * own legal position. Whatever a rule returns, the engine caps every non-tax debt at
 * `S_o + C/2` (IRM 25.18.5.10) and rounds to the cent.
 *
 * @example
 * ```ts
 * const myArizona: CommunityPropertyRule = {
 *   name: 'AZ (our reading)',
 *   reachable: (q, f) => ({
 *     amount: f.separateOther.plus(f.communityOther),
 *     formula: 'S_o + L',
 *     citation: 'A.R.S. 25-215(B)',
 *     confidence: 'A',
 *   }),
 * };
 * allocate(caseJson, { communityPropertyRules: { AZ: myArizona } });
 * ```
 */
export interface CommunityPropertyRule {
  /** Shown as the result's `ruleGroup`, e.g. `AZ/WI`. */
  readonly name: string;
  reachable(query: ReachQuery, figures: ReachFigures): RuleReach;
}

/** One cell of the state table: formula, citation and tag for some of the group's states. */
interface Cell {
  readonly formula: string;
  readonly amount: (f: ReachFigures) => Decimal;
  readonly citation: string;
  readonly confidence: Confidence;
}

type Column = Cell | Readonly<Partial<Record<CommunityPropertyState, Cell>>>;

const half = (x: Decimal) => x.times(HALF);

const SO_PLUS_C: Pick<Cell, 'formula' | 'amount'> = {
  formula: 'S_o + C',
  amount: (f) => addDec(f.separateOther, f.community),
};
const SO_PLUS_HALF_C: Pick<Cell, 'formula' | 'amount'> = {
  formula: 'S_o + C/2',
  amount: (f) => addDec(f.separateOther, half(f.community)),
};
const SO_L_HALF_N: Pick<Cell, 'formula' | 'amount'> = {
  formula: 'S_o + L + N/2',
  amount: (f) => addDec(addDec(f.separateOther, f.communityOther), half(f.communityInjured)),
};

const IRM_NONTAX =
  "IRM 25.18.5.10 (2017 transmittal): a non-tax debt reaches only the liable spouse's half of the community property and that spouse's separate property";

/** The non-tax column, the same in every state [S]. */
export const NON_TAX_CELL: Cell = Object.freeze({
  ...SO_PLUS_HALF_C,
  citation: IRM_NONTAX,
  confidence: 'S',
});

function isCell(c: Column): c is Cell {
  return typeof (c as Cell).formula === 'string';
}

/** A rule from a table of cells, one per debt kind (optionally per state). */
function tableRule(
  name: string,
  columns: Readonly<Record<StateDebtKind, Column>>,
): CommunityPropertyRule {
  return Object.freeze({
    name,
    reachable(query: ReachQuery, figures: ReachFigures): RuleReach {
      const column = columns[query.debtKind];
      const cell = isCell(column) ? column : column[query.state];
      if (!cell) {
        throw new Error(`rule ${name} has no entry for ${query.state} ${query.debtKind}`);
      }
      return {
        amount: cell.amount(figures),
        formula: cell.formula,
        citation: cell.citation,
        confidence: cell.confidence,
      };
    },
  });
}

/** Arizona and Wisconsin (Rev. Rul. 2004-71). */
export const ARIZONA_WISCONSIN_RULE: CommunityPropertyRule = tableRule('AZ/WI', {
  federalTaxBeforeMarriage: {
    AZ: {
      ...SO_L_HALF_N,
      citation:
        'Rev. Rul. 2004-71, Situation 1 (Arizona): the facts and the $875 offset are stated; the formula generalizing them is an assumption',
      confidence: 'S/A',
    },
    WI: {
      ...SO_L_HALF_N,
      citation: 'Rev. Rul. 2004-71 (Wisconsin); Wis. Stat. 766.55(2)(c)',
      confidence: 'A',
    },
  },
  federalTaxDuringMarriage: {
    AZ: {
      ...SO_PLUS_C,
      citation:
        'IRM 25.18.5.11 (2017 transmittal), Arizona: the Service treats tax liabilities as community debts and may retain all of the community part',
      confidence: 'S',
    },
    WI: {
      ...SO_PLUS_C,
      citation:
        'Rev. Rul. 2004-71 (Wisconsin): obligations incurred during marriage presumed in the interest of the family',
      confidence: 'A',
    },
  },
  nonTax: NON_TAX_CELL,
});

const CA_ID_LA_CITATION =
  "Rev. Rul. 2004-72: the community estate is liable for either spouse's debts, before or during the marriage";

/** California, Idaho and Louisiana (Rev. Rul. 2004-72). */
export const CALIFORNIA_IDAHO_LOUISIANA_RULE: CommunityPropertyRule = tableRule('CA/ID/LA', {
  federalTaxBeforeMarriage: { ...SO_PLUS_C, citation: CA_ID_LA_CITATION, confidence: 'A' },
  federalTaxDuringMarriage: { ...SO_PLUS_C, citation: CA_ID_LA_CITATION, confidence: 'A' },
  nonTax: NON_TAX_CELL,
});

const NV_NM_WA_CITATION =
  "Rev. Rul. 2004-73: a separate debt reaches only the liable spouse's half interest in the community property";

/** Nevada, New Mexico and Washington (Rev. Rul. 2004-73). */
export const NEVADA_NEW_MEXICO_WASHINGTON_RULE: CommunityPropertyRule = tableRule('NV/NM/WA', {
  federalTaxBeforeMarriage: { ...SO_PLUS_HALF_C, citation: NV_NM_WA_CITATION, confidence: 'A' },
  federalTaxDuringMarriage: { ...SO_PLUS_HALF_C, citation: NV_NM_WA_CITATION, confidence: 'A' },
  nonTax: NON_TAX_CELL,
});

const TX_CITATION: Readonly<
  Record<'federalTaxBeforeMarriage' | 'federalTaxDuringMarriage', string>
> = {
  federalTaxBeforeMarriage: 'Rev. Rul. 2004-74; IRS Chief Counsel advice SCAF-163134-01',
  federalTaxDuringMarriage: 'Rev. Rul. 2004-74; Tex. Fam. Code 3.202; Gray v. U.S.',
};

/**
 * Texas (Rev. Rul. 2004-74): the federal tax debt reaches `S_o + L + N/2`; community property
 * under joint management (`N_jm`) is fully reachable [A], so `S_o + L + (N - N_jm)/2 + N_jm`.
 */
export const TEXAS_RULE: CommunityPropertyRule = Object.freeze({
  name: 'TX',
  reachable(query: ReachQuery, f: ReachFigures): RuleReach {
    if (query.debtKind === 'nonTax') return { ...NON_TAX_CELL, amount: NON_TAX_CELL.amount(f) };
    const jm = f.jointManagementInjured;
    const base = SO_L_HALF_N.amount(f);
    if (jm.isZero()) {
      return {
        amount: base,
        formula: SO_L_HALF_N.formula,
        citation: TX_CITATION[query.debtKind],
        confidence: 'S',
      };
    }
    return {
      amount: addDec(base, half(jm)),
      formula: 'S_o + L + (N - N_jm)/2 + N_jm',
      citation: `${TX_CITATION[query.debtKind]}; joint-management community property fully reachable [A]`,
      confidence: 'S/A',
    };
  },
});

/** The built-in rule of each community property state. */
export const BUILT_IN_COMMUNITY_PROPERTY_RULES: Readonly<
  Record<CommunityPropertyState, CommunityPropertyRule>
> = Object.freeze({
  AZ: ARIZONA_WISCONSIN_RULE,
  WI: ARIZONA_WISCONSIN_RULE,
  CA: CALIFORNIA_IDAHO_LOUISIANA_RULE,
  ID: CALIFORNIA_IDAHO_LOUISIANA_RULE,
  LA: CALIFORNIA_IDAHO_LOUISIANA_RULE,
  NV: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
  NM: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
  WA: NEVADA_NEW_MEXICO_WASHINGTON_RULE,
  TX: TEXAS_RULE,
});
