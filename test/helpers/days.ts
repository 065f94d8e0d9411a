import { todayInShanghai } from '../../src/engine/index';

/** Today in Asia/Shanghai moved by `days` (−1 is yesterday), YYYY-MM-DD: change files dated around the run. */
export function shiftedDay(days: number): string {
  const date = new Date(`${todayInShanghai()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
