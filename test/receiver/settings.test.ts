import { describe, expect, it } from 'vitest';
import { channelIds, readSettings } from '../../src/receiver/settings';

describe('the receiver settings', () => {
  it('needs the site address and defaults the rest: 127.0.0.1:8787, 180 days, 7-day quotes, 10 per 10 min', () => {
    const read = readSettings({ RECEIVER_SITE_URL: 'https://400.example.cn', PATH: '/bin' });
    expect(read).toEqual({
      ok: true,
      settings: {
        RECEIVER_SITE_URL: 'https://400.example.cn/',
        RECEIVER_DATABASE: 'receiver-data/applications.sqlite',
        RECEIVER_HOST: '127.0.0.1',
        RECEIVER_PORT: 8787,
        RECEIVER_RETENTION_DAYS: 180,
        RECEIVER_QUOTE_DAYS: 7,
        RECEIVER_RATE_LIMIT: 10,
      },
    });
    expect(read.ok && channelIds(read.settings)).toEqual([]);
  });

  it('turns on each channel it is given', () => {
    const read = readSettings({
      RECEIVER_SITE_URL: 'https://400.example.cn/tariff/',
      RECEIVER_WECOM_WEBHOOK: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K',
      RECEIVER_DINGTALK_WEBHOOK: 'https://oapi.dingtalk.com/robot/send?access_token=T',
      RECEIVER_DINGTALK_SECRET: 'SEC',
      RECEIVER_FEISHU_WEBHOOK: 'https://open.feishu.cn/open-apis/bot/v2/hook/H',
      RECEIVER_SMTP_URL: 'smtps://sales:pw@smtp.example.cn:465',
      RECEIVER_MAIL_FROM: 'site@example.cn',
      RECEIVER_MAIL_TO: 'a@example.cn，b@example.cn',
    });
    expect(read.ok && channelIds(read.settings)).toEqual(['wecom', 'dingtalk', 'feishu', 'email']);
    expect(read.ok && read.settings.RECEIVER_MAIL_TO).toEqual(['a@example.cn', 'b@example.cn']);
  });

  it('stops with a message naming each wrong variable', () => {
    expect(
      readSettings({
        RECEIVER_PORT: '80a',
        RECEIVER_WECOM_WEBHOOK: 'http://qyapi.weixin.qq.com/x',
        RECEIVER_SMTP_URL: 'smtps://u:p@smtp.example.cn',
        RECEIVER_FEISHU_SECRET: 'S',
      }),
    ).toEqual({
      ok: false,
      problems: [
        'RECEIVER_SITE_URL：必须设置',
        'RECEIVER_PORT：应为 1–65535 的整数',
        'RECEIVER_WECOM_WEBHOOK：企业微信机器人地址必须是完整的 https:// 地址',
      ],
    });
  });
});
