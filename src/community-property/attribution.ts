import type { LineEntry } from '../trace/line-entry.js';
import type { PartIIILineId } from '../trace/form.js';
import type { SpouseKey, PerSpouse } from '../core/per-spouse.js';
import { Decimal } from 'decimal.js';
import { figure, formatRatio, m, money } from '../trace/figures.js';
import type { CaseItem } from '../input/schema.js';
import {
  Dec,
  ZERO,
  maxDec,
  minDec,
  sumDec,
  toCents,
  isAboveZero,
  addDec,
  subDec,
} from '../core/money.js';
import type { Traced } from '../trace/traced.js';
import type { ReachFigures } from './state-rules.js';
import type { ItemCharacter } from './types.js';

/** What the attribution reads from the separate-property computation (sections 2-4). */
export interface AttributionInputs {
  readonly items: readonly CaseItem[];
  readonly characters: ReadonlyMap<number, ItemCharacter>;
  /** Part III entries by line, before the joint estimated payments without a split are divided. */
  readonly entries: Readonly<Record<PartIIILineId, readonly LineEntry[]>>;
  /** Joint estimated payments divided by R-ES-SPLIT (their items are not in `entries`). */
  readonly unsplitJointEstimatedItems: readonly number[];
  /** The R-ES-SPLIT ratio (the tax ratio). */
  readonly taxRatio: Dec;
  readonly withholding: PerSpouse<Traced>;
  readonly estimatedPayments: PerSpouse<Traced>;
  readonly refundableCredits: PerSpouse<Traced>;
  readonly eic: PerSpouse<Traced>;
  readonly netTax: PerSpouse<Traced>;
  readonly otherTaxes: PerSpouse<Traced>;
  readonly contribution: PerSpouse<Traced>;
  readonly ratioDecimals: number;
  /** Whether joint management matters (Texas): then `N_jm` is computed. */
  readonly jointManagementApplies: boolean;
}

/** S_i, S_o, N, L, C (method.md 6.2) as traced figures, and how they were reached. */
export interface Attribution {
  readonly separateInjured: Traced;
  readonly separateOther: Traced;
  readonly communityInjured: Traced;
  readonly communityOther: Traced;
  readonly community: Traced;
  /** Texas: the part of N from joint-management community property; `null` elsewhere. */
  readonly jointManagementInjured: Traced | null;
  /** Each spouse's separate payments (withholding, estimated payments, refundable credits). */
  readonly separatePayments: PerSpouse<Traced>;
  /** Each spouse's community payments: all the spouse's payments less the separate ones. */
  readonly communityPayments: PerSpouse<Traced>;
  /** The separate share of the income behind each spouse's tax share. */
  readonly separateIncomeShare: PerSpouse<Traced>;
  /** How the income share was found when a spouse had no positive income. */
  readonly incomeShareFallback: PerSpouse<'own' | 'couple' | 'no-income'>;
  /** Every traced figure of the attribution, in the order computed. */
  readonly trace: readonly Traced[];
}

const ONE = new Dec(1);
const WHO: Record<SpouseKey, string> = { injured: 'injured spouse', other: 'other spouse' };
const KEYS: readonly SpouseKey[] = ['injured', 'other'];

interface Sums {
  separate: Dec;
  jointManagement: Dec;
}

/**
 * R-CP-ATTRIBUTION: splits each spouse's contribution (R-CONTRIB, every item to its earner or
 * owner) into a separate and a community part. Payments go by their own character; the EIC
 * share is separate; the share of tax (after credits) goes by the separate share of the income
 * behind it [A]; other taxes by their own character. Each part is in cents, and separate +
 * community = the contribution exactly.
 */
export function attribute(a: AttributionInputs): Attribution {
  const characterOf = (index: number | null) =>
    index === null ? undefined : a.characters.get(index);

  // Sums of the separate (and joint-management community) amounts of one Part III line.
  const lineSums = (line: PartIIILineId, k: SpouseKey): Sums => {
    let separate = ZERO;
    let jointManagement = ZERO;
    for (const e of a.entries[line]) {
      const ch = characterOf(e.itemIndex);
      if (ch?.character === 'separate') separate = addDec(separate, e[k]);
      else if (ch?.jointManagement) jointManagement = addDec(jointManagement, e[k]);
    }
    return { separate, jointManagement };
  };

  // R-ES-SPLIT divides the unsplit joint estimated payments as one total; their separate and
  // joint-management parts are divided by the same ratio so the parts stay within the total.
  const unsplit = { separate: ZERO, jointManagement: ZERO };
  for (const i of a.unsplitJointEstimatedItems) {
    const item = a.items[i];
    if (!item) continue;
    const ch = characterOf(i);
    if (ch?.character === 'separate') unsplit.separate = unsplit.separate.plus(item.amount);
    else if (ch?.jointManagement)
      unsplit.jointManagement = unsplit.jointManagement.plus(item.amount);
  }
  const splitPart = (total: Dec, k: SpouseKey) => {
    const injured = toCents(a.taxRatio.times(total));
    return k === 'injured' ? injured : subDec(total, injured);
  };

  const trace: Traced[] = [];
  const t = <T extends Traced>(x: T): T => {
    trace.push(x);
    return x;
  };

  const positiveIncome = (k: SpouseKey) => {
    let all = ZERO;
    let separate = ZERO;
    for (const line of ['13a', '13b'] as const) {
      for (const e of a.entries[line]) {
        const v = maxDec(e[k], ZERO);
        all = addDec(all, v);
        if (characterOf(e.itemIndex)?.character === 'separate') separate = addDec(separate, v);
      }
    }
    return { all, separate };
  };
  const income = { injured: positiveIncome('injured'), other: positiveIncome('other') };
  const couple = {
    all: addDec(income.injured.all, income.other.all),
    separate: addDec(income.injured.separate, income.other.separate),
  };

  const fallback: Record<SpouseKey, 'own' | 'couple' | 'no-income'> = {
    injured: 'own',
    other: 'own',
  };
  const places = a.ratioDecimals;
  const incomeShare = (k: SpouseKey): Traced => {
    const own = income[k];
    const inputs = () => ({
      [`positive separate income, ${WHO[k]}`]: m(own.separate),
      [`positive income, ${WHO[k]}`]: m(own.all),
    });
    const label = `Separate share of the income behind the tax share, ${WHO[k]}`;
    const round = (x: Dec) => x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    if (isAboveZero(own.all)) {
      return figure(
        `communityProperty.separateIncomeShare.${k}`,
        label,
        'R-CP-ATTRIBUTION',
        'ratio',
        round(own.separate.dividedBy(own.all)),
        () =>
          `separate income / all income of the spouse (positive amounts of lines 13a and 13b), ${places} places half-up [A]`,
        inputs,
      );
    }
    if (isAboveZero(couple.all)) {
      fallback[k] = 'couple';
      return figure(
        `communityProperty.separateIncomeShare.${k}`,
        label,
        'R-CP-ATTRIBUTION',
        'ratio',
        round(couple.separate.dividedBy(couple.all)),
        () =>
          `the spouse has no income, so the tax share comes from the couple's income: separate income / all income of both spouses, ${places} places half-up [A]`,
        () => ({
          ...inputs(),
          'positive separate income, both spouses': m(couple.separate),
          'positive income, both spouses': m(couple.all),
        }),
      );
    }
    fallback[k] = 'no-income';
    return figure(
      `communityProperty.separateIncomeShare.${k}`,
      label,
      'R-CP-ATTRIBUTION',
      'ratio',
      round(ONE),
      'neither spouse has income, so no community income stands behind the tax share: it stays separate with the spouse it is allocated to [A]',
      inputs,
    );
  };

  const separatePayments = {} as Record<SpouseKey, Traced>;
  const communityPayments = {} as Record<SpouseKey, Dec>;
  const communityPaymentFigures = {} as Record<SpouseKey, Traced>;
  const jointManagementPayments = {} as Record<SpouseKey, Dec>;
  const share = {} as Record<SpouseKey, Traced>;
  const parts = {} as Record<SpouseKey, { separate: Traced; community: Traced }>;

  for (const k of KEYS) {
    const w = lineSums('19', k);
    const e = lineSums('20', k);
    const r = lineSums('17', k);
    const ot = lineSums('18', k);
    const eSeparate = addDec(e.separate, splitPart(unsplit.separate, k));
    const eJoint = addDec(e.jointManagement, splitPart(unsplit.jointManagement, k));
    const paid = sumDec([w.separate, eSeparate, r.separate]);
    const paidTotal = sumDec([
      a.withholding[k].amount,
      a.estimatedPayments[k].amount,
      a.refundableCredits[k].amount,
    ]);
    communityPayments[k] = subDec(paidTotal, paid);
    jointManagementPayments[k] = sumDec([w.jointManagement, eJoint, r.jointManagement]);
    separatePayments[k] = t(
      money(
        `communityProperty.separatePayments.${k}`,
        `Separate payments, ${WHO[k]}`,
        'R-CP-CHARACTER',
        paid,
        'withholding + estimated payments + refundable credits from items characterized separate',
        () => ({
          'separate withholding': m(w.separate),
          'separate estimated payments': m(eSeparate),
          'separate refundable credits': m(r.separate),
        }),
      ),
    );
    communityPaymentFigures[k] = t(
      money(
        `communityProperty.communityPayments.${k}`,
        `Community payments, ${WHO[k]}`,
        'R-CP-CHARACTER',
        communityPayments[k],
        'withholding + estimated payments + refundable credits of the spouse - separate payments',
        () => ({
          'all payments and refundable credits': m(paidTotal),
          'separate payments': m(paid),
        }),
      ),
    );
    share[k] = t(incomeShare(k));

    const net = a.netTax[k].amount;
    const communityNetTax = toCents(net.times(subDec(ONE, share[k].amount)));
    const separateNetTax = subDec(net, communityNetTax);
    const otherTaxes = a.otherTaxes[k].amount;
    const eic = a.eic[k].amount;
    const separate = subDec(subDec(addDec(paid, eic), separateNetTax), ot.separate);
    const community = subDec(
      subDec(communityPayments[k], communityNetTax),
      subDec(otherTaxes, ot.separate),
    );
    const symbol = k === 'injured' ? ['S_i', 'N'] : ['S_o', 'L'];
    const r4 = formatRatio(share[k].amount, places);
    parts[k] = {
      separate: money(
        `communityProperty.${symbol[0]}`,
        `Separate part of the ${WHO[k]}'s contribution (${symbol[0]})`,
        'R-CP-ATTRIBUTION',
        separate,
        'separate payments + EIC share - separate part of the tax share after credits - separate other taxes (tax share split by the separate income share, community part rounded to the cent) [A]',
        () => ({
          'separate payments': m(paid),
          'EIC share (stays with the earner)': m(eic),
          'tax share after credits': m(net),
          'separate income share': r4,
          'separate part of the tax share': m(separateNetTax),
          'separate other taxes': m(ot.separate),
        }),
      ),
      community: money(
        `communityProperty.${symbol[1]}`,
        `Community part attributable to the ${WHO[k]} (${symbol[1]})`,
        'R-CP-ATTRIBUTION',
        community,
        'community payments - community part of the tax share after credits - community other taxes [A]; separate + community = the contribution',
        () => ({
          'community payments': m(communityPayments[k]),
          'community part of the tax share': m(communityNetTax),
          'community other taxes': m(subDec(otherTaxes, ot.separate)),
          contribution: m(a.contribution[k].amount),
        }),
      ),
    };
  }

  const separateInjured = t(parts.injured.separate);
  const separateOther = t(parts.other.separate);
  const communityInjured = t(parts.injured.community);
  const communityOther = t(parts.other.community);
  const community = t(
    money(
      'communityProperty.C',
      'Community part of the overpayment (C = N + L)',
      'R-CP-ATTRIBUTION',
      addDec(communityInjured.amount, communityOther.amount),
      'N + L',
      () => ({ N: m(communityInjured.amount), L: m(communityOther.amount) }),
    ),
  );

  let jointManagementInjured: Traced | null = null;
  if (a.jointManagementApplies) {
    const paidCommunity = communityPayments.injured;
    const jm = jointManagementPayments.injured;
    const fraction = isAboveZero(paidCommunity)
      ? minDec(maxDec(jm.dividedBy(paidCommunity), ZERO), ONE)
      : ZERO;
    jointManagementInjured = t(
      money(
        'communityProperty.N_jm',
        'Joint-management part of N (Texas)',
        'R-CP-ATTRIBUTION',
        toCents(communityInjured.amount.times(fraction)),
        'N x joint-management community payments / community payments of the injured spouse, rounded to the cent [A]',
        () => ({
          N: m(communityInjured.amount),
          'joint-management community payments': m(jm),
          'community payments': m(paidCommunity),
        }),
      ),
    );
  }

  return {
    separateInjured,
    separateOther,
    communityInjured,
    communityOther,
    community,
    jointManagementInjured,
    separatePayments,
    communityPayments: communityPaymentFigures,
    separateIncomeShare: share,
    incomeShareFallback: fallback,
    trace,
  };
}

/** The attribution as the plain decimals a state rule reads. */
export function reachFigures(a: Attribution): ReachFigures {
  return Object.freeze({
    separateInjured: a.separateInjured.amount,
    separateOther: a.separateOther.amount,
    communityInjured: a.communityInjured.amount,
    communityOther: a.communityOther.amount,
    community: a.community.amount,
    jointManagementInjured: a.jointManagementInjured?.amount ?? ZERO,
  });
}
