/**
 * A tariff with only what the engine computes with: no source quotes, notes
 * or summaries. Widgets are handed this (about a third of the full tariff's
 * size in each widget page's HTML); pages that show quotes and notes use the
 * full tariff at build time. Its type, SlimTariff, is what every engine
 * function a widget calls takes.
 */
import { DOCUMENTATION_FIELDS, type Slim, type SlimTariff, type Tariff } from './tariff';
import { isRecord, type Json } from './records';
import { isDecimalText } from './decimal-text';

const DROPPED = new Set<string>(DOCUMENTATION_FIELDS);

function strip<T>(value: T): Slim<T> {
  if (Array.isArray(value)) return value.map(strip) as Slim<T>;
  if (!isRecord(value)) return value as Slim<T>;
  // The type of what is left is Slim<T> by construction: the filter drops exactly the keys Slim<T> omits.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DROPPED.has(key))
      .map(([key, item]) => [key, strip(item)]),
  ) as Slim<T>;
}

export function slimTariff(tariff: Tariff): SlimTariff {
  return { ...strip(tariff), notes: [] };
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
export function readVersion(value: unknown, effective: string): SlimTariff | undefined {
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
  return fits ? (value as SlimTariff) : undefined;
}
