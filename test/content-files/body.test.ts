/** The MDX body check: what compiles, which components and props exist, and typed prices wherever text is. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/editor-messages/errors';
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

  it.each([
    ['只要５０元', '6:3'],
    ['介绍一下。\n\n这项功能每年只要 50 元，开通后', '8:10'],
    ['第一行\n第二行写着 ¥600 起', '7:7'],
    ['- 一项\n- 两项 100元', '7:6'],
    // Split by markup: the paragraph's start.
    ['只要 **50** 元', '6:1'],
  ])('a typed price in %j is reported where it is written, at %s', (body, where) => {
    const [problem = ''] = problems(body);
    expect(problem).toContain(`ringback.mdx:${where}: 错误 page/typed-price`);
  });

  it('an export or an expression is code, not content: refused wherever it is', () => {
    expect(problems('export const p = "50元"\n\n{p}')).toEqual([
      'content/addons/ringback.mdx:6:1: 错误 page/code：页面正文不能写 import 或 export（那是程序代码，不是页面内容）：请删掉这一行；要显示数据请用“插入数据”',
      'content/addons/ringback.mdx:8:1: 错误 page/expression：页面正文不能写 {…}（那是程序代码）：文字请直接写；要显示价格等数据请用“插入数据”放进组件',
    ]);
  });

  describe('page bodies are content, not code (hostile bodies that once ran)', () => {
    const code = (body: string) => problems(body).map((p) => /错误 (\S+)：/u.exec(p)?.[1] ?? p);
    it.each([
      [
        'a build-time import',
        "import { execSync } from 'node:child_process';\nexport const who = execSync('id -un').toString();\n\n{who}",
        ['page/code', 'page/expression'],
      ],
      [
        'an inline script',
        `<script>{"alert('x:'+document.domain)"}</script>`,
        ['page/html-element', 'page/expression'],
      ],
      ['a style block', '<style>{"body{display:none}"}</style>', ['page/html-element', 'page/expression']],
      ['a frame', '<iframe src="https://evil.example/" />', ['page/html-element']],
      [
        'a form',
        '<form action="https://evil.example/"><input name="x" /></form>',
        ['page/html-element', 'page/html-element'],
      ],
      ['an event handler', '<span onClick="alert(1)">点我</span>', ['page/html-attribute']],
      [
        'dangerouslySetInnerHTML',
        '<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />',
        ['page/html-attribute'],
      ],
      ['a spread', '<div {...props}>x</div>', ['page/html-attribute']],
      ['a style attribute', '<p style="position:fixed">x</p>', ['page/html-attribute']],
      ['an expression attribute', '<a href={url}>x</a>', ['page/html-attribute']],
      ['a javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', ['page/html-attribute']],
      ['a javascript: link in Markdown', '[点我](javascript:alert(1))', ['page/unsafe-link']],
      ['a scheme hidden by a tab', '[点我](java&#9;script:alert(1))', ['page/unsafe-link']],
      ['a data: link', '[点我](data:text/html,<script>alert(1)</script>)', ['page/unsafe-link']],
      ['a protocol-relative link', '[点我](//evil.example/)', ['page/unsafe-link']],
      ['an image read from the project at build time', '![x](../../../src/pages/index.astro)', ['page/image']],
      ['an image from another host', '![x](https://evil.example/t.png)', ['page/image']],
      ['a fragment', '<>x</>', ['page/html-element']],
      ['a text expression', '文字 {1 + 1} 文字', ['page/expression']],
    ])('%s is refused', (_, body, codes) => {
      expect(code(body)).toEqual(codes);
    });

    it('plain HTML that only marks up text, comments, safe links and uploaded images pass', () => {
      expect(
        problems(
          [
            '{/* 编辑的备注，不显示 */}',
            '<span class="mono">400-123-6688</span> <strong>粗体</strong><br />',
            '<details open><summary>更多</summary>内容</details>',
            '<table><tbody><tr><td colspan="2">说明</td></tr></tbody></table>',
            '[流程](../../process/)、[官网](https://www.10010.com/)、[邮件](mailto:a@b.cn)、[电话](tel:4006130866)、[上面](#top)',
            '![示意图](/uploads/流程图-1.png)',
          ].join('\n\n'),
        ),
      ).toEqual([]);
    });
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
