import { describe, expect, it } from 'vitest';
import { changeImpacts, impactText } from '../../src/cli/impact';
import { changeFile, history } from '../helpers/changes';

const report = (changes: Record<string, string>) => {
  const h = history(changes);
  return impactText(changeImpacts(h.versions, h.changes), h.versions).split('\n');
};

describe('changes --impact', () => {
  it('prices each plan before and after in 元, and says why the plans left out do not change', () => {
    const lines = report({
      '2030-01-01-ringback.yaml': changeFile(
        '2030-01-01',
        '  - set: addons.ringback.charges.fee.amount\n    to: "120"\n',
        '彩铃功能费调整为每年 120 元',
      ),
    });
    expect(lines.slice(0, 4)).toEqual([
      '2030-01-01 彩铃功能费调整为每年 120 元（tariffs/changes/2030-01-01-ringback.yaml）',
      '  · 彩铃功能 · 功能费',
      '  按一年、普通号码、不开发票计，含附加功能：彩铃功能',
      '  月套餐 600元/年     每月    0 分钟       700.00 元 →      720.00 元  +20.00 元',
    ]);
    // 1000 minutes × 12 × 0.13 = 1,560.00, plus the fee: 1,660.00 → 1,680.00.
    expect(lines).toContain('  月套餐 600元/年     每月 1000 分钟     1,660.00 元 →    1,680.00 元  +20.00 元');
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toBe(
      '  合计不变：年套餐 1200元/年、年套餐 1500元/年、年套餐 2000元/年、年套餐 3000元/年、年套餐 3600元/年、年套餐 80000元/年（年套餐赠送附加功能年费）',
    );
  });

  it('a withdrawal says the add-on can no longer be bought, not that nothing changes', () => {
    expect(
      report({
        '2030-02-01-voice-storage.yaml': changeFile(
          '2030-02-01',
          '  - kind: withdraw\n    withdraw: addons.voice-storage\n',
          '语音文件保存功能停止受理',
        ),
      }),
    ).toEqual([
      '2030-02-01 语音文件保存功能停止受理（tariffs/changes/2030-02-01-voice-storage.yaml）',
      '  · 停止提供附加功能：语音文件保存',
      '  语音文件保存：自 2030-02-01 起停止受理，不能再办理，报价中不再含这项功能',
    ]);
  });
});
