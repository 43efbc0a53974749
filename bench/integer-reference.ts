/**
 * A minimal plain-integer-cents version of the library's core arithmetic, used only by the
 * benchmark: it prices exact decimals (decimal.js) against plain JavaScript numbers holding
 * whole cents. It computes the `summary` of a validated case outside community property states
 * with the default options, and nothing else: no trace, no Part III entries, no warnings.
 *
 * Every rounding of the library is reproduced exactly: a product or quotient is kept as an
 * integer numerator over a known denominator and rounded half-up (away from zero at the half,
 * as decimal.js ROUND_HALF_UP does). All intermediates stay below 2^53 for amounts under about
 * $10 billion; `cents()` refuses larger ones rather than round silently.
 */
import {
  DEBT_TYPES,
  getTaxYearParameters,
  type AllocationSummary,
  type CaseDebt,
  type CaseItem,
  type DebtType,
  type Form8379Case,
  type ItemKind,
} from '../src/index.js';

/** Places of the tax ratio and the EIC ratio (the library's default `ratioDecimals`). */
const RATIO_PLACES = 4;
const RATIO_ONE = 10 ** RATIO_PLACES;
/** Rates are held in basis points, so rate x cents is an integer in units of 1/10,000 cent. */
const BP = 10_000;
/** The Tax Table covers taxable income below $100,000. */
const TAX_TABLE_LIMIT = 100_000_00;

interface Bracket {
  readonly over: number;
  readonly notOver: number;
  readonly bp: number;
}

interface Schedule {
  readonly brackets: readonly Bracket[];
  readonly zeroMax: number;
  readonly fifteenMax: number;
}

interface YearFigures {
  readonly MFS: Schedule;
  readonly MFJ: Schedule;
  readonly standardBasicMfj: number;
  readonly additionalPerBox: number;
}

/** Half-up (away from zero at the half) of n / d for integers, d != 0; exact below 2^53. */
export function divRound(n: number, d: number): number {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const neg = n < 0;
  const a = neg ? -n : n;
  const r = a % d;
  const q = (a - r) / d + (2 * r >= d ? 1 : 0);
  return neg ? -q : q;
}

/** Whole cents of a canonical two-decimal string ("-1234.50") or a parameter ("11600", "0.12"). */
export function cents(text: string): number {
  const neg = text.charCodeAt(0) === 45;
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  let value: number;
  if (dot < 0) value = Number(body) * 100;
  else {
    const frac = body.slice(dot + 1);
    if (frac.length > 2) throw new Error(`more than two decimals: ${text}`);
    value = Number(body.slice(0, dot)) * 100 + Number(frac.padEnd(2, '0'));
  }
  if (!Number.isSafeInteger(value) || value > 1e12) {
    throw new Error(`amount out of the integer reference's range: ${text}`);
  }
  return neg ? -value : value;
}

function basisPoints(rate: string): number {
  // "0.12" -> 1200: the rates have at most four decimals.
  const [whole = '0', frac = ''] = rate.split('.');
  if (frac.length > 4) throw new Error(`rate with more than four decimals: ${rate}`);
  return Number(whole) * BP + Number(frac.padEnd(4, '0'));
}

const yearCache = new Map<number, YearFigures>();

/** The year's parameters as integers, converted once (the library parses them on every use). */
function yearFigures(year: number): YearFigures {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const p = getTaxYearParameters(year);
  const schedule = (status: 'MFS' | 'MFJ'): Schedule => ({
    brackets: p.brackets[status].map((b) => ({
      over: cents(b.over),
      notOver: b.notOver === null ? Number.POSITIVE_INFINITY : cents(b.notOver),
      bp: basisPoints(b.rate),
    })),
    zeroMax: cents(p.qualifiedDividendsCapitalGain[status].zeroRateMaxTaxableIncome),
    fifteenMax: cents(p.qualifiedDividendsCapitalGain[status].fifteenRateMaxTaxableIncome),
  });
  const figures: YearFigures = {
    MFS: schedule('MFS'),
    MFJ: schedule('MFJ'),
    standardBasicMfj: cents(p.standardDeductionBasic.MFJ),
    additionalPerBox: cents(p.additionalStandardDeductionMarried),
  };
  yearCache.set(year, figures);
  return figures;
}

/** Exact rate-schedule tax in units of 1/10,000 cent. */
function scheduleTaxUnits(income: number, brackets: readonly Bracket[]): number {
  let tax = 0;
  for (const b of brackets) {
    if (income <= b.over) break;
    const top = income < b.notOver ? income : b.notOver;
    tax += (top - b.over) * b.bp;
  }
  return tax;
}

/** Regular tax in cents: Tax Table row below $100,000, else the rate schedule to the cent. */
function regularTax(income: number, brackets: readonly Bracket[]): number {
  const amount = income > 0 ? income : 0;
  if (amount >= TAX_TABLE_LIMIT) return divRound(scheduleTaxUnits(amount, brackets), BP);
  if (amount < 500) return 0;
  let atLeast: number;
  let width: number;
  if (amount < 1500) {
    atLeast = 500;
    width = 1000;
  } else if (amount < 2500) {
    atLeast = 1500;
    width = 1000;
  } else if (amount < 3000_00) {
    atLeast = Math.floor((amount - 2500) / 2500) * 2500 + 2500;
    width = 2500;
  } else {
    atLeast = Math.floor(amount / 5000) * 5000;
    width = 5000;
  }
  const midpoint = atLeast + width / 2;
  // Whole dollars, half-up: 1 dollar = 100 cents = 1,000,000 units.
  return divRound(scheduleTaxUnits(midpoint, brackets), 100 * BP) * 100;
}

/** Tax with the Qualified Dividends and Capital Gain Tax Worksheet when there is such income. */
function computeTax(taxableIncome: number, preferential: number, s: Schedule): number {
  const ti = taxableIncome > 0 ? taxableIncome : 0;
  const regularOnAll = regularTax(ti, s.brackets);
  if (preferential <= 0 || ti === 0) return regularOnAll;
  const pref = Math.min(ti, preferential);
  const ordinary = Math.max(ti - preferential, 0);
  const zeroTop = Math.min(ti, s.zeroMax);
  const atZero = zeroTop - Math.min(ordinary, zeroTop);
  const fifteenTop = Math.min(ti, s.fifteenMax);
  const room = Math.max(fifteenTop - (ordinary + atZero), 0);
  const atFifteen = Math.min(pref - atZero, room);
  const atTwenty = pref - atZero - atFifteen;
  const ordinaryTax = regularTax(ordinary, s.brackets);
  const worksheet = divRound(atFifteen * 15 + atTwenty * 20 + ordinaryTax * 100, 100);
  return Math.min(worksheet, regularOnAll);
}

interface Figures {
  wages: number;
  selfEmployment: number;
  income: number;
  qualifiedDividends: number;
  capitalGain: number;
  adjustments: number;
  deduction: number;
  nonrefundable: number;
  refundable: number;
  additionalChildTaxCredit: number;
  otherTaxes: number;
  withholding: number;
  estimated: number;
}

const emptyFigures = (): Figures => ({
  wages: 0,
  selfEmployment: 0,
  income: 0,
  qualifiedDividends: 0,
  capitalGain: 0,
  adjustments: 0,
  deduction: 0,
  nonrefundable: 0,
  refundable: 0,
  additionalChildTaxCredit: 0,
  otherTaxes: 0,
  withholding: 0,
  estimated: 0,
});

/** Qualified dividends plus the net capital gain above 0 (the capital gain worksheet's part). */
const preferentialOf = (qualifiedDividends: number, capitalGain: number) =>
  qualifiedDividends + Math.max(capitalGain, 0);

function add(f: Figures, kind: ItemKind, amount: number): void {
  switch (kind) {
    case 'wages':
      f.wages += amount;
      f.income += amount;
      return;
    case 'selfEmployment':
      f.selfEmployment += amount;
      f.income += amount;
      return;
    case 'qualifiedDividends':
      f.qualifiedDividends += amount;
      f.income += amount;
      return;
    case 'capitalGain':
      f.capitalGain += amount;
      f.income += amount;
      return;
    case 'interest':
    case 'dividends':
    case 'unemployment':
    case 'pension':
    case 'socialSecurity':
    case 'otherIncome':
      f.income += amount;
      return;
    case 'adjustment':
      f.adjustments += amount;
      return;
    case 'schedule1ADeduction':
    case 'qbiDeduction':
    case 'itemizedDeduction':
      f.deduction += amount;
      return;
    case 'nonrefundableCredit':
      f.nonrefundable += amount;
      return;
    case 'refundableCredit':
      f.refundable += amount;
      return;
    case 'additionalChildTaxCredit':
      f.refundable += amount;
      f.additionalChildTaxCredit += amount;
      return;
    case 'otherTax':
      f.otherTaxes += amount;
      return;
    case 'withholding':
      f.withholding += amount;
      return;
    case 'estimatedPayment':
    case 'priorYearOverpayment':
      f.estimated += amount;
      return;
  }
}

/** Injured spouse part of an item's amount: owner takes all, joint as agreed or half. */
function injuredPart(
  spouse: CaseItem['spouse'],
  share: string | undefined,
  amount: number,
): number {
  if (spouse === 'injured') return amount;
  if (spouse === 'other') return 0;
  return share !== undefined ? cents(share) : divRound(amount, 2);
}

const PRIORITY: Readonly<Record<DebtType, number>> = Object.fromEntries(
  DEBT_TYPES.map((t, i) => [t, i]),
) as Record<DebtType, number>;

/** IRC 6402 order, oldest first within a level, undated after dated, then as given. */
function orderDebts(debts: readonly CaseDebt[]): { debt: CaseDebt; index: number }[] {
  return debts
    .map((debt, index) => ({ debt, index }))
    .sort((a, b) => {
      const pa = PRIORITY[a.debt.type];
      const pb = PRIORITY[b.debt.type];
      if (pa !== pb) return pa - pb;
      const da = a.debt.date;
      const db = b.debt.date;
      if (da && db && da !== db) return da < db ? -1 : 1;
      if (da && !db) return -1;
      if (!da && db) return 1;
      return a.index - b.index;
    });
}

/** Two-decimal string of cents, as `formatMoney` prints it. */
export function formatCents(c: number): string {
  const neg = c < 0;
  const a = neg ? -c : c;
  const frac = a % 100;
  const text = `${(a - frac) / 100}.${frac < 10 ? '0' : ''}${frac}`;
  return neg && a !== 0 ? `-${text}` : text;
}

function formatRatio(units: number): string {
  const frac = units % RATIO_ONE;
  return `${(units - frac) / RATIO_ONE}.${String(frac).padStart(RATIO_PLACES, '0')}`;
}

/** Ratio a / total in units of 10^-4, half-up; `null` when total is not positive. */
function ratioUnits(a: number, total: number): number {
  return divRound(a * RATIO_ONE, total);
}

/**
 * The summary of a validated case outside community property states, with the default options
 * (ratio to 4 places, taxable-income zero-tax ratio, no credit floor, undated debts last).
 */
export function integerSummary(c: Form8379Case): AllocationSummary {
  if (c.communityProperty) throw new Error('the integer reference has no community property');
  const year = yearFigures(c.taxYear);
  const fi = emptyFigures();
  const fo = emptyFigures();
  let unsplitJointEstimated = 0;
  let hasUnsplitEstimated = false;

  for (const item of c.items) {
    const amount = cents(item.amount);
    if (
      (item.kind === 'estimatedPayment' || item.kind === 'priorYearOverpayment') &&
      item.spouse === 'joint' &&
      item.injuredShare === undefined
    ) {
      unsplitJointEstimated += amount;
      hasUnsplitEstimated = true;
    } else {
      const injured = injuredPart(item.spouse, item.injuredShare, amount);
      add(fi, item.kind, injured);
      add(fo, item.kind, amount - injured);
    }
    if (item.withholding !== undefined) {
      const w = cents(item.withholding);
      if (item.spouse === 'joint' && item.injuredShare !== undefined) {
        if (amount === 0) {
          // Both halves rounded, as the library does for a zero-amount item.
          fi.withholding += divRound(w, 2);
          fo.withholding += divRound(w, 2);
        } else {
          const injured = divRound(w * cents(item.injuredShare), amount);
          fi.withholding += injured;
          fo.withholding += w - injured;
        }
      } else {
        const injured = injuredPart(item.spouse, undefined, w);
        fi.withholding += injured;
        fo.withholding += w - injured;
      }
    }
    if (item.selfEmploymentTax !== undefined) {
      // R-SE-TAX: the tax to line 18, its deductible half to line 14, split like the item.
      const tax = cents(item.selfEmploymentTax);
      const half = divRound(tax, 2);
      const taxInjured = injuredPart(item.spouse, undefined, tax);
      const halfInjured = injuredPart(item.spouse, undefined, half);
      fi.otherTaxes += taxInjured;
      fo.otherTaxes += tax - taxInjured;
      fi.adjustments += halfInjured;
      fo.adjustments += half - halfInjured;
    }
  }

  if (c.deduction.kind === 'standard') {
    const basic = year.standardBasicMfj;
    const half = divRound(basic, 2);
    const boxes = (s: { age65OrOlder: boolean; blind: boolean }) =>
      (s.age65OrOlder ? 1 : 0) + (s.blind ? 1 : 0);
    fi.deduction += half + year.additionalPerBox * boxes(c.spouses.injured);
    fo.deduction += basic - half + year.additionalPerBox * boxes(c.spouses.other);
  }

  const tiInjured = Math.max(fi.income - fi.adjustments - fi.deduction, 0);
  const tiOther = Math.max(fo.income - fo.adjustments - fo.deduction, 0);
  const sepInjured = computeTax(
    tiInjured,
    preferentialOf(fi.qualifiedDividends, fi.capitalGain),
    year.MFS,
  );
  const sepOther = computeTax(
    tiOther,
    preferentialOf(fo.qualifiedDividends, fo.capitalGain),
    year.MFS,
  );

  const jointTax =
    c.jointReturn.incomeTax !== undefined
      ? cents(c.jointReturn.incomeTax)
      : computeTax(
          Math.max(
            fi.income +
              fo.income -
              (fi.adjustments + fo.adjustments) -
              (fi.deduction + fo.deduction),
            0,
          ),
          // The joint worksheet nets both spouses' gains before taking the part above 0.
          preferentialOf(
            fi.qualifiedDividends + fo.qualifiedDividends,
            fi.capitalGain + fo.capitalGain,
          ),
          year.MFJ,
        );

  const sepTotal = sepInjured + sepOther;
  const ratio =
    sepTotal > 0
      ? ratioUnits(sepInjured, sepTotal)
      : tiInjured + tiOther > 0
        ? ratioUnits(tiInjured, tiInjured + tiOther)
        : RATIO_ONE / 2;
  const shareInjured = divRound(ratio * jointTax, RATIO_ONE);
  const shareOther = jointTax - shareInjured;
  // R-CREDIT-LIMIT (default "joint-tax"): credits above the joint tax are limited to it, split by
  // each spouse's part of the credits entered.
  let creditsInjured = fi.nonrefundable;
  let creditsOther = fo.nonrefundable;
  if (creditsInjured + creditsOther > jointTax) {
    const creditRatio = ratioUnits(creditsInjured, creditsInjured + creditsOther);
    creditsInjured = divRound(creditRatio * jointTax, RATIO_ONE);
    creditsOther = jointTax - creditsInjured;
  }
  const netInjured = shareInjured - creditsInjured;
  const netOther = shareOther - creditsOther;

  let estInjured = fi.estimated;
  let estOther = fo.estimated;
  if (hasUnsplitEstimated) {
    const part = divRound(ratio * unsplitJointEstimated, RATIO_ONE);
    estInjured += part;
    estOther += unsplitJointEstimated - part;
  }

  const eic =
    c.jointReturn.earnedIncomeCredit === undefined ? 0 : cents(c.jointReturn.earnedIncomeCredit);
  const earnedInjured = Math.max(fi.wages + fi.selfEmployment, 0);
  const earnedOther = Math.max(fo.wages + fo.selfEmployment, 0);
  const earnedTotal = earnedInjured + earnedOther;
  const eicRatio = earnedTotal > 0 ? ratioUnits(earnedInjured, earnedTotal) : RATIO_ONE / 2;
  const eicInjured = divRound(eicRatio * eic, RATIO_ONE);
  const eicOther = eic - eicInjured;

  const contribInjured =
    fi.withholding + estInjured + eicInjured + fi.refundable - (netInjured + fi.otherTaxes);
  const contribOther =
    fo.withholding + estOther + eicOther + fo.refundable - (netOther + fo.otherTaxes);
  const overpayment =
    fi.withholding +
    fo.withholding +
    (estInjured + estOther) +
    eic +
    (fi.refundable + fo.refundable) -
    (jointTax - (creditsInjured + creditsOther) + (fi.otherTaxes + fo.otherTaxes));

  const eligible = qualifies(c, {
    payments: fi.withholding + estInjured,
    earned: earnedInjured,
    eic: eicInjured,
    additionalChildTaxCredit: fi.additionalChildTaxCredit,
    refundable: fi.refundable,
  });

  const available = Math.max(overpayment, 0);
  const share = eligible ? Math.min(Math.max(contribInjured, 0), available) : 0;
  let remaining = available - share;
  const offsets = orderDebts(c.debts).map(({ debt }) => {
    const amount = Math.min(cents(debt.amount), remaining);
    remaining -= amount;
    return { type: debt.type, amount: formatCents(amount) };
  });

  return {
    separateTax: { injured: formatCents(sepInjured), other: formatCents(sepOther) },
    taxRatio: formatRatio(ratio),
    taxShare: { injured: formatCents(shareInjured), other: formatCents(shareOther) },
    contribution: { injured: formatCents(contribInjured), other: formatCents(contribOther) },
    jointOverpayment: formatCents(overpayment),
    injuredSpouseRefund: formatCents(share),
    otherSpouseRefund: formatCents(remaining),
    offsets,
  };
}

/** Form 8379 Part I (lines 2-9) outside community property states. */
function qualifies(
  c: Form8379Case,
  f: {
    payments: number;
    earned: number;
    eic: number;
    additionalChildTaxCredit: number;
    refundable: number;
  },
): boolean {
  if (!c.partI.jointReturn || !c.partI.debtOwedOnlyBySpouse || c.partI.injuredLegallyObligated) {
    return false;
  }
  if (f.payments > 0) return true; // line 6
  // Lines 7 and 8 (line 7 "no" skips line 8), then line 9: refundable credits other than the
  // EIC and the additional child tax credit.
  if (f.earned > 0 && (f.eic > 0 || f.additionalChildTaxCredit > 0)) return true;
  return f.refundable - f.additionalChildTaxCredit > 0;
}
