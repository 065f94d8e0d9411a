import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dingtalk, dingtalkSign, feishu, feishuSign, wecom } from '../../src/receiver/channels';
import { leadMarkdown, leadText } from '../../src/receiver/lead-message';
import { APPLICANT, makeApplication } from '../helpers/receiver';

/** A robot endpoint that records each call and answers `answer`. */
function robot(answer: object, status = 200) {
  const calls: { url: string; body: Record<string, unknown> }[] = [];
  const fetcher = (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init?.body)) as Record<string, unknown> });
    return Promise.resolve(new Response(JSON.stringify(answer), { status }));
  };
  return { calls, fetcher: fetcher as typeof fetch };
}

const app = makeApplication();
const MARKDOWN = [
  `**400电话办理申请 ${app.reference}**`,
  '单位：郑州示例科技有限公司',
  '联系人：李经理 13812345678',
  '号码：400-123-4566（普通号码 80元/月）',
  '套餐：年套餐 1200元/年，预存 2 年，服务 2 年',
  '合计：1836.00 元（含税）',
  `申请编号：${app.reference}`,
  '[查看报价](https://400.example.cn/estimator/?plan=annual-1200&number=4001234566)',
].join('\n');

describe('the lead message', () => {
  it('names company, contact, number, plan, total and reference, with a link to the quote', () => {
    expect(app.plan.name).toBe('年套餐 1200元/年');
    expect(leadMarkdown(app)).toBe(MARKDOWN);
    expect(leadText(app)).toContain('报价：https://400.example.cn/estimator/?plan=annual-1200&number=4001234566');
  });

  it('shows what the applicant typed as text, never as markup or a link', () => {
    const hostile = {
      ...app,
      applicant: { ...APPLICANT, company: '[点此领奖](https://evil.example) **急** <at all>', contact: '王\n# 标题' },
    };
    const text = leadMarkdown(hostile);
    expect(text).toContain('单位：［点此领奖］（https://evil.example） ＊＊急＊＊ ＜at all＞');
    expect(text).toContain('联系人：王 ＃ 标题 13812345678');
    expect(text.match(/\]\(/gu)).toHaveLength(1);
  });
});

describe('the channels', () => {
  it('企业微信: a markdown message; an errcode other than 0 is a failure', async () => {
    const ok = robot({ errcode: 0, errmsg: 'ok' });
    await wecom('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K', ok.fetcher).send(app);
    expect(ok.calls).toEqual([
      {
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K',
        body: { msgtype: 'markdown', markdown: { content: MARKDOWN } },
      },
    ]);
    const refused = robot({ errcode: 93000, errmsg: 'invalid webhook url' });
    await expect(wecom('https://q.example/send', refused.fetcher).send(app)).rejects.toThrow(
      '企业微信: {"errcode":93000',
    );
    await expect(wecom('https://q.example/send', robot({}, 502).fetcher).send(app)).rejects.toThrow('HTTP 502');
  });

  it('钉钉: signed with its secret (timestamp and sign in the address)', async () => {
    const signed = createHmac('sha256', 'SEC1').update('1733100000000\nSEC1').digest('base64');
    expect(dingtalkSign('SEC1', 1733100000000)).toBe(signed);
    const ok = robot({ errcode: 0 });
    await dingtalk('https://oapi.dingtalk.com/robot/send?access_token=T', 'SEC1', ok.fetcher, () => 1733100000000).send(
      app,
    );
    const url = new URL(ok.calls[0]?.url ?? '');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      access_token: 'T',
      timestamp: '1733100000000',
      sign: signed,
    });
    expect(ok.calls[0]?.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: `400电话办理申请 ${app.reference}`, text: MARKDOWN },
    });
  });

  it('飞书: a card with the markdown, signed when a secret is set', async () => {
    const signed = createHmac('sha256', '1733100000\nSEC2').update('').digest('base64');
    expect(feishuSign('SEC2', 1733100000)).toBe(signed);
    const ok = robot({ code: 0, msg: 'success' });
    await feishu('https://open.feishu.cn/open-apis/bot/v2/hook/H', 'SEC2', ok.fetcher, () => 1733100000123).send(app);
    expect(ok.calls[0]?.body).toEqual({
      timestamp: '1733100000',
      sign: signed,
      msg_type: 'interactive',
      card: {
        header: { title: { tag: 'plain_text', content: `400电话办理申请 ${app.reference}` } },
        elements: [{ tag: 'markdown', content: MARKDOWN }],
      },
    });
    await expect(feishu('https://f.example/h', undefined, robot({ code: 19021 }).fetcher).send(app)).rejects.toThrow(
      '飞书',
    );
  });
});
