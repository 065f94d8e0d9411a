/**
 * Tariff versions: the published tariff, then one version per dated change.
 * Browser-safe: which version is in force on a date, and what changed.
 */
import type { SlimTariff, Tariff } from './tariff';

/** One datum a change touched, with its value before and after (absent for an add or a withdrawal). */
export interface ChangedDatum {
  /** set | add | withdraw */
  op: 'set' | 'add' | 'withdraw';
  /** The path as the change file writes it: "addons.ringback.charges.fee.amount". */
  path: string;
  /** What it is, in words: "彩铃功能 · 功能费". */
  what: string;
  /** The unit a money value is in ("元/年"), when it is one. */
  unit?: string;
  old?: unknown;
  new?: unknown;
}

/** A dated change, as the change log shows it. */
export interface TariffChange {
  /** The first day it is in force: the version it starts. */
  date: string;
  note: string;
  file: string;
  items: ChangedDatum[];
}

/** Every version (oldest first; the first is the published tariff) and the changes between them. */
export interface TariffHistory {
  versions: Tariff[];
  changes: TariffChange[];
}

/** A version, full or slim: what tells versions apart is their date. */
type Dated = Pick<SlimTariff, 'settings'>;

/** The version in force on `date` (YYYY-MM-DD): the latest that took effect on or before it. */
export function tariffAt<T extends Dated>(versions: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const version of versions) if (version.settings.effective <= date) found = version;
  return found;
}

/** Versions that take effect after `date`: announced, not yet in force. */
export function scheduledAfter<T extends Dated>(versions: readonly T[], date: string): T[] {
  return versions.filter((v) => v.settings.effective > date);
}
