/** YAML as editors write it, and as attackers do: one Chinese message at the line to change, in linear time. */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/editor-messages/errors';
import { readYamlFile } from '../../src/tariff-files/read';
import { preParseProblem } from '../../src/tariff-files/yaml-limits';

function problems(text: string): { code: string; line: number | undefined; col: number | undefined }[] {
  const issues: Issue[] = [];
  readYamlFile(() => text, 'tariffs/changes/2030-01-01-x.yaml', issues);
  return issues.map(({ code, line, col }) => ({ code, line, col }));
}

const GOOD =
  "date: '2030-01-01'\nnote: 彩铃功能费调整\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n";
const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
for (let i = 1; i < 9; i++)
  laughs.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]`,
  );

describe('YAML slips, each named once at its line', () => {
  it('a well-written change file has none', () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it('a misaligned item is found in one pass: 100,000 items before it, named at its line', () => {
    const many = `${GOOD}${'  - 1\n'.repeat(100_000)}`;
    expect(problems(`${many} - 2\n`)).toEqual([{ code: 'yaml/indent', line: 100_006, col: 1 }]);
  });

  it('a misaligned item is named with both indentations, in the editor’s words', () => {
    const issues: Issue[] = [];
    readYamlFile(() => `${GOOD}   - set: plans.annual-1200.yearly\n    to: '1300'\n`, 'tariffs/changes/x.yaml', issues);
    expect(issues.map((i) => i.message)).toEqual([
      '“- set” 这一行的缩进不对：前面有 3 个空格，应与上一项对齐（2 个空格）',
    ]);
  });

  it.each([
    [
      'a full-width colon after a key',
      GOOD.replace('note: ', 'note：'),
      { code: 'yaml/fullwidth-colon', line: 2, col: 5 },
    ],
    ['a tab in the indentation', GOOD.replace('  - set', '\t- set'), { code: 'yaml/tab', line: 4, col: 1 }],
    ['to: indented too far', GOOD.replace('    to:', '      to:'), { code: 'yaml/indent', line: 5, col: 7 }],
    ['to: indented too little', GOOD.replace('    to:', '   to:'), { code: 'yaml/indent', line: 5, col: 1 }],
    [
      '": " inside a note',
      GOOD.replace('note: 彩铃功能费调整', 'note: 彩铃功能费调整: 每年 150 元'),
      { code: 'yaml/colon-in-value', line: 2, col: 7 },
    ],
    [
      'an unclosed quote',
      GOOD.replace("date: '2030-01-01'", "date: '2030-01-01"),
      { code: 'yaml/unclosed-quote', line: 1, col: 7 },
    ],
    ['a key written twice', GOOD.replace('note: ', 'note: a\nnote: '), { code: 'yaml/duplicate-key', line: 3, col: 1 }],
    // The second item out of line with the first: named there, not at the correct line after it.
    [
      'a second item indented too far',
      `${GOOD}   - set: plans.annual-1200.yearly\n    to: '1300'\n`,
      { code: 'yaml/indent', line: 6, col: 1 },
    ],
    [
      'a second item indented too little',
      `${GOOD} - set: plans.annual-1200.yearly\n   to: '1300'\n`,
      { code: 'yaml/indent', line: 6, col: 1 },
    ],
    [
      'a second item deeper than a first at the margin',
      GOOD.replace('  - set', '- set').replace('    to:', '  to:') +
        "  - set: plans.annual-1200.yearly\n    to: '1300'\n",
      { code: 'yaml/indent', line: 6, col: 1 },
    ],
    ['an alias without its anchor', GOOD.replace("to: '120'", 'to: *price'), { code: 'yaml/alias', line: 5, col: 9 }],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });
});

describe('hostile data files are refused before they are parsed', () => {
  // "Quickly" as work, not time: each is refused by the one linear lexer pass
  // (preParseProblem), so the parser and toJS never see it.
  const HOSTILE: Record<string, [string, string]> = {
    'billion laughs': [laughs.join('\n'), 'yaml/alias'],
    'a list that holds itself': ["date: '2030-01-01'\nnote: x\nchanges: &r [*r]\n", 'yaml/alias'],
    'a map that holds itself': ['x: &r\n  y: *r\n', 'yaml/alias'],
    '40,000 keys': [Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join('\n'), 'yaml/too-many-keys'],
    '12,000 keys in flow maps': [
      `a: {${Array.from({ length: 12_000 }, (_, i) => `k${i}: 1`).join(', ')}}`,
      'yaml/too-many-keys',
    ],
  };
  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const [text, code] = HOSTILE[name] ?? ['', ''];
    expect(preParseProblem(text)?.code).toBe(code);
    expect(problems(text).map((p) => p.code)).toEqual([code]);
  });

  it('1.5 MB of text is refused by its length alone', () => {
    expect(problems(`note: '${'x'.repeat(1_500_000)}'`)).toEqual([{ code: 'file/too-large', line: 1, col: 1 }]);
  });

  it('an anchor or alias is named at its place; & and * inside text are text', () => {
    expect(problems(GOOD.replace("to: '120'", "to: &p '120'"))).toEqual([{ code: 'yaml/alias', line: 5, col: 9 }]);
    expect(problems(`${GOOD}  - set: addons.ringback.charges.fee.amount\n    to: *p\n`)).toEqual([
      { code: 'yaml/alias', line: 7, col: 9 },
    ]);
    expect(problems(GOOD.replace('note: 彩铃功能费调整', 'note: A&B *说明* \'&x\' "*y"'))).toEqual([]);
  });
});

describe('characters a reader cannot see', () => {
  it.each([
    [
      'a terminal escape in a note',
      GOOD.replace('note: 彩铃功能费调整', 'note: "\u001b]0;T\u0007彩铃"'),
      2,
      8,
      'U+001B',
    ],
    ['a right-to-left override in a name', GOOD.replace('note: 彩铃', 'note: 彩\u202e铃'), 2, 8, 'U+202E'],
    ['a zero-width space', GOOD.replace("to: '120'", "to: '12\u200b0'"), 5, 12, 'U+200B'],
  ])('%s is refused at its place, by its code point', (_, text, line, col, char) => {
    const issues: Issue[] = [];
    readYamlFile(() => text, 'tariffs/changes/2030-01-01-x.yaml', issues);
    expect(issues.map(({ code, line: l, col: c }) => ({ code, line: l, col: c }))).toEqual([
      { code: 'text/hidden-character', line, col },
    ]);
    expect(issues[0]?.message).toContain(char);
  });

  it('tabs and line breaks are ordinary', () => {
    expect(problems(GOOD.replace('\n', '\r\n'))).toEqual([]);
  });
});
