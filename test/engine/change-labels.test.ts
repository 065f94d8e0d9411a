import { describe, expect, it } from 'vitest';
import { addedLabel, contactLabel, itemLabel, settingLabel, withdrawnLabel } from '../../src/engine/change-labels';
import { tariff } from '../helpers/tariff';

describe('what a change touches, in words (published tariff)', () => {
  it('a plan’s, an add-on’s and a grade’s data, with the unit money has', () => {
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['yearly'])).toEqual({
      what: '年套餐 1200元/年 · 年最低消费',
      unit: '元/年',
    });
    expect(itemLabel(tariff, 'plans', 'monthly-600', ['yearly'])).toEqual({
      what: '月套餐 600元/年 · 预存',
      unit: '元/年',
    });
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['deals', '2', 'discount'])).toEqual({
      what: '年套餐 1200元/年 · 存2年优惠',
      unit: '元',
    });
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['deals', '2', 'years'])).toEqual({
      what: '年套餐 1200元/年 · 预存优惠',
    });
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['deals'])).toEqual({ what: '年套餐 1200元/年 · 预存优惠' });
    expect(itemLabel(tariff, 'addons', 'ringback', ['charges', 'fee', 'amount'])).toEqual({
      what: '彩铃功能 · 功能费',
      unit: '元/年',
    });
    expect(itemLabel(tariff, 'addons', 'ringback', ['name'])).toEqual({ what: '彩铃功能 · name' });
    expect(itemLabel(tariff, 'grades', 'ordinary-80', ['monthlyMinimum'])).toEqual({
      what: '普通号码 80元/月 · 月最低消费',
      unit: '元/月',
    });
    expect(itemLabel(tariff, 'grades', 'special', ['patterns'])).toEqual({ what: '特级号码 · 尾号规则' });
    expect(itemLabel(tariff, 'notes', 'invoice', ['text'])).toEqual({ what: '说明 invoice' });
  });

  it('settings and contact fields by their Chinese names', () => {
    expect(settingLabel(['vipThreshold'])).toEqual({ what: '大客户专属服务门槛', unit: '元' });
    expect(settingLabel(['taxRate'])).toEqual({ what: '发票税率' });
    expect(settingLabel(['kinds', 'annual', 'name'])).toEqual({ what: 'kinds.annual.name' });
    expect(contactLabel(['hotline'])).toBe('全国统一热线');
    expect(contactLabel(['__proto__'])).toBe('__proto__');
  });

  it('an item added or withdrawn', () => {
    expect(addedLabel('addons', { id: 'screen-pop', name: '来电弹屏' })).toBe('新增附加功能：来电弹屏');
    expect(addedLabel('plans', { id: 'annual-5000' })).toBe('新增套餐：annual-5000');
    expect(withdrawnLabel(tariff, ['grades', 'super'], {})).toBe('停止提供号码等级：超级号码');
    expect(withdrawnLabel(tariff, ['addons', 'blacklist'], { name: '黑名单设置' })).toBe(
      '停止提供附加功能：黑名单设置',
    );
  });
});
