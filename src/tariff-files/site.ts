/**
 * The tariff as the site's pages see it at build time: validated once by the
 * tariff-data integration (src/integrations/tariff-data.ts) and handed over
 * as a virtual module. `tariff` is the version in force on the build date;
 * `history` has every version and change (for announcements and the log).
 */
import data from 'virtual:tariff-data';

export const buildDate = data.date;
/** Built for another day than today (TARIFF_DATE): every page says it is a preview, not to be published. */
export const preview = data.preview;
export const tariff = data.tariff;
export const history = data.history;
export const inventory = data.inventory;
