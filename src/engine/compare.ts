/**
 * Plans compared by their quotes: the minutes at which a dearer plan becomes
 * the cheaper one. Read off `quotePlan`, so the comparison can never
 * disagree with a quote. (Totals along a range of minutes, for the chart:
 * cost-curves.ts, a file of its own because the chart loads on demand.)
 */
import { amount } from './money';
import { quotePlan, type Quote } from './quote';
import type { QuoteRequest } from './request';
import type { SlimTariff } from './tariff';

function totalAt(tariff: SlimTariff, request: QuoteRequest, planId: string, minutesPerMonth: number): Quote {
  return quotePlan(tariff, { ...request, minutesPerMonth }, planId);
}

/**
 * The fewest whole minutes a month at which `dearer` costs no more than
 * `cheaper`, searched up to `limit`; null when that never happens within it,
 * or when either plan has no total. Totals rise with minutes, and the dearer
 * plan of a pair has the lower rate, so the difference only shrinks: a
 * binary search finds the crossing.
 */
export function breakEvenMinutes(
  tariff: SlimTariff,
  request: QuoteRequest,
  cheaper: string,
  dearer: string,
  limit = 1_000_000,
): number | null {
  const dearerWins = (m: number) => {
    const a = totalAt(tariff, request, cheaper, m).total;
    const b = totalAt(tariff, request, dearer, m).total;
    if (a === null || b === null) return null;
    return amount(b).lessThanOrEqualTo(amount(a));
  };
  const atLimit = dearerWins(limit);
  if (atLimit !== true) return null;
  let low = 0;
  let high = limit;
  if (dearerWins(low) === true) return 0;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dearerWins(middle) === true) high = middle;
    else low = middle;
  }
  return high;
}
