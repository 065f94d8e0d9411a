/**
 * Dates of tariff versions: ISO `YYYY-MM-DD`, real calendar dates, compared
 * as text (ISO dates sort as they read). "Today" is Asia/Shanghai's, where
 * the tariff applies, whatever the machine's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear: Date.UTC reads years 0–99 as 1900–1999. A month or day out
  // of range (13, 00, 02-30) rolls the date into another month, so the month
  // alone tells a real date.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1;
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
