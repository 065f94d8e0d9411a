/** A number judged for a visitor or the CLI (§1–2): grade, matching rule, plans it may take. */
import { plansForGrade } from './eligibility';
import { gradeName } from './labels';
import { gradeOfNumber, normaliseNumber, type NumberError } from './number';
import type { Tariff } from './tariff';

export interface Classification {
  /** The tariff version used: its effective date. */
  version: string;
  input: string;
  valid: boolean;
  number?: string;
  grade?: { id: string; name: string };
  rule?: string;
  /** Plan ids the number may take, cheapest first. */
  plans?: string[];
  error?: NumberError;
}

export function classify(tariff: Tariff, input: string): Classification {
  const normalised = normaliseNumber(input);
  if (!normalised.ok) return { version: tariff.settings.effective, input, valid: false, error: normalised.error };
  const { grade, rule } = gradeOfNumber(tariff, normalised.number);
  return {
    version: tariff.settings.effective,
    input,
    valid: true,
    number: normalised.number,
    grade: { id: grade.id, name: gradeName(grade) },
    rule,
    plans: plansForGrade(tariff, grade).map((p) => p.id),
  };
}
