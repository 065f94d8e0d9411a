/**
 * Which plans a grade may take (docs/pricing-rules.md §3), at the limits:
 * an annual plan's "及以下" includes a grade at exactly its limit, and not
 * one just above; a plan's highest grade includes that grade and those below.
 */
import { describe, expect, it } from 'vitest';
import { planAllowsGrade, plansForGrade } from '../../src/engine/eligibility';
import { findGrade, findPlan } from '../../src/engine/lookup';
import type { Grade } from '../../src/engine/schemas/grade';
import type { Tariff } from '../../src/engine/tariff';
import { tariff } from '../helpers/tariff';

const ordinary = (monthlyMinimum: string): Grade => ({
  id: `ordinary-${monthlyMinimum}`,
  kind: 'ordinary',
  name: '普通号码',
  monthlyMinimum,
  default: false,
  patterns: [],
  source: { changed: '2030-01-01', note: '新增普通号码等级' },
});
/** The published tariff with one more ordinary grade, in its place in the order (as a change would add it). */
function withGrade(monthlyMinimum: string): { version: Tariff; grade: Grade } {
  const grade = ordinary(monthlyMinimum);
  const version = structuredClone(tariff);
  version.grades.splice(
    version.grades.findIndex((g) => g.kind !== 'ordinary'),
    0,
    grade,
  );
  return { version, grade };
}
const allows = (planId: string, monthlyMinimum: string) => {
  const { version, grade } = withGrade(monthlyMinimum);
  return planAllowsGrade(version, plan(planId), grade);
};
const plan = (id: string) => {
  const found = findPlan(tariff, id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('planAllowsGrade at the limits', () => {
  it('年套餐 1200 (及以下 200 元/月): 200 yes, 200.01 and 300 no', () => {
    expect(allows('annual-1200', '200')).toBe(true);
    expect(allows('annual-1200', '200.01')).toBe(false);
    expect(allows('annual-1200', '300')).toBe(false);
  });

  it('年套餐 1500 (及以下 300 元/月): 300 yes, 301 no; a special grade never on an ordinary limit', () => {
    expect(allows('annual-1500', '300')).toBe(true);
    expect(allows('annual-1500', '301')).toBe(false);
    const special = findGrade(tariff, 'special');
    expect(special && planAllowsGrade(tariff, plan('annual-3600'), special)).toBe(false);
  });

  it('a highest grade takes that grade and every lower one, not a higher one', () => {
    const grade = (id: string) => findGrade(tariff, id) ?? ordinary('0');
    expect(planAllowsGrade(tariff, plan('monthly-960'), grade('ordinary-80'))).toBe(true);
    expect(planAllowsGrade(tariff, plan('monthly-960'), grade('ordinary-50'))).toBe(true);
    expect(planAllowsGrade(tariff, plan('monthly-600'), grade('ordinary-80'))).toBe(false);
    expect(planAllowsGrade(tariff, plan('annual-3000'), grade('special'))).toBe(true);
    expect(planAllowsGrade(tariff, plan('annual-3000'), grade('super'))).toBe(false);
  });

  it('plansForGrade lists them cheapest first', () => {
    const { version, grade } = withGrade('200');
    expect(plansForGrade(version, grade).map((p) => p.id)).toEqual([
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3000',
      'annual-3600',
      'annual-80000',
    ]);
  });
});
