/**
 * "Enter on Form 8379", for the preparer: the Part I answers, the Part II names and the Part III
 * lines as the form lays them out, in whole dollars. Every figure is the result's
 * `officialForm` (src/official-form), the same the filled PDF holds.
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

export { WHOLE_DOLLAR_ROUNDING };

/** Part III in whole dollars, (a) = (b) + (c) on every line. */
export function wholeDollarLines(partIII: WorksheetPartIII): WorksheetWholeDollarLine[] {
  return partIII.lines.map((l) => ({
    line: l.line,
    label: l.label,
    ...wholeDollarColumns(l.total, l.injured, l.other),
  }));
}

/** Builds the preparer's part. */
export function buildFormEntry(
  result: AllocationResult,
  header: WorksheetHeader,
  partI: WorksheetPartI,
  partIII: WorksheetPartIII,
): WorksheetFormEntry {
  const form = result.officialForm;
  const lines = wholeDollarLines(partIII);
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
  return {
    applies: result.eligibility.qualifies,
    formRevision: result.formRevision,
    partI: partI.steps.map((s) => ({
      line: s.line,
      question: s.question,
      answer:
        s.line === 5 && form.communityPropertyStates !== ''
          ? `${s.answer}: ${form.communityPropertyStates}`
          : s.answer,
    })),
    partII,
    partIINote:
      form.partII === null
        ? `Line 10: the case does not say whose name is shown first on the joint return. Enter the two names and SSNs exactly as on the return, in its order, and check the injured spouse's box on ${header.injuredName}'s row; mark the spouse shown first ("shownFirst") in the case to have the order printed here and on the filled form.`
        : "Line 10: names and SSNs exactly as on the joint return, in its order, with the injured spouse's box checked.",
    efileRejects: result.warnings
      .filter((w) => w.code === 'efile-reject')
      .map((w) => `${w.message[0]?.toUpperCase() ?? ''}${w.message.slice(1)}.`),
    otherEntries: otherEntries(form, result.efile),
    partIII: lines,
    rounding:
      WHOLE_DOLLAR_ROUNDING +
      (adjusted.length > 0
        ? ` On line${adjusted.length > 1 ? 's' : ''} ${adjusted.join(', ')}, (c) is a dollar away from its own cents rounded for that reason.`
        : ''),
  };
}

/** Lines 11 and 12, Part IV and the e-file pre-flight, a sentence each. */
function otherEntries(form: OfficialForm, efile: readonly EfileRuleCheck[]): string[] {
  const list = [
    `${
      form.refundInBothNames
        ? 'Line 11: checked (the refund is issued in both names).'
        : 'Line 11: not checked (only for a divorced or separated spouse who wants the refund in both names).'
    } ${
      form.mailingAddress === null
        ? "Line 12: No (the refund goes to the return's address)."
        : `Line 12: Yes, mail the refund to ${form.mailingAddress}.`
    }`,
    partIVText(form),
  ];
  if (efile.length > 0) list.push(efileText(form, efile));
  return list;
}

function partIVText(form: OfficialForm): string {
  if (form.partIV === null) {
    return form.filedWith === null
      ? 'Part IV: only when Form 8379 is filed by itself (the case does not say): the injured spouse signs and dates it.'
      : `Part IV: leave blank; it is completed only when Form 8379 is filed by itself, not with the ${form.filedWith === 'amendedReturn' ? 'amended return' : 'return'}.`;
  }
  const { phone, preparer: p } = form.partIV;
  const parts = [
    `Part IV (filed by itself): the injured spouse signs and dates it by hand${phone ? `; phone ${phone}` : ''}.`,
  ];
  if (p) {
    const firm = [p.firmName, p.firmAddress].filter((x) => x !== null).join(', ');
    parts.push(
      `Paid preparer: ${p.name}${p.ptin ? `, PTIN ${p.ptin}` : ''}${p.selfEmployed ? ', self-employed' : ''}${firm ? `; firm ${firm}` : ''}${p.firmEin ? `, EIN ${p.firmEin}` : ''}${p.phone ? `, phone ${p.phone}` : ''}; signs and dates by hand.`,
    );
  } else {
    parts.push('No paid preparer.');
  }
  return parts.join(' ');
}

/** What the case does not say, in words, by the field that would say it. */
const UNKNOWN_QUESTION: Readonly<Record<string, string>> = {
  'jointReturn.address': "where the return's address is",
  'jointReturn.efileBlockingForms':
    'whether the return has Form 2555, 8833, 8888, 4563, 5074 or 8689',
  'jointReturn.nonrefundableCredits': "the return's total credits, Form 1040 line 21",
  'spouses.injured.shownFirst': 'whose name is shown first',
};

function efileText(form: OfficialForm, efile: readonly EfileRuleCheck[]): string {
  const count = (status: EfileRuleCheck['status']) => efile.filter((r) => r.status === status);
  const fails = count('fails');
  const unknown = count('unknown');
  const head =
    form.filedWith === 'alone'
      ? 'IRS e-file rules (they apply only when Form 8379 goes with an e-filed return; filed by itself, it is mailed):'
      : 'IRS e-file rules for Form 8379:';
  const parts = [
    `${head} ${efile.length - fails.length - unknown.length} of ${efile.length} pass.`,
  ];
  if (fails.length > 0) {
    parts.push(`Would be rejected: ${fails.map((r) => `${r.id} (${r.detail})`).join('; ')}.`);
  }
  if (unknown.length > 0) {
    const byPath = new Map<string, string[]>();
    for (const r of unknown) byPath.set(r.path ?? '', [...(byPath.get(r.path ?? '') ?? []), r.id]);
    parts.push(
      `Not known from the case: ${[...byPath]
        .map(([path, ids]) => `${ids.join(' and ')} (${UNKNOWN_QUESTION[path] ?? path})`)
        .join('; ')}.`,
    );
  }
  return parts.join(' ');
}
