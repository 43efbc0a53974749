/**
 * form8379: the IRS Form 8379 injured spouse allocation, computed the way the IRS does, with
 * every figure traced to its rule.
 *
 * @example
 * ```ts
 * import { allocate, resultToJson } from 'form8379';
 * const result = allocate(JSON.parse(caseFileText));
 * console.log(result.summary.injuredSpouseRefund);
 * ```
 * @packageDocumentation
 */
export { allocate, allocateCase } from './pipeline/allocate.js';
export {
  resultToJson,
  tracedToJson,
  RESULT_FORMAT_VERSION,
  type AllocationResultJson,
  type AfterFilingCheckJson,
  type OffsetStepJson,
} from './pipeline/json.js';
export type { AllocationOptions, ResolvedOptions } from './pipeline/options.js';
export { DEFAULT_OPTIONS } from './pipeline/options.js';
export type { AllocationResult, AllocationSummary, OverpaymentCheck } from './pipeline/result.js';
export type { Eligibility, PartIAnswer, StopReason } from './allocation/steps/part-one.js';
export type { PartIIILine, StandardDeductionSplit } from './allocation/steps/part-three.js';
export type { SeparateTax } from './allocation/steps/separate-tax.js';
export type { EicSplit } from './allocation/steps/shares.js';
export type { AppliedAssumption } from './trace/assumptions.js';
export type { ResultWarning } from './trace/warnings.js';
export type { LineEntry } from './trace/line-entry.js';
export type { Distribution, OffsetStep } from './trace/distribution.js';
export type { PartIIILineId } from './trace/form.js';
export { PART_III_LABELS, PART_III_LINE_IDS, DEBT_LABELS, OFFSET_PRIORITY } from './trace/form.js';
export type { PerSpouse } from './core/per-spouse.js';
export type { TaxComputation, RegularTax, CapitalGainWorksheet } from './tax/compute-tax.js';
export { computeTax } from './tax/compute-tax.js';
export {
  caseSchema,
  ITEM_KINDS,
  DEBT_TYPES,
  COMMUNITY_PROPERTY_STATES,
  type CaseInput,
  type Form8379Case,
  type CaseItem,
  type CaseDebt,
  type ItemKind,
  type DebtType,
  type CommunityPropertyState,
} from './input/schema.js';
export {
  validateCase,
  safeValidateCase,
  isValidatedCase,
  type ValidationOutcome,
  type ValidatedCase,
} from './input/validate.js';
export {
  IRS_NOTICE_KINDS,
  TRANSCRIPT_CODES_READ,
  type AfterFiling,
  type AfterFilingInput,
} from './input/after-filing.js';
export {
  verifyExpected,
  CHECK_LETTERS,
  REFUND_CLASSES,
  type AfterFilingCheck,
  type CheckFigure,
  type CheckLetter,
  type CheckNextStep,
  type CheckPhone,
  type CheckDeadline,
  type CheckCommunityProperty,
  type CheckResultItem,
  type OverpaymentCheckResult,
  type OffsetsCheckResult,
  type OffsetComparison,
  type RefundCheckResult,
  type RefundClass,
  type PendingWait,
  type SplitTrial,
  type InterestCheckResult,
  type DeadlinesCheckResult,
  type VerifiableResult,
  type VerifyOutcome,
  type VerifyRow,
} from './check/index.js';
export {
  Form8379Error,
  InvalidCaseError,
  UnsupportedCaseError,
  InvalidOptionError,
  isForm8379Error,
  type InputIssue,
} from './core/errors.js';
export { RULES, RULE_IDS, type RuleId, type RuleInfo, type Confidence } from './law/rules.js';
export type { Traced, TracedJson, TraceInput, FigureKind } from './trace/traced.js';
export {
  getTaxYearParameters,
  SUPPORTED_TAX_YEARS,
  type TaxYearParameters,
} from './law/parameters/index.js';
export type { CommunityPropertyResult } from './community-property/types.js';
export type {
  Character,
  ItemCharacter,
  StateRuleCitation,
  DebtReach,
} from './community-property/types.js';
export {
  ARIZONA_WISCONSIN_RULE,
  CALIFORNIA_IDAHO_LOUISIANA_RULE,
  NEVADA_NEW_MEXICO_WASHINGTON_RULE,
  TEXAS_RULE,
  BUILT_IN_COMMUNITY_PROPERTY_RULES,
  type CommunityPropertyRule,
  type ReachQuery,
  type ReachFigures,
  type RuleReach,
  type StateDebtKind,
} from './community-property/state-rules.js';
export type { CommunityPropertyRules } from './community-property/rule-options.js';
export { SEPARATE_PROPERTY_INCOME_CHARACTER } from './community-property/character.js';
export { buildWorksheetModel, renderWorksheet, WORKSHEET_FORMATS } from './report/index.js';
export type * from './report/model.js';
/**
 * The languages of what a person reads (`lang` of {@link renderWorksheet} and `renderLetter`):
 * `'en'` and `'es'`. The result and its figures are the same in every language.
 */
export { LANGS, isLang, type Lang } from './report/index.js';
/**
 * The after-filing check's sentences for a person, in English or Spanish: the lead (what was
 * received against the estimate) and the next steps, as page 1 of the worksheet gives them.
 */
export { checkSentences, type CheckSentences, type CheckStepWords } from './report/index.js';
/**
 * The letters of an after-filing check (docs/check.md): `renderLetter(result, { letter, format,
 * date, showFullSsn })` drafts letter A (`request`), B (`reconsider`), C (`advocate`) or D
 * (`agency`) for a case with `afterFiling`; `buildLetterModel` gives the same as plain data.
 */
export { buildLetterModel, renderLetter } from './report/index.js';
export type {
  LetterModel,
  LetterModelOptions,
  RenderLetterOptions,
  LetterSection,
  LetterTable,
  LetterTableRow,
  LetterBlank,
  LetterReference,
} from './report/letter-model.js';
