import { MINUTES_FIELD, parseCount } from './numbers';

/** Minutes a month the estimator and the comparator start from, and leave out of a shared link. */
export const DEFAULT_MINUTES = 300;

/** Minutes a month as a visitor types them ("1,500", "１５００", "1500分钟"), within the engine's limit. */
export function parseMinutes(text: string): number | undefined {
  return parseCount(text, MINUTES_FIELD);
}
