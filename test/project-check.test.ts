import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, patternShare } from '../src/engine/index';
import { checkProject } from '../src/project-check';
import { copyProject } from './helpers/project-copy';
import { ROOT, tariff } from './helpers/tariff';

describe('the tariff data', () => {
  it('is valid, with its content and sources', () => {
    expect(checkProject(ROOT).issues.map(formatIssue)).toEqual([]);
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
      'tariffs/notes.yaml:114:15: contact.applyEmail: write one e-mail address, such as "sales@example.cn"',
      'tariffs/notes.yaml:115:18: contact.applyEndpoint: write the full HTTPS address of the form service, such as "https://forms.example.cn/400-apply"',
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
      'tariffs/addons.yaml:108:54: addons[8].charges[0].amount: must be a non-negative decimal with at most 4 decimals, such as "100" or "0.13" (got "-150")',
      'tariffs/plans.yaml:22:15: plans[1].maxGrade: unknown grade "ordinary-81" (did you mean "ordinary-80"?)',
    ]);
    project.edit('tariffs/addons.yaml', (t) => t.replace('amount: "-150"', 'amount: "150"'));
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/plans.yaml:22:15: plans[1].maxGrade: unknown grade "ordinary-81" (did you mean "ordinary-80"?)',
      'tariffs/addons.yaml:65:13: addons[5].needs[0].id: unknown add-on "ringbak" (did you mean "ringback"?)',
    ]);
  });

  it('errors in several files are all listed', () => {
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) => t.replace('kind: special', 'kind: specal'));
    project.edit('tariffs/plans.yaml', (t) => t.replace('rate: "0.13"', 'rate: 0.13.1'));
    project.edit('tariffs/tariff.yaml', (t) => t.replace('taxRate: "0.08"', 'taxRate: "8%"'));
    const issues = checkProject(project.root).issues.map(formatIssue);
    expect(issues).toEqual([
      'tariffs/tariff.yaml:16:10: taxRate: must be a non-negative decimal with at most 4 decimals, such as "100" or "0.13" (got "8%")',
      'tariffs/grades.yaml:26:11: grades[2].kind: must be one of "ordinary", "special", "super" (got "specal") (did you mean "special"?)',
      'tariffs/plans.yaml:10:11: plans[0].rate: must be a decimal such as "0.10" or the word "consult" (got "0.13.1")',
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
      'tariffs/grades.yaml:28:33: grades[2].patterns[3]: pattern "88" is already used by grade "ordinary-80"',
      'tariffs/plans.yaml:18:9: plans[1].id: duplicate id "monthly-600" (also at index 0)',
      'tariffs/addons.yaml:63:77: addons[5].charges[1].per: unknown quantity "file"; declare it under "quantities" (did you mean "files"?)',
      'tariffs/addons.yaml:142:26: addons[9].includes[1]: an add-on cannot include itself',
      'tariffs/addons.yaml:162:7: addons[11].needs: "voicemail-setup" needs itself through other add-ons (a cycle)',
      'tariffs/addons.yaml:173:7: addons[12].needs: "voicemail" needs itself through other add-ons (a cycle)',
      'tariffs/tariff.yaml:49:27: kinds.annual.waiverExcept[1]: unknown add-on "antifake" (did you mean "anti-fake"?)',
    ]);
  });

  it('a source quote that is not on the published page', () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) =>
      t.replace('text: 600元/年,(存2年减200元、存3年送1年)', 'text: 600元/年,(存2年减300元、存3年送1年)'),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'tariffs/plans.yaml:17:13: plans[0].source.text: this text is not on the published page (tariffs/source.txt): "600元/年,(存2年减300元、存3年送1年)"',
      'tariffs/plans.yaml:13:31: plans[0].deals[0].discount: 200 is not what its 原文 quote says ("600元/年,(存2年减300元、存3年送1年)"): enter a price change as a dated change in tariffs/changes/ (docs/editors-guide.md), and leave the published files as published',
    ]);
  });

  it('a price edited in the published files no longer matches its 原文 quote', () => {
    const project = copyProject();
    project.edit('tariffs/addons.yaml', (t) =>
      t.replace('period: year, amount: "100" }', 'period: year, amount: "120" }'),
    );
    expect(checkProject(project.root, '2026-11-25').issues.map(formatIssue)).toEqual([
      'tariffs/addons.yaml:51:54: addons[4].charges[0].amount: 120 is not what its 原文 quote says ("1.彩铃功能费 100元/年"): enter a price change as a dated change in tariffs/changes/ (docs/editors-guide.md), and leave the published files as published',
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
      'tariffs/plans.yaml:9:13: plans[0].yearly: write money as a quoted decimal string, such as "600" with the quotes: as a bare number this reads as 12345678901234567000, and a float may lose digits',
    );
    expect(issues).toContain('tariffs/tariff.yaml:16:10: taxRate: a tax rate must be between 0 and 0.3');
    expect(issues).toContain('tariffs/tariff.yaml:28:8: prepayYears.max: prepay years go up to 10');
  });

  it('YAML syntax errors name the file and line', () => {
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) => t.replace('  - id: special\n', '  - id: special\n   bad: [\n'));
    const [issue] = checkProject(project.root).issues;
    expect(issue?.file).toBe('tariffs/grades.yaml');
    expect(issue?.message).toMatch(/^not valid YAML/u);
  });
});

describe('one problem, said once', () => {
  it('a page with invalid frontmatter is not also said to be missing', () => {
    const project = copyProject();
    project.edit('content/plans/monthly-600.mdx', (t) =>
      t.replace('plan: monthly-600', 'plan: monthly-600\ncolour: red'),
    );
    expect(checkProject(project.root).issues.map(formatIssue)).toEqual([
      'content/plans/monthly-600.mdx: frontmatter: unknown field "colour"',
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
      `tariffs/addons.yaml:${lines}:1: not valid UTF-8 text (first bad byte on line ${lines}): save the file as UTF-8`,
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
      'tariffs/grades.yaml: grades.special.patterns: warning: tail pattern "AB" catches 90% of all numbers into 特级号码; patterns are read at the end of the number (is it complete?)',
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
      'tariffs/changes/ringback.yaml: date: warning: takes effect in 5 day(s), on 2027-01-01: make sure the site is rebuilt that day (see README, "Scheduled changes")',
    ]);
  });
});
