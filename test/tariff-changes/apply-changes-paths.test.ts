/**
 * How a change's path finds its datum, where the change's date and note go,
 * and each refusal word for word (apply-changes.ts). Every test parses its
 * files itself: the mutation run (npm run mutate) reaches only what a test
 * computes inside it.
 */
import { describe, expect, it } from 'vitest';
import { describeDatum } from '../../src/tariff-changes/apply-changes';
import { formatIssue } from '../../src/editor-messages/errors';
import { parseTariffFiles } from '../../src/tariff-files/read';
import { changeFile, history, problems, withChanges } from '../helpers/changes';
import { tariff } from '../helpers/tariff';

const set = (path: string, to: string) => `  - set: ${path}\n    to: ${to}\n`;
const withdraw = (path: string) => `  - withdraw: ${path}\n`;
const add = (item: string) => `  - add: addons\n    item: ${item}\n`;
const SCREEN_POP = '{ id: screen-pop, name: 来电弹屏, summary: 来电时弹出客户资料, charges: [] }';
const RINGBACK_FEE = set('addons.ringback.charges.fee.amount', '"120"');
/** The one file of a test, dated 2027-01-01. */
const one = (operations: string) => ({ 'a.yaml': changeFile('2027-01-01', operations) });
const CHANGE = { changed: '2027-01-01', note: '调整' };

describe('a path finds its datum', () => {
  it('a list element by its position, a tier by its upper bound, a deal by its years', () => {
    const byPosition = history(one(set('grades.special.patterns.1', 'ABCD')));
    expect(byPosition.versions[1]?.grades.find((g) => g.id === 'special')?.patterns).toEqual(['AAA', 'ABCD', 'ABAB']);
    expect(byPosition.changes[0]?.items).toEqual([
      { op: 'set', path: 'grades.special.patterns.1', what: '特级号码 · 尾号规则', old: 'AABB', new: 'ABCD' },
    ]);
    const byUpTo = history(one(set('addons.anti-fake.charges.fee.tiers.steps.500000.amount', '"1600"')));
    const steps = byUpTo.versions[1]?.addons.find((a) => a.id === 'anti-fake')?.charges[0]?.tiers?.steps;
    expect(steps?.map((s) => s.amount)).toEqual(['800', '1600', '3000']);
    expect(byUpTo.changes[0]?.items[0]).toMatchObject({ what: '防伪查询 · 功能费', unit: '元/年', old: '1500' });
  });

  it('a position past the end, or a word where a position goes, names nothing', () => {
    expect(problems(one(set('grades.special.patterns.3', 'ABCD')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “grades.special.patterns.3” 这一项',
    ]);
    expect(problems(one(set('grades.special.patterns.x', 'ABCD')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “grades.special.patterns.x” 这一项',
    ]);
    expect(problems(one(set('plans.annual-1200.deals.5.discount', '"1"')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “plans.annual-1200.deals.5” 这一项',
    ]);
  });

  it('a position of ten or more, in a list an earlier version made long', () => {
    const long = Array.from({ length: 12 }, (_, i) => `"${String(i).padStart(2, '0')}8"`).join(', ');
    const { versions } = history({
      'a.yaml': changeFile('2027-01-01', set('grades.ordinary-80.patterns', `[${long}]`)),
      'b.yaml': changeFile('2027-02-01', set('grades.ordinary-80.patterns.10', '"777"')),
    });
    expect(versions[2]?.grades.find((g) => g.id === 'ordinary-80')?.patterns.slice(9)).toEqual(['098', '777', '118']);
  });

  it('a field not there: the nearest name, or the names there are', () => {
    expect(problems(one(set('addons.ringback.nmae', '彩铃')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “addons.ringback.nmae” 这一项（是不是 “name”？）',
    ]);
    // The names a change may set: never a source, at most eight.
    expect(problems(one(set('addons.ringback.colour', '红')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “addons.ringback.colour” 这一项（这里有：id、name、summary、charges）',
    ]);
    expect(problems(one(set('settings.colour', '红')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “settings.colour” 这一项（这里有：id、name、carrier、taxRate、vipThreshold、prepayYears、consultPhone、kinds）',
    ]);
    expect(problems(one(set('addons.ivr.charges.zzz.amount', '"1"')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “addons.ivr.charges.zzz” 这一项（这里有：single-level、multi-level、extra-levels、extra-extensions）',
    ]);
    // Past a value: the path goes on where nothing has a name.
    expect(problems(one(set('addons.ringback.name.first', '彩')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “addons.ringback.name.first” 这一项',
    ]);
  });

  it('a root that is none of the files, and a name that is no datum', () => {
    expect(problems(one(set('prices.ringback', '"1"')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/unknown-root：路径要以 plans、grades、addons、notes、settings 或 contact 开头；这里写的是 “prices”',
    ]);
    expect(problems(one(set('settings.constructor.prototype.x', '"1"')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-found：没有 “settings.constructor.prototype.x” 这一项',
    ]);
    expect(problems(one(set('addons.ringback.charges.fee', '"1"')))).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/not-a-datum：“addons.ringback.charges.fee” 是一组数据，不是一个值：请写到具体的一项，例如 ….amount',
    ]);
  });

  it('describes a datum in the change log’s words, or nothing for a path that names none', () => {
    expect(describeDatum(tariff, 'addons.ringback.charges.fee.amount')).toEqual({
      what: '彩铃功能 · 功能费',
      unit: '元/年',
    });
    expect(describeDatum(tariff, 'addons.ringback.name')).toEqual({ what: '彩铃功能 · 名称' });
    expect(describeDatum(tariff, 'settings.vipThreshold')).toEqual({ what: '大客户专属服务门槛', unit: '元' });
    expect(describeDatum(tariff, 'contact.hotline')).toEqual({ what: '全国统一热线' });
    expect(describeDatum(tariff, 'addons.ringbak.name')).toBeUndefined();
  });
});

describe('the change stands in for the quote it replaces', () => {
  it('a setting: its own source field, or the settings’ source; a plan kind: the kind’s source', () => {
    const { versions, changes } = history(
      one(
        set('settings.taxRate', '"0.06"') +
          set('settings.kinds.annual.yearlyLabel', '年费') +
          set('settings.prepayYears.max', '4'),
      ),
    );
    const [before, after] = versions;
    expect(after?.settings.taxSource).toEqual(CHANGE);
    expect(after?.settings.vipSource).toEqual(before?.settings.vipSource);
    // The years one may prepay are vouched for by the settings' own source.
    expect(after?.settings.source).toEqual(CHANGE);
    expect(after?.settings.kinds.annual.source).toEqual(CHANGE);
    expect(after?.settings.kinds.monthly.source).toEqual(before?.settings.kinds.monthly.source);
    // A plan kind's field alone leaves the settings' own source as it was.
    const kindOnly = history(one(set('settings.kinds.annual.yearlyLabel', '年费'))).versions[1];
    expect(kindOnly?.settings.kinds.annual.source).toEqual(CHANGE);
    expect(kindOnly?.settings.source).toEqual(before?.settings.source);
    expect(changes[0]?.items).toEqual([
      { op: 'set', path: 'settings.taxRate', what: '发票税率', old: '0.08', new: '0.06' },
      {
        op: 'set',
        path: 'settings.kinds.annual.yearlyLabel',
        what: '年套餐 · 年金额的叫法',
        old: '年最低消费',
        new: '年费',
      },
      { op: 'set', path: 'settings.prepayYears.max', what: '可预存年数 · 最大值', old: 3, new: 4 },
    ]);
  });

  it('the VIP threshold, a contact field, and a charge with a quote of its own', () => {
    const { versions, changes } = history(
      one(
        set('settings.vipThreshold', '"20000"') +
          set('contact.hotline', '400-1111-222') +
          set('addons.ivr.charges.multi-level.amount', '"320"'),
      ),
    );
    const [before, after] = versions;
    expect(after?.settings.vipSource).toEqual(CHANGE);
    expect(after?.settings.taxSource).toEqual(before?.settings.taxSource);
    expect(after?.settings.source).toEqual(before?.settings.source);
    expect(after?.contact.source).toEqual(CHANGE);
    const ivr = after?.addons.find((a) => a.id === 'ivr');
    expect(ivr?.source).toEqual(CHANGE);
    // Only the changed charge's own quote gives way; its neighbours keep theirs.
    expect(ivr?.charges.map((c) => (c.source && 'text' in c.source ? c.source.text : c.source?.note))).toEqual([
      undefined,
      '调整',
      '如超过五层,按每层240元/层收取',
      '每层每增加一个分机按30元/年/分机收取',
    ]);
    expect(changes[0]?.items.map((i) => [i.path, i.what, i.unit])).toEqual([
      ['settings.vipThreshold', '大客户专属服务门槛', '元'],
      ['contact.hotline', '全国统一热线', undefined],
      ['addons.ivr.charges.multi-level.amount', 'IVR语音导航 · 多层语音导航', '元/年'],
    ]);
  });

  it('the date, the sources and the effective date are the change file’s own, never set', () => {
    expect(
      problems(
        one(set('settings.effective', '"2027-01-02"') + set('settings.taxSource', 'x') + set('settings.source', 'x')),
      ),
    ).toEqual([
      'tariffs/changes/a.yaml:4:10: 错误 change/set-by-change：“effective” 由变更文件本身（date 和 note）决定，不能直接修改',
      'tariffs/changes/a.yaml:6:10: 错误 change/set-by-change：“taxSource” 由变更文件本身（date 和 note）决定，不能直接修改',
      'tariffs/changes/a.yaml:8:10: 错误 change/set-by-change：“source” 由变更文件本身（date 和 note）决定，不能直接修改',
    ]);
  });
});

describe('adding and withdrawing', () => {
  it('an id already there cannot be added again, on the same day or later', () => {
    expect(problems(one(add('{ id: ringback, name: 彩铃, summary: 彩铃, charges: [] }')))).toEqual([
      'tariffs/changes/a.yaml:5:17: 错误 change/already-exists：附加功能里已经有 “ringback”：请换一个编号，或改用 set 修改它',
    ]);
    expect(
      problems({
        'a.yaml': changeFile('2027-01-01', add(SCREEN_POP)),
        'b.yaml': changeFile('2027-01-01', add(SCREEN_POP)),
      }),
    ).toEqual([
      'tariffs/changes/b.yaml:5:17: 错误 change/already-exists：附加功能里已经有 “screen-pop”：请换一个编号，或改用 set 修改它',
    ]);
  });

  it('only a whole item can be withdrawn', () => {
    const whole =
      '错误 change/withdraw-whole：withdraw 只能停止整个套餐、号码等级、附加功能或说明，例如 withdraw: addons.voice-storage';
    expect(problems(one(withdraw('addons.ringback.charges.fee')))).toEqual([`tariffs/changes/a.yaml:4:15: ${whole}`]);
    expect(problems(one(withdraw('settings.taxRate')))).toEqual([`tariffs/changes/a.yaml:4:15: ${whole}`]);
    expect(problems(one(withdraw('grades.special.patterns.0')))).toEqual([`tariffs/changes/a.yaml:4:15: ${whole}`]);
  });

  it('a withdrawal is refused where an add-on needs it, or a plan kind’s fee rule names it', () => {
    expect(
      problems(
        one(
          add(
            '{ id: screen-pop, name: 来电弹屏, summary: 弹屏, charges: [], needs: [{ id: ringback }, { id: voice-storage }] }',
          ) + withdraw('addons.voice-storage'),
        ),
      ),
    ).toEqual([
      'tariffs/changes/a.yaml:6:15: 错误 change/withdraw-needed：来电弹屏 需要语音文件保存，不能单独停止受理语音文件保存：请同时停止或修改它们',
    ]);
    expect(problems(one(RINGBACK_FEE + withdraw('addons.trunk')))).toEqual([
      'tariffs/changes/a.yaml:6:15: 错误 change/withdraw-needed：年套餐的功能费规则 需要企业总机中继，不能单独停止受理企业总机中继：请同时停止或修改它们',
    ]);
    expect(problems(one(withdraw('addons.ringbak')))).toEqual([
      'tariffs/changes/a.yaml:4:15: 错误 change/unknown-id：这个版本里没有附加功能 “ringbak”（是不是 “ringback”？）',
    ]);
  });
});

describe('one datum, one change a day', () => {
  it('a set under an item withdrawn the same day, in either order, and the same item twice in one file', () => {
    expect(
      problems({
        'a.yaml': changeFile('2027-01-01', RINGBACK_FEE),
        'b.yaml': changeFile('2027-01-01', withdraw('addons.ringback')),
      }),
    ).toEqual([
      'tariffs/changes/b.yaml:4:15: 错误 change/twice：“彩铃功能 · 全部（addons.ringback）” 在 2027-01-01 被修改了两次（另一处在 tariffs/changes/a.yaml 的第 1 项变更）：同一天的同一项只能修改一次，请删掉其中一处',
    ]);
    expect(
      problems({
        'a.yaml': changeFile('2027-01-01', withdraw('addons.voice-storage')),
        'b.yaml': changeFile('2027-01-01', set('addons.voice-storage.charges.fee.amount', '"1"')),
      }),
    ).toEqual([
      'tariffs/changes/b.yaml:4:10: 错误 change/twice：“语音文件保存 · 全部（addons.voice-storage）” 在 2027-01-01 被修改了两次（另一处在 tariffs/changes/a.yaml 的第 1 项变更）：同一天的同一项只能修改一次，请删掉其中一处',
    ]);
    expect(problems(one(RINGBACK_FEE + withdraw('addons.ringback-multi') + withdraw('addons.ringback')))).toEqual([
      'tariffs/changes/a.yaml:7:15: 错误 change/twice：“彩铃功能 · 全部（addons.ringback）” 在 2027-01-01 被修改了两次（另一处在 tariffs/changes/a.yaml 的第 1 项变更）：同一天的同一项只能修改一次，请删掉其中一处',
    ]);
  });

  it('an added item claims its id for the day', () => {
    expect(
      problems({
        'a.yaml': changeFile('2027-01-01', add(SCREEN_POP)),
        'b.yaml': changeFile('2027-01-01', set('addons.screen-pop.name', '弹屏')),
      }),
    ).toEqual([
      'tariffs/changes/b.yaml:4:10: 错误 change/twice：“addons.screen-pop.name” 在 2027-01-01 被修改了两次（另一处在 tariffs/changes/a.yaml 的第 1 项变更）：同一天的同一项只能修改一次，请删掉其中一处',
    ]);
  });
});

describe('a result that does not hold is traced to the change', () => {
  it('to the to: line of a setting, a contact field, or an add-on far down the file', () => {
    expect(problems(one(set('settings.taxRate', 'abc')))).toEqual([
      "tariffs/changes/a.yaml:5:9: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"abc\"",
    ]);
    expect(problems(one(set('contact.hotline', '""')))).toEqual([
      'tariffs/changes/a.yaml:5:9: 错误 field/too-short：hotline 不能为空（至少 1 项或 1 个字）',
    ]);
    // trunk is the 17th add-on: its index has two digits.
    expect(problems(one(set('addons.trunk.charges.fee.amount', '"-5"')))).toEqual([
      "tariffs/changes/a.yaml:5:9: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"-5\"",
    ]);
  });

  it('to the one change of a file that is to blame, not the first', () => {
    const bad = set('addons.trunk.charges.fee.amount', '"-5"');
    const invalid =
      "错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"-5\"";
    expect(problems(one(add(SCREEN_POP) + bad))).toEqual([`tariffs/changes/a.yaml:7:9: ${invalid}`]);
    expect(problems(one(RINGBACK_FEE + bad))).toEqual([`tariffs/changes/a.yaml:7:9: ${invalid}`]);
  });

  it('to the field of an added item', () => {
    const item =
      '\n      id: screen-pop\n      name: 来电弹屏\n      summary: 弹屏\n      charges:\n        - { id: fee, label: 功能费, period: year, amount: "-5" }\n';
    expect(problems(one(`  - add: addons\n    item:${item}`))).toEqual([
      "tariffs/changes/a.yaml:10:56: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"-5\"",
    ]);
  });

  it('to the date’s changes as a whole where no one change is to blame', () => {
    expect(problems(one(withdraw('grades.ordinary-50') + set('plans.monthly-600.maxGrade', 'ordinary-80')))).toEqual([
      'tariffs/changes/a.yaml:4:3: 错误 change/invalid-result：2027-01-01 起的资费按此修改后不成立（grades）：必须有且只有一个号码等级写 default: true（现在有 0 个）',
    ]);
  });
});

describe('the files of a history', () => {
  it('a missing field is named as missing, a wrong one as wrong', () => {
    const operations = 'changes:\n  - set: addons.ringback.charges.fee.amount\n    to: "120"\n';
    expect(problems({ 'a.yaml': `date: "2027-01-01"\n${operations}` })).toEqual([
      'tariffs/changes/a.yaml:1:1: 错误 field/missing：缺少 note（对外说明），例如 note: 彩铃功能费调整为每年 120 元',
    ]);
    expect(problems({ 'a.yaml': `date: "2027-01-01"\nnote: 5\n${operations}` })).toEqual([
      'tariffs/changes/a.yaml:2:7: 错误 field/type：note 应写文字（需要时加引号），这里写的是 5',
    ]);
  });

  it('a date too early is said alone: nothing of that file is applied', () => {
    expect(problems({ 'a.yaml': changeFile('2015-01-01', set('addons.ringbak.charges.fee.amount', '"120"')) })).toEqual(
      [
        'tariffs/changes/a.yaml:1:7: 错误 change/date-too-early：变更日期必须晚于已发布资费的日期 2016-04-10；这里写的是 2015-01-01',
      ],
    );
  });

  it('versions follow the dates, and a day’s files their names, whatever order the files come in', () => {
    const files = {
      'z.yaml': changeFile('2027-03-01', set('addons.screen-pop.name', '来电弹屏Plus'), '改名'),
      'b.yaml': changeFile('2027-02-01', set('addons.screen-pop.charges.fee.amount', '"80"'), '调价'),
      'a.yaml': changeFile('2027-02-01', set('addons.ringback.charges.fee.amount', '"120"'), '彩铃调价'),
      'y.yaml': changeFile(
        '2027-01-01',
        add(
          '{ id: screen-pop, name: 来电弹屏, summary: 弹屏, charges: [{ id: fee, label: 功能费, period: year, amount: "60" }] }',
        ),
        '新增',
      ),
      'x.yaml': changeFile('2027-04-01', set('addons.screen-pop.charges.fee.amount', '"90"'), '再调价'),
    };
    const result = parseTariffFiles(withChanges(files, 'as-written'));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const { versions, changes } = result.history;
    expect(versions.map((v) => v.settings.effective)).toEqual([
      '2016-04-10',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
    ]);
    expect(changes[0]?.items).toEqual([{ op: 'add', path: 'addons.screen-pop', what: '新增附加功能：来电弹屏' }]);
    expect(changes.map((c) => [c.date, c.file, c.items[0]?.what])).toEqual([
      ['2027-01-01', 'tariffs/changes/y.yaml', '新增附加功能：来电弹屏'],
      ['2027-02-01', 'tariffs/changes/a.yaml', '彩铃功能 · 功能费'],
      ['2027-02-01', 'tariffs/changes/b.yaml', '来电弹屏 · 功能费'],
      ['2027-03-01', 'tariffs/changes/z.yaml', '来电弹屏 · 名称'],
      // Named as the version before it names the add-on.
      ['2027-04-01', 'tariffs/changes/x.yaml', '来电弹屏Plus · 功能费'],
    ]);
  });
});
