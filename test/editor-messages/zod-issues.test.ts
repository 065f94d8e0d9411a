/** zod's issues in the editors' words: each kind of issue, its code and its exact Chinese message. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodIssue } from '../../src/editor-messages/zod-issues';
import { tagged } from '../../src/editor-messages/messages';

const cases: [string, z.ZodType, unknown][] = [
  ['unknown one', z.object({ name: z.string() }).strict(), { name: 'a', nmae: 'b' }],
  ['unknown two', z.object({ name: z.string() }).strict(), { name: 'a', x: 1, y: 2 }],
  ['missing', z.object({ yearly: z.string() }), {}],
  ['type list', z.object({ name: z.string() }), { name: [1] }],
  ['type object', z.object({ name: z.string() }), { name: { a: 1 } }],
  ['type null', z.object({ name: z.string() }), { name: null }],
  ['type number', z.object({ name: z.number() }), { name: '5' }],
  ['type in list', z.array(z.string()), [5]],
  ['union rate', z.object({ rate: z.union([z.literal('consult'), z.string().regex(/^\d+$/u)]) }), { rate: 5 }],
  ['union other', z.object({ other: z.union([z.literal('a'), z.number()]) }), { other: true }],
  ['one of', z.object({ kind: z.enum(['monthly', 'annual']) }), { kind: 'anual' }],
  ['one of far', z.object({ kind: z.enum(['monthly', 'annual']) }), { kind: 7 }],
  ['small number', z.object({ years: z.number().int().min(1) }), { years: 0 }],
  ['small string', z.object({ name: z.string().min(2) }), { name: 'a' }],
  ['big number', z.object({ years: z.number().max(3) }), { years: 4 }],
  ['big string', z.object({ name: z.string().max(3) }), { name: 'abcd' }],
  ['format', z.object({ link: z.url() }), { link: 'nope' }],
  ['custom', z.object({ d: z.string().refine(() => false) }), { d: 'x' }],
];

const expected: Record<string, { code: string; message: string }> = {
  'unknown one': { code: 'field/unknown', message: '不认识的字段 “nmae”（是不是 “note”？）：请检查拼写，或删掉这一行' },
  'unknown two': { code: 'field/unknown', message: '不认识的字段 “x”、“y”：请检查拼写，或删掉这一行' },
  missing: { code: 'field/missing', message: '缺少 yearly（年金额）' },
  'type list': { code: 'field/type', message: 'name 应写文字（需要时加引号），这里写的是 一个列表' },
  'type object': { code: 'field/type', message: 'name 应写文字（需要时加引号），这里写的是 一组字段' },
  'type null': { code: 'field/type', message: 'name 应写文字（需要时加引号），这里写的是 （空）' },
  'type number': { code: 'field/type', message: 'name 应写数字，这里写的是 "5"' },
  'type in list': { code: 'field/type', message: '这一项 应写文字（需要时加引号），这里写的是 5' },
  'union rate': {
    code: 'rate/invalid',
    message: "每分钟资费应写成带引号的小数（例如 '0.10'）或 consult（来电咨询）；这里写的是 5",
  },
  'union other': { code: 'field/invalid', message: 'other 的值不符合要求（写的是 true）' },
  'one of': {
    code: 'field/one-of',
    message: 'kind 只能写 monthly、annual 之一，这里写的是 "anual"（是不是 “annual”？）',
  },
  'one of far': { code: 'field/one-of', message: 'kind 只能写 monthly、annual 之一，这里写的是 7' },
  'small number': { code: 'field/invalid', message: 'years 的值不符合要求（不能小于 1）' },
  'small string': { code: 'field/too-short', message: 'name 不能为空（至少 2 项或 2 个字）' },
  'big number': { code: 'field/invalid', message: 'years 的值不符合要求（不能大于 3）' },
  'big string': { code: 'field/too-long', message: 'name 太长：最多 3 个字' },
  format: { code: 'field/invalid', message: 'link 的值不符合要求（写的是 "nope"）' },
  custom: { code: 'field/invalid', message: 'd 的值不符合要求（写的是 "x"）' },
};

describe('zod issues in the editors’ words', () => {
  it.each(cases)('%s', (name, schema, input) => {
    // As parse-tariff reads data: with the input, so a missing field is told apart from a wrong one.
    const result = schema.safeParse(input, { reportInput: true });
    const issue = result.error?.issues[0];
    if (issue === undefined) throw new Error(`${name}: no issue`);
    expect(describeZodIssue(issue)).toEqual(expected[name]);
  });

  it('a schema’s own tagged message wins over the generic wording', () => {
    const result = z
      .object({ applyEmail: z.string().regex(/@/u, tagged('contact/email')) })
      .safeParse({ applyEmail: 'x' });
    const issue = result.error?.issues[0];
    if (issue === undefined) throw new Error('no issue');
    expect(describeZodIssue(issue)).toEqual({
      code: 'contact/email',
      message: '请只写一个邮箱地址，例如 sales@example.cn',
    });
  });
});
