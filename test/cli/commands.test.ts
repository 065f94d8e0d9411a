import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChanges } from '../../src/cli/commands';
import { forTerminal } from '../../src/cli/terminal';
import { loadHistoryOrThrow } from '../../src/tariff-files/node';
import { copyProject } from '../helpers/project-copy';

describe('tariff changes, as text', () => {
  it('lists every change newest first, in the words of the site’s change log', () => {
    const project = copyProject();
    const changes = join(project.root, 'tariffs/changes');
    mkdirSync(changes, { recursive: true });
    writeFileSync(
      join(changes, '2030-01-01-deal.yaml'),
      "date: '2030-01-01'\nnote: 存2年优惠加大\nchanges:\n  - set: plans.annual-1200.deals.2.discount\n    to: '800'\n",
    );
    writeFileSync(
      join(changes, '2031-01-01-ringback.yaml'),
      [
        "date: '2031-01-01'",
        'note: 彩铃功能费调整',
        'changes:',
        '  - set: addons.ringback.charges.fee.amount',
        "    to: '120'",
        '  - set: plans.annual-1200.deals',
        '    to: []',
        '  - withdraw: addons.blacklist',
        '',
      ].join('\n'),
    );
    const history = loadHistoryOrThrow(project.root);
    expect(runChanges(history.changes, history.versions, false).split('\n')).toEqual([
      '2031-01-01  彩铃功能费调整  (tariffs/changes/2031-01-01-ringback.yaml)',
      '    彩铃功能 · 功能费 100.00 → 120.00 元/年',
      '    年套餐 1200元/年 · 预存优惠 存2年减800元、存3年送1年 → 无',
      '    停止提供附加功能：黑名单设置',
      '2030-01-01  存2年优惠加大  (tariffs/changes/2030-01-01-deal.yaml)',
      '    年套餐 1200元/年 · 存2年优惠 700.00 → 800.00 元',
      '2016-04-10  资费标准发布（tariffs/source.txt）',
    ]);
  });
});

describe('forTerminal: the one way commands print', () => {
  it('escapes controls and bidi characters in text, keeping line breaks and tabs', () => {
    expect(forTerminal('a\u001b]0;T\u0007\tb\r\nc\u202ed\re')).toBe('a\\x1b]0;T\\x07\tb\r\nc\\u{202e}d\\x0de');
  });
  it('escapes what JSON leaves raw, as JSON escapes: the text parses to the same value', () => {
    const value = { note: '\u001b[2J\u009b\u202e\u2028x' };
    const text = forTerminal(JSON.stringify(value), true);
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});
