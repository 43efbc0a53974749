import { isAboveZero, compareDec } from '../core/money.js';
import type { Distribution } from '../trace/distribution.js';
import { m } from '../trace/figures.js';
import type { Dec } from '../core/money.js';
import type { Attribution } from './attribution.js';
import type { Jurisdiction } from './jurisdiction.js';
import type { DebtReach } from './types.js';

/** What the explanation is written from. */
export interface ExplanationFacts {
  readonly jurisdiction: Jurisdiction;
  readonly attribution: Attribution;
  readonly injuredShare: Dec;
  readonly injuredContribution: Dec;
  readonly eligible: boolean;
  readonly debts: readonly DebtReach[];
  readonly distribution: Distribution;
}

/**
 * The plain-English answer to "why did I get less than I paid in?": the refund follows state
 * property law, not who paid, and the other spouse's debts are offset first within their reach.
 */
export function explain(f: ExplanationFacts): string {
  const { attribution: a, distribution: d } = f;
  const states = f.jurisdiction.states.join(' and ');
  const parts: string[] = [
    `In a community property state (${states}; rule ${f.jurisdiction.rule.name}) the overpayment is divided under state property law, not by who paid it in.`,
  ];
  if (!f.eligible) {
    parts.push(
      'Part I stops, so there is no injured spouse claim: nothing is set aside for the injured spouse and the debts can take the whole overpayment.',
    );
    return parts.join(' ');
  }
  parts.push(
    `The injured spouse's share is the separate part S_i (${m(a.separateInjured.amount)}) plus half of the community part C (${m(a.community.amount)}): ${m(f.injuredShare)}.`,
  );
  const applied = d.offsets.filter((s) => isAboveZero(s.applied.amount));
  if (applied.length > 0) {
    const reach = f.debts
      .map(
        (r) => `debts[${r.debtIndex}] ${r.type} up to ${r.rule.formula} = ${m(r.reachable.amount)}`,
      )
      .join('; ');
    parts.push(
      `The other spouse's debts are offset first, each only as far as state law lets it reach (${reach}); together they took ${m(d.totalOffset.amount)}.`,
    );
  }
  const refund = d.injuredRefund.amount;
  if (compareDec(refund, f.injuredContribution) < 0) {
    const why =
      compareDec(refund, d.injuredShare.amount) < 0
        ? "state law lets the debts reach more than the other spouse's own share, so they take part of the injured spouse's share before it is refunded"
        : "community property belongs to both spouses equally, so half of the community part of the injured spouse's payments counts as the other spouse's and can pay that spouse's debts";
    parts.push(
      `That is why the refund (${m(refund)}) is less than the injured spouse's own contribution (${m(f.injuredContribution)}): ${why}.`,
    );
  } else {
    parts.push(
      `The refund (${m(refund)}) is not less than the injured spouse's own contribution (${m(f.injuredContribution)}).`,
    );
  }
  return parts.join(' ');
}
