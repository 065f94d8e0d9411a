/** Finding a grade, plan, add-on or note of a tariff by its id. */
import type { Addon } from './schemas/addon';
import type { Grade } from './schemas/grade';
import type { Plan } from './schemas/plan';
import type { Note } from './schemas/notes';
import type { Tariff } from './tariff';

export function findGrade(tariff: Tariff, id: string): Grade | undefined {
  return tariff.grades.find((g) => g.id === id);
}

export function findPlan(tariff: Tariff, id: string): Plan | undefined {
  return tariff.plans.find((p) => p.id === id);
}

export function findNote(tariff: Tariff, id: string): Note | undefined {
  return tariff.notes.find((n) => n.id === id);
}

export function findAddon(tariff: Tariff, id: string): Addon | undefined {
  return tariff.addons.find((a) => a.id === id);
}

/** The grade of a number that matches no pattern; parseTariff guarantees exactly one. */
export function defaultGrade<G extends { default?: boolean }>(tariff: { grades: readonly G[] }): G {
  const grade = tariff.grades.find((g) => g.default);
  if (grade === undefined) throw new Error('tariff has no default grade (parseTariff guarantees one)');
  return grade;
}
