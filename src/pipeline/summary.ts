import type { Dec } from '../core/money.js';
import type { PerSpouse } from '../core/per-spouse.js';
import type { Distribution } from '../trace/distribution.js';
import { formatRatio, m } from '../trace/figures.js';
import type { Traced } from '../trace/traced.js';
import type { AllocationSummary } from './result.js';

/** The figures the summary reads. */
export interface SummaryFigures {
  readonly separateTax: PerSpouse<Traced>;
  readonly taxRatio: Dec;
  readonly ratioDecimals: number;
  readonly taxShare: PerSpouse<Traced>;
  readonly contribution: PerSpouse<Traced>;
  readonly jointOverpayment: Dec;
  readonly distribution: Distribution;
}

const pair = (p: PerSpouse<Traced>) =>
  Object.freeze({ injured: m(p.injured.amount), other: m(p.other.amount) });

/** The `expected` keys of the case format, frozen. */
export function summarize(f: SummaryFigures): AllocationSummary {
  const d = f.distribution;
  return Object.freeze({
    separateTax: pair(f.separateTax),
    taxRatio: formatRatio(f.taxRatio, f.ratioDecimals),
    taxShare: pair(f.taxShare),
    contribution: pair(f.contribution),
    jointOverpayment: m(f.jointOverpayment),
    injuredSpouseRefund: m(d.injuredRefund.amount),
    otherSpouseRefund: m(d.otherRefund.amount),
    offsets: Object.freeze(
      d.offsets.map((s) => Object.freeze({ type: s.type, amount: m(s.applied.amount) })),
    ),
  });
}
