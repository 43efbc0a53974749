/**
 * The e-file pre-flight: the IRS's business rules for a Form 8379 filed with an e-filed return
 * (form-8379-fields.md, "Rules an e-filed Form 8379 must pass"), each checked against what the
 * form will hold. Every rule is a reject; a rule the case cannot answer is `unknown` and names the
 * field that would answer it.
 */
import type { Form8379Case } from '../input/schema.js';
import { JOINT_RETURN_LINES } from '../input/schema.js';
import type { PartIIILineId } from '../trace/form.js';
import type { ResultWarning } from '../trace/warnings.js';
import type { EfileRuleCheck, OfficialForm } from './model.js';
import { wholeDollars } from './whole-dollars.js';

/** The IRS rule number of (a) = (b) + (c) on each Part III line. */
const SUM_RULES: Readonly<Record<PartIIILineId, string>> = {
  '13a': 'F8379-015',
  '13b': 'F8379-004',
  '14': 'F8379-016',
  '15': 'F8379-005',
  '16': 'F8379-024',
  '17': 'F8379-023',
  '18': 'F8379-017',
  '19': 'F8379-018',
  '20': 'F8379-009',
};

const FORM_NAMES: Readonly<Record<string, string>> = {
  '2555': 'Form 2555 (foreign earned income)',
  '8833': 'Form 8833 (treaty-based return position)',
  '8888': 'Form 8888 (a refund split among accounts)',
  '4563': 'Form 4563 (American Samoa income)',
  '5074': 'Form 5074 (Guam or the Northern Mariana Islands)',
  '8689': 'Form 8689 (U.S. Virgin Islands)',
};

/**
 * Checks each e-file rule. Empty when Part I stops: no Form 8379 is filed then.
 */
export function efileChecks(c: Form8379Case, form: OfficialForm): EfileRuleCheck[] {
  if (form.partIII.length === 0) return [];
  const checks: EfileRuleCheck[] = [];
  const rows = form.partII;
  const boxRule = (id: string, requires: string) =>
    checks.push(
      rows === null
        ? {
            id,
            requires,
            status: 'unknown',
            detail:
              'the case does not say whose name is shown first on the joint return, so the row of the box is not known',
            path: 'spouses.injured.shownFirst',
          }
        : {
            id,
            requires,
            status: 'passes',
            detail: `only the box of ${rows[0].injured ? 'the first' : 'the second'} row (the injured spouse) is checked`,
          },
    );
  boxRule('F8379-001', 'at least one injured spouse box on line 10 is checked');
  boxRule('F8379-002', 'at most one injured spouse box on line 10 is checked');

  checks.push(
    form.partI[5] !== 'yes'
      ? {
          id: 'F8379-003-01',
          requires: 'line 5 Yes gives the community property state(s)',
          status: 'passes',
          detail: 'line 5 is not Yes',
        }
      : form.communityPropertyStates !== ''
        ? {
            id: 'F8379-003-01',
            requires: 'line 5 Yes gives the community property state(s)',
            status: 'passes',
            detail: `line 5 names ${form.communityPropertyStates}`,
          }
        : {
            id: 'F8379-003-01',
            requires: 'line 5 Yes gives the community property state(s)',
            status: 'fails',
            detail: 'line 5 is Yes but names no state',
            path: 'communityProperty.states',
          },
  );

  for (const l of form.partIII) {
    const sum = BigInt(l.injured) + BigInt(l.other);
    const ok = BigInt(l.total) === sum;
    checks.push({
      id: SUM_RULES[l.line],
      requires: `line ${l.line}: column (a) equals (b) plus (c)`,
      status: ok ? 'passes' : 'fails',
      detail: ok
        ? `${l.total} = ${l.injured} + ${l.other}`
        : `line ${l.line} (a) is ${l.total} but (b) + (c) is ${l.injured} + ${l.other} = ${sum}`,
    });
  }

  const address = c.jointReturn.address;
  const unknownAddress = {
    status: 'unknown' as const,
    detail: "the case does not say where the joint return's address is",
    path: 'jointReturn.address',
  };
  checks.push({
    id: 'F8379-011',
    requires: "the joint return's address is not a foreign address",
    ...(address === undefined
      ? unknownAddress
      : address === 'foreign'
        ? {
            status: 'fails',
            detail: 'the joint return has a foreign address',
            path: 'jointReturn.address',
          }
        : { status: 'passes', detail: 'the address is not foreign' }),
  });
  checks.push({
    id: 'F8379-012-01',
    requires: "the joint return's address is not in Puerto Rico or the U.S. Virgin Islands",
    ...(address === undefined
      ? unknownAddress
      : address === 'puertoRico' || address === 'virginIslands'
        ? {
            status: 'fails',
            detail: `the joint return's address is in ${address === 'puertoRico' ? 'Puerto Rico' : 'the U.S. Virgin Islands'}`,
            path: 'jointReturn.address',
          }
        : {
            status: 'passes',
            detail: 'the address is not in Puerto Rico or the U.S. Virgin Islands',
          }),
  });

  checks.push({
    id: 'F8379-013',
    requires: 'the filing status of the return is married filing jointly',
    ...(c.partI.jointReturn
      ? { status: 'passes', detail: 'line 2: a joint return' }
      : { status: 'fails', detail: 'line 2: not a joint return', path: 'partI.jointReturn' }),
  });

  const forms = c.jointReturn.efileBlockingForms;
  checks.push({
    id: 'F8379-019-01',
    requires: 'the return includes none of Forms 2555, 8833, 8888, 4563, 5074 and 8689',
    ...(forms === undefined
      ? {
          status: 'unknown',
          detail: 'the case does not say whether the return includes any of these forms',
          path: 'jointReturn.efileBlockingForms',
        }
      : forms.length === 0
        ? { status: 'passes', detail: 'the return includes none of them' }
        : {
            status: 'fails',
            detail: `the return includes ${forms.map((f) => FORM_NAMES[f] ?? `Form ${f}`).join(', ')}`,
            path: 'jointReturn.efileBlockingForms',
          }),
  });

  const line16 = form.partIII.find((l) => l.line === '16');
  const credits = c.jointReturn.nonrefundableCredits;
  const requires21 = `a non-zero line 16 column (a) equals the return's total credits (Form 1040 line ${JOINT_RETURN_LINES.nonrefundableCredits})`;
  if (line16 === undefined || line16.total === '0') {
    checks.push({
      id: 'F8379-021',
      requires: requires21,
      status: 'passes',
      detail: 'line 16 (a) is 0',
    });
  } else if (credits === undefined) {
    checks.push({
      id: 'F8379-021',
      requires: requires21,
      status: 'unknown',
      detail: `line 16 (a) is ${line16.total}; the case does not give the return's total credits`,
      path: 'jointReturn.nonrefundableCredits',
    });
  } else {
    const onReturn = String(wholeDollars(credits));
    checks.push({
      id: 'F8379-021',
      requires: requires21,
      ...(onReturn === line16.total
        ? { status: 'passes', detail: `line 16 (a) is ${line16.total}, as on the return` }
        : {
            status: 'fails',
            detail: `line 16 (a) is ${line16.total} but the return's total credits (Form 1040 line 21) are ${onReturn}`,
            path: 'jointReturn.nonrefundableCredits',
          }),
    });
  }
  return checks;
}

/**
 * One warning per failing rule when the form goes with the return (filed alone, Form 8379 is
 * mailed, and e-file rules do not apply).
 */
export function efileWarnings(
  form: OfficialForm,
  checks: readonly EfileRuleCheck[],
): ResultWarning[] {
  if (form.filedWith === 'alone') return [];
  return checks
    .filter((r) => r.status === 'fails')
    .map((r) => ({
      code: 'efile-reject',
      message: `e-filing this Form 8379 with the return would be rejected: ${r.detail} (IRS e-file rule ${r.id}: ${r.requires}); file it on paper, or correct the return`,
      ...(r.path === undefined ? {} : { path: r.path }),
    }));
}
