/**
 * The grade table of a tariff (see classify.ts): each grade's patterns, its
 * name and the plans it may take, worked out with the engine's eligibility
 * and labels. Built once per tariff.
 */
import { classifyIn, type Classification, type GradeTable } from './classify';
import { plansForGrade } from './eligibility';
import { gradeName } from './labels';
import type { SlimTariff } from './tariff';

const tables = new WeakMap<SlimTariff, GradeTable>();

export function gradeTable(tariff: SlimTariff): GradeTable {
  let table = tables.get(tariff);
  if (table === undefined) {
    table = {
      version: tariff.settings.effective,
      grades: tariff.grades.map((grade) => ({
        id: grade.id,
        name: gradeName(grade),
        patterns: [...grade.patterns],
        ...(grade.default ? { default: true } : {}),
        plans: plansForGrade(tariff, grade).map((p) => p.id),
      })),
    };
    tables.set(tariff, table);
  }
  return table;
}

export function classify(tariff: SlimTariff, input: string): Classification {
  return classifyIn(gradeTable(tariff), input);
}
