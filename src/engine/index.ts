/** The tariff engine's public API: pure functions over a Tariff value. */
export { parseTariff, TARIFF_FILES, type Tariff, type RawTariff, type TariffFileKey, type ParseTariffResult } from './tariff';
export { formatIssue, formatPath, didYouMean, type Issue } from './errors';
export { normaliseNumber, formatNumber, gradeOfNumber, tailMatches, defaultGrade, NUMBER_ERROR_MESSAGES, type NumberError, type NumberErrorCode } from './number';
export { classify, type Classification } from './classify';
export { findAddon, findGrade, findPlan, planAllowsGrade, plansForGrade, gradeRank } from './eligibility';
export { planName, gradeName, ruleName, planGradeLimit, dealText, dealsText } from './labels';
export { parseQuoteRequest, type QuoteRequest, type RequestError, type ParsedRequest } from './request';
export { quote, quotePlan, quoteAllPlans, resolveAddons, type Quote, type QuoteLine, type QuoteResult } from './quote';
export { monthlyMinimum } from './plan-terms';
export { amount, toFenString, toPlainString, roundToFen } from './money';
export type { Grade, GradeKind } from './schemas/grade';
export type { Plan, Deal, PlanKind } from './schemas/plan';
export type { Addon, Charge, QuantitySpec } from './schemas/addon';
export type { TariffSettings, PlanKindSettings } from './schemas/tariff';
export type { Note, NoteTopic, Contact } from './schemas/notes';
export { breakEvenMinutes, costCurves, type CostPoint } from './compare';
