import { describe, expect, it } from 'vitest';
import { changeTargets, withdrawTargets, type FieldKinds } from '../../src/tariff-changes/change-targets';
import { tariff } from '../helpers/tariff';

/** What the schemas would say (the CMS derives these from them): money fields, word lists, a field's name. */
const kinds: FieldKinds = {
  money: new Set(['yearly', 'rate', 'amount', 'discount', 'monthlyMinimum', 'vipThreshold', 'taxRate']),
  lists: new Set(['patterns', 'waiverExcept']),
  meaning: (field) => `<${field}>`,
};

describe('what an editor may change (published tariff)', () => {
  // Worked out inside each test, not once here: a value computed while tests are collected is out of reach of npm run mutate's mutants.
  const targetsNow = () => changeTargets(tariff, kinds);

  it('each datum with its words, current value and kind', () => {
    const targets = targetsNow();
    const wanted = [
      { path: 'plans.annual-1200.yearly', label: '年套餐 1200元/年 · 年最低消费（元/年，现为 1200）', type: 'price' },
      { path: 'plans.annual-1200.rate', label: '年套餐 1200元/年 · 每分钟资费（元/分钟，现为 0.10）', type: 'price' },
      {
        path: 'plans.annual-1200.deals.2.discount',
        label: '年套餐 1200元/年 · 存2年优惠（元，现为 700）',
        type: 'price',
      },
      {
        path: 'plans.annual-80000.rate',
        label: '年套餐 80000元/年 · <rate>（现为 consult，即来电咨询）',
        type: 'text',
      },
      { path: 'addons.ringback.charges.fee.amount', label: '彩铃功能 · 功能费（元/年，现为 100）', type: 'price' },
      {
        path: 'addons.ringback-recording.charges.recording.tiers.steps.100.amount',
        label: '彩铃录制 · 录制费 · 第 1 档（至 100）（元，现为 100）',
        type: 'price',
      },
      { path: 'addons.ringback.name', label: '彩铃功能 · <name>（现为 彩铃功能）', type: 'text' },
      { path: 'grades.special.patterns', label: '特级号码 · <patterns>（现为 AAA、AABB、ABAB）', type: 'list' },
      {
        path: 'grades.ordinary-80.monthlyMinimum',
        label: '普通号码 80元/月 · 月最低消费（元/月，现为 80）',
        type: 'price',
      },
      { path: 'grades.special.name', label: '特级号码 · <name>（现为 特级号码）', type: 'text' },
      {
        path: 'notes.carrier-rules.text',
        label:
          '说明「400电话收费标准（月最低消…」 · <text>（现为 400电话收费标准（月最低消费）以及号码类型划分规则由中国联通、中国电信集团公司制定。）',
        type: 'text',
      },
      {
        path: 'addons.anti-fake.charges.fee.tiers.steps.1000000.amount',
        label: '防伪查询 · 功能费 · 第 3 档（至 1,000,000）（元/年，现为 3000）',
        type: 'price',
      },
      {
        path: 'plans.monthly-600.maxGrade',
        label: '月套餐 600元/年 · <maxGrade>（现为 普通号码 50元/月）',
        type: 'text',
      },
      {
        path: 'addons.office-hours.needs.ringback-recording.quantities.chars',
        label: '上下班设置 · 需要的彩铃录制 · 彩铃字数（现为 100）',
        type: 'number',
      },
      { path: 'settings.taxRate', label: '发票税率（现为 0.08）', type: 'price' },
      { path: 'settings.prepayYears.max', label: '资费设置 · <max>（现为 3）', type: 'number' },
      { path: 'settings.vipThreshold', label: '大客户专属服务门槛（元，现为 15000）', type: 'price' },
      { path: 'contact.hotline', label: '联系方式 · <hotline>（现为 400-7788-691）', type: 'text' },
      {
        path: 'addons.ringback-multi.quantities.files.label',
        label: '炫铃功能 · 炫铃文件总数 · <label>（现为 炫铃文件总数）',
        type: 'text',
      },
    ];
    expect(wanted.map((t) => targets.find((x) => x.path === t.path))).toEqual(wanted);
    expect(targets).toHaveLength(215);
    // No two read alike: steps of a tiered charge say which step they are.
    const words = targets.map((t) => t.label.replace(/（[^（]*现为 .*$/u, ''));
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('never an identity, a source or what the structure hangs on', () => {
    const targets = targetsNow();
    const fixed = /\.(id|kind|source|effective|period|per|by|quantity|when|default|years|upTo|[a-z]+Source)$/u;
    expect(targets.filter((t) => fixed.test(t.path))).toEqual([]);
    expect(targets.filter((t) => t.path.startsWith('settings')).map((t) => t.path)).toEqual([
      'settings.carrier',
      'settings.taxRate',
      'settings.vipThreshold',
      'settings.prepayYears.min',
      'settings.prepayYears.max',
      'settings.consultPhone',
    ]);
    expect(targets.filter((t) => t.path.startsWith('contact')).map((t) => t.path)).toEqual([
      'contact.hotline',
      'contact.businessLine',
      'contact.address',
      'contact.complaintsQQ',
    ]);
  });

  it('what may be withdrawn: every plan, grade, add-on and note, by name', () => {
    const withdraw = withdrawTargets(tariff);
    expect(withdraw).toHaveLength(50);
    expect(withdraw.slice(0, 3)).toEqual([
      { path: 'plans.monthly-600', label: '套餐：月套餐 600元/年' },
      { path: 'plans.monthly-960', label: '套餐：月套餐 960元/年' },
      { path: 'plans.annual-1200', label: '套餐：年套餐 1200元/年' },
    ]);
    expect(withdraw.find((t) => t.path === 'notes.tax')).toEqual({
      path: 'notes.tax',
      label: '说明「以上报价均为不含税价，开发票…」',
    });
    // Every label tells its item apart, in the editor's words: no id.
    expect(new Set(withdraw.map((t) => t.label)).size).toBe(withdraw.length);
    expect(withdraw.filter((t) => /[a-z]{3}/u.test(t.label))).toEqual([]);
    expect(withdraw.filter((t) => t.path.startsWith('grades')).slice(0, 3)).toEqual([
      { path: 'grades.ordinary-50', label: '号码等级：普通号码 50元/月' },
      { path: 'grades.ordinary-80', label: '号码等级：普通号码 80元/月' },
      { path: 'grades.special', label: '号码等级：特级号码' },
    ]);
  });
});
