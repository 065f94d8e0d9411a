/**
 * The comparator's figures, by the engine: which plans have a total for a
 * grade and years, the break-even minutes between neighbouring ones, and
 * every plan's quote at the visitor's minutes. The build works them out for
 * the comparator's first state (the page carries them,
 * src/presentation/comparator-props.ts); the browser loads this file when the
 * visitor turns to the comparator or a link asks for other inputs, so the
 * comparator hydrates without the engine and decimal.js.
 */
import { breakEvenMinutes } from '../engine/compare';
import { quoteAllPlans, requestFrom, type Quote, type QuoteRequest } from '../engine/index';
import type { SlimTariff } from '../engine/rules';
import { BREAK_EVEN_LIMIT, readComparatorState } from './input/comparator-state';

/** What does not change with the minutes: the plans with a total, and the break-even minutes between neighbours. */
export interface PlanPairs {
  /** Ids of the plans with a total for this grade, in the tariff's order. */
  priced: string[];
  /** Between each priced plan and the next: the minutes from which the dearer one costs no more (null: not within the limit). */
  breakEvens: { from: string; to: string; minutes: number | null }[];
}

/** The comparator's figures for its first state, and the input they are for. */
export interface FirstComparison {
  years: number;
  grade: string;
  minutes: number;
  pairs: PlanPairs | undefined;
  quotes: Quote[] | undefined;
}

/** The request for a comparison's years and grade, at 0 minutes; undefined where the tariff has no such grade or years. */
export function comparisonRequest(tariff: SlimTariff, years: number, grade: string): QuoteRequest | undefined {
  const parsed = requestFrom(tariff, { minutesPerMonth: 0, prepayYears: years, grade });
  return parsed.ok ? parsed.request : undefined;
}

export function planPairs(tariff: SlimTariff, years: number, grade: string): PlanPairs | undefined {
  const request = comparisonRequest(tariff, years, grade);
  if (request === undefined) return undefined;
  const priced = quoteAllPlans(tariff, request)
    .filter((q) => q.total !== null)
    .map((q) => q.plan);
  const ordered = tariff.plans.filter((p) => priced.includes(p.id)).map((p) => p.id);
  return {
    priced: ordered,
    breakEvens: ordered.slice(1).flatMap((to, i) => {
      const from = ordered[i];
      return from === undefined
        ? []
        : [{ from, to, minutes: breakEvenMinutes(tariff, request, from, to, BREAK_EVEN_LIMIT) }];
    }),
  };
}

/** Every plan's quote at `minutes` a month. */
export function totalsAt(tariff: SlimTariff, years: number, grade: string, minutes: number): Quote[] | undefined {
  const request = comparisonRequest(tariff, years, grade);
  return request === undefined ? undefined : quoteAllPlans(tariff, { ...request, minutesPerMonth: minutes });
}

/** The figures a visitor without a link sees first. */
export function firstComparison(tariff: SlimTariff): FirstComparison {
  const { state } = readComparatorState(tariff, '');
  return {
    ...state,
    pairs: planPairs(tariff, state.years, state.grade),
    quotes: totalsAt(tariff, state.years, state.grade, state.minutes),
  };
}
