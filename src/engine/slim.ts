/**
 * A tariff with only what the engine computes with: no source quotes, notes
 * or summaries. Widgets are handed this (about a third of the full tariff's
 * size in each widget page's HTML); pages that show quotes and notes use the
 * full tariff at build time. The shape stays a Tariff: those fields are
 * documentation, and no engine function or widget reads them.
 */
import type { Tariff } from './tariff';
import { isRecord, type Json } from './records';
import { isDecimalText } from './money';
const DROPPED = new Set(['source', 'taxSource', 'vipSource', 'consultSource', 'effectiveSource', 'summary']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Json)
      .filter(([key]) => !DROPPED.has(key))
      .map(([key, item]) => [key, strip(item)]),
  );
}

export function slimTariff(tariff: Tariff): Tariff {
  return { ...(strip(tariff) as Tariff), notes: [] };
}

const isList = (value: unknown, item: (v: Json) => boolean): boolean =>
  Array.isArray(value) && value.every((v) => isRecord(v) && typeof v['id'] === 'string' && item(v));

/**
 * A version the browser fetched (/versions/<date>.json), if it is what
 * slimTariff wrote for that date: a wrong file (a CDN's error page, another
 * build's format) is refused, and the widget says the version is missing
 * rather than quoting from it. Checked by shape, without zod, so the widget
 * chunks stay schema-free; the build validated the values themselves.
 */
export function readVersion(value: unknown, effective: string): Tariff | undefined {
  if (!isRecord(value) || !isRecord(value['settings']) || !isRecord(value['contact'])) return undefined;
  const settings = value['settings'];
  const fits =
    settings['effective'] === effective &&
    isDecimalText(settings['taxRate']) &&
    isRecord(settings['prepayYears']) &&
    isRecord(settings['kinds']) &&
    isList(value['grades'], (g) => typeof g['kind'] === 'string' && Array.isArray(g['patterns'])) &&
    isList(
      value['plans'],
      (p) =>
        isDecimalText(p['yearly']) &&
        (p['rate'] === 'consult' || isDecimalText(p['rate'])) &&
        typeof p['kind'] === 'string',
    ) &&
    isList(value['addons'], (a) => Array.isArray(a['charges'])) &&
    Array.isArray(value['notes']);
  return fits ? (value as unknown as Tariff) : undefined;
}
