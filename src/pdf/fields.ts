/**
 * The 63 fields of Form 8379 (Rev. November 2023), as the IRS's fillable PDF names them.
 *
 * Source: `shared/reference/irs/form-8379-fields.md` (every field filled with its own name and
 * printed) and the PDF's own widget dictionaries: the rectangles below are the form's `/Rect`
 * entries to a thousandth of a point (the document rounds them to the point), the maximum
 * lengths its `/MaxLen`, the alignments its `/Q`. The filler checks a supplied PDF has every
 * field of this table with its kind and on value (`check-form.ts`); the tests' stand-in form
 * is generated from it.
 */
import type { OfficialFormLine } from '../official-form/model.js';

/** The revision this version fills, as the form's PDF Title names it. */
export const FORM_REVISION = 'November 2023';
/** The Title of the official PDF of that revision. */
export const FORM_TITLE = `Form 8379 (Rev. ${FORM_REVISION})`;
/** Where the IRS publishes the current revision. */
export const FORM_URL = 'https://www.irs.gov/pub/irs-pdf/f8379.pdf';
/** Where the IRS keeps earlier revisions. */
export const PRIOR_REVISIONS_URL = 'https://www.irs.gov/pub/irs-prior/';

/** US Letter as the form measures it (611.976 x 791.968 pt). */
export const PAGE_SIZE: readonly [number, number] = [611.976, 791.968];

export type FieldKind = 'text' | 'checkbox';
export type FieldAlignment = 'left' | 'center' | 'right';
/** The name of a check box's "on" appearance state (`/Yes`, `/No` or `/1`). */
export type CheckBoxOnValue = 'Yes' | 'No' | '1';

/** One field of the form. */
export interface FormFieldSpec {
  /** The full (fully qualified) field name, `topmostSubform[0].Page1[0].f1_1[0]`. */
  readonly name: string;
  readonly kind: FieldKind;
  /** What the field is, in the form's words, for messages ("line 10, SSN shown first"). */
  readonly label: string;
  /** 0 for page 1, 1 for page 2. */
  readonly page: 0 | 1;
  /** x, y, width, height in points from the bottom-left of the page. */
  readonly rect: readonly [number, number, number, number];
  /** Check boxes: the on value. */
  readonly onValue?: CheckBoxOnValue;
  /** Text fields: the form's `/MaxLen`, when it has one. */
  readonly maxLength?: number;
  /** Text fields: the form's alignment. */
  readonly alignment?: FieldAlignment;
}

const P1 = 'topmostSubform[0].Page1[0].';
const P2 = 'topmostSubform[0].Page2[0].';
const ROW = (line: string) => `${P2}Pg2Table[0].BodyRowLn${line}[0].`;

function text(
  name: string,
  label: string,
  page: 0 | 1,
  rect: FormFieldSpec['rect'],
  alignment: FieldAlignment,
  maxLength?: number,
): FormFieldSpec {
  return {
    name,
    kind: 'text',
    label,
    page,
    rect,
    alignment,
    ...(maxLength === undefined ? {} : { maxLength }),
  };
}

function box(
  name: string,
  label: string,
  page: 0 | 1,
  x: number,
  y: number,
  onValue: CheckBoxOnValue,
  size = 8,
): FormFieldSpec {
  return { name, kind: 'checkbox', label, page, rect: [x, y, size, size], onValue };
}

/** The Yes and No check boxes of one Part I line (two separate boxes, not a radio group). */
export interface YesNoFields {
  readonly yes: string;
  readonly no: string;
}

const yesNo = (
  id: string,
  line: number,
  yesY: number,
  noY: number,
): [FormFieldSpec, FormFieldSpec] => [
  box(`${P1}${id}[0]`, `line ${line}, Yes`, 0, 57.6, yesY, 'Yes'),
  box(`${P1}${id}[1]`, `line ${line}, No`, 0, 57.6, noY, 'No'),
];

/** Part I lines 2-9: their check-box pairs, in line order. */
const PART_I_SPECS: Readonly<
  Record<2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, [FormFieldSpec, FormFieldSpec]>
> = {
  2: yesNo('c1_1', 2, 661.97, 649.968),
  3: yesNo('c1_2', 3, 589.97, 577.968),
  4: yesNo('c1_3', 4, 517.97, 469.968),
  5: yesNo('c1_4', 5, 445.97, 421.969),
  6: yesNo('c1_5', 6, 397.968, 385.969),
  7: yesNo('c1_6', 7, 361.968, 349.969),
  8: yesNo('c1_7', 8, 325.968, 313.969),
  9: yesNo('c1_8', 9, 289.968, 277.969),
};

export const TAX_YEAR = text(
  `${P1}f1_1[0]`,
  'line 1, tax year',
  0,
  [266.4, 683.968, 36, 11.999],
  'center',
  4,
);
export const COMMUNITY_PROPERTY_STATES = text(
  `${P1}f1_2[0]`,
  'line 5, community property state(s)',
  0,
  [309.6, 443.97, 259.2, 11.999],
  'left',
);

/** Line 10: the row of the name shown first, then of the name shown second. */
export const LINE_10 = [
  {
    name: text(
      `${P1}f1_3[0]`,
      'line 10, name shown first',
      0,
      [57.6, 203.966, 280.05, 14.001],
      'left',
    ),
    ssn: text(
      `${P1}f1_4[0]`,
      'line 10, SSN shown first',
      0,
      [338.4, 203.966, 129.6, 14.001],
      'center',
      11,
    ),
    injured: box(
      `${P1}c1_9[0]`,
      'line 10, injured spouse box of the first row',
      0,
      543.2,
      209.657,
      '1',
    ),
  },
  {
    name: text(
      `${P1}f1_5[0]`,
      'line 10, name shown second',
      0,
      [57.6, 179.968, 280.05, 14.001],
      'left',
    ),
    ssn: text(
      `${P1}f1_6[0]`,
      'line 10, SSN shown second',
      0,
      [338.4, 179.968, 129.6, 14.001],
      'center',
      11,
    ),
    injured: box(
      `${P1}c1_10[0]`,
      'line 10, injured spouse box of the second row',
      0,
      543.2,
      185.656,
      '1',
    ),
  },
] as const;

export const LINE_11 = box(`${P1}c1_11[0]`, 'line 11, refund in both names', 0, 543.2, 156.47, '1');
export const LINE_12 = {
  yes: box(`${P1}c1_12[0]`, 'line 12, Yes', 0, 496.8, 133.469, 'Yes'),
  no: box(`${P1}c1_12[1]`, 'line 12, No', 0, 540, 133.469, 'No'),
  address: text(`${P1}f1_7[0]`, 'line 12, address', 0, [57.6, 107.966, 518.4, 12.001], 'left'),
} as const;

type PartIIILineId = OfficialFormLine['line'];

/** Part III rows, from the top: the line, its row's y, its three fields' numbers. */
const PART_III_ROWS: readonly (readonly [PartIIILineId, number, number, number])[] = [
  ['13a', 683.965, 12.001, 1],
  ['13b', 659.964, 12.001, 4],
  ['14', 635.963, 12.001, 7],
  ['15', 611.962, 12.001, 10],
  ['16', 587.961, 12.001, 13],
  ['17', 563.96, 12.001, 16],
  ['18', 539.959, 12.001, 19],
  ['19', 515.958, 12.001, 22],
  ['20', 491.957, 12.001, 25],
];

/** The x and width of columns (a), (b) and (c). */
const COLUMNS: readonly (readonly [string, number, number])[] = [
  ['(a)', 316.8, 85.65],
  ['(b)', 403.2, 85.65],
  ['(c)', 489.6, 86.4],
];

/** Part III: for each line, its fields of columns (a), (b) and (c). */
export const PART_III: Readonly<
  Record<PartIIILineId, readonly [FormFieldSpec, FormFieldSpec, FormFieldSpec]>
> = Object.fromEntries(
  PART_III_ROWS.map(([line, y, height, first]) => [
    line,
    COLUMNS.map(([column, x, width], i) =>
      text(
        `${ROW(line)}f2_${first + i}[0]`,
        `line ${line}, column ${column}`,
        1,
        [x, y, width, height],
        'right',
      ),
    ),
  ]),
) as unknown as Record<PartIIILineId, readonly [FormFieldSpec, FormFieldSpec, FormFieldSpec]>;

/** The Part III lines in the form's order. */
export const PART_III_LINES: readonly PartIIILineId[] = PART_III_ROWS.map(([line]) => line);

/** Part IV: filled only when Form 8379 is filed by itself. */
export const PART_IV = {
  phone: text(
    `${P2}f2_28[0]`,
    "Part IV, injured spouse's phone number",
    1,
    [475.2, 419.966, 100.8, 14.001],
    'center',
  ),
  preparerName: text(
    `${P2}f2_29[0]`,
    "Part IV, paid preparer's name",
    1,
    [87.4, 395.968, 156.65, 14.001],
    'left',
  ),
  selfEmployed: box(
    `${P2}c2_1[0]`,
    'Part IV, paid preparer self-employed',
    1,
    496.223,
    406.969,
    '1',
  ),
  ptin: text(
    `${P2}f2_30[0]`,
    "Part IV, paid preparer's PTIN",
    1,
    [518.4, 395.968, 57.6, 14.001],
    'center',
    11,
  ),
  firmName: text(
    `${P2}f2_31[0]`,
    "Part IV, firm's name",
    1,
    [144, 383.969, 287.25, 11.999],
    'left',
  ),
  firmAddress: text(
    `${P2}f2_32[0]`,
    "Part IV, firm's address",
    1,
    [144, 371.97, 287.25, 11.999],
    'left',
  ),
  firmEin: text(
    `${P2}f2_34[0]`,
    "Part IV, firm's EIN",
    1,
    [475.2, 383.969, 100.8, 11.999],
    'center',
    10,
  ),
  firmPhone: text(
    `${P2}f2_33[0]`,
    "Part IV, firm's phone number",
    1,
    [475.2, 371.97, 100.8, 11.999],
    'center',
  ),
} as const;

/** Part I: the names of each line's Yes and No boxes. */
export const PART_I: Readonly<Record<2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, YesNoFields>> =
  Object.fromEntries(
    Object.entries(PART_I_SPECS).map(([line, [yes, no]]) => [line, { yes: yes.name, no: no.name }]),
  ) as unknown as Record<2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, YesNoFields>;

/** All 63 fields, page 1 then page 2, in the order the form lists them. */
export const FORM_FIELDS: readonly FormFieldSpec[] = [
  TAX_YEAR,
  ...PART_I_SPECS[2],
  ...PART_I_SPECS[3],
  ...PART_I_SPECS[4],
  PART_I_SPECS[5][0],
  COMMUNITY_PROPERTY_STATES,
  PART_I_SPECS[5][1],
  ...PART_I_SPECS[6],
  ...PART_I_SPECS[7],
  ...PART_I_SPECS[8],
  ...PART_I_SPECS[9],
  LINE_10[0].name,
  LINE_10[0].ssn,
  LINE_10[0].injured,
  LINE_10[1].name,
  LINE_10[1].ssn,
  LINE_10[1].injured,
  LINE_11,
  LINE_12.yes,
  LINE_12.no,
  LINE_12.address,
  ...PART_III_LINES.flatMap((line) => PART_III[line]),
  PART_IV.phone,
  PART_IV.preparerName,
  PART_IV.selfEmployed,
  PART_IV.ptin,
  PART_IV.firmName,
  PART_IV.firmAddress,
  PART_IV.firmEin,
  PART_IV.firmPhone,
];

/** Each field of {@link FORM_FIELDS} by its full name. */
export const FIELD_BY_NAME: ReadonlyMap<string, FormFieldSpec> = new Map(
  FORM_FIELDS.map((f) => [f.name, f]),
);
