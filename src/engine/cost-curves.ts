/**
 * Each plan's total along a range of minutes: the comparator's chart. Every
 * point is a `quotePlan` total, so the chart can never disagree with a quote.
 */
import { quotePlan } from './quote';
import type { QuoteRequest } from './request';
import type { SlimTariff } from './tariff';

interface CostPoint {
  minutes: number;
  total: string;
}

/** Each plan's total at evenly spaced minutes from 0 to `maxMinutes` (plans without a total are left out). */
export function costCurves(
  tariff: SlimTariff,
  request: QuoteRequest,
  planIds: string[],
  maxMinutes: number,
  steps = 40,
): Map<string, CostPoint[]> {
  const curves = new Map<string, CostPoint[]>();
  for (const id of planIds) {
    const points: CostPoint[] = [];
    for (let i = 0; i <= steps; i++) {
      const minutes = Math.round((maxMinutes * i) / steps);
      const total = quotePlan(tariff, { ...request, minutesPerMonth: minutes }, id).total;
      if (total === null) break;
      points.push({ minutes, total });
    }
    if (points.length > 0) curves.set(id, points);
  }
  return curves;
}
