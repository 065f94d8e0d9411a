import { describe, expect, it } from 'vitest';
import { findAddon, type Addon } from '../../src/engine/index';
import {
  addonPriceText,
  chargeParts,
  gradeMinimumText,
  kindWaives,
  monthlyMinimumText,
  waivingKinds,
} from '../../src/presentation/describe';
import { count, rate, yuan } from '../../src/presentation/format';
import { splitPhones, telHref } from '../../src/presentation/phones';
import { changedText, scheduledFor } from '../../src/presentation/changes';
import { tariff } from '../helpers/tariff';

const addon = (id: string): Addon => {
  const found = findAddon(tariff, id);
  if (found === undefined) throw new Error(id);
  return found;
};

/** The n-th item, or a failed test saying it is missing. */
function nth<T>(items: readonly T[], n: number): T {
  const item = items[n];
  if (item === undefined) throw new Error(`no item ${n}`);
  return item;
}

describe('words and numbers for visitors (published tariff)', () => {
  it('formats money exactly, grouped, with two decimals', () => {
    expect([yuan('80000'), yuan('0.5'), rate('0.1'), count(1000000)]).toEqual([
      '80,000.00',
      '0.50',
      '0.10',
      '1,000,000',
    ]);
  });

  it('a charge’s prices: one part per tier, each amount with its unit', () => {
    const antiFake = addon('anti-fake');
    expect(chargeParts(antiFake, nth(antiFake.charges, 0))).toEqual([
      { amount: '800.00 元/年', detail: '（每年防伪码条数 ≤ 100,000条）' },
      { amount: '1,500.00 元/年', detail: '（每年防伪码条数 100,001–500,000条）' },
      { amount: '3,000.00 元/年', detail: '（每年防伪码条数 500,001–1,000,000条）' },
      { amount: '', detail: '更多为来电咨询' },
    ]);
    const multi = addon('ringback-multi');
    expect(chargeParts(multi, nth(multi.charges, 1))).toEqual([
      { amount: '30.00 元/年', detail: ' 每个（超出 10 个的部分）' },
    ]);
    expect(addonPriceText(addon('area-routing'))).toBe('免费');
  });

  it('monthly minimums of plans and grades', () => {
    expect(monthlyMinimumText(nth(tariff.plans, 0))).toBe('50.00 元/月');
    expect(tariff.grades.map(gradeMinimumText)).toEqual([
      '50.00 元/月',
      '80.00 元/月',
      '不设（仅可选年套餐）',
      '不设（仅可选年套餐）',
    ]);
  });

  it('phone numbers in text become links that dial', () => {
    expect(splitPhones('请拨打全国热线电话 4006-130-866 咨询或 18739370622。')).toEqual([
      { text: '请拨打全国热线电话 ' },
      { phone: '4006-130-866' },
      { text: ' 咨询或 ' },
      { phone: '18739370622' },
      { text: '。' },
    ]);
    expect(telHref('400-7788-691')).toBe('tel:4007788691');
  });

  it('a change in words, and the scheduled ones a page announces', () => {
    const item = {
      op: 'set' as const,
      path: 'addons.ringback.charges.fee.amount',
      what: '彩铃功能 · 功能费',
      unit: '元/年',
      old: '100',
      new: '120',
    };
    expect(changedText(item)).toBe('彩铃功能 · 功能费 100.00 → 120.00 元/年');
    const changes = [{ date: '2027-01-01', note: '调价', file: 'x.yaml', items: [item] }];
    expect(scheduledFor(changes, '2026-12-01', ['addons.ringback'])).toHaveLength(1);
    expect(scheduledFor(changes, '2026-12-01', ['addons.ivr'])).toEqual([]);
    expect(scheduledFor(changes, '2027-01-01', ['addons.ringback'])).toEqual([]);
  });

  it('the plan kinds that give add-ons’ yearly fees free are the ones the settings say, whichever they are', () => {
    const ringback = findAddon(tariff, 'ringback') as Addon;
    const trunk = findAddon(tariff, 'trunk') as Addon;
    expect(waivingKinds(tariff).map((k) => [k.kind, k.name])).toEqual([['annual', '年套餐']]);
    const [annual] = waivingKinds(tariff);
    if (annual === undefined) throw new Error('no waiving kind');
    expect([kindWaives(tariff, annual, ringback), kindWaives(tariff, annual, trunk)]).toEqual(['waived', 'excepted']);
    const kinds = {
      ...tariff.settings.kinds,
      monthly: { ...tariff.settings.kinds.monthly, waivesAddonYearlyFees: true },
    };
    const both = { ...tariff, settings: { ...tariff.settings, kinds } };
    expect(waivingKinds(both).map((k) => k.name)).toEqual(['月套餐', '年套餐']);
    const none = {
      ...tariff,
      settings: { ...tariff.settings, kinds: { ...kinds, annual: { ...kinds.annual, waivesAddonYearlyFees: false } } },
    };
    expect(
      waivingKinds({
        ...none,
        settings: { ...none.settings, kinds: { ...none.settings.kinds, monthly: tariff.settings.kinds.monthly } },
      }),
    ).toEqual([]);
  });
});
