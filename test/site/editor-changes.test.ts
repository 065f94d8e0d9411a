/**
 * An editor's changes never break the site: this checkout as it is, with the
 * guide's examples added around today (a price change in force since
 * yesterday, a withdrawal in 2 days, a new add-on with its page and a new
 * grade in 60 days), passes check with warnings only, builds, and keeps the
 * site's invariants: the price in force, announcements of what is coming, the
 * change log, links that resolve, and no preview banner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, todayInShanghai } from '../../src/engine/index';
import { checkProject } from '../../src/project-check';
import { htmlFiles, pagePath, readPage, references } from '../../tools/dist';
import { buildEnv } from '../helpers/child-env';
import { copyProject } from '../helpers/project-copy';
import { ROOT } from '../helpers/tariff';

const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const examples = [
  ...guide.matchAll(/```yaml\n# tariffs\/changes\/(\d{4}-\d{2}-\d{2})-([^\n]+\.yaml)\n([\s\S]*?)```/gu),
];
const page = /`(content\/addons\/[a-z-]+\.mdx)`[^`]*```mdx\n([\s\S]*?)```/u.exec(guide);

/** Today (Asia/Shanghai) moved by `days`. */
function shifted(days: number): string {
  const date = new Date(`${todayInShanghai()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The guide's examples, in its order, take effect: yesterday, in 2 days, in 60 days, in 60 days. */
const OFFSETS = [-1, 2, 60, 60];

describe("the guide's examples added to this checkout, around today", () => {
  const project = copyProject({ buildable: 'live' });
  const out = join(project.root, 'dist');
  let said = '';

  beforeAll(() => {
    examples.forEach((example, i) => {
      const date = shifted(OFFSETS[i] ?? 60);
      const [, old = '', name = '', text = ''] = example;
      const file = join(project.root, 'tariffs/changes', `${date}-${name}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text.replaceAll(old, date));
    });
    writeFileSync(join(project.root, page?.[1] ?? ''), page?.[2] ?? '');
    const build = spawnSync(process.execPath, [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project.root,
      env: buildEnv({ OUT_DIR: out, SITE_URL: 'https://tariff.example.cn' }),
      encoding: 'utf8',
    });
    said = `${build.stdout}${build.stderr}`;
    if (build.status !== 0) throw new Error(`build failed:\n${said}`);
  }, 240_000);
  afterAll(() => rmSync(project.root, { recursive: true, force: true }));

  it('check passes: warnings only (the change due in 2 days), each at its line', () => {
    const { issues } = checkProject(project.root);
    expect(issues.filter((i) => !i.warning).map(formatIssue)).toEqual([]);
    const soon = `tariffs/changes/${shifted(2)}-voice-storage.yaml:2:7: 提醒 change/due-soon`;
    expect(issues.map(formatIssue).some((line) => line.startsWith(soon))).toBe(true);
    expect(said).toContain(soon);
  });

  it('the price in force is the changed one; what is coming is announced; no preview banner', () => {
    const ringback = readPage(out, 'addons/ringback/index.html');
    expect(ringback).toContain('120.00');
    expect(ringback).not.toContain('预览：');
    const storage = readPage(out, 'addons/voice-storage/index.html');
    expect(storage).toContain(shifted(2));
    // The add-on of 60 days from now is not offered yet.
    expect(existsSync(join(out, 'addons/call-transfer/index.html'))).toBe(false);
    const log = readPage(out, 'changes/index.html');
    for (const note of ['彩铃功能费调整为每年 120 元', '语音文件保存功能停止受理', '新增呼叫转移功能'])
      expect(log).toContain(note);
  });

  it('every link on every page resolves', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      const pageUrl = new URL(`/${pagePath(file)}`, 'http://site.test');
      for (const ref of references(readPage(out, file))) {
        const target = new URL(ref, pageUrl);
        if (target.origin !== 'http://site.test') continue;
        const local = join(out, decodeURIComponent(target.pathname));
        if (!existsSync(target.pathname.endsWith('/') ? join(local, 'index.html') : local))
          broken.push(`${file} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
