/**
 * Every line of a quote as a visitor reads it (published tariff): label,
 * the worked detail, the reason a fee is 0 or was added, and the amount.
 * The totals are checked elsewhere; here the explanation is pinned too.
 */
import { describe, expect, it } from 'vitest';
import { quote } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

function quoted(request: Record<string, unknown>) {
  const result = quote(tariff, request);
  if (!result.ok || !('quote' in result)) throw new Error('expected one quote');
  const { lines, subtotal, tax, total, serviceYears } = result.quote;
  return { lines, subtotal, tax, total, serviceYears };
}

describe('quote lines, explained', () => {
  it('monthly-960, 1200 min, 3 years with an invoice: usage over the monthly minimum for 48 months, an included and needed 彩铃, a tiered recording', () => {
    expect(
      quoted({
        plan: 'monthly-960',
        minutesPerMonth: 1200,
        prepayYears: 3,
        invoice: true,
        number: '400-123-4566',
        addons: { 'ringback-multi': { files: 3 }, 'ringback-recording': { chars: 250, count: 2 }, ivr: {} },
      }),
    ).toEqual({
      lines: [
        { id: 'prepaid', label: '预存', detail: '960元/年 × 3年', amount: '2880.00' },
        {
          id: 'usage',
          label: '超出最低消费的通话费',
          detail: '每月超出 (1200分钟 × 0.12元 − 80元) = 64元 × 48个月',
          amount: '3072.00',
        },
        {
          id: 'ringback.fee',
          label: '彩铃功能 · 功能费',
          detail: '100元/年 × 4年',
          addon: 'ringback',
          reason: 'IVR语音导航已含彩铃功能费用；炫铃功能需要彩铃功能，已自动加入',
          amount: '0.00',
        },
        {
          id: 'ringback-multi.fee',
          label: '炫铃功能 · 功能费（含10个炫铃文件）',
          detail: '180元/年 × 4年',
          addon: 'ringback-multi',
          amount: '720.00',
        },
        {
          id: 'ringback-recording.recording',
          label: '彩铃录制 · 录制费',
          detail: '200元 × 2首',
          addon: 'ringback-recording',
          amount: '400.00',
        },
        {
          id: 'ivr.single-level',
          label: 'IVR语音导航 · 一层语音导航',
          detail: '180元/年 × 4年',
          addon: 'ivr',
          amount: '720.00',
        },
      ],
      subtotal: '7792.00',
      tax: '623.36',
      total: '8415.36',
      serviceYears: 4,
    });
  });

  it('annual-1200, 1500 min, 2 years: the deal, yearly usage, free add-ons, waived and excepted fees, counted extras and a monthly fee', () => {
    expect(
      quoted({
        plan: 'annual-1200',
        minutesPerMonth: 1500,
        prepayYears: 2,
        grade: 'ordinary-50',
        addons: {
          'ringback-multi': { files: 12 },
          trunk: {},
          'voice-storage': {},
          'agent-id': {},
          'ringback-upload': { uploads: 1 },
          ivr: { levels: 7, extraExtensions: 3 },
          'office-hours': {},
        },
      }),
    ).toEqual({
      lines: [
        { id: 'prepaid', label: '年最低消费', detail: '1200元/年 × 2年 − 优惠700元', amount: '1700.00' },
        {
          id: 'usage',
          label: '超出最低消费的通话费',
          detail: '每年超出 (12 × 1500分钟 × 0.10元 − 1200元) = 600元 × 2年',
          amount: '1200.00',
        },
        { id: 'office-hours', label: '上下班设置', detail: '免费功能', addon: 'office-hours', amount: '0.00' },
        { id: 'agent-id', label: '报工号', detail: '免费功能', addon: 'agent-id', amount: '0.00' },
        {
          id: 'ringback.fee',
          label: '彩铃功能 · 功能费',
          detail: '100元/年 × 2年',
          addon: 'ringback',
          reason: 'IVR语音导航已含彩铃功能费用；炫铃功能需要彩铃功能，已自动加入',
          amount: '0.00',
        },
        {
          id: 'ringback-multi.fee',
          label: '炫铃功能 · 功能费（含10个炫铃文件）',
          detail: '180元/年 × 2年',
          addon: 'ringback-multi',
          reason: '年套餐赠送附加功能的年功能费',
          amount: '0.00',
        },
        {
          id: 'ringback-multi.extra-files',
          label: '炫铃功能 · 超出的炫铃文件',
          detail: '30元/年 × 2个 × 2年',
          addon: 'ringback-multi',
          amount: '120.00',
        },
        {
          id: 'ringback-recording.recording',
          label: '彩铃录制 · 录制费',
          detail: '100元 × 1首',
          addon: 'ringback-recording',
          reason: '上下班设置需要彩铃录制，已自动加入',
          amount: '100.00',
        },
        {
          id: 'ringback-upload',
          label: '彩铃上传',
          detail: '未超出免费数量',
          addon: 'ringback-upload',
          amount: '0.00',
        },
        {
          id: 'ivr.multi-level',
          label: 'IVR语音导航 · 多层语音导航',
          detail: '300元/年 × 2年',
          addon: 'ivr',
          reason: '年套餐赠送附加功能的年功能费',
          amount: '0.00',
        },
        {
          id: 'ivr.extra-levels',
          label: 'IVR语音导航 · 超过五层的导航层',
          detail: '240元/年 × 2层 × 2年',
          addon: 'ivr',
          amount: '960.00',
        },
        {
          id: 'ivr.extra-extensions',
          label: 'IVR语音导航 · 额外分机',
          detail: '30元/年 × 3个 × 2年',
          addon: 'ivr',
          amount: '180.00',
        },
        {
          id: 'voice-storage.fee',
          label: '语音文件保存 · 保存费',
          detail: '30元/月 × 24个月',
          addon: 'voice-storage',
          amount: '720.00',
        },
        {
          id: 'trunk.fee',
          label: '企业总机中继 · 功能费（含10线）',
          detail: '500元/年 × 2年',
          addon: 'trunk',
          amount: '1000.00',
        },
      ],
      subtotal: '5980.00',
      tax: '0.00',
      total: '5980.00',
      serviceYears: 2,
    });
  });

  it('monthly-600, 300 min, 2 years: usage under the monthly minimum, a one-off fee an add-on needs', () => {
    expect(quoted({ plan: 'monthly-600', minutesPerMonth: 300, prepayYears: 2, addons: { voicemail: {} } })).toEqual({
      lines: [
        { id: 'prepaid', label: '预存', detail: '600元/年 × 2年 − 优惠200元', amount: '1000.00' },
        {
          id: 'usage',
          label: '超出最低消费的通话费',
          detail: '每月 300分钟 × 0.13元 = 39元，未超出月最低消费50元',
          amount: '0.00',
        },
        {
          id: 'voicemail-setup.setup',
          label: '语音信箱开通费 · 开通费',
          detail: '40元',
          addon: 'voicemail-setup',
          reason: '语音信箱需要语音信箱开通费，已自动加入',
          amount: '40.00',
        },
        {
          id: 'voicemail.fee',
          label: '语音信箱 · 功能费',
          detail: '80元/年 × 2年',
          addon: 'voicemail',
          amount: '160.00',
        },
      ],
      subtotal: '1200.00',
      tax: '0.00',
      total: '1200.00',
      serviceYears: 2,
    });
  });

  it('a tier above the last is 来电咨询: no lines, no total, the reason and the number to call', () => {
    const result = quote(tariff, {
      plan: 'monthly-600',
      minutesPerMonth: 300,
      prepayYears: 2,
      addons: { 'ringback-recording': { chars: 1200, count: 1 } },
    });
    expect(result.ok && 'quote' in result && result.quote).toMatchObject({
      consult: true,
      reason: '彩铃录制的彩铃字数超过 1000字，资费来电咨询（400-7788-691）',
      lines: [],
      total: null,
    });
  });
});
