/**
 * What each field of the filled form should hold, written from form-8379-fields.md's field
 * numbers independently of src/pdf/fields.ts, so a mix-up in that table shows as a failing test.
 */
import type { OfficialForm } from '../../src/official-form/model.js';

const P1 = 'topmostSubform[0].Page1[0].';
const P2 = 'topmostSubform[0].Page2[0].';

/** Part III rows: line, and the number of its column (a) field (`f2_<n>`). */
const ROWS = [
  ['13a', 1],
  ['13b', 4],
  ['14', 7],
  ['15', 10],
  ['16', 13],
  ['17', 16],
  ['18', 19],
  ['19', 22],
  ['20', 25],
] as const;

/** The names of the form's 63 fields with their blank value. */
export function blankFields(): Record<string, string | boolean> {
  const v: Record<string, string | boolean> = {};
  for (const n of [1, 2, 3, 4, 5, 6, 7]) v[`${P1}f1_${n}[0]`] = '';
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 12]) {
    v[`${P1}c1_${n}[0]`] = false;
    v[`${P1}c1_${n}[1]`] = false;
  }
  for (const n of [9, 10, 11]) v[`${P1}c1_${n}[0]`] = false;
  for (const [line, first] of ROWS) {
    for (const i of [0, 1, 2]) v[`${P2}Pg2Table[0].BodyRowLn${line}[0].f2_${first + i}[0]`] = '';
  }
  for (const n of [28, 29, 30, 31, 32, 33, 34]) v[`${P2}f2_${n}[0]`] = '';
  v[`${P2}c2_1[0]`] = false;
  return v;
}

/**
 * The fields as the form should read once filled from `form`: Part I boxes on the lines the
 * flow reaches, line 10 in the return's order, Part III lines with a non-zero figure (an all-zero
 * line blank), Part IV only when given.
 */
export function expectedFields(form: OfficialForm): Record<string, string | boolean> {
  const v = blankFields();
  v[`${P1}f1_1[0]`] = String(form.taxYear);
  for (const line of [2, 3, 4, 5, 6, 7, 8, 9] as const) {
    // Line 2 is c1_1, ..., line 9 is c1_8; [0] is Yes, [1] is No.
    const answer = form.partI[line];
    v[`${P1}c1_${line - 1}[0]`] = answer === 'yes';
    v[`${P1}c1_${line - 1}[1]`] = answer === 'no';
  }
  if (form.partI[5] === 'yes') v[`${P1}f1_2[0]`] = form.communityPropertyStates;
  if (form.partII !== null) {
    const [first, second] = form.partII;
    v[`${P1}f1_3[0]`] = first.name;
    v[`${P1}f1_4[0]`] = first.ssn ?? '';
    v[`${P1}c1_9[0]`] = first.injured;
    v[`${P1}f1_5[0]`] = second.name;
    v[`${P1}f1_6[0]`] = second.ssn ?? '';
    v[`${P1}c1_10[0]`] = second.injured;
  }
  v[`${P1}c1_11[0]`] = form.refundInBothNames;
  v[`${P1}c1_12[0]`] = form.mailingAddress !== null;
  v[`${P1}c1_12[1]`] = form.mailingAddress === null;
  v[`${P1}f1_7[0]`] = form.mailingAddress ?? '';
  for (const line of form.partIII) {
    if (line.total === '0' && line.injured === '0' && line.other === '0') continue;
    const first = ROWS.find(([l]) => l === line.line)![1];
    const row = `${P2}Pg2Table[0].BodyRowLn${line.line}[0].`;
    v[`${row}f2_${first}[0]`] = line.total;
    v[`${row}f2_${first + 1}[0]`] = line.injured;
    v[`${row}f2_${first + 2}[0]`] = line.other;
  }
  if (form.partIV !== null) {
    v[`${P2}f2_28[0]`] = form.partIV.phone ?? '';
    const p = form.partIV.preparer;
    if (p !== null) {
      v[`${P2}f2_29[0]`] = p.name;
      v[`${P2}c2_1[0]`] = p.selfEmployed;
      v[`${P2}f2_30[0]`] = p.ptin ?? '';
      v[`${P2}f2_31[0]`] = p.firmName ?? '';
      v[`${P2}f2_32[0]`] = p.firmAddress ?? '';
      v[`${P2}f2_34[0]`] = p.firmEin ?? '';
      v[`${P2}f2_33[0]`] = p.phone ?? '';
    }
  }
  return v;
}

/** The field names of Part III line `line`, columns (a), (b), (c). */
export function partIIIFieldNames(line: string): [string, string, string] {
  const first = ROWS.find(([l]) => l === line)![1];
  const row = `${P2}Pg2Table[0].BodyRowLn${line}[0].`;
  return [`${row}f2_${first}[0]`, `${row}f2_${first + 1}[0]`, `${row}f2_${first + 2}[0]`];
}

/** The form's flow (form-8379-fields.md): which lines are answered, given the answers. */
export function followsFlow(partI: OfficialForm['partI']): string | null {
  const lines = [2, 3, 4, 5, 6, 7, 8, 9] as const;
  let next: number | null = 2;
  for (const line of lines) {
    const answer = partI[line];
    if (line !== next) {
      if (answer !== null) return `line ${line} is answered but the flow skips it`;
      continue;
    }
    if (answer === null) return `line ${line} is reached but not answered`;
    const yes = answer === 'yes';
    switch (line) {
      case 2:
      case 3:
        next = yes ? line + 1 : null;
        break;
      case 4:
        next = yes ? null : 5;
        break;
      case 5:
        next = yes ? null : 6;
        break;
      case 6:
        next = yes ? null : 7;
        break;
      case 7:
        next = yes ? 8 : 9;
        break;
      case 8:
        next = yes ? null : 9;
        break;
      case 9:
        next = null;
        break;
    }
  }
  return null;
}
