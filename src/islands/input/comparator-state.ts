/**
 * The plan comparator's input as a query string, so a reload or a shared link
 * shows the same result. Read forgivingly, like the estimator's (url-state.ts):
 * a bad value falls back and is named in `reset`.
 */
import { defaultGrade, REQUEST_LIMITS, type SlimTariff } from '../../engine/rules';
import { wholeNumber } from './numbers';
import { DEFAULT_MINUTES } from './minutes';
import { queryOf, type Read } from './use-url-state';

/** Break-even minutes are searched up to this many a month. */
export const BREAK_EVEN_LIMIT = 1_000_000;

export interface ComparatorState {
  minutes: number;
  years: number;
  grade: string;
}

export function defaultComparatorState(tariff: SlimTariff): ComparatorState {
  return { minutes: DEFAULT_MINUTES, years: tariff.settings.prepayYears.min, grade: defaultGrade(tariff).id };
}

export function readComparatorState(tariff: SlimTariff, search: string): Read<ComparatorState> {
  const params = new URLSearchParams(search);
  const state = defaultComparatorState(tariff);
  const reset: string[] = [];
  const minutes = params.get('minutes');
  if (minutes !== null) {
    const value = wholeNumber(minutes, 0, REQUEST_LIMITS.minutesPerMonth);
    if (value === undefined) reset.push('minutes');
    else state.minutes = value;
  }
  const years = params.get('years');
  if (years !== null) {
    const value = wholeNumber(years, tariff.settings.prepayYears.min, tariff.settings.prepayYears.max);
    if (value === undefined) reset.push('years');
    else state.years = value;
  }
  const grade = params.get('grade');
  if (grade !== null) {
    if (tariff.grades.some((g) => g.id === grade)) state.grade = grade;
    else reset.push('grade');
  }
  return { state, reset };
}

export function writeComparatorState(tariff: SlimTariff, state: ComparatorState): string {
  const defaults = defaultComparatorState(tariff);
  return queryOf([
    ['minutes', state.minutes === defaults.minutes ? undefined : String(state.minutes)],
    ['years', state.years === defaults.years ? undefined : String(state.years)],
    ['grade', state.grade === defaults.grade ? undefined : state.grade],
  ]);
}
