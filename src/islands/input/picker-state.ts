/**
 * The 选号 filter as a query string (shareable, reloadable, Back and Forward
 * work). Read forgivingly, like the other widgets: an unknown grade, rule,
 * budget or carrier, or digits that are not digits, fall back to "any" and
 * are named in `reset`. The digit fields keep what the visitor typed; the
 * filter uses their digits.
 */
import { NO_FILTER, type NumberFilter } from '../../inventory/query';
import type { NumberIndex } from '../../inventory/index-format';
import type { Read } from './use-url-state';

/** The same fields as the filter; the digit fields hold what the visitor typed. */
export type PickerState = NumberFilter;

export const EMPTY_PICKER: PickerState = NO_FILTER;

/** The digit fields: at most ten digits (a whole number), typed with spaces, dashes or full-width digits. */
const MAX_DIGITS = 10;

/** "８８ 88" → "8888"; undefined when anything else is in it. */
export function digitsOf(text: string): string | undefined {
  const digits = text.normalize('NFKC').replace(/[\s-]/gu, '');
  return /^\d*$/u.test(digits) && digits.length <= MAX_DIGITS ? digits : undefined;
}

/** "4，7 4" → "47": the digits to leave out, each once, in order. */
export function excludedDigits(text: string): string | undefined {
  const digits = digitsOf(text.replace(/[,，、]/gu, ''));
  return digits === undefined ? undefined : [...new Set(digits)].sort().join('');
}

export const DIGIT_FIELDS = ['end', 'has', 'no'] as const;
export type DigitField = (typeof DIGIT_FIELDS)[number];

/** The filter a state asks for, or the digit fields that are not digits. */
export function filterOf(state: PickerState): { filter: NumberFilter; invalid: DigitField[] } {
  const end = digitsOf(state.end);
  const has = digitsOf(state.has);
  const no = excludedDigits(state.no);
  const invalid = DIGIT_FIELDS.filter((_, i) => [end, has, no][i] === undefined);
  return {
    filter: { ...state, end: end ?? '', has: has ?? '', no: no ?? '' },
    invalid,
  };
}

export function readPickerState(index: NumberIndex, search: string): Read<PickerState> {
  const params = new URLSearchParams(search);
  const state = { ...EMPTY_PICKER };
  const reset: string[] = [];
  const choose = (key: 'grade' | 'rule' | 'budget' | 'carrier', allowed: string[]) => {
    const value = params.get(key);
    if (value === null || value === '') return;
    if (allowed.includes(value)) state[key] = value;
    else reset.push(key);
  };
  choose(
    'grade',
    index.grades.map((g) => g.id),
  );
  choose(
    'rule',
    index.grades.flatMap((g) => g.rules.map((r) => r.rule)),
  );
  choose(
    'budget',
    index.budgets.map((b) => b.yearly),
  );
  choose('carrier', index.carriers);
  // A rule belongs to one grade: a link naming a rule of another grade keeps the grade only.
  const grade = index.grades.find((g) => g.id === state.grade);
  if (grade !== undefined && state.rule !== '' && !grade.rules.some((r) => r.rule === state.rule)) {
    state.rule = '';
    reset.push('rule');
  }
  for (const key of DIGIT_FIELDS) {
    const value = params.get(key);
    if (value === null) continue;
    if ((key === 'no' ? excludedDigits(value) : digitsOf(value)) === undefined) reset.push(key);
    else state[key] = value;
  }
  return { state, reset };
}

export function writePickerState(state: PickerState): string {
  const params = new URLSearchParams();
  for (const key of ['grade', 'rule', 'end', 'has', 'no', 'budget', 'carrier'] as const) {
    const value = state[key].trim();
    if (value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
