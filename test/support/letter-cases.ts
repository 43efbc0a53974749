/**
 * The reference cases with a constructed `afterFiling` (issue 21, items 3 and 4): what the
 * estimate gives, less $300.00, received on a date after Form 8379 was filed; the estimate's
 * offsets on an offset notice, each with its agency and address; an IRS notice with its address;
 * the sender's address. The check of such a case is `unexplained` (or `community-property`), so
 * its next steps name letters A and C, and every letter can be drafted from it.
 */
import { allocate, type AllocationResult, type CaseInput } from '../../src/index.js';
import { referenceCases } from '../helpers.js';

/** "Today" for the check, and the date of the letters: June 2 of the year after the tax year. */
export function asOfFor(taxYear: number): string {
  return `${taxYear + 1}-06-02`;
}

export const SENDER_ADDRESS = ['120 Elm Street, Apt 4', 'Austin, TX 78701'];
export const IRS_ADDRESS = [
  'Department of the Treasury',
  'Internal Revenue Service',
  'Kansas City, MO 64999-0025',
];
export const AGENCY_ADDRESS = [
  'Office of the Attorney General',
  'PO Box 12017',
  'Austin, TX 78711-2017',
];

type Json = Record<string, unknown>;

/** The case with an `afterFiling` built from its own estimate: $300.00 less received. */
export function withAfterFiling(json: Json): Json {
  const plain = allocate(json as unknown as CaseInput);
  const estimate = plain.distribution.injuredRefund.amount;
  const received = estimate.minus(300).greaterThan(0) ? estimate.minus(300) : estimate.plus(300);
  const applied = plain.distribution.offsets.filter((o) => o.applied.amount.greaterThan(0));
  // A federal tax offset is the IRS's own (a CP49 notice); the others are on the offset notice of
  // the Treasury Offset Program. A case without one gets a student loan offset the case does not
  // list, which the check questions (letter D).
  const federal = applied.filter((o) => o.type === 'federalTax');
  const others = applied.filter((o) => o.type !== 'federalTax');
  const offsets = (
    others.length > 0
      ? others.map((o) => ({ amount: o.applied.amount.toFixed(2), debtType: o.type }))
      : [{ amount: '100.00', debtType: 'federalNontax' }]
  ).map((o, i) => ({
    ...o,
    agency: `Agency ${i + 1} of the offset notice`,
    address: AGENCY_ADDRESS,
  }));
  const appliedToTax = federal.reduce(
    (sum, o) => sum.plus(o.applied.amount),
    plain.distribution.totalOffset.amount.times(0),
  );
  const year = Number(json.taxYear);
  return {
    ...json,
    form8379: { ...(json.form8379 as Json | undefined), filedWith: 'originalReturn' },
    afterFiling: {
      form8379Filed: { date: `${year + 1}-02-10`, efiled: true },
      offsetNotice: {
        date: `${year + 1}-03-20`,
        originalRefund: plain.overpayment.recomputed.amount.toFixed(2),
        offsets,
      },
      irsNotice: {
        kind: 'CP49',
        date: `${year + 1}-05-09`,
        ...(federal.length > 0 ? { appliedToTax: appliedToTax.toFixed(2) } : {}),
        address: IRS_ADDRESS,
      },
      received: [{ amount: received.toFixed(2), date: `${year + 1}-05-02` }],
      senderAddress: SENDER_ADDRESS,
    },
  };
}

export interface CheckedCase {
  readonly name: string;
  readonly json: Json;
  readonly result: AllocationResult;
  /** The date of the check, and of the letters. */
  readonly date: string;
}

/** Every reference case that qualifies, with its constructed afterFiling, checked as of {@link asOfFor}. */
export function checkedReferenceCases(): CheckedCase[] {
  return referenceCases()
    .map((c) => {
      const json = withAfterFiling(c.json);
      const date = asOfFor(Number(c.json.taxYear));
      return {
        name: c.file.replace(/\.json$/, ''),
        json,
        date,
        result: allocate(json as unknown as CaseInput, { asOf: date }),
      };
    })
    .filter((c) => c.result.eligibility.qualifies);
}
