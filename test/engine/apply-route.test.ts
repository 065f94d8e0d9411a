/** Where 办理 can go through online, and otherwise the one number the rules name (§2's reading). */
import { describe, expect, it } from 'vitest';
import { applyRoute, gradePhone } from '../../src/engine/apply-route';
import { findGrade, findPlan } from '../../src/engine/lookup';
import { tariff } from '../helpers/tariff';

const route = (plan: string, grade?: string) =>
  applyRoute(tariff, findPlan(tariff, plan), grade === undefined ? undefined : findGrade(tariff, grade));

describe('applyRoute', () => {
  it('a plan with a published rate, for a grade it takes: online', () => {
    expect(route('annual-1200', 'ordinary-80')).toEqual({ online: true });
    expect(route('monthly-600')).toEqual({ online: true });
    // No plan chosen yet (all plans compared): nothing stands in the way.
    expect(applyRoute(tariff, undefined, findGrade(tariff, 'super'))).toEqual({ online: true });
  });
  it('the 3000 and 80000 plans (来电咨询): by phone at 4006-130-866', () => {
    expect(route('annual-3000', 'special')).toEqual({
      online: false,
      phone: '4006-130-866',
      reason: '年套餐 3000元/年的通话资费为来电咨询，不能在线办理',
    });
    expect(route('annual-80000')).toMatchObject({ online: false, phone: '4006-130-866' });
  });
  it('a 特级 number on 年套餐 1200: by phone, at the line of the 特级 plans', () => {
    expect(route('annual-1200', 'special')).toEqual({
      online: false,
      phone: '4006-130-866',
      reason: '特级号码不能选年套餐 1200元/年，不能在线办理',
    });
  });
  it('an ordinary grade a plan does not take: the 全国统一热线', () => {
    expect(route('monthly-600', 'ordinary-80')).toMatchObject({ online: false, phone: '400-7788-691' });
  });
  it('a grade no plan takes: the 全国统一热线, not the consult line', () => {
    const monthlyOnly = { ...tariff, plans: tariff.plans.filter((p) => p.kind === 'monthly') };
    const superGrade = findGrade(tariff, 'super');
    if (superGrade === undefined) throw new Error('no super grade');
    expect(gradePhone(monthlyOnly, superGrade)).toBe('400-7788-691');
  });
  it('each grade’s line', () => {
    expect(tariff.grades.map((g) => [g.id, gradePhone(tariff, g)])).toEqual([
      ['ordinary-50', '400-7788-691'],
      ['ordinary-80', '400-7788-691'],
      ['special', '4006-130-866'],
      ['super', '4006-130-866'],
    ]);
  });
});
