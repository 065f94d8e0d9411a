import { describe, expect, it } from 'vitest';
import {
  addedLabel,
  contactLabel,
  itemLabel,
  settingLabel,
  withdrawnLabel,
} from '../../src/tariff-changes/change-labels';
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
    expect(itemLabel(tariff, 'addons', 'ringback', ['name'])).toEqual({ what: '彩铃功能 · 名称' });
    expect(itemLabel(tariff, 'addons', 'ringback-multi', ['quantities', 'files', 'label'])).toEqual({
      what: '炫铃功能 · 估算时询问的数量 · files · 显示名称',
    });
    expect(itemLabel(tariff, 'addons', 'ringback', [])).toEqual({ what: '彩铃功能 · 全部' });
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['summary'])).toEqual({ what: '年套餐 1200元/年 · 一句话简介' });
    expect(itemLabel(tariff, 'grades', 'special', ['name'])).toEqual({ what: '特级号码 · 名称' });
    expect(itemLabel(tariff, 'grades', 'special', ['patterns', '1'])).toEqual({ what: '特级号码 · 尾号规则' });
    expect(itemLabel(tariff, 'plans', 'annual-3000', ['maxGrade'])).toEqual({
      what: '年套餐 3000元/年 · 可选的最高号码等级',
    });
    expect(itemLabel(tariff, 'plans', 'annual-1200', ['rate'])).toEqual({
      what: '年套餐 1200元/年 · 每分钟资费',
      unit: '元/分钟',
    });
    expect(itemLabel(tariff, 'plans', 'monthly-960', ['maxMonthlyMinimum'])).toEqual({
      what: '月套餐 960元/年 · 可选号码的月最低消费上限',
      unit: '元/月',
    });
    expect(itemLabel(tariff, 'plans', 'annual-9999', ['yearly'])).toEqual({
      what: 'annual-9999 · 年金额',
      unit: '元/年',
    });
    // A charge's words, not its amount: no unit.
    expect(itemLabel(tariff, 'addons', 'ringback', ['charges', 'fee', 'label'])).toEqual({ what: '彩铃功能 · 功能费' });
    expect(itemLabel(tariff, 'addons', 'ringback', ['charges', 'nofee', 'amount'])).toEqual({
      what: '彩铃功能 · 收费项 · nofee · 金额',
    });
    expect(itemLabel(tariff, 'addons', 'screen-pop', ['charges', 'fee', 'amount'])).toEqual({
      what: 'screen-pop · 收费项 · fee · 金额',
    });
    expect(
      itemLabel(tariff, 'addons', 'ringback-recording', ['charges', 'recording', 'tiers', 'steps', '100', 'amount']),
    ).toEqual({
      what: '彩铃录制 · 录制费',
      unit: '元',
    });
    expect(itemLabel(tariff, 'grades', 'ordinary-80', ['monthlyMinimum'])).toEqual({
      what: '普通号码 80元/月 · 月最低消费',
      unit: '元/月',
    });
    expect(itemLabel(tariff, 'grades', 'special', ['patterns'])).toEqual({ what: '特级号码 · 尾号规则' });
    expect(itemLabel(tariff, 'notes', 'invoice', ['text'])).toEqual({ what: '说明 invoice · 文字' });
  });

  it('settings, plan kinds and contact fields by their Chinese names', () => {
    expect(settingLabel(tariff, ['vipThreshold'])).toEqual({ what: '大客户专属服务门槛', unit: '元' });
    expect(settingLabel(tariff, ['taxRate'])).toEqual({ what: '发票税率' });
    expect(settingLabel(tariff, ['prepayYears', 'min'])).toEqual({ what: '可预存年数 · 最小值' });
    expect(settingLabel(tariff, ['carrier'])).toEqual({ what: '运营商' });
    expect(settingLabel(tariff, ['kinds', 'annual', 'name'])).toEqual({ what: '年套餐 · 名称' });
    expect(settingLabel(tariff, ['kinds', 'monthly', 'waiverExcept'])).toEqual({
      what: '月套餐 · 不免功能费的附加功能',
    });
    expect(settingLabel(tariff, ['kinds', 'weekly', 'name'])).toEqual({ what: '套餐类别 · weekly · 名称' });
    expect(contactLabel(['hotline'])).toBe('全国统一热线');
    expect(contactLabel(['applyEmail'])).toBe('接收在线办理申请的邮箱');
    expect(contactLabel(['__proto__'])).toBe('__proto__');
  });

  it('an item added or withdrawn', () => {
    expect(addedLabel('addons', { id: 'screen-pop', name: '来电弹屏' })).toBe('新增附加功能：来电弹屏');
    expect(addedLabel('plans', { id: 'annual-5000' })).toBe('新增套餐：annual-5000');
    expect(withdrawnLabel(tariff, ['grades', 'super'], {})).toBe('停止提供号码等级：超级号码');
    expect(withdrawnLabel(tariff, ['notes', 'invoice'], { id: 'invoice', text: '开发票' })).toBe(
      '停止提供说明：invoice',
    );
    expect(withdrawnLabel(tariff, ['addons', 'blacklist'], { name: '黑名单设置' })).toBe(
      '停止提供附加功能：黑名单设置',
    );
  });
});
