/**
 * The number checker's input as a query string, so a reload or a shared link
 * shows the same result. Read forgivingly, like the estimator's (url-state.ts):
 * a bad value falls back and is named in `reset`.
 */
import { queryOf, type Read } from './use-url-state';

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
  return queryOf([
    ['n', state.text.length > MAX_CHECKER_URL_TEXT ? undefined : state.text.trim()],
    ['sort', state.order === 'input' ? undefined : state.order],
  ]);
}
