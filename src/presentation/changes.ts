/** Tariff changes in words, for announcements and the change log. */
import { dealListText, isDecimalText, type ChangedDatum, type Deal, type TariffChange } from '../engine/index';
import { yuan } from './format';

/** A changed value as a visitor reads it: money grouped with two decimals, lists joined. */
function valueText(value: unknown, unit?: string): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.map((v) => valueText(v)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (unit === undefined) return text;
  return `${unit.startsWith('元') && isDecimalText(text) ? yuan(text) : text} ${unit}`;
}

/** A plan's whole list of deals, in the words the plan pages use. */
const isDealList = (item: ChangedDatum) => /^plans\.[^.]+\.deals$/u.test(item.path);

/** "彩铃功能 · 功能费 100.00 → 120.00 元/年", "新增附加功能：来电弹屏". */
export function changedText(item: ChangedDatum): string {
  if (item.op !== 'set') return item.what;
  const text = (value: unknown) =>
    isDealList(item) && Array.isArray(value) ? dealListText(value as Deal[]) : valueText(value, item.unit);
  const before = text(item.old);
  const after = text(item.new);
  // One unit at the end when both sides carry it: "100.00 → 120.00 元/年".
  if (item.unit !== undefined && before.endsWith(item.unit) && after.endsWith(item.unit)) {
    return `${item.what} ${before.slice(0, -item.unit.length).trim()} → ${after}`;
  }
  return `${item.what} ${before} → ${after}`;
}

/** Does a change touch any of these paths ("addons.ringback", "grades")? An empty prefix matches all. */
function touches(item: ChangedDatum, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => p === '' || item.path === p || item.path.startsWith(`${p}.`));
}

/** Changes after `date` with the items that touch these paths; settings and contact touch every page. */
export function scheduledFor(
  changes: readonly TariffChange[],
  date: string,
  prefixes: readonly string[],
): TariffChange[] {
  const everywhere = ['settings', 'contact'];
  return changes
    .filter((c) => c.date > date)
    .map((c) => ({ ...c, items: c.items.filter((i) => touches(i, [...prefixes, ...everywhere])) }))
    .filter((c) => c.items.length > 0);
}
