/** The MDX body check: what compiles, which components and props exist, and typed prices wherever text is. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/engine/index';
import { checkMdx, typedPrice } from '../../src/content-files/body';
import { tariff } from '../helpers/tariff';

const page = (body: string) => `---\naddon: ringback\ndescription: 彩铃功能的说明，至少十个字。\n---\n\n${body}\n`;
const problems = (body: string) => checkMdx('content/addons/ringback.mdx', page(body), tariff).map(formatIssue);

describe('MDX pages', () => {
  it('a valid page has no problem', () => {
    expect(
      problems('彩铃功能费为 <Price of="ringback" />，IVR 超过五层另收 <Price of="ivr" charge="extra-levels" />。'),
    ).toEqual([]);
  });

  it.each([
    [
      `<Price of='monthly-700' />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-value：<Price of="monthly-700"> 的值有误：没有套餐或附加功能 “monthly-700”（是不是 “monthly-600”？）',
    ],
    [
      `<Price of={"monthly-700"} />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-value：<Price of="monthly-700"> 的值有误：没有套餐或附加功能 “monthly-700”（是不是 “monthly-600”？）',
    ],
    [
      `价格\n<Price\n  of="ringbak" />`,
      'content/addons/ringback.mdx:7:1: 错误 page/unknown-value：<Price of="ringbak"> 的值有误：没有套餐或附加功能 “ringbak”（是不是 “ringback”？）',
    ],
    [
      `<Rate of="ringback" />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-value：<Rate of="ringback"> 的值有误：“ringback” 是附加功能，<Rate> 要写套餐的编号',
    ],
    [
      `<Prize of="monthly-600" />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-component：没有组件 <Prize>（是不是 “Price”？）；可用的组件有 <Price>、<Rate>、<Deals>、<GradeLimit>、<Setting>、<Note>、<Notes>、<PlanTable>、<GradeTable>、<AddonTable>、<ContactCard>、<Reading>',
    ],
    [
      `<Setting name="taxrate" />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-value：<Setting name="taxrate"> 的值有误：没有设置 “taxrate”（是不是 “taxRate”？）',
    ],
    [
      `<Setting name="constructor" />`,
      'content/addons/ringback.mdx:6:1: 错误 page/unknown-value：<Setting name="constructor"> 的值有误：没有设置 “constructor”',
    ],
    [
      `<Price of={plan} />`,
      'content/addons/ringback.mdx:6:1: 错误 page/prop-literal：<Price of>：值要写成引号里的文字，例如 of="…"',
    ],
    [`<Price />`, 'content/addons/ringback.mdx:6:1: 错误 page/missing-prop：<Price> 需要写 of="…"'],
    // An unclosed tag is named as such, at the tag, not with the parser's words about links.
    [
      `彩铃功能费为 <Price of="ringback"\n\n下一段。`,
      'content/addons/ringback.mdx:6:8: 错误 page/unclosed-tag：组件 <Price … 没有结束：请在末尾写上 />，例如 <Price of="…" />',
    ],
    [
      `<div>\n\n文字`,
      'content/addons/ringback.mdx:6:1: 错误 page/not-mdx：页面写法有误，无法生成（Expected a closing tag for `<div>` (6:1) (mdx-jsx:unexpected-character)）',
    ],
    [
      `a { b`,
      'content/addons/ringback.mdx:6:3: 错误 page/not-mdx：页面写法有误，无法生成（Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)）',
    ],
  ])('%j', (body, problem) => {
    expect(problems(body)).toEqual([problem]);
  });

  it.each([
    ['只要５０元', '50元'],
    ['五十元一年', '五十元'],
    ['只要 50 RMB', '50 RMB'],
    ['只要 50<span>元</span>', '50元'],
    ['只要 50\n元', '50\n元'],
    ['￥600 起', '¥600'],
    ['仅需¥50', '¥50'],
    ['每年100.00', '每年100.00'],
    ['每年 100', '每年100'],
    ['月租 50 起', '月租50'],
  ])('a typed price in %j is found', (body, found) => {
    const [problem] = problems(body);
    expect(problem).toContain('page/typed-price');
    expect(typedPrice(body.replace(/<\/?span>/gu, ''))?.replace(/\s/gu, '')).toBe(found.replace(/\s/gu, ''));
  });

  it('a price hidden in an export or an expression is found', () => {
    expect(problems('export const p = "50元"\n\n{p}')).toEqual([
      'content/addons/ringback.mdx:6:1: 错误 page/typed-price：这里手写了价格 “50元”：价格要用组件显示，例如 <Price of="…" />，这样改价时页面会一起更新',
    ]);
  });

  it('a link to an add-on page this version does not build is named; links to pages that exist are fine', () => {
    expect(problems('更长时间保存，可开通[语音文件保存](../voice-storge/)。')).toEqual([
      'content/addons/ringback.mdx:6:11: 错误 page/dead-link：链接 ../voice-storge/ 指向的附加功能 “voice-storge” 不再有页面（已停止受理或不存在）：请删掉或改写这个链接',
    ]);
    expect(
      problems('见[语音文件保存](../voice-storage/)、[套餐](/plans/monthly-600/)和[流程](../../process/)。'),
    ).toEqual([]);
  });

  it('counts and times are not prices', () => {
    expect(problems('可绑定20部电话，录音保存30天，中继10线，每层10个分机，每年12个月，每月300分钟。')).toEqual([]);
  });
});
