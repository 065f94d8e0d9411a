import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy';
import { untilIdle } from '../helpers/process-idle';
import { bundledScript } from '../helpers/bundled-script';
import { ROOT } from '../helpers/tariff';

const CLI = await bundledScript('src/cli/main.ts');

/**
 * Runs the CLI on this checkout. classify and quote use the published version
 * (--date=2016-04-10) unless a test names a date, so an editor's dated change
 * never moves the figures these tests expect.
 */
function tariffCli(args: string[], input?: string) {
  const dated =
    ['classify', 'quote'].includes(args[0] ?? '') && !args.some((a) => a.startsWith('--date'))
      ? ['--date=2016-04-10']
      : [];
  const result = spawnSync(process.execPath, [CLI, ...args, ...dated], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tariff CLI', () => {
  it('classify --json prints the §6 shape for each input', () => {
    const { code, stdout } = tariffCli([
      'classify',
      '--json',
      '4001236688',
      '400-123-4566',
      '４００１２３４５６８',
      '5001234567',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        version: '2016-04-10',
        input: '4001236688',
        valid: true,
        number: '4001236688',
        grade: { id: 'special', name: '特级号码' },
        rule: 'AABB',
        plans: ['annual-3000', 'annual-80000'],
      },
      {
        version: '2016-04-10',
        input: '400-123-4566',
        valid: true,
        number: '4001234566',
        grade: { id: 'ordinary-80', name: '普通号码 80元/月' },
        rule: '66',
        plans: [
          'monthly-960',
          'annual-1200',
          'annual-1500',
          'annual-2000',
          'annual-3000',
          'annual-3600',
          'annual-80000',
        ],
      },
      {
        version: '2016-04-10',
        input: '４００１２３４５６８',
        valid: true,
        number: '4001234568',
        grade: { id: 'ordinary-50', name: '普通号码 50元/月' },
        rule: 'default',
        plans: [
          'monthly-600',
          'monthly-960',
          'annual-1200',
          'annual-1500',
          'annual-2000',
          'annual-3000',
          'annual-3600',
          'annual-80000',
        ],
      },
      {
        version: '2016-04-10',
        input: '5001234567',
        valid: false,
        error: { code: 'prefix', message: '400号码必须以 400 开头' },
      },
    ]);
  });

  it('classify prints readable text without --json', () => {
    const { code, stdout } = tariffCli(['classify', '400 123 6688', '12345']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '400 123 6688\t400-123-6688\t特级号码\t尾号 AABB\t可选套餐: annual-3000, annual-80000\n12345\t无效号码 (prefix): 400号码必须以 400 开头\n',
    );
  });

  it('quote --json reads a request and prints the quote', () => {
    const { code, stdout } = tariffCli(
      ['quote', '--json'],
      '{"plan":"annual-1200","minutesPerMonth":1500,"prepayYears":2,"invoice":true}',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      plan: 'annual-1200',
      eligible: true,
      consult: false,
      serviceYears: 2,
      subtotal: '2900.00',
      tax: '232.00',
      total: '3132.00',
      perYear: '1566.00',
      vip: false,
    });
  });

  it('quote without a plan prints every plan in order', () => {
    const { code, stdout } = tariffCli(
      ['quote', '--json'],
      '{"minutesPerMonth":300,"prepayYears":1,"number":"4001236688"}',
    );
    expect(code).toBe(0);
    const quotes = JSON.parse(stdout) as { plan: string; total: string | null }[];
    expect(quotes.map((q) => q.plan)).toEqual([
      'annual-3000',
      'annual-80000',
      'monthly-600',
      'monthly-960',
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3600',
    ]);
  });

  it('quote text output lists the lines and the total', () => {
    const { code, stdout } = tariffCli(
      ['quote'],
      '{"plan":"monthly-600","minutesPerMonth":401,"prepayYears":1,"invoice":true}',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('625.56  小计 (不含税)');
    expect(stdout).toContain('675.60  合计');
  });

  it.each([
    ['{"plan":"annual-1200","minutesPerMonth":1500,"prepayYears":4}', 'prepayYears: '],
    ['{"plan":"monthly-600","minutesPerMonth":0,"prepayYears":1,"addons":{"ivr":{"levels":0}}}', 'addons.ivr.levels: '],
    ['{"plan":"monthly-600","minutesPerMonth":0,"prepayYears":1,"number":"12345"}', 'number: '],
    ['{"minutesPerMonth":0,"prepayYears":1,"__proto__":{}}', '__proto__: '],
    ['not json', 'request: not valid JSON'],
  ])('a request that does not fit exits 2 naming the field: %s', (input, prefix) => {
    const { code, stdout, stderr } = tariffCli(['quote', '--json'], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(prefix)).toBe(true);
  });

  it('check passes on the real data and fails with file:line:col, a code and a Chinese message on a broken copy', () => {
    expect(tariffCli(['check']).code).toBe(0);
    const project = copyProject();
    project.edit('tariffs/grades.yaml', (t) => t.replace('monthlyMinimum: "80"', 'monthlyMinimum: "-80"'));
    project.edit('content/addons/ringback.mdx', (t) => t.replace('addon: ringback', 'addon: ringbak'));
    project.edit('content/plans/monthly-600.mdx', (t) => `${t}\n价格只要 600元/年！\n`);
    const broken = tariffCli(['check', '--root', project.root]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      "tariffs/grades.yaml:20:21: 错误 money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"-80\"",
    );
    project.edit('tariffs/grades.yaml', (t) => t.replace('monthlyMinimum: "-80"', 'monthlyMinimum: "80"'));
    const content = tariffCli(['check', '--root', project.root]);
    expect(content.code).toBe(1);
    expect(content.stderr.split('\n').filter((l) => l.startsWith('content/'))).toEqual([
      'content/plans/monthly-600.mdx:20:6: 错误 page/typed-price：这里手写了价格 “600元”：价格要用组件显示，例如 <Price of="…" />，这样改价时页面会一起更新',
      'content/addons/ringback.mdx:2:1: 错误 page/unknown-id：没有附加功能 “ringbak”（是不是 “ringback”？）',
      'content/addons/ringback.mdx: 错误 page/missing：附加功能 “ringback” 还没有页面：请新建这个文件',
    ]);
  });

  it('unknown commands print the usage and exit 2', () => {
    const { code, stderr } = tariffCli(['price']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });

  it('escapes control characters and cuts long echoes of input', () => {
    const escape = tariffCli(['quote'], '{"\u001b]0;pwned\u0007\u001b[2J":1}');
    expect(escape.code).toBe(2);
    const hostileKey = tariffCli(['quote'], '{"a\\u001b[2J\\u009bb":1}');
    expect(hostileKey.stderr).toContain('a\\x1b[2J\\x9bb');
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(hostileKey.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    const long = tariffCli(['quote'], `{"${'k'.repeat(100_000)}":1}`);
    expect(long.code).toBe(2);
    expect(long.stderr.length).toBeLessThan(400);
    const row = tariffCli(['classify', '400\n1236688\u001b[31m']);
    expect(row.stdout).toContain('400\\x0a1236688\\x1b[31m');
    expect(row.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads requests strictly: a BOM is dropped, a repeated key is named, limits are stated', () => {
    const bom = tariffCli(['quote', '--json'], '\uFEFF{"plan":"monthly-600","minutesPerMonth":300,"prepayYears":1}');
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.stdout).total).toBe('600.00');
    const twice = tariffCli(['quote'], '{"minutesPerMonth":0,"prepayYears":99,"prepayYears":1}');
    expect([twice.code, twice.stderr.trim()]).toEqual([2, 'request: the key "prepayYears" is given more than once']);
    const huge = tariffCli(['quote'], '{"minutesPerMonth":1e16,"prepayYears":1}');
    expect(huge.stderr.trim()).toBe('minutesPerMonth: 每月通话分钟数必须是 0 到 10,000,000 之间的整数');
  });

  it('classifies a list from standard input, one a line, and judges stray options as inputs', () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => `400${String(1_000_000 + i).slice(-7)}`);
    const listed = tariffCli(['classify', '-'], `${numbers.join('\r\n')}\n\n---\n`);
    expect(listed.code).toBe(0);
    const rows = listed.stdout.trim().split('\n');
    expect(rows).toHaveLength(100_001);
    expect(rows[0]).toBe('4001000000\t400-100-0000\t超级号码\t尾号 AAAA\t可选套餐: annual-80000');
    expect(rows.at(-1)).toBe('---\t无效号码 (empty): 请输入400号码');
    const json = tariffCli(['classify', '--json'], '4001236688\n12345\n');
    expect(JSON.parse(json.stdout).map((r: { valid: boolean }) => r.valid)).toEqual([true, false]);
    const stray = tariffCli(['classify', '4001236688', '---', '--foo', '4001234566']);
    expect(stray.code).toBe(0);
    expect(
      stray.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(['4001236688', '---', '--foo', '4001234566']);
  });
});

describe('the CLI on pipes', () => {
  const numbers = (count: number) =>
    Array.from({ length: count }, (_, i) => `400${String(1_000_000 + i).slice(1)}`).join('\n');
  const start = () => {
    const child = spawn(process.execPath, [CLI, 'classify', '--json', '--date=2016-04-10'], { cwd: ROOT });
    // The command may end before it has read all its input: that side of the pipe closing is expected.
    child.stdin.on('error', () => undefined);
    return child;
  };

  it('a reader that stops after one line ends the command quietly (| head -1)', async () => {
    const child = start();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(numbers(200_000));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('a reader that does not read: the command waits for it, its memory stays flat', async () => {
    const child = start();
    child.stdin.end(numbers(300_000));
    await once(child.stdout, 'data');
    child.stdout.pause();
    // Without backpressure the whole output (≈ 150 MB of JSON) would pile up in memory; with it, the
    // command stops working once the pipe is full. Wait for that condition: its CPU time stands still.
    await untilIdle(child.pid ?? 0);
    const status = readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
    expect(rssKb).toBeGreaterThan(0);
    expect(rssKb).toBeLessThan(400_000);
    child.kill();
    await once(child, 'exit');
  });

  it('quote refuses JSON nested past the limit with one line, no stack trace', () => {
    const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
    const result = tariffCli(['quote'], deep);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('request: nested more than 32 levels deep; a request is a flat object');
  });
});

describe('check on hostile files', () => {
  it('escapes what files hold, cuts long values and lists at most 50 problems a file', () => {
    const project = copyProject();
    // A column name of escapes and one of 300 characters (a field is capped at 200: named, cut, escaped).
    const header = `number,\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007,${'h'.repeat(300)}`;
    const rows = Array.from({ length: 20_000 }, (_, i) => `5${String(i).padStart(9, '0')},\u001b[31m红\u0000`);
    mkdirSync(join(project.root, 'inventory'));
    writeFileSync(join(project.root, 'inventory/numbers.csv'), [header, ...rows].join('\n'));
    mkdirSync(join(project.root, 'tariffs/changes'));
    writeFileSync(
      join(project.root, 'tariffs/changes/2030-01-01-\u001b]0;title\u0007.yaml'),
      "date: '2030-01-01'\nnote: x\nchanges:\n  - set: addons.\u001b[2Jx.charges.fee.amount\n    to: '1'\n",
    );
    const result = tariffCli(['check', '--root', project.root]);
    expect(result.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    const lines = result.stderr.split('\n');
    expect(lines.filter((l) => /^inventory\/numbers\.csv:\d/u.test(l))).toHaveLength(50);
    expect(lines).toContain('inventory/numbers.csv: 另有 19951 个问题未列出（先改好上面的）');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
    expect(result.stderr).toContain('\\x1b]0;title\\x07');
  });
});

describe('hostile input to the CLI', () => {
  it('check keeps its failing status when the reader stops after one line (| head -1)', async () => {
    const project = copyProject();
    project.edit('tariffs/plans.yaml', (t) => t.replace(/id: monthly-600/u, 'id: Monthly 600'));
    const child = spawn(process.execPath, [CLI, 'check', '--root', project.root], {
      cwd: ROOT,
    });
    await once(child.stderr, 'data');
    child.stderr.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
  });

  it('changes --impact escapes terminal controls and bidi characters from notes', () => {
    const project = copyProject({ live: false });
    mkdirSync(join(project.root, 'tariffs/changes'));
    // Written as escapes in YAML: check refuses a raw control character in a file, so this is the only way one gets in.
    writeFileSync(
      join(project.root, 'tariffs/changes/2030-01-01-x.yaml'),
      `date: '2030-01-01'\nnote: "\\e]0;PWNED\\a\\e[2J彩铃\\u202e调价"\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n`,
    );
    for (const args of [
      ['changes', '--impact'],
      ['changes'],
      ['changes', '--impact', '--json'],
      ['changes', '--json'],
    ]) {
      const result = tariffCli([...args, '--root', project.root]);
      expect(result.code, args.join(' ')).toBe(0);
      // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
      expect(result.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
      expect(result.stdout, args.join(' ')).toMatch(/PWNED/u);
    }
  });

  it('quote refuses a request over 1 MB with one line and exit 2, without holding it', () => {
    const result = tariffCli(['quote'], `{"plan":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect([result.code, result.stderr.trim()]).toEqual([
      2,
      'request: larger than 1 MB; a request is one small JSON object',
    ]);
  });

  it('classify refuses a line of 150,000 characters (no line break) with exit 2', () => {
    const result = tariffCli(['classify', '-'], '4'.repeat(150_000));
    expect([result.code, result.stderr.trim()]).toEqual([
      2,
      'classify: line 1 is longer than 1,000 characters; write one number a line',
    ]);
  });
});
