/**
 * A number judged for a visitor or the CLI (§1–2): grade, matching rule,
 * plans it may take. Judging runs against a grade table (grade-table.ts):
 * the grades' patterns with what eligibility and names say of each, worked
 * out once from the tariff. So the browser judges numbers with the engine's
 * own rules and no decimal arithmetic (the checker ships without decimal.js).
 */
import { gradeOfNumber, normaliseNumber, type NumberError } from './number';

export interface GradeTable {
  /** The tariff version: its effective date. */
  version: string;
  /** Lowest grade first, as in the tariff. */
  grades: {
    id: string;
    /** "普通号码 50元/月", "特级号码" */
    name: string;
    patterns: string[];
    default?: boolean;
    /** SlimPlan ids the grade may take, cheapest first. */
    plans: string[];
  }[];
}

export interface Classification {
  /** The tariff version used: its effective date. */
  version: string;
  input: string;
  valid: boolean;
  number?: string;
  grade?: { id: string; name: string };
  rule?: string;
  /** SlimPlan ids the number may take, cheapest first. */
  plans?: string[];
  error?: NumberError;
}

export function classifyIn(table: GradeTable, input: string): Classification {
  const normalised = normaliseNumber(input);
  if (!normalised.ok) return { version: table.version, input, valid: false, error: normalised.error };
  const { grade, rule } = gradeOfNumber(table, normalised.number);
  return {
    version: table.version,
    input,
    valid: true,
    number: normalised.number,
    grade: { id: grade.id, name: grade.name },
    rule,
    plans: grade.plans,
  };
}
