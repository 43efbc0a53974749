/**
 * The rule catalogue: every computed figure names one of these ids. Ids, sources and confidence
 * tags follow the domain specification (docs/method.md); ids marked "section n" there are
 * named here for the steps the specification describes without an id.
 */

/** [S] stated in an IRS source, [D] derived by arithmetic, [A] an assumption (overridable option). */
export type Confidence = 'S' | 'D' | 'A' | 'S/A';

export interface RuleInfo {
  readonly id: RuleId;
  readonly title: string;
  readonly source: string;
  readonly confidence: Confidence;
}

export const RULE_IDS = [
  'R-PART-I',
  'R-ALLOC-ITEM',
  'R-STD-DED',
  'R-SEP-TI',
  'R-SEP-TAX',
  'R-JOINT-TAX',
  'R-TAX-RATIO',
  'R-TAX-SHARE',
  'R-CREDITS',
  'R-CREDIT-LIMIT',
  'R-SE-TAX',
  'R-OTHER-TAXES',
  'R-ES-SPLIT',
  'R-EIC-SPLIT',
  'R-CONTRIB',
  'R-JOINT-OVERPAYMENT',
  'R-RETURN-CHECK',
  'R-IS-REFUND',
  'R-OFFSET-ORDER',
  'R-CP-CHARACTER',
  'R-CP-ATTRIBUTION',
  'R-CP-REACHABLE',
  'R-CP-ORDER',
  'R-CP-SHARE',
  'R-CHECK-OVERPAYMENT',
  'R-CHECK-OFFSETS',
  'R-CHECK-REFUND',
  'R-CHECK-INTEREST',
  'R-CHECK-DEADLINES',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const INSTR = 'Form 8379 instructions (Rev. Nov 2024)';
const IRM_WS = 'IRM 21.4.6.5.11 (injured spouse allocation worksheet)';

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'R-PART-I': {
    id: 'R-PART-I',
    title: 'Who is an injured spouse (Part I, lines 1-9)',
    source: `${INSTR}, Part I; IRM 25.18.5`,
    confidence: 'S',
  },
  'R-ALLOC-ITEM': {
    id: 'R-ALLOC-ITEM',
    title:
      'Part III items to the spouse who earned, owns or would claim them; joint items as agreed or equally',
    source: `${INSTR}, Part III lines 13-20`,
    confidence: 'S',
  },
  'R-STD-DED': {
    id: 'R-STD-DED',
    title:
      'Basic standard deduction split equally; additional amounts to the spouse whose box is checked',
    source: `${INSTR}, line 15`,
    confidence: 'S',
  },
  'R-SEP-TI': {
    id: 'R-SEP-TI',
    title: 'Separate taxable income',
    source: `${IRM_WS}; ${INSTR}`,
    confidence: 'S',
  },
  'R-SEP-TAX': {
    id: 'R-SEP-TAX',
    title: 'Separate tax at married-filing-separately rates',
    source: `${IRM_WS}; Form 1040 instructions (Tax Table, Tax Computation Worksheet, Qualified Dividends and Capital Gain Tax Worksheet)`,
    confidence: 'S',
  },
  'R-JOINT-TAX': {
    id: 'R-JOINT-TAX',
    title: 'Joint income tax shown on the return (Form 1040 line 16 plus Schedule 2 Part I)',
    source: `${IRM_WS}; Form 1040 instructions`,
    confidence: 'S',
  },
  'R-TAX-RATIO': {
    id: 'R-TAX-RATIO',
    title: 'Injured ratio = injured separate tax / both separate taxes, 4 places half-up',
    source: IRM_WS,
    confidence: 'S',
  },
  'R-TAX-SHARE': {
    id: 'R-TAX-SHARE',
    title: 'Share of the joint tax = ratio x joint income tax; the other spouse gets the remainder',
    source: IRM_WS,
    confidence: 'S',
  },
  'R-CREDITS': {
    id: 'R-CREDITS',
    title: "Nonrefundable credits reduce the claiming spouse's share of tax",
    source: `${IRM_WS}; ${INSTR}, line 16`,
    confidence: 'S',
  },
  'R-CREDIT-LIMIT': {
    id: 'R-CREDIT-LIMIT',
    title:
      "Nonrefundable credits used only up to the joint tax, split in proportion to each spouse's credits",
    source:
      'Form 1040 line 22 (not below 0); e-file rule: Form 8379 line 16 column (a) equals the total credits of the return',
    confidence: 'S',
  },
  'R-SE-TAX': {
    id: 'R-SE-TAX',
    title:
      'Self-employment tax to the spouse with the self-employment income; its deductible half on line 14',
    source: `${INSTR}, lines 14 and 18; Schedule SE (deduction for one-half of self-employment tax)`,
    confidence: 'S',
  },
  'R-OTHER-TAXES': {
    id: 'R-OTHER-TAXES',
    title: 'Other taxes to the spouse they arise from',
    source: `${INSTR}, line 18`,
    confidence: 'S',
  },
  'R-ES-SPLIT': {
    id: 'R-ES-SPLIT',
    title: 'Joint estimated payments as agreed, otherwise in proportion to separate tax',
    source: `${INSTR}, line 20; IRM 25.18.5`,
    confidence: 'S',
  },
  'R-EIC-SPLIT': {
    id: 'R-EIC-SPLIT',
    title:
      "EIC in proportion to each spouse's earned income (figured without community property law)",
    source: `${INSTR}, line 17 note; ${IRM_WS}`,
    confidence: 'S',
  },
  'R-CONTRIB': {
    id: 'R-CONTRIB',
    title: "Each spouse's contribution to the joint overpayment",
    source: 'Derived from R-TAX-SHARE, R-CREDITS, R-OTHER-TAXES, R-ES-SPLIT and R-EIC-SPLIT',
    confidence: 'D',
  },
  'R-JOINT-OVERPAYMENT': {
    id: 'R-JOINT-OVERPAYMENT',
    title: 'Joint overpayment, recomputed from the items and compared with the return',
    source: 'Form 1040 (overpayment line); IRM 25.18.5',
    confidence: 'S',
  },
  'R-RETURN-CHECK': {
    id: 'R-RETURN-CHECK',
    title: "The joint return's own figures compared with the items",
    source:
      'Form 1040 lines 9-34 (2024 line numbers; the 2025 form renumbers some, e.g. adjusted gross income is line 11a); IRM 25.18.5',
    confidence: 'D',
  },
  'R-IS-REFUND': {
    id: 'R-IS-REFUND',
    title:
      "Injured spouse's refund = injured contribution, not below 0 nor above the joint overpayment",
    source: `${IRM_WS}; clamps are an assumption`,
    confidence: 'S/A',
  },
  'R-OFFSET-ORDER': {
    id: 'R-OFFSET-ORDER',
    title: "The other spouse's portion pays that spouse's debts in IRC 6402 order",
    source: 'IRC 6402(a), (c)-(f); 31 CFR 285; IRM 25.18.5',
    confidence: 'S',
  },
  'R-CP-CHARACTER': {
    id: 'R-CP-CHARACTER',
    title: 'Character of each item (community or separate) under state law',
    source: 'Pub 555; Form 8379 instructions (community property states)',
    confidence: 'S',
  },
  'R-CP-ATTRIBUTION': {
    id: 'R-CP-ATTRIBUTION',
    title: 'Contributions split into separate parts (S_i, S_o) and community parts (N, L)',
    source: 'Rev. Rul. 80-7; Rev. Rul. 2004-71 to 2004-74',
    confidence: 'A',
  },
  'R-CP-REACHABLE': {
    id: 'R-CP-REACHABLE',
    title: 'How much of the overpayment a debt of the other spouse can reach under state law',
    source: 'Rev. Rul. 2004-71 to 2004-74; IRM 25.18.5; SCAF-163134-01',
    confidence: 'A',
  },
  'R-CP-ORDER': {
    id: 'R-CP-ORDER',
    title:
      'Federal tax debts offset first, then non-tax debts, each within its own reachable amount',
    source: 'TL-N-3516-00',
    confidence: 'S',
  },
  'R-CP-SHARE': {
    id: 'R-CP-SHARE',
    title: 'Injured share = S_i + C/2; refund = min(injured share, overpayment - offsets)',
    source: 'Rev. Rul. 2004-71 to 2004-74 (consistent with every reference vector)',
    confidence: 'A',
  },
  'R-CHECK-OVERPAYMENT': {
    id: 'R-CHECK-OVERPAYMENT',
    title:
      "The original refund on the offset notice (or the IRS notice's overpayment) against the return's overpayment: a difference means the IRS changed the return",
    source:
      'IRS Tax Topic 203 (Reduced refund): contact the IRS only if the original refund on the offset notice differs from the refund claimed',
    confidence: 'S',
  },
  'R-CHECK-OFFSETS': {
    id: 'R-CHECK-OFFSETS',
    title:
      "The offsets on the notices and transcript (898 and 826, less 899) against the estimate's, in the order of the law",
    source:
      'IRC 6402(a), (c)-(f) (R-OFFSET-ORDER); Bureau of the Fiscal Service, Treasury Offset Program; transcript codes 826, 898 (secondary sources), 899 (meaning assumed)',
    confidence: 'S',
  },
  'R-CHECK-REFUND': {
    id: 'R-CHECK-REFUND',
    title:
      "Money received for the injured spouse, less interest, against the estimate's injured refund, classified (pending, rounding, return-changed, irs-default-split, community-property, unexplained)",
    source: `Derived from R-IS-REFUND; ${INSTR} (processing times, Part III); IRM 21.4.6; 45 CFR 303.72(h)(5)`,
    confidence: 'D',
  },
  'R-CHECK-INTEREST': {
    id: 'R-CHECK-INTEREST',
    title:
      'Interest on the overpayment on its own line, never part of the refund; not computed; taxable in the year received (assumed)',
    source: 'IRC 6611 (interest on overpayments); transcript code 776 (meaning assumed)',
    confidence: 'S/A',
  },
  'R-CHECK-DEADLINES': {
    id: 'R-CHECK-DEADLINES',
    title:
      'The last day to file (or refile) Form 8379: 3 years from the due date or 2 years from the offset, whichever is later; a refund suit 2 years from a disallowance (whether it applies is assumed)',
    source: `IRC 6511(a), 7503; ${INSTR} (When To File); IRC 6532(a)(1)`,
    confidence: 'S/A',
  },
};
