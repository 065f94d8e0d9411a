/**
 * Whether a plan (with a number's grade) can be applied for online, and if
 * not, the one number to call (§2's reading): a plan at 来电咨询 (the 3000
 * and 80000 plans, for 特级 and 超级 numbers) is applied for at the consult
 * line 4006-130-866; a grade the plan does not take goes to the line of the
 * grade's own plans (the consult line when they are all 来电咨询, else the
 * 全国统一热线).
 */
import { planAllowsGrade, plansForGrade } from './eligibility';
import { gradeName, planName } from './labels';
import type { SlimGrade, SlimPlan, SlimTariff } from './tariff';

export type ApplyRoute = { online: true } | { online: false; phone: string; reason: string };

/** The number to call for a grade: the consult line when none of its plans has a published rate. */
export function gradePhone(tariff: SlimTariff, grade: SlimGrade): string {
  const plans = plansForGrade(tariff, grade);
  return plans.length > 0 && plans.every((p) => p.rate === 'consult')
    ? tariff.settings.consultPhone
    : tariff.contact.hotline;
}

export function applyRoute(tariff: SlimTariff, plan: SlimPlan | undefined, grade: SlimGrade | undefined): ApplyRoute {
  if (plan === undefined) return { online: true };
  if (grade !== undefined && !planAllowsGrade(tariff, plan, grade)) {
    return {
      online: false,
      phone: gradePhone(tariff, grade),
      reason: `${gradeName(grade)}不能选${planName(tariff, plan)}，不能在线办理`,
    };
  }
  if (plan.rate === 'consult')
    return {
      online: false,
      phone: tariff.settings.consultPhone,
      reason: `${planName(tariff, plan)}的通话资费为来电咨询，不能在线办理`,
    };
  return { online: true };
}
