import type { Form8379Case } from '../input/schema.js';
import type { Eligibility } from '../allocation/steps/part-one.js';
import type { PartIIILine } from '../allocation/steps/part-three.js';
import type {
  OfficialForm,
  OfficialFormBlocker,
  OfficialFormPartIV,
  OfficialFormSpouseRow,
  YesNo,
} from './model.js';
import { stateNames } from './states.js';
import { wholeDollarColumnsOf } from './whole-dollars.js';

/** The first tax year Form 8379 (Rev. November 2023) is for ("Which Revision To Use"). */
export const FIRST_YEAR_OF_REVISION = 2023;

/** Where the IRS keeps the current form and its earlier revisions. */
export const CURRENT_FORM_URL = 'https://www.irs.gov/pub/irs-pdf/f8379.pdf';
export const PRIOR_REVISIONS_URL = 'https://www.irs.gov/pub/irs-prior/';

/** What {@link buildOfficialForm} reads of the allocation. */
export interface OfficialFormInputs {
  readonly case: Form8379Case;
  readonly eligibility: Eligibility;
  readonly partIII: readonly PartIIILine[];
}

/** Fills Form 8379 (Rev. November 2023) from the case and its allocation, field by field. */
export function buildOfficialForm({
  case: c,
  eligibility,
  partIII,
}: OfficialFormInputs): OfficialForm {
  const f = c.form8379;
  const filedWith = f.filedWith ?? null;
  const partII = lineTenRows(c);
  const yes = (line: 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): YesNo => {
    const answer = eligibility.answers.find((a) => a.line === line);
    return answer === undefined ? null : answer.answer ? 'yes' : 'no';
  };
  const line5 = yes(5);
  return {
    revision: 'Nov 2023',
    taxYear: c.taxYear,
    filedWith,
    partI: {
      2: yes(2),
      3: yes(3),
      4: yes(4),
      5: line5,
      6: yes(6),
      7: yes(7),
      8: yes(8),
      9: yes(9),
    },
    communityPropertyStates:
      line5 === 'yes' && c.communityProperty ? stateNames(c.communityProperty.states) : '',
    partII,
    refundInBothNames: f.refundInBothNames,
    mailingAddress: f.mailingAddress ? addressLine(f.mailingAddress) : null,
    partIII: eligibility.qualifies
      ? partIII.map((l) => ({
          line: l.line,
          ...wholeDollarColumnsOf(l.total, l.injured, l.other),
        }))
      : [],
    partIV: filedWith === 'alone' ? partFour(c) : null,
    blockers: blockers(c, eligibility, partII),
  };
}

/** Line 10 in the return's order, or `null` when the case does not say who is shown first. */
function lineTenRows(
  c: Form8379Case,
): readonly [OfficialFormSpouseRow, OfficialFormSpouseRow] | null {
  const { injured, other } = c.spouses;
  const row = (s: typeof injured, isInjured: boolean): OfficialFormSpouseRow => ({
    name: s.name.trim(),
    ssn: s.ssn === undefined ? null : dashedSsn(s.ssn),
    injured: isInjured,
  });
  // Only a spouse marked `true` says the order: `false` on one spouse alone is no answer.
  if (injured.shownFirst === true) return [row(injured, true), row(other, false)];
  if (other.shownFirst === true) return [row(other, false), row(injured, true)];
  return null;
}

/** `123456789` or `123-45-6789` as the form prints it: `123-45-6789`. */
export function dashedSsn(ssn: string): string {
  const d = ssn.replace(/-/g, '');
  return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
}

type MailingAddress = NonNullable<Form8379Case['form8379']['mailingAddress']>;

/**
 * Line 12's one line: number and street, city, state and ZIP; a foreign address as the
 * instructions order it (city, province or state, postal code as the country writes it, and the
 * country in full).
 */
export function addressLine(a: MailingAddress): string {
  if ('zip' in a) return `${a.street}, ${a.city}, ${a.state} ${a.zip}`;
  const province = [a.province, a.postalCode].filter((p) => p !== undefined).join(' ');
  return [a.street, a.city, province, a.country].filter((p) => p !== '').join(', ');
}

function partFour(c: Form8379Case): OfficialFormPartIV {
  const { phone, preparer: p } = c.form8379;
  return {
    phone: phone ?? null,
    preparer: p
      ? {
          name: p.name,
          ptin: p.ptin ?? null,
          selfEmployed: p.selfEmployed,
          firmName: p.firmName ?? null,
          firmAddress: p.firmAddress ?? null,
          firmEin: p.firmEin === undefined ? null : dashedEin(p.firmEin),
          phone: p.phone ?? null,
        }
      : null,
  };
}

function dashedEin(ein: string): string {
  const d = ein.replace(/-/g, '');
  return `${d.slice(0, 2)}-${d.slice(2)}`;
}

function blockers(
  c: Form8379Case,
  eligibility: Eligibility,
  partII: OfficialForm['partII'],
): OfficialFormBlocker[] {
  const list: OfficialFormBlocker[] = [];
  if (!eligibility.qualifies) {
    list.push({
      code: 'part-i-stop',
      message:
        `Part I stops at line ${eligibility.decidedAtLine}, so Form 8379 is not filed for this case: ${eligibility.advice ?? ''}`.trim(),
    });
  }
  if (c.taxYear < FIRST_YEAR_OF_REVISION) {
    list.push({
      code: 'earlier-revision',
      path: 'taxYear',
      message: `Form 8379 (Rev. November 2023) is for tax years ${FIRST_YEAR_OF_REVISION} and later; this case is for tax year ${c.taxYear}: use the revision for that year from ${PRIOR_REVISIONS_URL} (its instructions, "Which Revision To Use") and copy the figures from the worksheet's "Enter on Form 8379"`,
    });
  }
  if (partII === null) {
    list.push({
      code: 'line-10-order',
      path: 'spouses.injured.shownFirst',
      message:
        'line 10 lists the spouses in the order of the joint return, and the case does not say whose name is shown first: set spouses.injured.shownFirst or spouses.other.shownFirst to true',
    });
  }
  return list;
}
