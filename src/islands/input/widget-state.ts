/**
 * The number checker's and the plan comparator's input as a query string, so
 * a reload or a shared link shows the same result. Read forgivingly, like the
 * estimator's (url-state.ts): a bad value falls back and is named in `reset`.
 */
import { defaultGrade, REQUEST_LIMITS, type SlimTariff } from '../../engine/rules';
import { wholeNumber } from './numbers';
import { DEFAULT_MINUTES } from './minutes';

export interface Read<T> {
  state: T;
  reset: string[];
}

/** A query string from entries, leaving out empty values. */
function query(entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export type CheckerOrder = 'input' | 'high' | 'low';
export interface CheckerState {
  text: string;
  order: CheckerOrder;
}

/** Longer pasted lists are not put in the URL (a URL that long is not shareable anyway). */
const MAX_CHECKER_URL_TEXT = 2000;

export function readCheckerState(search: string): Read<CheckerState> {
  const params = new URLSearchParams(search);
  const reset: string[] = [];
  const text = params.get('n') ?? '';
  const order = params.get('sort') ?? 'input';
  const validOrder = order === 'input' || order === 'high' || order === 'low';
  if (!validOrder) reset.push('sort');
  if (text.length > MAX_CHECKER_URL_TEXT) reset.push('n');
  return {
    state: { text: text.length > MAX_CHECKER_URL_TEXT ? '' : text, order: validOrder ? order : 'input' },
    reset,
  };
}

export function writeCheckerState(state: CheckerState): string {
  return query([
    ['n', state.text.length > MAX_CHECKER_URL_TEXT ? undefined : state.text.trim()],
    ['sort', state.order === 'input' ? undefined : state.order],
  ]);
}

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
  return query([
    ['minutes', state.minutes === defaults.minutes ? undefined : String(state.minutes)],
    ['years', state.years === defaults.years ? undefined : String(state.years)],
    ['grade', state.grade === defaults.grade ? undefined : state.grade],
  ]);
}
