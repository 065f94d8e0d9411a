import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/editor-messages/errors';
import { demoInventory, parseInventory } from '../../src/inventory/read';

const problems = (text: string) => parseInventory(text).issues.map(formatIssue);

describe('the inventory CSV', () => {
  it('reads numbers as exported: a BOM, CRLF, blank lines, separators and full-width digits', () => {
    const { numbers, issues } = parseInventory(
      '\uFEFFnumber,carrier,note\r\n400-123-6688,联通,靓号\r\n\r\n４００１２３４５６８,电信,\r\n"400 777 8888",,"含,逗号"\r\n',
    );
    expect(issues).toEqual([]);
    expect(numbers).toEqual([
      { number: '4001236688', carrier: '联通', note: '靓号' },
      { number: '4001234568', carrier: '电信' },
      { number: '4007778888', note: '含,逗号' },
    ]);
  });

  it('reports every bad row with its line, in one run', () => {
    expect(problems('number,carrier\n4001236688,联通\n12345,\n\n400-123-6688,联通\n4001234568,移动\n')).toEqual([
      'inventory/numbers.csv:3:1: 错误 inventory/bad-number：“12345” 不是有效的 400 号码：400号码必须以 400 开头',
      'inventory/numbers.csv:5:1: 错误 inventory/duplicate：4001236688 已在第 2 行列出',
      'inventory/numbers.csv:6:1: 错误 inventory/carrier：运营商 “移动” 只能写 联通 或 电信',
    ]);
  });

  it('needs a number column and knows its columns', () => {
    expect(problems('phone\n4001236688\n')).toEqual([
      'inventory/numbers.csv:1:1: 错误 inventory/unknown-column：不认识的列 “phone”：可用的列是 number、carrier、note',
      'inventory/numbers.csv:1:1: 错误 inventory/no-number-column：第一行要有 number 列（号码）',
    ]);
    expect(problems('')).toEqual([
      'inventory/numbers.csv:1:1: 错误 inventory/empty：文件是空的：第一行写列名，例如 number,carrier,note',
    ]);
  });

  it('a demo inventory is the same every time and all distinct, valid numbers', () => {
    const a = demoInventory(5000);
    expect(a).toEqual(demoInventory(5000));
    expect(new Set(a.map((n) => n.number)).size).toBe(5000);
    expect(a.every((n) => /^400\d{7}$/u.test(n.number))).toBe(true);
  });

  it('a field past 200 characters is named at its row; a huge one stops the parser at its line, unread', () => {
    expect(problems(`number,note\n4001234567,${'备'.repeat(201)}\n4001234568,短\n`)).toEqual([
      'inventory/numbers.csv:2:1: 错误 inventory/field-too-long：“note” 这一格太长（最多 200 个字）：请删短，备注只写一句话',
    ]);
    const huge = problems(`number,note\n4001234567,${'x'.repeat(5_000_000)}\n`);
    expect(huge).toHaveLength(1);
    expect(huge[0]).toMatch(/^inventory\/numbers\.csv:2:1: 错误 inventory\/csv：/u);
  });

  // The million-row file and its time are in `npm run bench` (Inventory check).
  it('a 50,000-row file is read whole, without a problem', () => {
    const text = ['number', ...demoInventory(50_000).map((n) => n.number)].join('\n');
    const { numbers, issues } = parseInventory(text);
    expect([numbers.length, issues.length]).toEqual([50_000, 0]);
  });
});
