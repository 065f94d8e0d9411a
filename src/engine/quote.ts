/**
 * The quote of docs/pricing-rules.md §5: the only place prices are computed.
 * Every amount is a decimal; lines are rounded half-up to the fen (a no-op
 * for the published data), so the total is exactly the sum of the lines plus
 * tax.
 */
import { amount, atLeastZero, roundToFen, sum, toFenString, toPlainString, ZERO, type Amount } from './money';
import { findGrade, findPlan } from './lookup';
import { resolveAddons } from './addon-needs';
import { planAllowsGrade } from './eligibility';
import { gradeName, planGradeLimit, planName } from './labels';
import { monthlyMinimum, PERIOD_UNITS, periodsOf, waivesCharge } from './plan-terms';
import {
  DATE_MESSAGE,
  parseQuoteRequest,
  requestFrom,
  type QuoteRequest,
  type RequestError,
  type RequestFields,
} from './request';
import type { SlimAddon, SlimCharge, SlimPlan, SlimTariff } from './tariff';
import { tariffAt } from './versions';
import { isIsoDate, todayInShanghai } from './dates';
import { isRecord } from './records';

export interface QuoteLine {
  /** "prepaid", "usage", or "<add-on>.<charge>" ("ringback-multi.extra-files"); a free add-on's line is its id. */
  id: string;
  label: string;
  amount: string;
  /** How the amount was reached: "30元 × 2个 × 1年". */
  detail: string;
  /** Why the line is there or is zero: added because another add-on needs it, waived, included. */
  reason?: string;
  /** The add-on a line belongs to. */
  addon?: string;
}

export interface Quote {
  /** The tariff version used: its effective date (YYYY-MM-DD). */
  version: string;
  plan: string;
  planName: string;
  eligible: boolean;
  consult: boolean;
  reason?: string;
  grade: { id: string; name: string };
  serviceYears: number;
  lines: QuoteLine[];
  subtotal: string | null;
  tax: string | null;
  total: string | null;
  perYear: string | null;
  vip: boolean;
}

export type QuoteResult =
  { ok: true; quote: Quote } | { ok: true; quotes: Quote[] } | { ok: false; error: RequestError };

/**
 * Parses a request (JSON-like) and quotes one plan, or every plan when none
 * is named, with the version in force on the request's `date`, or on `date`
 * when given (a CLI flag wins over the request), or else on today's date
 * (Asia/Shanghai). A date before the first version is a request that does not fit.
 */
export function quoteAt(versions: readonly SlimTariff[], input: unknown, date?: string): QuoteResult {
  const requested = isRecord(input) ? input['date'] : undefined;
  const on = date ?? requested ?? todayInShanghai();
  if (typeof on !== 'string' || !isIsoDate(on)) {
    return { ok: false, error: { field: 'date', message: DATE_MESSAGE } };
  }
  const tariff = tariffAt(versions, on);
  if (tariff === undefined) {
    return {
      ok: false,
      error: { field: 'date', message: `${on} 之前没有资费；最早的资费自 ${versions[0]?.settings.effective ?? ''} 起` },
    };
  }
  return quote(tariff, input);
}

/** Parses a request (JSON-like) and quotes one plan, or every plan when none is named, with this tariff. */
export function quote(tariff: SlimTariff, input: unknown): QuoteResult {
  return quoteParsed(tariff, parseQuoteRequest(tariff, input));
}

/**
 * A widget's quote: its fields are read and checked by its own state already,
 * so only the rules that depend on the tariff are checked (requestFrom), and
 * the checks of a JSON request's shape stay out of the browser.
 */
export function quoteFields(tariff: SlimTariff, fields: RequestFields): QuoteResult {
  return quoteParsed(tariff, requestFrom(tariff, fields));
}

function quoteParsed(tariff: SlimTariff, parsed: ReturnType<typeof parseQuoteRequest>): QuoteResult {
  if (!parsed.ok) return parsed;
  const request = parsed.request;
  if (request.plan !== undefined) return { ok: true, quote: quotePlan(tariff, request, request.plan) };
  return { ok: true, quotes: quoteAllPlans(tariff, request) };
}

/**
 * Every plan, in the order §5 gives: plans with a total, cheapest first
 * (ties in plan order); then 来电咨询; then plans the grade may not take.
 */
export function quoteAllPlans(tariff: SlimTariff, request: QuoteRequest): Quote[] {
  const quotes = tariff.plans.map((plan) => quotePlan(tariff, request, plan.id));
  const priced = quotes.filter((q) => q.total !== null);
  priced.sort((a, b) => amount(a.total ?? 0).comparedTo(amount(b.total ?? 0)));
  return [...priced, ...quotes.filter((q) => q.eligible && q.total === null), ...quotes.filter((q) => !q.eligible)];
}

export function quotePlan(tariff: SlimTariff, request: QuoteRequest, planId: string): Quote {
  const plan = findPlan(tariff, planId);
  const grade = findGrade(tariff, request.grade);
  if (plan === undefined || grade === undefined) throw new Error('quotePlan needs a request from parseQuoteRequest');
  const deal = plan.deals.find((d) => d.years === request.prepayYears);
  const serviceYears = request.prepayYears + (deal?.freeYears ?? 0);
  const base = {
    version: tariff.settings.effective,
    plan: plan.id,
    planName: planName(tariff, plan),
    grade: { id: grade.id, name: gradeName(grade) },
    serviceYears,
  };
  const noTotal = { lines: [], subtotal: null, tax: null, total: null, perYear: null, vip: false };

  if (!planAllowsGrade(tariff, plan, grade)) {
    const reason = `${base.planName}只可选${planGradeLimit(tariff, plan)}；该号码为${gradeName(grade)}`;
    return { ...base, eligible: false, consult: false, reason, ...noTotal };
  }
  const addonLines = quoteAddons(tariff, plan, request, serviceYears);
  if (plan.rate === 'consult') {
    // The published part stands (年最低消费, its prepaid amount, add-ons); the rate, and so a total, is 来电咨询.
    const reason = `${base.planName}的通话资费为来电咨询，请拨打 ${tariff.settings.consultPhone}`;
    const known = [
      prepaidLine(tariff, plan, request.prepayYears, deal?.discount),
      ...('lines' in addonLines ? addonLines.lines : []),
    ];
    return { ...base, eligible: true, consult: true, reason, ...noTotal, lines: known };
  }
  if ('consult' in addonLines) {
    return { ...base, eligible: true, consult: true, reason: addonLines.consult, ...noTotal };
  }

  const lines = [
    prepaidLine(tariff, plan, request.prepayYears, deal?.discount),
    usageLine(plan, request.minutesPerMonth, serviceYears),
    ...addonLines.lines,
  ];
  const subtotal = sum(lines.map((l) => amount(l.amount)));
  const tax = request.invoice ? roundToFen(subtotal.times(amount(tariff.settings.taxRate))) : ZERO;
  const total = subtotal.plus(tax);
  return {
    ...base,
    eligible: true,
    consult: false,
    lines,
    subtotal: toFenString(subtotal),
    tax: toFenString(tax),
    total: toFenString(total),
    perYear: toFenString(roundToFen(total.dividedBy(serviceYears))),
    vip: subtotal.greaterThanOrEqualTo(amount(tariff.settings.vipThreshold)),
  };
}

function line(fields: Omit<QuoteLine, 'amount'>, value: Amount): QuoteLine {
  return { ...fields, amount: toFenString(roundToFen(value)) };
}

function prepaidLine(tariff: SlimTariff, plan: SlimPlan, years: number, discount: string | undefined): QuoteLine {
  const yearlyLabel = tariff.settings.kinds[plan.kind].yearlyLabel;
  const gross = amount(plan.yearly).times(years);
  const off = discount === undefined ? ZERO : amount(discount);
  const detail = `${toPlainString(plan.yearly)}元/年 × ${years}年${off.isZero() ? '' : ` − 优惠${toPlainString(off)}元`}`;
  return line({ id: 'prepaid', label: yearlyLabel, detail }, gross.minus(off));
}

function usageLine(plan: SlimPlan, minutes: number, serviceYears: number): QuoteLine {
  const rate = amount(plan.rate);
  const rateText = plan.rate; // as published: "0.10", not "0.1"
  const yearly = amount(plan.yearly);
  const spend = rate.times(minutes);
  if (plan.kind === 'monthly') {
    const minimum = amount(monthlyMinimum(plan));
    const overPerMonth = atLeastZero(spend.minus(minimum));
    const detail = overPerMonth.isZero()
      ? `每月 ${minutes}分钟 × ${rateText}元 = ${toPlainString(spend)}元，未超出月最低消费${toPlainString(minimum)}元`
      : `每月超出 (${minutes}分钟 × ${rateText}元 − ${toPlainString(minimum)}元) = ${toPlainString(overPerMonth)}元 × ${12 * serviceYears}个月`;
    return line({ id: 'usage', label: '超出最低消费的通话费', detail }, overPerMonth.times(12 * serviceYears));
  }
  const yearlySpend = spend.times(12);
  const overPerYear = atLeastZero(yearlySpend.minus(yearly));
  const detail = overPerYear.isZero()
    ? `每年 12 × ${minutes}分钟 × ${rateText}元 = ${toPlainString(yearlySpend)}元，未超出年最低消费${toPlainString(yearly)}元`
    : `每年超出 (12 × ${minutes}分钟 × ${rateText}元 − ${toPlainString(yearly)}元) = ${toPlainString(overPerYear)}元 × ${serviceYears}年`;
  return line({ id: 'usage', label: '超出最低消费的通话费', detail }, overPerYear.times(serviceYears));
}

function quoteAddons(
  tariff: SlimTariff,
  plan: SlimPlan,
  request: QuoteRequest,
  serviceYears: number,
): { lines: QuoteLine[] } | { consult: string } {
  const items = resolveAddons(tariff, request.addons);
  const includedBy = new Map<string, SlimAddon>();
  for (const { addon } of items) for (const id of addon.includes) if (!includedBy.has(id)) includedBy.set(id, addon);
  const kind = tariff.settings.kinds[plan.kind];
  const lines: QuoteLine[] = [];

  for (const { addon, quantities, neededBy } of items) {
    const neededReason = neededBy === undefined ? undefined : `${neededBy.name}需要${addon.name}，已自动加入`;
    const includer = includedBy.get(addon.id);
    const addonLines: QuoteLine[] = [];
    for (const charge of addon.charges) {
      if (!chargeApplies(charge, quantities)) continue;
      const units = charge.per === undefined ? 1 : Math.max(0, (quantities[charge.per] ?? 0) - (charge.free ?? 0));
      if (units === 0) continue;
      const unitPrice = priceOf(charge, quantities);
      if (unitPrice === undefined) {
        const by = charge.tiers?.by ?? '';
        const spec = addon.quantities[by];
        return {
          consult: `${addon.name}的${spec?.label ?? by}超过 ${charge.tiers?.steps.at(-1)?.upTo ?? ''}${spec?.unit ?? ''}，资费来电咨询（${tariff.contact.hotline}）`,
        };
      }
      const { count: periods, word } = periodsOf(charge.period, serviceYears);
      const unitText = charge.per === undefined ? '' : ` × ${units}${addon.quantities[charge.per]?.unit ?? ''}`;
      const periodText = word === '' ? '' : ` × ${periods}${word}`;
      const detail = `${toPlainString(unitPrice)}${PERIOD_UNITS[charge.period]}${unitText}${periodText}`;
      const fields = {
        id: `${addon.id}.${charge.id}`,
        label: `${addon.name} · ${charge.label}`,
        detail,
        addon: addon.id,
      };
      let value = unitPrice.times(units).times(periods);
      let reason = neededReason;
      if (includer !== undefined) {
        value = ZERO;
        reason = `${includer.name}已含${addon.name}费用${neededReason ? `；${neededReason}` : ''}`;
      } else if (waivesCharge(tariff, plan.kind, addon, charge)) {
        value = ZERO;
        reason = `${kind.name}赠送附加功能的年功能费${neededReason ? `；${neededReason}` : ''}`;
      }
      addonLines.push(line(reason === undefined ? fields : { ...fields, reason }, value));
    }
    if (addonLines.length === 0) {
      const detail = addon.charges.length === 0 ? '免费功能' : '未超出免费数量';
      addonLines.push(
        line(
          neededReason === undefined
            ? { id: addon.id, label: addon.name, detail, addon: addon.id }
            : { id: addon.id, label: addon.name, detail, reason: neededReason, addon: addon.id },
          ZERO,
        ),
      );
    }
    lines.push(...addonLines);
  }
  return { lines };
}

function chargeApplies(charge: SlimCharge, quantities: Record<string, number>): boolean {
  if (charge.when === undefined) return true;
  const value = quantities[charge.when.quantity] ?? 0;
  return (
    (charge.when.min === undefined || value >= charge.when.min) &&
    (charge.when.max === undefined || value <= charge.when.max)
  );
}

/** The charge's amount per unit and period; undefined past the last tier (来电咨询). */
function priceOf(charge: SlimCharge, quantities: Record<string, number>): Amount | undefined {
  if (charge.tiers === undefined) return amount(charge.amount ?? 0);
  const value = quantities[charge.tiers.by] ?? 0;
  const step = charge.tiers.steps.find((s) => value <= s.upTo);
  return step === undefined ? undefined : amount(step.amount);
}
