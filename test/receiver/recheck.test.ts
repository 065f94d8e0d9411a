import { describe, expect, it } from 'vitest';
import { recheckApplication } from '../../src/receiver/recheck';
import { context, FIRST, LATER, makeApplication, posted } from '../helpers/receiver';

/** An application as posted, open to any change a tampering browser could make. */
interface Posted {
  [key: string]: unknown;
  quote: { total: string; lines: object[] };
  applicant: Record<string, string>;
}
type Tamper = (app: Posted) => void;
const tampered = (change: Tamper, order = {}) => {
  const app = posted(makeApplication(order)) as Posted;
  change(app);
  return app;
};

describe('the receiver re-checks an application with the engine', () => {
  it('accepts what the page made, re-priced to the fen: 1,700.00 + 8 % tax = 1,836.00', async () => {
    const app = makeApplication();
    expect(app.quote).toMatchObject({ subtotal: '1700.00', tax: '136.00', total: '1836.00' });
    const result = await recheckApplication(posted(app), context('2026-12-02'));
    expect(result).toEqual({ ok: true, application: app });
  });

  it('refuses a total the browser changed, naming the total the tariff gives', async () => {
    const result = await recheckApplication(
      tampered((a) => (a.quote.total = '1.00')),
      context('2026-12-02'),
    );
    expect(result).toEqual({
      ok: false,
      refusals: { 'quote.total': '费用与资费不符：按 2016-04-10 起执行的资费，合计应为 1836.00 元' },
    });
  });

  it('refuses a line changed with its total kept, and a reference that does not fit the content', async () => {
    const line = tampered((a) => a.quote.lines.splice(0, 1, { amount: '1.00' }));
    expect(await recheckApplication(line, context('2026-12-02'))).toMatchObject({
      ok: false,
      refusals: { 'quote.total': expect.stringContaining('1836.00') },
    });
    const reference = tampered((a) => (a['reference'] = 'SQ-0000-0000'));
    expect(await recheckApplication(reference, context('2026-12-02'))).toEqual({
      ok: false,
      refusals: { reference: '申请编号与申请内容不符' },
    });
  });

  it('refuses a plan the number may not take: a 超级 number on monthly-600', async () => {
    const app = tampered((a) => {
      a['number'] = '4006668888';
      a['plan'] = { id: 'monthly-600', name: '600元/月套餐' };
    });
    const result = await recheckApplication(app, context('2026-12-02'));
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : result.refusals).toEqual({
      plan: expect.stringMatching(/超级号码.*不能在线办理，请拨打热线$/u),
    });
  });

  it('refuses a grade the number does not have', async () => {
    const app = tampered((a) => (a['grade'] = '普通号码'));
    expect(await recheckApplication(app, context('2026-12-02'))).toEqual({
      ok: false,
      refusals: { grade: '号码等级与资费不符：按 2016-04-10 起的资费，这个号码是普通号码 80元/月' },
    });
  });

  it('honours an old version’s quote within its 7 days and refuses it after', async () => {
    const old = posted(makeApplication({ date: '2026-12-30', version: FIRST }));
    expect((await recheckApplication(old, context('2027-01-03'))).ok).toBe(true);
    expect(await recheckApplication(old, context('2027-01-06'))).toMatchObject({ ok: true });
    expect(await recheckApplication(old, context('2027-01-07'))).toEqual({
      ok: false,
      refusals: { date: '这份报价生成于 2026-12-30，已超过 7 天的有效期，请按现行资费重新生成申请单' },
    });
  });

  it('refuses a quote priced with a version not in force on its day, and a version that does not exist', async () => {
    const stale = posted(makeApplication({ date: '2027-01-02', version: FIRST }));
    expect(await recheckApplication(stale, context('2027-01-02'))).toEqual({
      ok: false,
      refusals: {
        tariffVersion:
          '这份报价按 2016-04-10 起执行的资费计算，而 2027-01-02 执行的是 2027-01-01 起的资费，请按现行资费重新生成申请单',
      },
    });
    const current = makeApplication({ date: '2027-01-02', version: LATER });
    expect(current.quote.total).toBe('2052.00');
    expect((await recheckApplication(posted(current), context('2027-01-02'))).ok).toBe(true);
    const unknown = tampered((a) => (a['tariffVersion'] = '2020-02-02'));
    expect(await recheckApplication(unknown, context('2026-12-02'))).toEqual({
      ok: false,
      refusals: { tariffVersion: '没有 2020-02-02 起执行的资费版本' },
    });
    const future = tampered((a) => (a['date'] = '2026-12-03'));
    expect(await recheckApplication(future, context('2026-12-02'))).toEqual({
      ok: false,
      refusals: { date: '申请日期 2026-12-03 晚于今天（2026-12-02）' },
    });
  });

  it('names each applicant field that is wrong, as the page names it', async () => {
    const app = tampered((a) => {
      a.applicant.mobile = '12345';
      a.applicant.uscc = '91350100M000100Y44';
      a.applicant.company = '示例\u202e公司';
      a.applicant.contact = 'x'.repeat(41);
    });
    expect(await recheckApplication(app, context('2026-12-02'))).toEqual({
      ok: false,
      refusals: {
        'applicant.mobile': '手机号码为 11 位，现在是 5 位',
        'applicant.uscc': '统一社会信用代码的校验位不符，请逐位核对营业执照',
        'applicant.company': '“单位名称”含有不可见字符或多余的空格，请重新填写',
        'applicant.contact': '联系人最多 40 个字',
      },
    });
  });

  it('refuses malformed fields, unknown fields and foreign quote links', async () => {
    const cases: [Tamper, Record<string, string>][] = [
      [(a) => (a['prepayYears'] = '2'), { prepayYears: '缺少这一项，或它不是整数' }],
      [(a) => (a['invoice'] = 'yes'), { invoice: '缺少这一项，或它不是是/否' }],
      [(a) => (a['extra'] = 1), { extra: '未知字段「extra」' }],
      [(a) => (a.applicant.role = 'admin'), { 'applicant.role': '未知字段' }],
      [(a) => (a['reference'] = 'SQ-IIII-0000'), { reference: '申请编号的格式不对' }],
      [(a) => (a['prepayYears'] = 9), { prepayYears: expect.stringContaining('预存') as string }],
      [(a) => (a['quoteUrl'] = 'https://evil.example/estimator/'), { quoteUrl: '报价链接不是本站的地址' }],
      [(a) => (a['number'] = 'x'.repeat(3000)), { number: '缺少这一项，或它不是文字' }],
    ];
    for (const [change, refusals] of cases)
      expect(await recheckApplication(tampered(change), context('2026-12-02'))).toEqual({ ok: false, refusals });
  });
});
