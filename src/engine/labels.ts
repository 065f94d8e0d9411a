/** Names shown for plans, grades and rules, built from the data so they never disagree with it. */
import { plainDecimal } from './decimal-text';
import type { Deal } from './schemas/plan';
import { findGrade } from './lookup';
import type { SlimGrade, SlimPlan, SlimTariff } from './tariff';

/** "月套餐 600元/年", "年套餐 1200元/年" */
export function planName(tariff: SlimTariff, plan: SlimPlan): string {
  return `${tariff.settings.kinds[plan.kind].name} ${plainDecimal(plan.yearly)}元/年`;
}

/** "普通号码 50元/月", "特级号码" */
export function gradeName(grade: SlimGrade): string {
  return grade.monthlyMinimum === undefined ? grade.name : `${grade.name} ${plainDecimal(grade.monthlyMinimum)}元/月`;
}

/** "月最低消费200元/月及以下的普通号码", "特级号码及以下" */
export function planGradeLimit(tariff: SlimTariff, plan: SlimPlan): string {
  if (plan.maxMonthlyMinimum !== undefined)
    return `月最低消费${plainDecimal(plan.maxMonthlyMinimum)}元/月及以下的普通号码`;
  const grade = plan.maxGrade === undefined ? undefined : findGrade(tariff, plan.maxGrade);
  return grade === undefined ? '' : `${gradeName(grade)}及以下`;
}

/** "存2年减200元、存3年送1年", or 未公布 when the plan has none. */
export function dealsText(plan: SlimPlan): string {
  return plan.deals.length === 0 ? '未公布' : dealListText(plan.deals);
}

/** "存2年减200元、存3年送1年"; 无 for none (a change that removes every deal). */
export function dealListText(deals: readonly Deal[]): string {
  return deals.length === 0 ? '无' : deals.map(dealText).join('、');
}

/** "存2年减200元", "存3年送1年" */
function dealText(deal: Deal): string {
  return deal.discount !== undefined
    ? `存${deal.years}年减${plainDecimal(deal.discount)}元`
    : `存${deal.years}年送${deal.freeYears ?? 0}年`;
}

/** The tariff-wide settings by their Chinese names: the change log, the CMS and <Setting> use these. */
export const SETTING_WORDS = {
  taxRate: '发票税率',
  vipThreshold: '大客户专属服务门槛',
  consultPhone: '咨询热线',
  prepayYears: '可预存年数',
} as const;
