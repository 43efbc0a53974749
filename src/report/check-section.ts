/**
 * The after-filing check on the worksheet (docs/check.md): page 1 leads with what was received
 * against the estimate and its next steps name the letter to send; the reviewer part shows every
 * check with its rule, figures and explanation. The texts are the result's (`result.check`), with
 * the items named as on the rest of the worksheet (no JSON path of an item reaches a page).
 */
import type {
  AfterFilingCheck,
  CheckLetter,
  CheckNextStep,
  CheckResultItem,
  SplitTrial,
} from '../check/types.js';
import { dateWords, dollars } from '../check/words.js';
import { formatMoney } from '../core/money.js';
import { RULES, type RuleId } from '../law/rules.js';
import type { AllocationResult } from '../pipeline/result.js';
import { confidenceTag, ruleCitation } from './format.js';
import type {
  WorksheetCheck,
  WorksheetCheckItem,
  WorksheetCheckStep,
  WorksheetLetterRef,
  WorksheetNextStep,
} from './model.js';
import type { CaseNames } from './names.js';

/** The four letters of result-check.md section 4, by id: A, B, C, D. */
export const LETTER_REFS: Readonly<Record<CheckLetter, WorksheetLetterRef>> = {
  request: {
    id: 'request',
    mark: 'A',
    title: "Request for the IRS's injured spouse allocation worksheet",
  },
  reconsider: {
    id: 'reconsider',
    mark: 'B',
    title: 'Request for reconsideration, with a new Form 8379',
  },
  advocate: {
    id: 'advocate',
    mark: 'C',
    title: 'Request for help from the Taxpayer Advocate Service (Form 911)',
  },
  agency: {
    id: 'agency',
    mark: 'D',
    title: 'Letter to the agency that took the refund',
  },
};

/** How a page 1 step is titled, by the check it comes from. */
const STEP_TITLES: Readonly<Record<CheckResultItem['rule'], string>> = {
  'R-CHECK-OVERPAYMENT': 'The IRS changed the return',
  'R-CHECK-OFFSETS': 'The offsets',
  'R-CHECK-REFUND': 'The refund',
  'R-CHECK-INTEREST': 'Interest',
  'R-CHECK-DEADLINES': 'Deadline',
};

/**
 * The check's texts with items named as the worksheet names them: a split the check tried is
 * written `the joint interest (items[2])` in the result, `the joint interest` here.
 */
export function checkWords(check: AfterFilingCheck, names: CaseNames): (text: string) => string {
  const trials: readonly SplitTrial[] = check.checks[2].splitsTried;
  const input = new Map(trials.map((t) => [t.item, splitItemName(t, names)]));
  return (text) => {
    let out = text;
    for (const [engine, name] of input) {
      if (out.includes(engine)) out = out.split(engine).join(name);
    }
    return names.text(out);
  };
}

/** `the joint interest`, or `the joint item "Savings at First Bank"` for a described item. */
export function splitItemName(t: SplitTrial, names: CaseNames): string {
  const name = names.item(t.itemIndex);
  return name.startsWith('joint ') ? `the ${name}` : `the joint item "${name}"`;
}

/** `offset notice (afterFiling.offsetNotice.originalRefund)` → `offset notice`. */
function sourceWords(source: string, words: (text: string) => string): string {
  return words(source.replace(/\s*\(afterFiling\.[^()]*\)/g, ''));
}

/** The line that sends a letter: its mark, title and how to print the draft. */
export function letterSentence(ref: WorksheetLetterRef): string {
  return `Draft: letter ${ref.mark}, "${ref.title}" (form8379 allocate --letter ${ref.id}).`;
}

function step(s: CheckNextStep, words: (text: string) => string): WorksheetCheckStep {
  return { text: words(s.text), letter: s.letter ? LETTER_REFS[s.letter] : null };
}

/** The check on the worksheet, or `null` when the case has no `afterFiling`. */
export function buildCheckSection(
  result: AllocationResult,
  names: CaseNames,
  ref: (id: RuleId) => unknown,
): WorksheetCheck | null {
  const check = result.check;
  if (!check) return null;
  const words = checkWords(check, names);
  const checks: WorksheetCheckItem[] = check.checks.map((c, i) => {
    ref(c.rule);
    return {
      number: i + 1,
      rule: c.rule,
      title: c.title,
      citation: ruleCitation(c.rule),
      confidence: RULES[c.rule].confidence,
      class: c.class,
      explanation: words(c.explanation),
      comparison:
        c.irs && c.estimate && c.difference
          ? `${words(c.irs.label)}: ${dollars(c.irs.amount)}; ${words(c.estimate.label).replace(/^The /, 'the ')}: ${dollars(c.estimate.amount)}; difference ${dollars(c.difference)}.`
          : null,
      figures: c.figures.map((f) => ({
        label: words(f.label),
        amount: formatMoney(f.amount),
        source: sourceWords(f.source, words),
      })),
      details: checkDetails(c, names, words),
      onReturnAsFiled: c.onReturnAsFiled,
      nextStep: c.nextStep ? step(c.nextStep, words) : null,
    };
  });
  return {
    asOf: check.asOf,
    onReturnAsFiled: check.onReturnAsFiled,
    lead: check.lead.map(words),
    checks,
    nextSteps: check.nextSteps.map((s) => step(s, words)),
    letters: check.letters.map((l) => LETTER_REFS[l]),
    notes: check.notes.map(words),
    phones: check.phones.map((p) => ({ name: p.name, number: p.number, tty: p.tty })),
  };
}

/** What each check found beyond its figures, one line each. */
function checkDetails(
  c: CheckResultItem,
  names: CaseNames,
  words: (text: string) => string,
): string[] {
  switch (c.rule) {
    case 'R-CHECK-OFFSETS': {
      const lines = c.byDebt.map(
        (d) =>
          `${d.label}: taken ${d.irs === null ? '(none named on the documents)' : dollars(d.irs)}, estimate ${dollars(d.estimate)}${d.difference === null ? '' : `, difference ${dollars(d.difference)}`}; balance in the case ${dollars(d.balance)}.`,
      );
      if (!c.untyped.isZero()) {
        lines.push(`Offsets whose kind of debt no document names: ${dollars(c.untyped)}.`);
      }
      if (!c.reversed.isZero()) lines.push(`Offsets reversed (899): ${dollars(c.reversed)}.`);
      if (c.beyondOtherPortion !== null) {
        lines.push(
          `Taken beyond the other spouse's portion of the estimate: ${dollars(c.beyondOtherPortion)}.`,
        );
      }
      for (const q of c.debtQuestions) lines.push(words(q));
      return lines;
    }
    case 'R-CHECK-REFUND': {
      const lines: string[] = [];
      if (!c.interest.isZero()) {
        lines.push(`Interest taken off before comparing: ${dollars(c.interest)}.`);
      }
      const p = c.pending;
      lines.push(
        `Processing time: ${words(p.basis)}${p.filed ? `; Form 8379 filed ${dateWords(p.filed)}` : ''}${p.waitEnds ? `; the wait ends ${dateWords(p.waitEnds)}` : ''}${p.waiting === null ? '' : p.waiting ? ' (still waiting)' : ' (passed)'}.`,
      );
      for (const t of c.splitsTried) {
        lines.push(
          `Tried: ${splitItemName(t, names)} ${t.default === 'half-each' ? 'half each' : 'by separate tax (R-ES-SPLIT)'} instead of ${dollars(t.agreed)} of ${dollars(t.amount)} to the injured spouse gives ${dollars(t.injuredRefund)}${t.reproduces ? ', what was received' : ''}.`,
        );
      }
      const cp = c.communityProperty;
      if (cp) {
        lines.push(
          `Community property (${cp.states.join(', ')}, rule ${cp.ruleGroup}): injured share S_i + C/2 = ${dollars(cp.injuredShare)}.`,
        );
        for (const d of cp.debts) {
          lines.push(
            `${d.type}: reachable ${d.formula} = ${dollars(d.reachable)} (${d.citation}) ${confidenceTag(d.confidence)}.`,
          );
        }
      }
      return lines;
    }
    case 'R-CHECK-DEADLINES':
      return c.deadlines.map(
        (d) =>
          `${d.label}: ${dateWords(d.date)} (${d.source}) ${confidenceTag(d.confidence)}${d.passed === true ? ', passed' : ''}.`,
      );
    default:
      return [];
  }
}

/** How a page 1 step that is a letter is titled. */
const SEND_LETTER: Readonly<Record<CheckLetter, string>> = {
  request: 'Write to the IRS (letter A)',
  reconsider: 'Write to the IRS (letter B)',
  advocate: 'The Taxpayer Advocate Service (letter C)',
  agency: 'Write to the agency (letter D)',
};

/** The Treasury Offset Program step of page 1, when no check step already gives its number. */
const TOP_NUMBER = '800-304-3107';

/**
 * Page 1's next steps for a checked case: the check's, each titled by the check it comes from and
 * naming the letter to send, then who to call about the offsets. They replace the steps of
 * filing Form 8379, which the check's deadline step covers.
 */
export function checkNextSteps(
  check: WorksheetCheck,
  source: AfterFilingCheck,
  topStep: WorksheetNextStep,
): WorksheetNextStep[] {
  const steps: WorksheetNextStep[] = check.nextSteps.map((s, i) => {
    const raw = source.nextSteps[i];
    const from = source.checks.find((c) => c.nextStep !== null && c.nextStep.text === raw?.text);
    const title = s.letter
      ? from
        ? SEND_LETTER[s.letter.id]
        : `If the IRS does not answer (letter ${s.letter.mark})`
      : from
        ? STEP_TITLES[from.rule]
        : 'Next';
    return { title, text: s.letter ? `${s.text} ${letterSentence(s.letter)}` : s.text };
  });
  if (!steps.some((s) => s.text.includes(TOP_NUMBER))) steps.push(topStep);
  return steps;
}
