/**
 * A tariff with only what the engine computes with: no source quotes, notes
 * or summaries. Widgets are handed this (about a third of the full tariff's
 * size in each widget page's HTML); pages that show quotes and notes use the
 * full tariff at build time. The shape stays a Tariff: those fields are
 * documentation, and no engine function or widget reads them.
 */
import type { Tariff } from './tariff';

type Json = Record<string, unknown>;
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
