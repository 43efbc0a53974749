/**
 * From the form to the answer: the case the form stands for, validated and allocated by the
 * library exactly as the CLI does it (`allocate` = validateCase, then allocateCase), with every
 * problem at its path. Pure, so it runs in the tests as it runs in the page.
 */
import {
  Form8379Error,
  InvalidCaseError,
  SUPPORTED_TAX_YEARS,
  UnsupportedCaseError,
  allocate,
  allocateCase,
  resultToJson,
  safeValidateCase,
  type AllocationResult,
  type InputIssue,
  type StopReason,
} from '../../src/index.js';
import { toUserError } from '../../src/cli/case-errors.js';
import { UserError } from '../../src/cli/errors.js';
import { escapeJsonControls, terminalText } from '../../src/core/terminal-text.js';
import { caseFromState, type CaseJson, type FormState } from './form-state.js';

/** Part I stopped the claim: where and why, and what to do instead (the library's words). */
export interface PartIStop {
  readonly line: number;
  readonly reason: StopReason;
  readonly advice: string;
}

export interface Evaluation {
  readonly caseJson: CaseJson;
  /** What is wrong with the case, each at its path; empty when it was allocated. */
  readonly issues: readonly InputIssue[];
  readonly result: AllocationResult | null;
  /** An error that is not the input's fault (a bug), as its message. */
  readonly failure: string | null;
  readonly stop: PartIStop | null;
}

function stopOf(result: AllocationResult): PartIStop | null {
  const e = result.eligibility;
  if (e.qualifies || e.stopReason === null) return null;
  return { line: e.decidedAtLine, reason: e.stopReason, advice: e.advice ?? '' };
}

/**
 * A Part I answer on lines 2 to 4 stops the claim whatever the rest of the form says, so the stop
 * is shown as soon as it is answered, before the form is complete: the library is asked about
 * those answers alone (the unanswered ones taken as the answers that go on), with placeholder
 * names, and only a stop on those lines is kept.
 */
function earlyStop(state: FormState): PartIStop | null {
  const given = (a: string, otherwise: boolean) => (a === '' ? otherwise : a === 'yes');
  const probe = allocate({
    taxYear: SUPPORTED_TAX_YEARS[SUPPORTED_TAX_YEARS.length - 1] ?? 2024,
    spouses: { injured: { name: 'injured' }, other: { name: 'other' } },
    partI: {
      jointReturn: given(state.partI.jointReturn, true),
      debtOwedOnlyBySpouse: given(state.partI.debtOwedOnlyBySpouse, true),
      injuredLegallyObligated: given(state.partI.injuredLegallyObligated, false),
    },
  });
  const stop = stopOf(probe);
  return stop !== null && stop.line <= 4 ? stop : null;
}

/** `asOf`: today, read by the page (the library never reads the clock), for the after-filing check. */
export function evaluate(state: FormState, asOf?: string): Evaluation {
  const caseJson = caseFromState(state);
  const validated = safeValidateCase(caseJson);
  if (!validated.ok) {
    return {
      caseJson,
      issues: validated.issues,
      result: null,
      failure: null,
      stop: earlyStop(state),
    };
  }
  try {
    const result = allocateCase(validated.value, asOf === undefined ? undefined : { asOf });
    return { caseJson, issues: [], result, failure: null, stop: stopOf(result) };
  } catch (error) {
    let issues: readonly InputIssue[] = [];
    let failure: string | null = null;
    if (error instanceof InvalidCaseError) issues = error.issues;
    else if (error instanceof UnsupportedCaseError) {
      issues = [{ path: error.path, message: error.message.slice(error.path.length + 2) }];
    } else failure = error instanceof Form8379Error ? error.message : String(error);
    return { caseJson, issues, result: null, failure, stop: earlyStop(state) };
  }
}

/** The result as `form8379 allocate case.json` prints it, byte for byte. */
export function resultJsonText(result: AllocationResult): string {
  return `${escapeJsonControls(JSON.stringify(resultToJson(result), null, 2))}\n`;
}

/**
 * The lines the CLI prints on stderr for the problems of a case in `file` (without the
 * `form8379: ` prefix), from the CLI's own formatting of the library's errors.
 */
export function cliProblemLines(issues: readonly InputIssue[], file: string): string[] {
  const error = toUserError(new InvalidCaseError(issues), file);
  const lines = error instanceof UserError ? error.lines : [String(error)];
  return lines.map(terminalText);
}
