/**
 * The tariff engine's entry for pricing: pure functions over a Tariff value
 * (quote, compare, labels, money), with everything `./rules` has. Nothing
 * here imports zod; turning data files into a Tariff is the build side's
 * entry, `./parse`. Islands import the engine through this file or `./rules`
 * only, and the comparator `./compare` and `./cost-curves`, each kept in its
 * own file (test/islands/engine-entries.test.ts).
 */
export * from './rules';
export { TARIFF_FILES } from './tariff';
export { classify, gradeTable } from './grade-table';
export { plansForGrade } from './eligibility';
export { planName, gradeName, planGradeLimit, dealsText, dealListText } from './labels';
export { requestFrom, type QuoteRequest, type RequestError, type RequestFields } from './request';
export { tariffAt, scheduledAfter, type TariffHistory, type TariffChange, type ChangedDatum } from './versions';
export {
  quote,
  quoteAt,
  quoteFields,
  quoteAllPlans,
  resolveAddons,
  type Quote,
  type QuoteLine,
  type QuoteResult,
} from './quote';
export { amount, toFenString, sharePercent, isDecimalText } from './money';
export { PERIOD_UNITS, PERIOD_NAMES, addonWaiver, monthlyMinimum } from './plan-terms';
export { applyRoute, type ApplyRoute } from './apply-route';
export { isEmailAddress } from './email';
export { HIDDEN_CHARACTER } from './control-chars';
export { readVersion, slimTariff } from './slim';
