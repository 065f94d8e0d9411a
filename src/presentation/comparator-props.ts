/**
 * What the comparator needs from the build: the slim tariff, the site base,
 * each plan's terms in words (written here, at build time, so that code
 * stays out of the comparator's bundle: they do not change with its inputs),
 * and the figures of its first state (so it hydrates without the engine).
 */
import { dealsText, planGradeLimit, slimTariff, type SlimPlan, type SlimTariff } from '../engine/index';
import { tariff } from '../tariff-files/site';
import { monthlyMinimumText, planRateText } from './describe';
import { yuan } from './format';
import { url } from './url';
import { firstComparison } from '../islands/comparison';

/** A plan's columns in the comparator's table. */
export interface PlanTerms {
  /** "年最低消费 1,200.00 元" */
  yearly: string;
  /** Whether the plan's kind waives add-ons' yearly fees (said under the yearly amount). */
  waivesAddonFees: boolean;
  rate: string;
  monthlyMinimum: string;
  grades: string;
  deals: string;
}

function planTerms(of: SlimTariff, plan: SlimPlan): PlanTerms {
  const kind = of.settings.kinds[plan.kind];
  return {
    yearly: `${kind.yearlyLabel} ${yuan(plan.yearly)} 元`,
    waivesAddonFees: kind.waivesAddonYearlyFees,
    rate: planRateText(plan),
    monthlyMinimum: monthlyMinimumText(plan),
    grades: planGradeLimit(of, plan),
    deals: dealsText(plan),
  };
}

export function comparatorProps() {
  const slim = slimTariff(tariff);
  return {
    tariff: slim,
    base: url(),
    terms: Object.fromEntries(tariff.plans.map((plan) => [plan.id, planTerms(tariff, plan)])),
    first: firstComparison(slim),
  };
}
