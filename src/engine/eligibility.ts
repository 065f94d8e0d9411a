/**
 * Which plans a number grade may take (§3): every plan whose highest grade is
 * at or above it. Plans come cheapest first because the tariff is sorted so.
 */
import { amount } from './money';
import type { Grade } from './schemas/grade';
import type { Plan } from './schemas/plan';
import type { Tariff } from './tariff';
import { findGrade } from './lookup';

/** Position in the grade order: higher is a better number. */
function gradeRank(tariff: Tariff, grade: Grade): number {
  return tariff.grades.findIndex((g) => g.id === grade.id);
}

export function planAllowsGrade(tariff: Tariff, plan: Plan, grade: Grade): boolean {
  if (plan.maxMonthlyMinimum !== undefined) {
    return (
      grade.kind === 'ordinary' && amount(grade.monthlyMinimum ?? 0).lessThanOrEqualTo(amount(plan.maxMonthlyMinimum))
    );
  }
  const max = plan.maxGrade === undefined ? undefined : findGrade(tariff, plan.maxGrade);
  return max !== undefined && gradeRank(tariff, grade) <= gradeRank(tariff, max);
}

export function plansForGrade(tariff: Tariff, grade: Grade): Plan[] {
  return tariff.plans.filter((plan) => planAllowsGrade(tariff, plan, grade));
}
