/**
 * The engine's entry for forms, for what they show and check before a price:
 * the names of plans and grades, the add-ons a choice brings with it, where a
 * plan can be applied for, the grade table, amounts as text, and the
 * applicant's e-mail address and hidden characters. Nothing here reaches
 * decimal.js, so the estimator and 在线办理 hydrate without it and load the
 * quote's code when the visitor first changes something
 * (src/islands/estimator/use-estimator-quote.ts). `./index` has all of it too.
 */
export { planName, gradeName, planGradeLimit, dealsText, dealListText } from './labels';
export { resolveAddons } from './addon-needs';
export { applyRoute, type ApplyRoute } from './apply-route';
export { plansForGrade } from './eligibility';
export { classify, gradeTable } from './grade-table';
export { isDecimalText, sharePercent } from './decimal-text';
export { isEmailAddress } from './email';
export { HIDDEN_CHARACTER } from './control-chars';
