/**
 * The tariff engine's browser-safe entry: pure functions over a Tariff value
 * (quote, classify, labels, money). Nothing here imports zod; turning data
 * files into a Tariff is the build side's entry, `./parse`.
 */
export type { Tariff, RawTariff, TariffFileKey } from './tariff';
export { TARIFF_FILES } from './tariff';
export { formatIssue, formatIssues, capIssues, formatPath, didYouMean, type Issue } from './errors';
export {
  normaliseNumber,
  gradeOfNumber,
  tailMatches,
  patternShare,
  type NumberError,
  type NumberErrorCode,
} from './number';
export { type Classification, type GradeTable } from './classify';
export { classify, gradeTable } from './grade-table';
export { findAddon, findGrade, findNote, findPlan, defaultGrade } from './lookup';
export { plansForGrade } from './eligibility';
export { planName, gradeName, ruleName, planGradeLimit, dealsText } from './labels';
export { parseQuoteRequest, type QuoteRequest, type RequestError, type ParsedRequest } from './request';
export { tariffAt, scheduledAfter, type TariffHistory, type TariffChange, type ChangedDatum } from './versions';
export { isIsoDate, todayInShanghai, daysBetween } from './dates';
export { quote, quoteAt, type Quote, type QuoteLine, type QuoteResult } from './quote';
export { amount, toFenString } from './money';
export { PERIOD_UNITS } from './plan-terms';
export type { Grade, GradeKind } from './schemas/grade';
export type { Plan, Deal, PlanKind } from './schemas/plan';
export type { Addon, Charge, QuantitySpec } from './schemas/addon';
export type { TariffSettings, PlanKindSettings } from './schemas/settings';
export type { Note, NoteTopic, Contact } from './schemas/notes';
export { breakEvenMinutes, costCurves, type CostPoint } from './compare';
export { slimTariff } from './slim';
