/**
 * Which plans a number grade may take (§3): every plan whose highest grade is
 * at or above it. Plans come cheapest first because the tariff is sorted so.
 */
import { compareDecimalTexts } from './decimal-text';
import type { SlimGrade, SlimPlan, SlimTariff } from './tariff';
import { findGrade } from './lookup';

/** Position in the grade order: higher is a better number. */
function gradeRank(tariff: Pick<SlimTariff, 'grades'>, grade: SlimGrade): number {
  return tariff.grades.findIndex((g) => g.id === grade.id);
}

export function planAllowsGrade(tariff: Pick<SlimTariff, 'grades'>, plan: SlimPlan, grade: SlimGrade): boolean {
  if (plan.maxMonthlyMinimum !== undefined) {
    return grade.kind === 'ordinary' && compareDecimalTexts(grade.monthlyMinimum ?? '0', plan.maxMonthlyMinimum) <= 0;
  }
  const max = plan.maxGrade === undefined ? undefined : findGrade(tariff, plan.maxGrade);
  return max !== undefined && gradeRank(tariff, grade) <= gradeRank(tariff, max);
}

export function plansForGrade<P extends SlimPlan>(
  tariff: { grades: SlimTariff['grades']; plans: readonly P[] },
  grade: SlimGrade,
): P[] {
  return tariff.plans.filter((plan) => planAllowsGrade(tariff, plan, grade));
}
