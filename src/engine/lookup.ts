/**
 * Finding a grade, plan, add-on or note of a tariff by its id. Each returns
 * the element as the tariff holds it: a full one from a Tariff, a slim one
 * from a SlimTariff.
 */
interface HasId {
  id: string;
}

export function findGrade<G extends HasId>(tariff: { grades: readonly G[] }, id: string): G | undefined {
  return tariff.grades.find((g) => g.id === id);
}

export function findPlan<P extends HasId>(tariff: { plans: readonly P[] }, id: string): P | undefined {
  return tariff.plans.find((p) => p.id === id);
}

export function findNote<N extends HasId>(tariff: { notes: readonly N[] }, id: string): N | undefined {
  return tariff.notes.find((n) => n.id === id);
}

export function findAddon<A extends HasId>(tariff: { addons: readonly A[] }, id: string): A | undefined {
  return tariff.addons.find((a) => a.id === id);
}

/** The grade of a number that matches no pattern; parseTariff guarantees exactly one. */
export function defaultGrade<G extends { default?: boolean }>(tariff: { grades: readonly G[] }): G {
  const grade = tariff.grades.find((g) => g.default);
  if (grade === undefined) throw new Error('tariff has no default grade (parseTariff guarantees one)');
  return grade;
}
