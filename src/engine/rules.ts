/**
 * The engine's entry for browser code that judges a number without pricing
 * it: the checker, and the URL state every widget reads. Nothing here reaches
 * decimal.js, so the checker's page ships without it; these modules go in
 * the widgets' shared file (src/bundle/chunks.ts). Islands import the engine
 * through this file or `./index` only, and the comparator its own two
 * (test/islands/engine-entries.test.ts).
 */
export type {
  Tariff,
  RawTariff,
  TariffFileKey,
  SlimTariff,
  SlimPlan,
  SlimGrade,
  SlimAddon,
  SlimCharge,
  SlimContact,
} from './tariff';
export type { Grade } from './schemas/grade';
export type { Plan, Deal, PlanKind } from './schemas/plan';
export type { Addon, Charge } from './schemas/addon';
export type { NoteTopic, Contact } from './schemas/notes';
export { normaliseNumber, gradeOfNumber, tailMatches, patternShare, ruleName } from './number';
export { classifyIn, type Classification, type GradeTable } from './classify';
export { findAddon, findGrade, findNote, findPlan, defaultGrade } from './lookup';
export { REQUEST_LIMITS } from './limits';
export { isIsoDate, todayInShanghai, daysBetween } from './dates';
