import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternShare } from '../src/engine/index';
import { formatIssue } from '../src/editor-messages/errors';
import { checkProject } from '../src/project-check';
import { shiftedDay } from './helpers/days';
import { copyProject } from './helpers/project-copy';
import { ROOT, tariff } from './helpers/tariff';

describe('the tariff data', () => {
  it('is valid, with its content and sources (warnings, such as a change due soon, are not problems)', () => {
    expect(
      checkProject(ROOT)
        .issues.filter((i) => !i.warning)
        .map(formatIssue),
    ).toEqual([]);
  });

  it('holds every plan, grade and add-on of the spec', () => {
    expect(tariff.plans.map((p) => p.id)).toEqual([
      'monthly-600',
      'monthly-960',
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3000',
      'annual-3600',
      'annual-80000',
    ]);
    expect(tariff.grades.map((g) => g.id)).toEqual(['ordinary-50', 'ordinary-80', 'special', 'super']);
    expect(tariff.addons).toHaveLength(21);
  });

  it('is plain JSON (it is handed to the browser as it is)', () => {
    expect(JSON.parse(JSON.stringify(tariff))).toEqual(tariff);
  });
});

describe('check reports every problem with its file and path', () => {
  it('办理 settings: an e-mail address and an HTTPS form service, or nothing', () => {
    const project = copyProject();
    project.edit('tariffs/notes.yaml', (t) =>
      t.replace(
        '  complaintsQQ:',
        '  applyEmail: sales at example\n  applyEndpoint: http://forms.example.cn/apply\n  complaintsQQ:',
      ),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/notes.yaml:114:15: 错误 contact/email：请只写一个邮箱地址，例如 sales@example.cn',
      'tariffs/notes.yaml:115:18: 错误 contact/endpoint：请写表单服务的完整 HTTPS 地址，例如 https://forms.example.cn/400-apply',
    ]);
  });

  it('an unknown grade, a negative price and a dangling add-on reference, all at once', () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) => t.replace('maxGrade: ordinary-80', 'maxGrade: ordinary-81'));
    project.edit('tariffs/addons.yaml', (t) => t.replace('amount: "150"', 'amount: "-150"'));
    project.edit('tariffs/addons.yaml', (t) =>
      t
        .replace('  - id: ringback-multi\n', '  - id: ringback-multi\n')
        .replace(
          /needs:\n {6}- id: ringback\n {4}source:\n {6}section: 【3】附加功能 2/u,
          'needs:\n      - id: ringbak\n    source:\n      section: 【3】附加功能 2',
        ),
    );
    const issues = checkProject(project.root).issues.map(formatIssue);
    // A schema error in addons.yaml hides nothing in plans.yaml; the add-ons' own references wait for their schema.
    expect(issues).toEqual([
      "tariffs/addons.yaml:108:54: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"-150\"",
      'tariffs/plans.yaml:22:15: 错误 ref/unknown：没有号码等级 “ordinary-81”（是不是 “ordinary-80”？）',
    ]);
    project.edit('tariffs/addons.yaml', (t) => t.replace('amount: "-150"', 'amount: "150"'));
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/plans.yaml:22:15: 错误 ref/unknown：没有号码等级 “ordinary-81”（是不是 “ordinary-80”？）',
      'tariffs/addons.yaml:65:13: 错误 ref/unknown：没有附加功能 “ringbak”（是不是 “ringback”？）',
    ]);
  });

  it('errors in several files are all listed', () => {
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) => t.replace('kind: special', 'kind: specal'));
    project.edit('tariffs/plans.yaml', (t) => t.replace('rate: "0.13"', 'rate: 0.13.1'));
    project.edit('tariffs/tariff.yaml', (t) => t.replace('taxRate: "0.08"', 'taxRate: "8%"'));
    const issues = checkProject(project.root).issues.map(formatIssue);
    expect(issues).toEqual([
      "tariffs/tariff.yaml:16:10: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"8%\"",
      'tariffs/grades.yaml:26:11: 错误 field/one-of：kind 只能写 ordinary、special、super 之一，这里写的是 "specal"（是不是 “special”？）',
      'tariffs/plans.yaml:10:11: 错误 rate/invalid：每分钟资费应写成带引号的小数（例如 \'0.10\'）或 consult（来电咨询）；这里写的是 "0.13.1"',
    ]);
  });

  it('cross-references: duplicate ids, unknown quantities, cycles, waiver lists', () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) => t.replace('id: monthly-960', 'id: monthly-600'));
    project.edit('tariffs/addons.yaml', (t) => t.replace('per: files, free: 10', 'per: file, free: 10'));
    project.edit('tariffs/addons.yaml', (t) =>
      t.replace(
        'includes: [ringback]\n    source:\n      section: 【3】附加功能 6',
        'includes: [ringback, ivr]\n    source:\n      section: 【3】附加功能 6',
      ),
    );
    project.edit('tariffs/addons.yaml', (t) =>
      t.replace(
        '    charges:\n      - { id: setup, label: 开通费, period: once, amount: "40" }\n',
        '    charges:\n      - { id: setup, label: 开通费, period: once, amount: "40" }\n    needs:\n      - id: voicemail\n',
      ),
    );
    project.edit('tariffs/tariff.yaml', (t) =>
      t.replace('waiverExcept: [trunk, anti-fake, anti-fake-setup]', 'waiverExcept: [trunk, antifake]'),
    );
    project.edit('tariffs/grades.yaml', (t) =>
      t.replace('patterns: [AAA, AABB, ABAB]', 'patterns: [AAA, AABB, ABAB, "88"]'),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/grades.yaml:28:33: 错误 grade/pattern-taken：尾号规则 “88” 已属于号码等级 “ordinary-80”：一条规则只能属于一个等级',
      'tariffs/plans.yaml:18:9: 错误 ref/duplicate：编号 “monthly-600” 重复了（与第 1 项相同）',
      'tariffs/addons.yaml:63:77: 错误 ref/no-quantity：“ringback-multi” 没有数量 “file”（是不是 “files”？）：请先在 quantities 里声明',
      'tariffs/addons.yaml:142:26: 错误 ref/self：附加功能不能包含自己',
      'tariffs/addons.yaml:162:7: 错误 ref/cycle：语音信箱开通费 通过其它功能又需要了自己（循环依赖）',
      'tariffs/addons.yaml:173:7: 错误 ref/cycle：语音信箱 通过其它功能又需要了自己（循环依赖）',
      'tariffs/tariff.yaml:49:27: 错误 ref/unknown：没有附加功能 “antifake”（是不是 “anti-fake”？）',
    ]);
  });

  it('a source quote that is not on the published page', () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) =>
      t.replace('text: 600元/年,(存2年减200元、存3年送1年)', 'text: 600元/年,(存2年减300元、存3年送1年)'),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/plans.yaml:17:13: 错误 source/not-on-page：这段原文不在资费表原文（tariffs/source.txt）里：“600元/年,(存2年减300元、存3年送1年)”',
      'tariffs/plans.yaml:13:31: 错误 source/price-changed：200 与原文 “600元/年,(存2年减300元、存3年送1年)” 不符：已发布的资费文件不要改；调价请在 tariffs/changes/ 新建一个变更文件（见 docs/editors-guide.md）',
    ]);
  });

  it('a price edited in the published files no longer matches its 原文 quote', () => {
    const project = copyProject();
    project.edit('tariffs/addons.yaml', (t) =>
      t.replace('period: year, amount: "100" }', 'period: year, amount: "120" }'),
    );
    expect(checkProject(project.root, '2026-11-25').issues.map(formatIssue)).toEqual([
      'tariffs/addons.yaml:51:54: 错误 source/price-changed：120 与原文 “1.彩铃功能费 100元/年” 不符：已发布的资费文件不要改；调价请在 tariffs/changes/ 新建一个变更文件（见 docs/editors-guide.md）',
    ]);
  });

  it('money must be a quoted string, and settings stay in their ranges', () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) => t.replace('yearly: "600"', 'yearly: 12345678901234567891'));
    project.edit('tariffs/tariff.yaml', (t) =>
      t.replace('taxRate: "0.08"', 'taxRate: "0.8"').replace('max: 3', 'max: 100'),
    );
    const issues = checkProject(project.root).issues.map(formatIssue);
    expect(issues).toContain(
      "tariffs/plans.yaml:9:13: 错误 money/unquoted：金额要加引号：请写成 '12345678901234567000'（带引号），不带引号的数字可能被读错",
    );
    expect(issues).toContain('tariffs/tariff.yaml:16:10: 错误 setting/range：发票税率应在 0 到 0.3 之间');
    expect(issues).toContain('tariffs/tariff.yaml:28:8: 错误 field/invalid：max 的值不符合要求（不能大于 10）');
  });

  it('YAML syntax errors name the file and line', () => {
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) => t.replace('  - id: special\n', '  - id: special\n   bad: [\n'));
    const [issue] = checkProject(project.root).issues;
    expect(issue?.file).toBe('tariffs/grades.yaml');
    expect(issue?.code).toBe('yaml/indent');
    expect(issue?.line).toBe(26);
  });
});

describe('one problem, said once', () => {
  it('a page with invalid frontmatter is not also said to be missing', () => {
    const project = copyProject();
    project.edit('content/plans/monthly-600.mdx', (t) =>
      t.replace('plan: monthly-600', 'plan: monthly-600\ncolour: red'),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'content/plans/monthly-600.mdx:3:1: 错误 field/unknown：不认识的字段 “colour”：请检查拼写，或删掉这一行',
    ]);
  });
});

describe('file encodings', () => {
  it('invalid UTF-8 in a data file or a page is a problem with its file and line, not a silent "�"', () => {
    const project = copyProject();
    const addons = join(project.root, 'tariffs/addons.yaml');
    const bytes = readFileSync(addons);
    const at = bytes.indexOf(Buffer.from('彩铃功能费'));
    writeFileSync(addons, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]));
    const page = join(project.root, 'content/addons/ivr.mdx');
    writeFileSync(page, Buffer.concat([readFileSync(page), Buffer.from([0xc3])]));
    const lines = readFileSync(addons, 'latin1').slice(0, at).split('\n').length;
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      `tariffs/addons.yaml:${lines}:1: 错误 file/encoding：文件不是 UTF-8 编码（第 ${lines} 行起有无法识别的字节）：请用 UTF-8 编码另存这个文件`,
    ]);
  });
});

describe('warnings that do not fail the check', () => {
  it('a tail pattern that catches a large share of all numbers', () => {
    const shares = ['AB', '88', 'AABB', 'ABCABC'].map((p) => patternShare(p).toPrecision(6));
    expect(shares).toEqual(['0.900000', '0.0100000', '0.00900000', '0.000720000']);
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) =>
      t.replace('patterns: [AAA, AABB, ABAB]', 'patterns: [AAA, AABB, ABAB, AB]'),
    );
    const issues = checkProject(project.root).issues;
    expect(issues.map(formatIssue)).toEqual([
      'tariffs/grades.yaml:28:33: 提醒 pattern/broad：尾号规则 “AB” 会把 90% 的号码都算作特级号码：规则是按号码末尾读的，是否少写了几位？',
    ]);
    expect(issues.every((i) => i.warning)).toBe(true);
  });

  it('a change due within seven days, so the site is rebuilt that day', () => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'));
    writeFileSync(
      join(project.root, 'tariffs/changes/ringback.yaml'),
      'date: "2027-01-01"\nnote: 彩铃功能费调整\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: "120"\n',
    );
    expect(checkProject(project.root, '2026-12-20').issues).toEqual([]);
    expect(checkProject(project.root, '2026-12-27').issues.map(formatIssue)).toEqual([
      'tariffs/changes/ringback.yaml:1:7: 提醒 change/due-soon：这项变更 5 天后（2027-01-01）生效：请确认网站在当天重新生成（见 docs/guides/scheduled-rebuilds.md）',
    ]);
  });
});

describe('how far ahead changes may be scheduled', () => {
  it('at most 12 versions not yet in force: the 13th date is refused at its file', () => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'));
    for (let month = 1; month <= 13; month++) {
      const date = month === 13 ? '2032-01-01' : `2031-${String(month).padStart(2, '0')}-01`;
      writeFileSync(
        join(project.root, `tariffs/changes/${date}-ringback.yaml`),
        `date: '${date}'\nnote: 彩铃功能费调整\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '${100 + month}'\n`,
      );
    }
    const problems = checkProject(project.root, '2030-06-01').issues.filter((i) => !i.warning);
    expect(problems.map((i) => [i.file, i.code, i.line])).toEqual([
      ['tariffs/changes/2032-01-01-ringback.yaml', 'change/too-many-scheduled', 1],
    ]);
  });
});

describe('hidden characters and aliases in what editors write', () => {
  it('a file name with a bidi override or a control character is refused, escaped', () => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'));
    const change =
      "date: '2030-01-01'\nnote: x\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n";
    writeFileSync(join(project.root, 'tariffs/changes/2030-01-01-\u202etxt.yaml'), change);
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/changes/2030-01-01-\\u{202e}txt.yaml: 错误 file/hidden-character-name：文件名里有一个看不见的字符 U+202E：请给文件重新起一个只有字母、数字、汉字和 - 的名字',
    ]);
    const pages = copyProject();
    writeFileSync(join(pages.root, 'content/pages/a\u001b[2J.mdx'), '---\ntitle: x\n---\n');
    expect(checkProject(pages.root).issues.map(formatIssue)).toEqual([
      'content/pages/a\\x1b[2J.mdx: 错误 file/hidden-character-name：文件名里有一个看不见的字符 U+001B：请给文件重新起一个只有字母、数字、汉字和 - 的名字',
    ]);
  });

  it('a page body with a hidden character is refused at its line', () => {
    const project = copyProject();
    project.edit('content/pages/contact.mdx', (t) => `${t}\n彩\u202e铃\n`);
    const lines = readFileSync(join(project.root, 'content/pages/contact.mdx'), 'utf8').split('\n').length;
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      `content/pages/contact.mdx:${lines - 1}:2: 错误 text/hidden-character：这里有一个看不见的字符 U+202E（控制字符、方向控制符或零宽字符）：它会让显示的文字和写的不一样，请删掉它（可以删掉这一处重新输入）`,
    ]);
  });

  it.each([
    [
      'a change file that holds itself',
      'tariffs/changes/2030-01-01-r.yaml',
      "date: '2030-01-01'\nnote: x\nchanges: &r [*r]\n",
    ],
    ['notes.yaml that holds itself', 'tariffs/notes.yaml', 'x: &r [*r]\n'],
  ])('%s: one message at the anchor, no crash', (_, file, text) => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(join(project.root, file), text);
    const issues = checkProject(project.root).issues;
    expect(issues.map((i) => [i.file, i.code, i.line])).toContainEqual([
      file,
      'yaml/alias',
      file.includes('notes') ? 1 : 3,
    ]);
  });

  it('a change file named after another date than its own: a hint naming the better name, not an error', () => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    const date = shiftedDay(100);
    const change = `date: "${date}"\nnote: 彩铃功能费调整为每年 120 元\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: "120"\n`;
    // Named after the day it was first planned for, as the CMS keeps a file's name when its date is changed.
    writeFileSync(join(project.root, 'tariffs/changes/2026-12-01-ringback.yaml'), change);
    const { issues } = checkProject(project.root);
    expect(issues.filter((i) => !i.warning)).toEqual([]);
    expect(issues.filter((i) => i.code === 'change/file-name').map(formatIssue)).toEqual([
      `tariffs/changes/2026-12-01-ringback.yaml:1:7: 提醒 change/file-name：文件名的日期与 date: ${date} 不一致：网站按 date: ${date} 生效，不受影响；为了好找，可以把文件改名为 ${date}-ringback.yaml`,
    ]);
    // Names without a leading date are free.
    for (const name of ['ringback.yaml', 'ringback-2026-12-01.yaml', '2026-12-1x.yaml']) {
      const other = copyProject();
      mkdirSync(join(other.root, 'tariffs/changes'), { recursive: true });
      writeFileSync(join(other.root, 'tariffs/changes', name), change);
      expect(
        checkProject(other.root).issues.filter((i) => i.code === 'change/file-name'),
        name,
      ).toEqual([]);
    }
  });
});

describe('smaller slips in change files', () => {
  const write = (text: string, name = '2027-01-01-x.yaml') => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'));
    writeFileSync(join(project.root, `tariffs/changes/${name}`), text);
    return checkProject(project.root, '2026-12-02').issues.filter((i) => !i.warning);
  };
  const set = (path: string, to: string) => `changes:\n  - set: ${path}\n    to: ${to}\n`;

  it('a date past the horizon (five years) is refused, with the horizon named', () => {
    const issues = write(
      `date: '9999-12-31'\nnote: x\n${set('addons.ringback.charges.fee.amount', "'120'")}`,
      '9999-12-31-x.yaml',
    );
    expect(issues.map(formatIssue)).toEqual([
      'tariffs/changes/9999-12-31-x.yaml:1:7: 错误 change/date-too-late：生效日期 9999-12-31 太远了：变更最多提前 5 年安排（不晚于 2031-12-02）；请检查年份是否写错',
    ]);
  });

  it('a note of spaces only is no note', () => {
    const issues = write(`date: '2027-01-01'\nnote: '   '\n${set('addons.ringback.charges.fee.amount', "'120'")}`);
    expect(issues.map((i) => [i.code, i.path])).toEqual([['field/too-short', 'note']]);
  });

  it('a __proto__ key is refused where it is written, never silently dropped', () => {
    const issues = write(
      `date: '2027-01-01'\nnote: x\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n    __proto__: 1\n`,
    );
    expect(issues.map((i) => [i.code, i.line, i.col])).toEqual([['yaml/reserved-key', 6, 5]]);
  });

  it('a field the item does not have is never "did you mean" itself', () => {
    const issues = write(`date: '2027-01-01'\nnote: x\n${set('plans.annual-1200.name', '年套餐')}`);
    expect(issues.map(formatIssue).join('\n')).not.toMatch(/“name”（是不是 “name”？）/u);
    expect(issues.length).toBeGreaterThan(0);
  });
});
