/** Whether the quote on screen can be applied for online (engine/apply-route.ts), from the estimator's state. */
import { applyRoute, type ApplyRoute } from '../../engine/forms';
import { findGrade, findPlan, gradeOfNumber, normaliseNumber, type SlimTariff } from '../../engine/rules';
import { ALL_PLANS, type EstimatorState } from '../input/url-state';

export function applyRouteOf(tariff: SlimTariff, state: EstimatorState): ApplyRoute {
  if (state.plan === ALL_PLANS) return { online: true };
  // A number is judged by the rules, as the quote judges it; one that is not a number has no grade yet.
  const number = state.by === 'number' ? normaliseNumber(state.number) : undefined;
  const grade = number?.ok
    ? gradeOfNumber(tariff, number.number).grade
    : state.by === 'grade'
      ? findGrade(tariff, state.grade)
      : undefined;
  return applyRoute(tariff, findPlan(tariff, state.plan), grade);
}
