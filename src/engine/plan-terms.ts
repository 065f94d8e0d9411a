/** Terms of a plan that follow from its data, shared by the quote and the pages. */
import { amount, type Amount } from './money';
import type { Plan } from './schemas/plan';

/** A monthly plan's monthly minimum: its yearly prepay over 12 (600 → 50). Exact: the data check keeps it to the fen. */
export function monthlyMinimum(plan: Plan): Amount {
  return amount(plan.yearly).dividedBy(12);
}
