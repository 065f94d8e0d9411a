/**
 * What the estimator's form needs from the build, for every page that shows
 * it (the estimator and 在线办理): the slim tariff in force, the scheduled
 * versions, the site base, each version's add-on prices in words, and the
 * quote of the form's first state (so the page hydrates without the engine).
 */
import { scheduledAfter, slimTariff } from '../engine/index';
import { firstEstimate } from '../islands/estimator/estimate';
import { withdrawnAddons } from './withdrawn';
import { buildDate, history, tariff } from '../tariff-files/site';
import { addonPriceText } from './describe';
import { url } from './url';

export function estimatorProps() {
  const current = slimTariff(tariff);
  const scheduled = scheduledAfter(history.versions, buildDate).map(slimTariff);
  return {
    tariff: current,
    scheduled,
    first: firstEstimate(current, scheduled),
    base: url(),
    addonPrices: addonPricesByVersion(),
    buildDate,
    withdrawn: withdrawnNames(),
  };
}

/**
 * Each version's add-on prices in words, by its effective date: the form
 * labels an add-on with the prices of the version it quotes (?v=, or a
 * scheduled one), never today's beside another version's total.
 */
export type AddonPrices = Record<string, Record<string, string>>;
function addonPricesByVersion(): AddonPrices {
  return Object.fromEntries(
    history.versions.map((version) => [
      version.settings.effective,
      Object.fromEntries(version.addons.map((addon) => [addon.id, addonPriceText(addon)])),
    ]),
  );
}

/** Add-ons an earlier version offered and today's does not: an old link naming one is told so by name. */
function withdrawnNames(): Record<string, string> {
  return Object.fromEntries([...withdrawnAddons(history.versions, tariff)].map(([id, w]) => [id, w.addon.name]));
}
