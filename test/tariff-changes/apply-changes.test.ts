/** Dated changes over the published tariff: versions, the change log, and what `check` refuses. */
import { describe, expect, it } from 'vitest';
import { quoteAt, tariffAt } from '../../src/engine/index';
import { parseTariffFiles } from '../../src/tariff-files/read';
import { history, problems, withChanges } from '../helpers/changes';

const RINGBACK_120 = `date: "2027-01-01"
note: 彩铃功能费调整为每年 120 元
changes:
  - set: addons.ringback.charges.fee.amount
    to: "120"
`;
const ringbackRequest = { plan: 'monthly-600', minutesPerMonth: 0, prepayYears: 1, addons: { ringback: {} } };

describe('tariff versions', () => {
  it('the published tariff alone is one version, of 2016-04-10', () => {
    const { versions, changes } = history({});
    expect(versions.map((v) => v.settings.effective)).toEqual(['2016-04-10']);
    expect(changes).toEqual([]);
  });

  it('a dated price change makes a new version from its date; the version before it is unchanged', () => {
    const { versions, changes } = history({ '2027-01-01-ringback.yaml': RINGBACK_120 });
    expect(versions.map((v) => v.settings.effective)).toEqual(['2016-04-10', '2027-01-01']);
    const [before, after] = versions;
    expect(before?.addons.find((a) => a.id === 'ringback')?.charges[0]?.amount).toBe('100');
    expect(after?.addons.find((a) => a.id === 'ringback')?.charges[0]?.amount).toBe('120');
    // The changed add-on no longer carries the published quote: it carries the change.
    expect(before?.addons.find((a) => a.id === 'ringback')?.source).toEqual({
      section: '【3】附加功能 1',
      text: '1.彩铃功能费   100元/年',
    });
    expect(after?.addons.find((a) => a.id === 'ringback')?.source).toEqual({
      changed: '2027-01-01',
      note: '彩铃功能费调整为每年 120 元',
    });
    expect(changes).toEqual([
      {
        date: '2027-01-01',
        note: '彩铃功能费调整为每年 120 元',
        file: 'tariffs/changes/2027-01-01-ringback.yaml',
        items: [
          {
            op: 'set',
            path: 'addons.ringback.charges.fee.amount',
            what: '彩铃功能 · 功能费',
            unit: '元/年',
            old: '100',
            new: '120',
          },
        ],
      },
    ]);
  });

  it('the version in force on a date, and quotes that say which version they used', () => {
    const { versions } = history({ '2027-01-01-ringback.yaml': RINGBACK_120 });
    expect(tariffAt(versions, '2016-04-09')).toBeUndefined();
    expect(tariffAt(versions, '2026-12-31')?.settings.effective).toBe('2016-04-10');
    expect(tariffAt(versions, '2027-01-01')?.settings.effective).toBe('2027-01-01');
    const total = (date: string) => {
      const result = quoteAt(versions, { ...ringbackRequest, date });
      return result.ok && 'quote' in result ? [result.quote.version, result.quote.total] : result;
    };
    expect(total('2026-12-31')).toEqual(['2016-04-10', '700.00']);
    expect(total('2027-01-01')).toEqual(['2027-01-01', '720.00']);
    expect(quoteAt(versions, ringbackRequest, '2027-06-01')).toMatchObject({ ok: true, quote: { total: '720.00' } });
    expect(quoteAt(versions, { ...ringbackRequest, date: '2016-04-09' })).toEqual({
      ok: false,
      error: { field: 'date', message: '2016-04-09 之前没有资费；最早的资费自 2016-04-10 起' },
    });
    expect(quoteAt(versions, { ...ringbackRequest, date: '2027-02-30' })).toMatchObject({
      ok: false,
      error: { field: 'date' },
    });
  });

  it('adds and withdraws add-ons, and changes grade patterns and deals', () => {
    const { versions, changes } = history({
      '2027-03-01-offer.yaml': `date: "2027-03-01"
note: 新增来电弹屏，停止提供语音文件保存，特级号码新增尾号 ABCD
changes:
  - add: addons
    item:
      id: screen-pop
      name: 来电弹屏
      summary: 来电时在电脑上弹出客户资料
      charges:
        - { id: fee, label: 功能费, period: year, amount: "60" }
  - withdraw: addons.voice-storage
  - set: grades.special.patterns
    to: [AAA, AABB, ABAB, ABCD]
  - set: plans.annual-1200.deals.2.discount
    to: "750"
`,
    });
    const after = versions[1];
    expect(after?.addons.some((a) => a.id === 'screen-pop')).toBe(true);
    expect(after?.addons.some((a) => a.id === 'voice-storage')).toBe(false);
    expect(after?.grades.find((g) => g.id === 'special')?.patterns).toContain('ABCD');
    expect(after?.plans.find((p) => p.id === 'annual-1200')?.deals[0]).toEqual({ years: 2, discount: '750' });
    expect(changes[0]?.items.map((i) => [i.op, i.what])).toEqual([
      ['add', '新增附加功能：来电弹屏'],
      ['withdraw', '停止提供附加功能：语音文件保存'],
      ['set', '特级号码 · 尾号规则'],
      ['set', '年套餐 1200元/年 · 存2年优惠'],
    ]);
  });

  it('refuses a change before the published tariff, a date that does not exist, and the same datum twice on one day', () => {
    expect(problems({ 'early.yaml': RINGBACK_120.replace('2027-01-01', '2015-01-01') })).toEqual([
      'tariffs/changes/early.yaml:1:7: 错误 change/date-too-early：变更日期必须晚于已发布资费的日期 2016-04-10；这里写的是 2015-01-01',
    ]);
    // On the publication day itself: two versions would share one date.
    expect(problems({ 'same-day.yaml': RINGBACK_120.replace('2027-01-01', '2016-04-10') })).toEqual([
      'tariffs/changes/same-day.yaml:1:7: 错误 change/date-too-early：变更日期必须晚于已发布资费的日期 2016-04-10；这里写的是 2016-04-10',
    ]);
    // The day after is the first a change may take.
    expect(problems({ 'next-day.yaml': RINGBACK_120.replace('2027-01-01', '2016-04-11') })).toEqual([]);
    expect(problems({ 'bad-date.yaml': RINGBACK_120.replace('2027-01-01', '2027-02-30') })).toEqual([
      'tariffs/changes/bad-date.yaml:1:7: 错误 date/invalid：日期应写成真实存在的 YYYY-MM-DD 并加引号，例如 \'2027-01-01\'；这里写的是 "2027-02-30"',
    ]);
    expect(problems({ 'a.yaml': RINGBACK_120, 'b.yaml': RINGBACK_120.replace('"120"', '"130"') })).toEqual([
      'tariffs/changes/b.yaml:4:10: 错误 change/twice：“彩铃功能 · 功能费（addons.ringback.charges.fee.amount）” 在 2027-01-01 被修改了两次（另一处在 tariffs/changes/a.yaml 的第 1 项变更）：同一天的同一项只能修改一次，请删掉其中一处',
    ]);
  });

  it('refuses a change that leaves the tariff invalid, naming the change file', () => {
    const withdrawn = problems({
      'grade.yaml': `date: "2027-01-01"
note: 取消 80 元普通号码等级
changes:
  - withdraw: grades.ordinary-80
`,
    });
    expect(withdrawn).toEqual([
      'tariffs/changes/grade.yaml:4:15: 错误 change/withdraw-needed：月套餐 960元/年 需要普通号码 80元/月，不能单独停止受理普通号码 80元/月：请同时停止或修改它们',
    ]);
    const cycle = problems({
      'cycle.yaml': `date: "2027-01-01"
note: 彩铃需要炫铃
changes:
  - set: addons.ringback.needs
    to: [{ id: ringback-multi }]
`,
    });
    expect(cycle).toContain(
      'tariffs/changes/cycle.yaml:5:9: 错误 ref/cycle：彩铃功能 通过其它功能又需要了自己（循环依赖）',
    );
    expect(problems({ 'typo.yaml': RINGBACK_120.replace('addons.ringback.', 'addons.ringbak.') })).toEqual([
      'tariffs/changes/typo.yaml:4:10: 错误 change/unknown-id：这个版本里没有附加功能 “ringbak”（是不是 “ringback”？）',
    ]);
  });

  it('a withdrawal others need is refused once, at the withdrawal, naming them in Chinese', () => {
    expect(
      problems({
        '2027-01-01-ringback.yaml': `date: "2027-01-01"
note: 彩铃功能停止受理
changes:
  - withdraw: addons.ringback
`,
      }),
    ).toEqual([
      'tariffs/changes/2027-01-01-ringback.yaml:4:15: 错误 change/withdraw-needed：炫铃功能、通话前置音、IVR语音导航、防伪查询开通费 需要彩铃功能，不能单独停止受理彩铃功能：请同时停止或修改它们',
    ]);
  });

  it('an unquoted amount is named at its to: line; a file named after another date is no error (check hints at it)', () => {
    expect(problems({ '2027-01-01-ringback.yaml': RINGBACK_120.replace('"120"', '120') })).toEqual([
      "tariffs/changes/2027-01-01-ringback.yaml:5:9: 错误 money/unquoted：金额要加引号：请写成 '120'（带引号），不带引号的数字可能被读错",
    ]);
    expect(problems({ '2026-12-01-ringback.yaml': RINGBACK_120 })).toEqual([]);
  });

  it.each([
    ['addons.ringback.charges.fee.__proto__', 'change/not-found'],
    ['contact.__proto__.polluted', 'change/not-found'],
    ['settings.constructor.prototype.x', 'change/not-found'],
    ['settings.hasOwnProperty', 'change/not-found'],
    ['addons.ringback.charges.fee', 'change/not-a-datum'],
    ['addons.ringback.charges.charges.nofee', 'change/not-found'],
    ['notes.toString', 'change/unknown-id'],
  ])('a path that names no datum (%s) is refused with %s and changes nothing', (path, code) => {
    const result = parseTariffFiles(
      withChanges({ '2027-01-01-x.yaml': `date: "2027-01-01"\nnote: x\nchanges:\n  - set: ${path}\n    to: "120"\n` }),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([code]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(['settings.__proto__', 'settings.hasOwnProperty', 'addons.__proto__'])(
    'withdraw: %s is refused without a crash',
    (path) => {
      const result = parseTariffFiles(
        withChanges({ '2027-01-01-x.yaml': `date: "2027-01-01"\nnote: x\nchanges:\n  - withdraw: ${path}\n` }),
      );
      expect(result.ok).toBe(false);
    },
  );
});
