/**
 * Add-ons an earlier version offered and the version in force does not: each
 * with its last offered data and the day it stopped. Their pages stay (a
 * notice, no index), so old links and search results still lead somewhere.
 */
import type { Addon, Tariff } from '../engine/index';

interface WithdrawnAddon {
  addon: Addon;
  /** The first day it was no longer offered (YYYY-MM-DD). */
  since: string;
}

export function withdrawnAddons(versions: readonly Tariff[], current: Tariff): Map<string, WithdrawnAddon> {
  const offered = new Set(current.addons.map((a) => a.id));
  const found = new Map<string, WithdrawnAddon>();
  const past = versions.filter((v) => v.settings.effective <= current.settings.effective);
  past.forEach((version, i) => {
    const next = past[i + 1] ?? current;
    for (const addon of version.addons) {
      if (offered.has(addon.id) || next.addons.some((a) => a.id === addon.id)) continue;
      found.set(addon.id, { addon, since: next.settings.effective });
    }
  });
  return found;
}
