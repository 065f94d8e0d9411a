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
      'content/addons/ringback.mdx:6:1: <Price of="monthly-700">: no plan or add-on "monthly-700" (did you mean "monthly-600"?)',
    ],
    [
      `<Price of={"monthly-700"} />`,
      'content/addons/ringback.mdx:6:1: <Price of="monthly-700">: no plan or add-on "monthly-700" (did you mean "monthly-600"?)',
    ],
    [
      `价格\n<Price\n  of="ringbak" />`,
      'content/addons/ringback.mdx:7:1: <Price of="ringbak">: no plan or add-on "ringbak" (did you mean "ringback"?)',
    ],
    [
      `<Rate of="ringback" />`,
      'content/addons/ringback.mdx:6:1: <Rate of="ringback">: "ringback" is an add-on; <Rate> takes a plan',
    ],
    [
      `<Prize of="monthly-600" />`,
      'content/addons/ringback.mdx:6:1: <Prize>: no such component (did you mean Price?); the components are Price, Rate, Deals, GradeLimit, Setting, Note, Notes, PlanTable, GradeTable, AddonTable, ContactCard, Reading',
    ],
    [
      `<Setting name="taxrate" />`,
      'content/addons/ringback.mdx:6:1: <Setting name="taxrate">: no setting "taxrate" (did you mean "taxRate"?)',
    ],
    [
      `<Setting name="constructor" />`,
      'content/addons/ringback.mdx:6:1: <Setting name="constructor">: no setting "constructor"',
    ],
    [
      `<Price of={plan} />`,
      'content/addons/ringback.mdx:6:1: <Price of>: write the value as text in quotes, such as of="…"',
    ],
    [`<Price />`, 'content/addons/ringback.mdx:6:1: <Price>: the prop of="…" is needed'],
    [
      `<div>\n\n文字`,
      'content/addons/ringback.mdx:6:1: the page does not compile as MDX: Expected a closing tag for `<div>` (6:1) (mdx-jsx:unexpected-character)',
    ],
    [
      `a { b`,
      'content/addons/ringback.mdx:6:3: the page does not compile as MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
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
    ['￥600 起', '￥6'],
  ])('a typed price in %j is found', (body, found) => {
    const [problem] = problems(body);
    expect(problem).toContain('typed price');
    expect(typedPrice(body.replace(/<\/?span>/gu, ''))?.replace(/\s/gu, '')).toBe(
      found.replace(/\s/gu, '').replace('￥6', '¥6'),
    );
  });

  it('a price hidden in an export or an expression is found', () => {
    expect(problems('export const p = "50元"\n\n{p}')).toEqual([
      'content/addons/ringback.mdx:6:1: typed price "50元" in code: prices come from tariffs/ through a component such as <Price of="…" />',
    ]);
  });

  it('counts and times are not prices', () => {
    expect(problems('可绑定20部电话，录音保存30天，中继10线，每层10个分机。')).toEqual([]);
  });
});
