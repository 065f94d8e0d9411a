/**
 * The tariff engine's entry for pricing: pure functions over a Tariff value
 * (quote, compare, labels, money), with everything `./rules` and `./forms`
 * have. Nothing here imports zod; turning data files into a Tariff is the
 * build side's entry, `./parse`. Islands import the engine through this file,
 * `./rules` or `./forms` only, and the comparator `./compare` and
 * `./cost-curves`, each kept in its own file (test/islands/engine-entries.test.ts).
 */
export * from './rules';
export { TARIFF_FILES } from './tariff';
export * from './forms';
export { requestFrom, type QuoteRequest, type RequestError, type RequestFields } from './request';
export { tariffAt, scheduledAfter, type TariffHistory, type TariffChange, type ChangedDatum } from './versions';
export { quote, quoteAt, quoteFields, quoteAllPlans, type Quote, type QuoteLine, type QuoteResult } from './quote';
export { amount, toFenString } from './money';
export { PERIOD_UNITS, PERIOD_NAMES, addonWaiver, monthlyMinimum } from './plan-terms';
export { readVersion, slimTariff } from './slim';
