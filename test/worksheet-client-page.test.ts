/**
 * Page 1, for the client: the refund, the offsets and why in plain sentences, and what to do next
 * with the dates of the tax year; a case that does not qualify or has no overpayment says so and
 * what to do instead.
 */
import { describe, expect, it } from 'vitest';
import { buildWorksheetModel } from '../src/index.js';
import { longDate, returnDueDate, threeYearDeadline } from '../src/report/filing-dates.js';
import { allocateUntyped as allocate, referenceCases } from './helpers.js';

type Editable = {
  partI: { injuredLegallyObligated: boolean };
  items: { withholding?: string }[];
};

function w2(): Editable {
  const c = referenceCases().find((r) => r.file === 'w2-child-support-2024.json')!.json;
  return structuredClone(c) as unknown as Editable;
}

describe('the claim window of each tax year', () => {
  it('runs 3 years from the prescribed date, past weekends and Emancipation Day (IRC 7503)', () => {
    const windows = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => [
      y,
      longDate(returnDueDate(y)),
      longDate(threeYearDeadline(y)),
    ]);
    expect(windows).toEqual([
      // The IRS gave April 18, 2022, July 17, 2023, May 17, 2024 and April 15, 2025 as the last
      // days to claim 2018, 2019, 2020 and 2021 refunds.
      [2018, 'April 15, 2019', 'April 18, 2022'],
      [2019, 'July 15, 2020', 'July 17, 2023'],
      [2020, 'May 17, 2021', 'May 17, 2024'],
      [2021, 'April 18, 2022', 'April 15, 2025'],
      [2022, 'April 18, 2023', 'April 15, 2026'],
      [2023, 'April 15, 2024', 'April 15, 2027'],
      [2024, 'April 15, 2025', 'April 18, 2028'],
      [2025, 'April 15, 2026', 'April 17, 2029'],
      [2026, 'April 15, 2027', 'April 15, 2030'],
    ]);
  });
});

describe('page 1', () => {
  it('a refund: one sentence each for the refund and the offsets, why, and the next steps', () => {
    const { client } = buildWorksheetModel(allocate(w2()));
    expect(client.status).toBe('refund');
    expect(client.title).toBe('For Dana Reyes: your share of the 2024 joint refund');
    expect([client.refundLabel, client.refund]).toEqual([
      'Estimated refund to the injured spouse',
      '1819.00',
    ]);
    expect(client.headline).toBe(
      'Dana Reyes should get back an estimated $1,819.00 of the 2024 joint refund.',
    );
    expect(client.offsets).toBe(
      "Of the joint overpayment of $2,817.00, $998.00 goes to Chris's past-due child support, and $0.00 is refunded to Chris.",
    );
    expect(client.why).toEqual([
      "Your share is what you paid in ($6,100.00 in withholding, estimated payments and refundable credits) less your share of the joint return's tax ($4,281.00): $1,819.00.",
      'The IRS divides the joint tax in proportion to the tax each of you would owe on a separate return; your part is 75.33%.',
      "Only Chris's share of the overpayment can be taken for Chris's debts.",
    ]);
    expect(client.checkFirst).toBeNull();
    expect(client.nextSteps.map((s) => s.title)).toEqual([
      'File Form 8379',
      'Where to send it',
      'How long it takes',
      'Deadline',
      'Which agency took the refund',
    ]);
    expect(client.nextSteps[1]!.text).toContain(
      'By itself: to the IRS service center where the joint return was filed',
    );
    expect(client.nextSteps[3]!.text).toBe(
      'For the 2024 return (due April 15, 2025), file by April 18, 2028, 3 years from the due date (from the day it was filed, if later, such as on an extension), or within 2 years of the day the refund was taken, whichever is later.',
    );
    expect(client.nextSteps[4]!.text).toContain('Treasury Offset Program (800-304-3107)');
  });

  it('not an injured spouse: says so, and points to Form 8857 for a debt owed by both', () => {
    const c = w2();
    c.partI.injuredLegallyObligated = true;
    const { client } = buildWorksheetModel(allocate(c));
    expect(client.status).toBe('not-injured');
    expect(client.refund).toBe('0.00');
    expect(client.headline).toBe(
      'Dana Reyes is not an injured spouse for the 2024 return (Part I stops at line 4), so Form 8379 does not apply.',
    );
    expect(client.nextSteps.map((s) => s.title)).toEqual([
      'A joint federal tax debt',
      'Which agency took the refund',
    ]);
    expect(client.nextSteps[0]!.text).toContain('innocent spouse relief on Form 8857');
  });

  it('no overpayment: nothing to claim, and what to check instead', () => {
    const c = w2();
    for (const item of c.items) if (item.withholding) item.withholding = '100';
    const { client, formEntry } = buildWorksheetModel(allocate(c));
    expect(client.status).toBe('no-overpayment');
    expect(client.headline).toBe(
      'The 2024 joint return has no overpayment, so there is no refund for Dana Reyes to claim on Form 8379.',
    );
    expect(client.offsets).toBe(
      'The items give a balance due of $5,483.00, so no refund could be taken for a debt.',
    );
    expect(client.nextSteps.map((s) => s.title)).toEqual([
      'Check the figures',
      'If a refund of this return is taken later',
    ]);
    expect(formEntry.applies).toBe(false);
  });

  it('community property: why the refund is less than what the injured spouse paid in', () => {
    const c = referenceCases().find((r) => r.file === 'rev-rul-2004-71-az.json')!.json;
    const { client } = buildWorksheetModel(allocate(c));
    expect(client.why).toEqual([
      "Arizona is a community property state: income either of you earned while married, and the tax paid from it, belongs to both of you, so Liable's debts can reach part of what you paid in.",
      'You put $250.00 into the joint overpayment; under state law your share is $500.00: your separate part, $0.00, plus half of the community part, $1,000.00.',
      "Liable's debts took $875.00 of the $1,000.00, as far as state law lets them reach, so your estimated refund, $125.00, is less than what you paid in.",
    ]);
  });
});
