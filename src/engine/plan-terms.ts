/** Terms of a plan that follow from its data, shared by the quote and the pages. */
import { amount } from './money';
import type { SlimAddon, SlimCharge, SlimPlan, SlimTariff } from './tariff';

/** The unit after an amount of each charge period. */
export const PERIOD_UNITS = { year: '元/年', month: '元/月', once: '元' } as const satisfies Record<
  ChargePeriod,
  string
>;
/** How each charge period is said in a table: "每年". */
export const PERIOD_NAMES = { year: '每年', month: '每月', once: '一次性' } as const satisfies Record<
  ChargePeriod,
  string
>;

/** The charge periods the schema allows (schemas/addon.ts); each list here must name every one. */
type ChargePeriod = SlimCharge['period'];

/**
 * How many times a charge of each period is paid over the service years, and
 * the word its count is in. The switch is exhaustive: a new period in the
 * schema fails to compile here instead of being priced as a one-off.
 */
export function periodsOf(period: ChargePeriod, serviceYears: number): { count: number; word: string } {
  switch (period) {
    case 'year':
      return { count: serviceYears, word: '年' };
    case 'month':
      return { count: 12 * serviceYears, word: '个月' };
    case 'once':
      return { count: 1, word: '' };
    default: {
      const unknown: never = period;
      throw new Error(`unknown charge period ${String(unknown)}`);
    }
  }
}

/** A monthly plan's monthly minimum: its yearly prepay over 12 (600 → "50"). Exact: the data check keeps it to the fen. */
export function monthlyMinimum(plan: SlimPlan): string {
  return amount(plan.yearly).dividedBy(12).toFixed();
}

/** Is this charge an add-on's yearly base fee (元/年, not per unit), the fee an annual plan gives free? */
function isYearlyBaseFee(charge: SlimCharge): boolean {
  return charge.period === 'year' && charge.per === undefined;
}

/**
 * The plan-kind waiver of §3 (年套餐 开通送附加功能, 中继、防伪除外) for one add-on:
 * 'waived' when the kind waives its yearly base fee, 'excepted' when the add-on
 * is left out of the waiver, 'none' when the kind waives nothing or the add-on
 * has no yearly base fee.
 */
export function addonWaiver(
  tariff: SlimTariff,
  kind: SlimPlan['kind'],
  addon: SlimAddon,
): 'waived' | 'excepted' | 'none' {
  const settings = tariff.settings.kinds[kind];
  if (!settings.waivesAddonYearlyFees || !addon.charges.some(isYearlyBaseFee)) return 'none';
  return settings.waiverExcept.includes(addon.id) ? 'excepted' : 'waived';
}

/** Does the plan kind waive this charge of this add-on? */
export function waivesCharge(
  tariff: SlimTariff,
  kind: SlimPlan['kind'],
  addon: SlimAddon,
  charge: SlimCharge,
): boolean {
  return isYearlyBaseFee(charge) && addonWaiver(tariff, kind, addon) === 'waived';
}
