import { describe, expect, it } from 'vitest';
import { checkApplicant, EMPTY_APPLICANT, type Applicant } from '../../src/application/applicant';
import { buildApplication } from '../../src/application/application';
import { applicationText } from '../../src/application/application-text';
import { quote, type Quote } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

const APPLICANT: Applicant = {
  company: '郑州示例科技有限公司',
  uscc: '91350100m000100y43',
  contact: '李经理',
  mobile: '138 1234 5678',
  landline: '',
  email: '',
  address: '',
};

function oneQuote(request: Record<string, unknown>): Quote {
  const result = quote(tariff, request);
  if (!result.ok || !('quote' in result)) throw new Error('expected one quote');
  return result.quote;
}

const input = (applicant: Applicant) => ({
  quote: oneQuote({ plan: 'annual-1200', number: '4001234566', minutesPerMonth: 300, prepayYears: 1, invoice: true }),
  number: '4001234566',
  rule: '66',
  prepayYears: 1,
  minutesPerMonth: 300,
  minutesGiven: true,
  invoice: true,
  addons: {},
  quoteUrl: 'https://tariff.example.cn/estimator/?plan=annual-1200&number=4001234566&invoice=1&v=2016-04-10',
  applicant,
  date: '2026-11-25',
});

describe('an application', () => {
  it('checks every field and names each one that is wrong', () => {
    expect(checkApplicant(EMPTY_APPLICANT).errors).toEqual({
      company: '请填写单位名称',
      uscc: '请填写统一社会信用代码（营业执照上的 18 位代码）',
      contact: '请填写联系人',
      mobile: '请填写手机号码',
    });
    expect(checkApplicant(APPLICANT)).toEqual({
      applicant: { ...APPLICANT, uscc: '91350100M000100Y43', mobile: '13812345678' },
      errors: {},
    });
  });

  it('carries the engine’s quote to the fen, and a reference derived from its content', () => {
    const applicant = checkApplicant(APPLICANT).applicant ?? EMPTY_APPLICANT;
    const app = buildApplication(input(applicant));
    expect(app?.quote.total).toBe('1296.00');
    expect(app?.quote.tax).toBe('96.00');
    expect(app?.reference).toMatch(/^SQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/u);
    // The same application, another day: the same code. Any change: another.
    expect(buildApplication({ ...input(applicant), date: '2026-12-01' })?.reference).toBe(app?.reference);
    expect(buildApplication(input({ ...applicant, contact: '王经理' }))?.reference).not.toBe(app?.reference);
    expect(buildApplication({ ...input(applicant), prepayYears: 2 })?.reference).not.toBe(app?.reference);
    // Stable across releases: a code given to a prospect must still match their application.
    expect(app?.reference).toBe('SQ-WMJH-KFFS');
  });

  it('a plan without a published total cannot be applied for online', () => {
    const consult = oneQuote({ plan: 'annual-80000', number: '4001238888', minutesPerMonth: 300, prepayYears: 1 });
    expect(buildApplication({ ...input(EMPTY_APPLICANT), quote: consult })).toBeUndefined();
  });

  it('reads as plain text with the quote, the applicant and the notes', () => {
    const applicant = checkApplicant(APPLICANT).applicant ?? EMPTY_APPLICANT;
    const app = buildApplication(input(applicant));
    if (app === undefined) throw new Error('expected an application');
    const text = applicationText(app, {
      siteName: '400电话资费标准',
      hotline: '400-7788-691',
      documents: '所需材料：营业执照、经办人身份证、400业务受理单（均需加盖章）。',
      openingTime: '开通时间：1–3个工作日。',
      taxNote: '以上报价均为不含税价。',
      carrierNote: '资费以中国联通为准。',
    });
    expect(text).toContain('号码：400-123-4566（普通号码 80元/月）');
    expect(text).toContain('  合计：1,296.00 元');
    expect(text).toContain('统一社会信用代码：91350100M000100Y43');
    expect(text).toContain('所需材料：营业执照、经办人身份证、400业务受理单（均需加盖章）。');
    expect(text).not.toContain('固定电话');
    expect(text).toContain('套餐：年套餐 1200元/年，预存 1 年（服务 1 年），每月约 300 分钟，开发票');
  });

  it('a usage the prospect never gave is named as the default, not as their estimate; the code stays the same', () => {
    const applicant = checkApplicant(APPLICANT).applicant ?? EMPTY_APPLICANT;
    const given = buildApplication(input(applicant));
    const assumed = buildApplication({ ...input(applicant), minutesGiven: false });
    if (given === undefined || assumed === undefined) throw new Error('expected applications');
    const facts = { siteName: 'x', hotline: 'x', documents: '', openingTime: '', taxNote: '', carrierNote: '' };
    expect(applicationText(assumed, facts)).toContain('通话用量未填写（按每月 300 分钟估算）');
    expect(applicationText(assumed, facts)).not.toContain('每月约 300 分钟');
    expect(assumed.reference).toBe(given.reference);
  });
});

describe('what the applicant types, as a person sees it', () => {
  const valid: Applicant = {
    ...EMPTY_APPLICANT,
    company: '郑州示例科技有限公司',
    uscc: '91350100M000100Y43',
    contact: '李经理',
    mobile: '13812345678',
  };

  it('a field of zero-width spaces is empty, not filled', () => {
    expect(checkApplicant({ ...valid, company: '\u200b\u200b\u2060' }).errors).toEqual({ company: '请填写单位名称' });
  });

  it('controls and bidi overrides never reach the application', () => {
    const { applicant } = checkApplicant({ ...valid, company: '郑州\u202e示例\u0000科技\u001b[31m有限公司' });
    expect(applicant?.company).toBe('郑州示例科技[31m有限公司');
  });

  it('length counts what a person sees: 51 emoji with skin tones are 51 characters', () => {
    expect(checkApplicant({ ...valid, company: '👍🏽'.repeat(51) }).errors).toEqual({});
    expect(checkApplicant({ ...valid, company: '👍🏽'.repeat(101) }).errors).toEqual({
      company: '单位名称最多 100 个字',
    });
  });
});
