import { describe, expect, it } from 'vitest';
import { dealsText, findGrade, findPlan, gradeName, planGradeLimit, planName, ruleName } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

const grade = (id: string) => {
  const found = findGrade(tariff, id);
  if (found === undefined) throw new Error(id);
  return found;
};

const plan = (id: string) => {
  const found = findPlan(tariff, id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('names from the data (published tariff)', () => {
  it('plans, grades and rules', () => {
    expect(planName(tariff, plan('monthly-600'))).toBe('月套餐 600元/年');
    expect(planName(tariff, plan('annual-80000'))).toBe('年套餐 80000元/年');
    expect(gradeName(grade('ordinary-80'))).toBe('普通号码 80元/月');
    expect(gradeName(grade('special'))).toBe('特级号码');
    expect([ruleName('AABB'), ruleName('default')]).toEqual(['尾号 AABB', '其它尾号（不匹配任何靓号规则）']);
  });

  it('which numbers a plan may take, and its deals', () => {
    expect(planGradeLimit(tariff, plan('annual-1200'))).toBe('月最低消费200元/月及以下的普通号码');
    expect(planGradeLimit(tariff, plan('annual-3000'))).toBe('特级号码及以下');
    expect(dealsText(plan('monthly-960'))).toBe('存2年减500元、存3年送1年');
    expect(dealsText(plan('annual-80000'))).toBe('未公布');
  });
});
