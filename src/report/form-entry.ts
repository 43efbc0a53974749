/**
 * "Enter on Form 8379", for the preparer: the Part I answers, the Part II names and the Part III
 * lines as the form lays them out, in whole dollars. Every figure is the result's
 * `officialForm` (src/official-form), the same the filled PDF holds. The form is English: its
 * labels stay English, and in another language the catalogue's words are printed beside them.
 */
import type { AllocationResult } from '../pipeline/result.js';
import {
  WHOLE_DOLLAR_ROUNDING,
  wholeDollarColumns,
  type EfileRuleCheck,
  type OfficialForm,
} from '../official-form/index.js';
import type {
  WorksheetFormEntry,
  WorksheetHeader,
  WorksheetPartI,
  WorksheetPartIII,
  WorksheetWholeDollarLine,
} from './model.js';
import { en, type WorksheetCatalogue } from './i18n/en.js';
import { displayDec } from './format.js';

export { WHOLE_DOLLAR_ROUNDING };

/** Part III in whole dollars, (a) = (b) + (c) on every line. */
export function wholeDollarLines(
  partIII: WorksheetPartIII,
  cat: WorksheetCatalogue = en,
): WorksheetWholeDollarLine[] {
  return partIII.lines.map((l) => ({
    line: l.line,
    label: l.label,
    translation: cat.formEntry.translate?.partIII[l.line] ?? null,
    ...wholeDollarColumns(l.total, l.injured, l.other),
  }));
}

/** Builds the preparer's part. `outcome` is what Part I found, in the catalogue's language. */
export function buildFormEntry(
  result: AllocationResult,
  header: WorksheetHeader,
  partI: WorksheetPartI,
  partIII: WorksheetPartIII,
  cat: WorksheetCatalogue,
  outcome: string,
): WorksheetFormEntry {
  const f = cat.formEntry;
  const tr = f.translate;
  const form = result.officialForm;
  const lines = wholeDollarLines(partIII, cat);
  const adjusted = lines.filter((l) => l.adjusted).map((l) => l.line);
  const rowOf = (injured: boolean) => header.spouses.find((s) => s.isInjured === injured);
  const partII = (form.partII ?? [{ injured: true }, { injured: false }]).map((row, i) => {
    const s = rowOf(row.injured);
    return {
      order: form.partII === null ? null : i === 0 ? ('first' as const) : ('second' as const),
      name: s?.name ?? '',
      ssn: s?.ssn ?? null,
      injured: row.injured,
    };
  });
  const states = form.communityPropertyStates;
  const sd = result.standardDeduction;
  return {
    applies: result.eligibility.qualifies,
    formRevision: result.formRevision,
    partI: partI.steps.map((s) => {
      const answerWords = s.answer === 'Yes' ? tr?.yes : s.answer === 'No' ? tr?.no : undefined;
      const withStates = (answer: string) =>
        s.line === 5 && states !== '' ? `${answer}: ${states}` : answer;
      return {
        line: s.line,
        question: s.question,
        answer: withStates(s.answer),
        questionTranslation: tr?.question[s.line] ?? null,
        answerTranslation: answerWords === undefined ? null : withStates(answerWords),
      };
    }),
    partII,
    partIINote: form.partII === null ? f.partIINoteUnordered(header.injuredName) : f.partIINote,
    efileRejects: result.warnings
      .filter((w) => w.code === 'efile-reject')
      .map((w) => f.efileReject(w.message)),
    otherEntries: otherEntries(form, result.efile, cat),
    partIII: lines,
    rounding: adjusted.length > 0 ? `${f.rounding} ${f.adjusted(adjusted)}` : f.rounding,
    notes: sd
      ? [
          f.standardDeduction(
            displayDec(sd.basicTotal),
            displayDec(sd.additionalPerBox),
            sd.injuredBoxes,
            sd.otherBoxes,
          ),
        ]
      : [],
    doNotFile: result.eligibility.qualifies ? null : f.doNotFile(outcome),
  };
}

/** Lines 11 and 12, Part IV and the e-file pre-flight, a sentence each. */
function otherEntries(
  form: OfficialForm,
  efile: readonly EfileRuleCheck[],
  cat: WorksheetCatalogue,
): string[] {
  const f = cat.formEntry;
  const list = [
    `${form.refundInBothNames ? f.line11Checked : f.line11NotChecked} ${
      form.mailingAddress === null ? f.line12No : f.line12Yes(form.mailingAddress)
    }`,
    partIVText(form, cat),
  ];
  if (efile.length > 0) list.push(efileText(form, efile, cat));
  return list;
}

function partIVText(form: OfficialForm, cat: WorksheetCatalogue): string {
  const f = cat.formEntry;
  if (form.partIV === null) {
    return form.filedWith === null
      ? f.partIVNotSaid
      : f.partIVBlank(form.filedWith === 'amendedReturn');
  }
  const { phone, preparer: p } = form.partIV;
  const parts = [f.partIVAlone(phone)];
  if (p) {
    parts.push(
      f.preparer({
        name: p.name,
        ptin: p.ptin,
        selfEmployed: p.selfEmployed,
        firm: [p.firmName, p.firmAddress].filter((x) => x !== null).join(', '),
        ein: p.firmEin,
        phone: p.phone,
      }),
    );
  } else {
    parts.push(f.noPreparer);
  }
  return parts.join(' ');
}

function efileText(
  form: OfficialForm,
  efile: readonly EfileRuleCheck[],
  cat: WorksheetCatalogue,
): string {
  const f = cat.formEntry;
  const count = (status: EfileRuleCheck['status']) => efile.filter((r) => r.status === status);
  const fails = count('fails');
  const unknown = count('unknown');
  const head = form.filedWith === 'alone' ? f.efileHeadAlone : f.efileHead;
  const parts = [
    `${head} ${f.efilePass(efile.length - fails.length - unknown.length, efile.length)}`,
  ];
  if (fails.length > 0) parts.push(f.efileFails(fails));
  if (unknown.length > 0) {
    const byPath = new Map<string, string[]>();
    for (const r of unknown) byPath.set(r.path ?? '', [...(byPath.get(r.path ?? '') ?? []), r.id]);
    parts.push(
      f.efileUnknown(
        [...byPath].map(([path, ids]) => ({ ids, question: f.unknownQuestion[path] ?? path })),
      ),
    );
  }
  return parts.join(' ');
}
