/** Whether the quote on screen can be applied for online (engine/apply-route.ts), from the estimator's state. */
import { applyRoute, type ApplyRoute, classify } from '../../engine/index';
import { findGrade, findPlan, type SlimTariff } from '../../engine/rules';
import { ALL_PLANS, type EstimatorState } from '../input/url-state';

export function applyRouteOf(tariff: SlimTariff, state: EstimatorState): ApplyRoute {
  if (state.plan === ALL_PLANS) return { online: true };
  const judged = state.by === 'number' ? classify(tariff, state.number).grade : undefined;
  const grade = findGrade(tariff, judged?.id ?? (state.by === 'grade' ? state.grade : ''));
  return applyRoute(tariff, findPlan(tariff, state.plan), grade);
}
