/**
 * An editor's changes never break the site. This checkout as it is (with
 * whatever changes, pages and inventory marketing has added) builds and keeps
 * the site's invariants; and the guide's examples, added to the checkout as
 * published around today (a price change and a withdrawal in force since
 * yesterday, a new add-on with its page in 2 days and the same one in force
 * since yesterday, a new grade in 60 days),
 * pass check with warnings only, build, and show the price in force, the
 * change log, links that resolve, and no preview banner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tariffAt, todayInShanghai } from '../../src/engine/index';
import { formatIssue } from '../../src/editor-messages/errors';
import { shiftedDay } from '../helpers/days';
import { yuan } from '../../src/presentation/format';
import { checkProject } from '../../src/project-check';
import { htmlFiles, pagePath, readPage, references } from '../../tools/dist';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { serveStatic } from '../../tools/static-server';
import { buildEnv } from '../helpers/child-env';
import { copyProject } from '../helpers/project-copy';
import { liveHistory, ROOT } from '../helpers/tariff';

const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const examples = [
  ...guide.matchAll(/```yaml\n# tariffs\/changes\/(\d{4}-\d{2}-\d{2})-([^\n]+\.yaml)\n([\s\S]*?)```/gu),
];
const page = /`(content\/addons\/[a-z-]+\.mdx)`[^`]*```mdx\n([\s\S]*?)```/u.exec(guide);
const topic = /`(content\/pages\/[a-z-]+\.mdx)`[^`]*```mdx\n([\s\S]*?)```/u.exec(guide);

/** The guide's examples, in its order, take effect: yesterday, yesterday, in 2 days, in 60 days. */
const OFFSETS = [-1, -1, 2, 60];

/** Builds the project at `root` into its dist/; returns what the build printed. */
function build(root: string): string {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: buildEnv({ OUT_DIR: join(root, 'dist'), SITE_URL: 'https://tariff.example.cn' }),
    encoding: 'utf8',
  });
  const said = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${said}`);
  return said;
}

/** Internal links of every page that lead nowhere. */
function brokenLinks(out: string): string[] {
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
  return broken;
}

describe('this checkout as it is, with every change marketing has made', () => {
  // With no change file and no inventory, this checkout is the published one the global setup built
  // (same files, same settings): that build is this one. Otherwise it is built here.
  const asPublished = liveHistory.changes.length === 0 && !existsSync(join(ROOT, 'inventory'));
  const project = asPublished ? undefined : copyProject({ buildable: 'live' });
  const out = project === undefined ? inject('siteDir') : join(project.root, 'dist');
  beforeAll(() => {
    if (project !== undefined) build(project.root);
  }, 240_000);
  afterAll(() => {
    if (project !== undefined) rmSync(project.root, { recursive: true, force: true });
  });

  it('builds, shows the prices in force today, no preview banner, and every link resolves', () => {
    const today = tariffAt(liveHistory.versions, todayInShanghai());
    const ringback = today?.addons.find((a) => a.id === 'ringback');
    const amount = ringback?.charges[0]?.amount;
    if (amount !== undefined) expect(readPage(out, 'addons/ringback/index.html')).toContain(yuan(amount));
    expect(readPage(out, 'index.html')).not.toContain('预览：');
    expect(brokenLinks(out)).toEqual([]);
  });
});

describe("the guide's examples added to the checkout as published, around today", () => {
  const project = copyProject({ buildable: true });
  const out = join(project.root, 'dist');
  let said = '';

  beforeAll(() => {
    examples.forEach((example, i) => {
      const date = shiftedDay(OFFSETS[i] ?? 60);
      const [, old = '', name = '', text = ''] = example;
      const file = join(project.root, 'tariffs/changes', `${date}-${name}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text.replaceAll(old, date));
    });
    writeFileSync(join(project.root, page?.[1] ?? ''), page?.[2] ?? '');
    writeFileSync(join(project.root, topic?.[1] ?? ''), topic?.[2] ?? '');
    // The same new add-on under another id, in force since yesterday: the other side of its date.
    const example = examples[OFFSETS.indexOf(2)]?.[3] ?? '';
    writeFileSync(
      join(project.root, 'tariffs/changes', `${shiftedDay(-1)}-call-forward.yaml`),
      example
        .replaceAll(examples[OFFSETS.indexOf(2)]?.[1] ?? '', shiftedDay(-1))
        .replaceAll('call-transfer', 'call-forward')
        .replaceAll('呼叫转移', '来电转接'),
    );
    writeFileSync(
      join(project.root, 'content/addons/call-forward.mdx'),
      (page?.[2] ?? '').replaceAll('call-transfer', 'call-forward'),
    );
    // No page edit for the withdrawal: content/addons/call-recording.mdx keeps its link to 语音文件保存.
    said = build(project.root);
  }, 240_000);
  afterAll(() => rmSync(project.root, { recursive: true, force: true }));

  it('check passes: warnings only (the change due in 2 days), each at its line', () => {
    const { issues } = checkProject(project.root);
    expect(issues.filter((i) => !i.warning).map(formatIssue)).toEqual([]);
    const soon = `tariffs/changes/${shiftedDay(2)}-call-transfer.yaml:2:7: 提醒 change/due-soon`;
    expect(issues.map(formatIssue).some((line) => line.startsWith(soon))).toBe(true);
    expect(said).toContain(soon);
  });

  it('the price in force is the changed one; what is coming is announced; no preview banner', () => {
    const ringback = readPage(out, 'addons/ringback/index.html');
    expect(ringback).toContain('120.00');
    expect(ringback).not.toContain('预览：');
    // Withdrawn since yesterday: its page stays, saying so, unlisted; the add-on of 2 days from now is not offered yet.
    const withdrawn = readPage(out, 'addons/voice-storage/index.html');
    expect(withdrawn).toContain('停止受理，不能再办理');
    expect(withdrawn).toContain('<meta name="robots" content="noindex">');
    // Its link from another page stays as written, and leads to that notice.
    expect(readPage(out, 'addons/call-recording/index.html')).toMatch(/href="[^"]*voice-storage\/"/u);
    const log = readPage(out, 'changes/index.html');
    for (const note of ['彩铃功能费调整为每年 120 元', '语音文件保存功能停止受理', '新增呼叫转移功能'])
      expect(log).toContain(note);
  });

  it('a new add-on’s page is built, listed, searchable and in the sitemap from its date, and not before', () => {
    const listed = readPage(out, 'addons/index.html');
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    // In force since yesterday.
    expect(readPage(out, 'addons/call-forward/index.html')).toContain('data-pagefind-body');
    expect(listed).toContain('href="/addons/call-forward/"');
    expect(sitemap).toContain('https://tariff.example.cn/addons/call-forward/');
    // In force in 2 days: nowhere yet.
    expect(existsSync(join(out, 'addons/call-transfer/index.html'))).toBe(false);
    expect(listed).not.toContain('/addons/call-transfer/');
    expect(sitemap).not.toContain('call-transfer');
    expect(htmlFiles(out).filter((file) => readPage(out, file).includes('/addons/call-transfer/'))).toEqual([]);
  });

  it('the guide’s new topic page is built at its address, linked from every page’s footer, searchable and in the sitemap', () => {
    expect(topic?.[1]).toBe('content/pages/after-sales.mdx');
    const built = readPage(out, 'after-sales/index.html');
    expect(built).toContain('<h1>售后服务</h1>');
    expect(built).toContain('data-pagefind-body');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('https://tariff.example.cn/after-sales/');
    const footerLinks = (file: string) =>
      [
        ...(/<p class="footer-links">([\s\S]*?)<\/p>/u.exec(readPage(out, file))?.[1] ?? '').matchAll(
          />([^<>]+)<\/a>/gu,
        ),
      ].map((m) => m[1]);
    for (const file of ['index.html', 'plans/monthly-600/index.html', 'after-sales/index.html'])
      expect(footerLinks(file), file).toEqual(['常见问题', '资费变更记录', '计费说明', '售后服务']);
    expect(readPage(out, 'index.html')).toContain('href="/after-sales/"');
  });

  it('an estimator link naming the withdrawn add-on says it is no longer offered, and quotes the rest', async () => {
    const server = await serveStatic(out);
    const browser = await sharedChromium();
    try {
      const page = await browser.newPage();
      await page.goto(new URL('estimator/?plan=monthly-600&addons=voice-storage,ringback', server.url).href);
      await expect
        .poll(() => page.textContent('[data-testid="dropped-addons"]'), { timeout: 20_000 })
        .toBe('链接中的附加功能“语音文件保存”已停止受理，报价中已去掉。');
      await expect.poll(() => page.isVisible('[data-testid="quote-total"]'), { timeout: 20_000 }).toBe(true);
      // The add-on labels are those of the version quoted: today's 120.00, the published version's 100.00.
      const label = () => page.textContent('.addons li:has-text("彩铃功能") .sub');
      await expect.poll(label, { timeout: 20_000 }).toBe('功能费 120.00 元/年');
      await page.goto(new URL('estimator/?plan=monthly-600&addons=ringback&v=2016-04-10', server.url).href);
      await expect.poll(label, { timeout: 20_000 }).toBe('功能费 100.00 元/年');
    } finally {
      await releaseChromium(browser);
      await server.close();
    }
  });

  it('every link on every page resolves', () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});
