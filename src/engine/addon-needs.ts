/**
 * The add-ons a request brings with it (§4): each requested one and, in turn,
 * every add-on it needs, with the quantities the need names. No prices, so the
 * estimator's form shows them ticked (and why) before the quote's code loads.
 */
import { findAddon } from './lookup';
import type { SlimAddon, SlimTariff } from './tariff';

interface QuotedAddon {
  addon: SlimAddon;
  quantities: Record<string, number>;
  /** The add-on that needed it, when it was not requested. */
  neededBy?: SlimAddon;
}

/** Requested add-ons plus everything they need (transitively), in the tariff's order. */
export function resolveAddons(tariff: SlimTariff, requested: Map<string, Record<string, number>>): QuotedAddon[] {
  const chosen = new Map<string, QuotedAddon>();
  const queue: QuotedAddon[] = [];
  for (const [id, quantities] of requested) {
    const addon = findAddon(tariff, id);
    if (addon !== undefined) queue.push({ addon, quantities });
  }
  for (const item of queue) chosen.set(item.addon.id, item);
  // An array's iterator reads its length at each step, so the needs pushed below are visited too.
  for (const item of queue) {
    for (const need of item.addon.needs) {
      const needed = findAddon(tariff, need.id);
      if (needed === undefined || chosen.has(needed.id)) continue;
      const quantities: Record<string, number> = {};
      for (const [name, spec] of Object.entries(needed.quantities))
        quantities[name] = need.quantities?.[name] ?? spec.default;
      const added = { addon: needed, quantities, neededBy: item.addon };
      chosen.set(needed.id, added);
      queue.push(added);
    }
  }
  return tariff.addons.flatMap((a) => {
    const item = chosen.get(a.id);
    return item === undefined ? [] : [item];
  });
}
