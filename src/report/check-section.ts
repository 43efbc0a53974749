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
import { dateWords, dollars, IRS_PHONE, TAS_PHONE, TOP_PHONE, TOP_TTY } from '../check/words.js';
import { formatMoney, ZERO } from '../core/money.js';
import { parseIsoDate } from '../law/filing-dates.js';
import { en, type WorksheetCatalogue } from './i18n/en.js';
import { WORKSHEET_CATALOGUES } from './i18n/index.js';
import { formatLongDate, isLang, LANGS, type Lang } from './i18n/lang.js';
import { InvalidOptionError } from '../core/errors.js';
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
import { caseNames, type CaseNames } from './names.js';

/** The four letters of result-check.md section 4, by id: A, B, C, D. */
export const LETTER_REFS: Readonly<Record<CheckLetter, WorksheetLetterRef>> = {
  request: {
    id: 'request',
    mark: 'A',
    title: en.check.letterTitles.request,
  },
  reconsider: {
    id: 'reconsider',
    mark: 'B',
    title: en.check.letterTitles.reconsider,
  },
  advocate: {
    id: 'advocate',
    mark: 'C',
    title: en.check.letterTitles.advocate,
  },
  agency: {
    id: 'agency',
    mark: 'D',
    title: en.check.letterTitles.agency,
  },
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

/** The Treasury Offset Program step of page 1, when no check step already gives its number. */
const TOP_NUMBER = TOP_PHONE;

/** A next step of the check in words: its title, its text and the letter it sends, if any. */
export interface CheckStepWords {
  readonly title: string;
  readonly text: string;
  readonly letter: WorksheetLetterRef | null;
}

/** The after-filing check's sentences for a person: the lead and the next steps. */
export interface CheckSentences {
  /** What the IRS changed, then what was received against the estimate. */
  readonly lead: readonly string[];
  readonly nextSteps: readonly CheckStepWords[];
}

/**
 * The check's sentences for a person, in a language (`'en'` or `'es'`): the lead (the IRS's
 * change of the return, then what was received against the estimate) and the next steps, each
 * titled by the check it comes from. Built from the check's figures and the worksheet's
 * catalogue (i18n/en.ts `check`); in English every sentence equals the check's own (src/check),
 * which test/worksheet-spanish.test.ts holds. `null` for a case without `afterFiling`.
 *
 * @throws InvalidOptionError for a language the library does not write.
 */
export function checkSentences(result: AllocationResult, lang: Lang = 'en'): CheckSentences | null {
  if (!isLang(lang)) {
    throw new InvalidOptionError(
      'lang',
      `must be one of ${LANGS.map((l) => `"${l}"`).join(', ')}, got ${JSON.stringify(lang)}`,
    );
  }
  return sentencesOf(result, caseNames(result.input), WORKSHEET_CATALOGUES[lang]);
}

function sentencesOf(
  result: AllocationResult,
  names: CaseNames,
  cat: WorksheetCatalogue,
): CheckSentences | null {
  const check = result.check;
  if (!check) return null;
  const c = cat.check;
  const date = (iso: string | null) => {
    const d = iso === null ? null : parseIsoDate(iso);
    return d ? formatLongDate(cat.lang, d) : (iso ?? '');
  };
  const [overpayment, , refund, interest, deadlines] = check.checks;
  const splitItem = (t: SplitTrial) => {
    const name = names.item(t.itemIndex);
    return c.splitItem(name, !name.startsWith('joint '));
  };

  const lead: string[] = [];
  if (check.onReturnAsFiled && overpayment.irs && overpayment.estimate && overpayment.difference) {
    lead.push(
      c.returnChanged(
        dollars(overpayment.irs.amount),
        dollars(overpayment.estimate.amount),
        dollars(overpayment.difference),
      ),
    );
  }
  if (refund.class !== 'not-given' && refund.received !== null && refund.difference !== null) {
    const because = {
      pending: () => c.becausePending(date(refund.pending.waitEnds)),
      rounding: () => c.becauseRounding,
      'return-changed': () => c.becauseReturnChanged,
      'irs-default-split': () =>
        c.becauseDefaultSplit(refund.split ? splitItem(refund.split) : 'a joint item'),
      'community-property': () =>
        c.becauseCommunityProperty(result.communityProperty?.states ?? []),
      unexplained: () => c.becauseUnexplained,
    }[refund.class]();
    lead.push(
      c.headline(
        dollars(refund.received),
        refund.interest.isZero() ? null : dollars(refund.interest),
        dollars(refund.estimate?.amount ?? ZERO),
        dollars(refund.difference.abs()),
        because,
      ),
    );
  }

  const stepText = (from: CheckResultItem | undefined, s: CheckNextStep): string => {
    const t = c.steps;
    if (!from) return s.letter === 'advocate' ? t.advocate(TAS_PHONE) : s.text;
    switch (from.rule) {
      case 'R-CHECK-OVERPAYMENT':
        return t.readNotice(IRS_PHONE);
      case 'R-CHECK-OFFSETS':
        return s.letter === 'agency' ? t.agencyDispute(TOP_PHONE) : t.callTop(TOP_PHONE, TOP_TTY);
      case 'R-CHECK-REFUND':
        switch (from.class) {
          case 'pending':
            return t.wait(date(from.pending.waitEnds), IRS_PHONE);
          case 'return-changed':
            return t.enterCorrected(IRS_PHONE);
          case 'irs-default-split':
            return from.split ? t.reconsider(splitItem(from.split)) : s.text;
          case 'community-property':
            return t.requestCharacterized;
          default:
            return t.request;
        }
      case 'R-CHECK-INTEREST':
        return t.reportInterest(dollars(interest.irs?.amount ?? ZERO));
      case 'R-CHECK-DEADLINES': {
        const last = date(deadlines.deadlines.find((d) => d.id === 'last-day')?.date ?? null);
        if (from.class === 'passed') return t.deadlinePassed;
        return refund.pending.filed === null ? t.fileBy(last) : t.refileUntil(last);
      }
    }
  };
  const nextSteps = check.nextSteps.map((s): CheckStepWords => {
    const from = check.checks.find((x) => x.nextStep !== null && x.nextStep.text === s.text);
    const ref = s.letter ? LETTER_REFS[s.letter] : null;
    const title = ref
      ? from
        ? c.sendLetter[ref.id]
        : c.noAnswer(ref.mark)
      : from
        ? c.titles[from.rule]
        : c.next;
    return { title, text: stepText(from, s), letter: ref };
  });
  return { lead, nextSteps };
}

/** Page 1 of a checked case: the lead sentences and the next steps, in the catalogue's language. */
export interface CheckPageOne {
  readonly lead: readonly string[];
  readonly nextSteps: readonly WorksheetNextStep[];
}

/**
 * Page 1 of a checked case ({@link checkSentences}): the lead, and the next steps each naming the
 * draft letter to print, then who to call about the offsets.
 */
export function checkPageOne(
  result: AllocationResult,
  names: CaseNames,
  cat: WorksheetCatalogue,
  topStep: WorksheetNextStep,
): CheckPageOne | null {
  const words = sentencesOf(result, names, cat);
  if (!words) return null;
  const c = cat.check;
  const steps: WorksheetNextStep[] = words.nextSteps.map(({ title, text, letter }) => ({
    title,
    text: letter
      ? `${text} ${c.letterSentence(letter.mark, letter.id, c.letterTitles[letter.id])}`
      : text,
  }));
  if (!steps.some((s) => s.text.includes(TOP_NUMBER))) steps.push(topStep);
  return { lead: words.lead, nextSteps: steps };
}
