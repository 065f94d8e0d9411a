/**
 * The CMS at /admin/ as an editor uses it: Chromium drives the built
 * /admin/ against the local backend writing into a copy of the project.
 * A price change made in the form is the guide's own example file and
 * passes `check`; a page edit touches that page's file and no other; a
 * malformed price is refused in the form and nothing is written.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { checkProject } from '../../src/project-check';
import { copyProject } from '../helpers/project-copy';
import { serveCms } from '../helpers/cms-server';
import { shiftedDay } from '../helpers/days';
import { ROOT, siteTariff } from '../helpers/tariff';
import { cmsConfig, LOCAL_BACKEND_PATH } from '../../src/cms/config';
import { htmlFiles, readPage } from '../../tools/dist';
import { TARIFF_FILES } from '../../src/engine/index';
import type { TariffSnapshot } from '../../src/cms/tariff-snapshot';

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const topicExample = /`content\/pages\/after-sales\.mdx`[^`]*```mdx\n([\s\S]*?)```/u.exec(guide)?.[1] ?? '';
const ringbackExample = /```yaml\n# tariffs\/changes\/[^\n]*ringback\.yaml\n([\s\S]*?)```/u.exec(guide)?.[1] ?? '';

/** Every file of the project copy with its content's hash. */
function snapshot(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('/'));
  return new Map(
    files.flatMap((f) => {
      try {
        return [
          [
            f,
            createHash('sha256')
              .update(readFileSync(join(root, f)))
              .digest('hex'),
          ] as const,
        ];
      } catch {
        return []; // a folder
      }
    }),
  );
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

describe('dist/admin/: the CMS in the build', () => {
  const dir = inject('siteDir');
  const admin = join(dir, 'admin');

  it('holds the page, its configuration for the version built, and Decap CMS’s files: nothing from another host', () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    const sources = [...html.matchAll(/src="([^"]+)"/gu)].map((m) => m[1] ?? '');
    expect(sources).toEqual(['cms-manual.js', 'decap-cms.js', 'cms-check.js', 'cms-init.js']);
    for (const source of sources) expect(existsSync(join(admin, source)), source).toBe(true);
    // Its chunks are loaded relative to decap-cms.js: every one is here.
    const chunks = [...readFileSync(join(admin, 'decap-cms.js'), 'utf8').matchAll(/"(\d+)\.decap-cms\.js"/gu)];
    for (const [, id] of chunks) expect(existsSync(join(admin, `${id ?? ''}.decap-cms.js`))).toBe(true);
    // Generated from the version this build shows, as it is now: a stale configuration fails here.
    expect(JSON.parse(readFileSync(join(admin, 'config.json'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(cmsConfig(siteTariff, undefined))),
    );
    // The files a save is checked against in the browser: those this build was made from.
    const built = JSON.parse(readFileSync(join(admin, 'tariff-files.json'), 'utf8')) as TariffSnapshot;
    for (const file of Object.values(TARIFF_FILES))
      expect(built.files[file], file).toBe(readFileSync(join(ROOT, file), 'utf8'));
    expect(built.folders['tariffs/changes'] ?? []).toEqual([]);
  });

  it('is left out of the sitemap, search and robots.txt’s allowed paths; no public page links to it', () => {
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    expect(htmlFiles(dir).some((f) => f.startsWith('admin'))).toBe(false);
    for (const file of htmlFiles(dir)) expect(readPage(dir, file), file).not.toMatch(/admin\//u);
    const fragments = readdirSync(join(dir, 'pagefind/fragment')).length;
    expect(fragments).toBe(htmlFiles(dir).filter((f) => !['404.html', 'search/index.html'].includes(f)).length);
  });
});

// Decap CMS is a large single-page app: on a busy 2-core machine one form takes well over the default 30 s.
const CMS_TIMEOUT = 120_000;

describe('editing in the browser (/admin/ with the local backend)', () => {
  let browser: Browser;
  let project: ReturnType<typeof copyProject>;
  let server: Awaited<ReturnType<typeof serveCms>>;
  const errors: string[] = [];

  beforeAll(async () => {
    project = copyProject();
    server = await serveCms(inject('siteDir'), project.root);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
    await server.close();
    rmSync(project.root, { recursive: true, force: true });
  });

  let cmsPage: Page | undefined;
  let at = '';
  /**
   * /admin/ at a route, in one tab kept for the file (Decap CMS is a large script: loading it once,
   * then moving between its routes as an editor does, costs a fraction of a new tab per test).
   */
  async function open(hash: string): Promise<Page> {
    at = hash;
    if (cmsPage === undefined) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(60_000);
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${at}: ${m.text()} ${JSON.stringify(m.location())}`);
      });
      page.on('pageerror', (e) => errors.push(`${at}: ${e.message}`));
      // Leaving a form that was not saved (a refused price) asks first: the editor says yes.
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`${server.url}admin/`);
      // The local backend needs no account: one click on 登录.
      await page.getByRole('button', { name: /登录/u }).click();
      await page.waitForSelector('text=资费变更');
      cmsPage = page;
    } else {
      // Through the change list, so that opening the same route again starts a fresh form.
      await cmsPage.goto(`${server.url}admin/#/collections/changes`);
      // The last form has closed (its fields are gone) before the next route opens a fresh one.
      await cmsPage.getByLabel('生效日期').waitFor({ state: 'detached' });
      await cmsPage.waitForSelector('text=资费变更');
    }
    await cmsPage.goto(`${server.url}admin/#${hash}`);
    return cmsPage;
  }

  async function newPriceChange(page: Page, date: string, amount: string): Promise<void> {
    await page.getByLabel('生效日期').fill(date);
    await page.getByLabel('对外说明').fill('彩铃功能费调整为每年 120 元');
    await page.getByRole('button', { name: /一项调整/u }).click();
    await page.getByText('调整价格', { exact: true }).click();
    // The datum is picked from a list showing its words and current value.
    await page.getByLabel('要修改的数据').fill('彩铃功能 · 功能费');
    await expect
      .poll(() => page.textContent('[class*="menu"]'), { timeout: 30_000 })
      .toContain('彩铃功能 · 功能费（元/年，现为 100）');
    await page.keyboard.press('Enter');
    await page.getByLabel('新的金额').fill(amount);
  }

  async function publish(page: Page): Promise<void> {
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('立即发布').click();
  }

  it(
    'a price change made in the form is the guide’s example, and check passes on it',
    async () => {
      const date = shiftedDay(60);
      const page = await open('/collections/changes/new');
      await newPriceChange(page, date, '120');
      // Collapsed, the item names its datum by its words, not by its data path.
      await expect
        .poll(() => page.textContent('[class*="NestedObjectLabel"]'))
        .toBe('彩铃功能 · 功能费（元/年，现为 100） → 120');
      await publish(page);
      const folder = join(project.root, 'tariffs/changes');
      await expect.poll(() => (existsSync(folder) ? readdirSync(folder) : []), { timeout: 30_000 }).toHaveLength(1);
      // Published, the CMS moves on to the saved entry's address: a later route must not race that move.
      await page.waitForURL(/#\/collections\/changes\/entries\//u);
      const [file = ''] = readdirSync(folder);
      expect(file.startsWith(`${date}-`)).toBe(true);
      // The whole file (a write in progress reads as an empty one).
      const read = () => parse(readFileSync(join(folder, file), 'utf8')) as { changes?: unknown } | null;
      await expect.poll(() => read()?.changes, { timeout: 30_000 }).toBeDefined();
      const written: unknown = read();
      expect(written).toEqual({ ...parse(ringbackExample), date });
      const checked = checkProject(project.root);
      expect(checked.issues.filter((i) => !i.warning)).toEqual([]);
      // The change the built pages announce: 彩铃功能 · 功能费 100 → 120 from that day.
      expect(checked.history?.changes.map((c) => [c.date, c.items])).toEqual([
        [
          date,
          [
            {
              op: 'set',
              path: 'addons.ringback.charges.fee.amount',
              what: '彩铃功能 · 功能费',
              unit: '元/年',
              old: '100',
              new: '120',
            },
          ],
        ],
      ]);
    },
    CMS_TIMEOUT,
  );

  it(
    'a malformed price or date is refused in the form, in Chinese, and nothing is written',
    async () => {
      const before = snapshot(project.root);
      for (const [date, amount, words] of [
        [shiftedDay(90), '12.345', '请填写金额数字，最多两位小数，例如 120 或 0.13（不要写“元”）'],
        [shiftedDay(90), 'abc', '请填写金额数字，最多两位小数，例如 120 或 0.13（不要写“元”）'],
        // Kept as typed (a date picker would have emptied it and asked for a date).
        ['2027-13-01', '120', '生效日期写成 年-月-日，如 2027-01-01（月 01–12，日 01–31）'],
      ] as const) {
        const page = await open('/collections/changes/new');
        await newPriceChange(page, date, amount);
        await publish(page);
        await expect.poll(() => page.textContent('body'), { timeout: 30_000 }).toContain(words);
        expect(await page.getByLabel('生效日期').inputValue()).toBe(date);
      }
      expect(changed(before, snapshot(project.root))).toEqual([]);
    },
    CMS_TIMEOUT,
  );

  it(
    'a change check would refuse is refused in the browser when saved, with check’s words: nothing is sent or written',
    async () => {
      const before = snapshot(project.root);
      // What reaches the backend: a save refused in the browser sends nothing (a git host would get no commit).
      const sent: string[] = [];
      const listen = (request: Request) => {
        if (request.url().includes(LOCAL_BACKEND_PATH)) sent.push(request.postData() ?? '');
      };
      // A date before the published tariff; the same datum as the first test's change, on its day.
      for (const [date, words] of [
        ['2015-06-01', '变更日期必须晚于已发布资费的日期 2016-04-10；这里写的是 2015-06-01'],
        [shiftedDay(60), '同一天的同一项只能修改一次'],
        // The form's pattern takes it; no such day exists.
        ['2030-02-30', '日期应写成真实存在的 YYYY-MM-DD'],
      ] as const) {
        const page = await open('/collections/changes/new');
        await newPriceChange(page, date, '130');
        page.on('request', listen);
        await publish(page);
        // Shown to the editor (not only somewhere in the page): the CMS's notice with check's words.
        const notice = page.getByText(`保存内容失败: `, { exact: false }).filter({ hasText: words });
        await notice.waitFor({ state: 'visible' });
        // Check's words alone after Decap's own prefix: no API_ERROR tag.
        expect(await notice.textContent()).toMatch(/^保存内容失败: [^A-Z]/u);
        // On screen, once it has slid in from the right edge.
        await expect.poll(async () => (await notice.boundingBox())?.x ?? Infinity).toBeLessThan(1280 - 200);
        await page.screenshot({ path: join(SCREENSHOTS, `cms-refused-${date}.png`) });
        page.off('request', listen);
      }
      expect(sent.filter((body) => body.includes('persistEntry'))).toEqual([]);
      expect(changed(before, snapshot(project.root))).toEqual([]);
    },
    CMS_TIMEOUT,
  );

  it(
    'editing an add-on page changes that page’s file and no other; 插入数据 writes the component',
    async () => {
      const before = snapshot(project.root);
      const file = join(project.root, 'content/addons/ringback.mdx');
      const [, frontmatter = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(file, 'utf8')) ?? [];
      const page = await open('/collections/addons/entries/ringback');
      const description = page.getByLabel('页面简介');
      await expect.poll(() => description.inputValue(), { timeout: 30_000 }).toBe(parse(frontmatter).description);
      await description.fill('彩铃功能：电话接通时播放企业彩铃，是企业的有声名片，可由专业播音员录制。');
      // The cursor at the end of the body, then a price from the list.
      await page.getByLabel('正文').focus();
      await page.keyboard.press('Control+End');
      await page.getByLabel('插入数据：').selectOption({ label: '价格 · 彩铃功能 · 功能费' });
      await page.getByRole('button', { name: '插入' }).click();
      // The preview pane draws the body as the page's text: its links as links, the price just inserted
      // as a marked box naming it (what the page shows there), never the tag.
      const previewFrame = async () => {
        for (const frame of page.frames()) {
          const text = await frame.evaluate(() => document.body.innerText).catch(() => '');
          if (text.includes('开通后，来电者在电话接通时会听到')) return frame;
        }
        return undefined;
      };
      const marks = async () =>
        (await previewFrame())?.evaluate(() =>
          [...document.querySelectorAll('mark.data-preview')].map((m) => m.textContent),
        );
      await expect.poll(marks, { timeout: 30_000 }).toEqual(['〔价格 · 彩铃功能 · 功能费〕']);
      const preview = await previewFrame();
      expect(await preview?.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.textContent))).toEqual(
        expect.arrayContaining(['彩铃录制', '炫铃功能']),
      );
      expect(await preview?.evaluate(() => document.body.innerText.includes('<Price'))).toBe(false);
      // Headed by the add-on's name, as the page is; the description typed above under it.
      expect(await preview?.evaluate(() => document.querySelector('h1')?.textContent)).toBe('彩铃功能');
      expect(await preview?.evaluate(() => document.body.innerText)).toContain('可由专业播音员录制。');
      await page.screenshot({ path: join(SCREENSHOTS, 'cms-page-preview.png') });
      await publish(page);
      // Wait for the whole file: a write in progress reads as a changed, empty file.
      const written = () => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(file, 'utf8')) ?? [];
      await expect
        .poll(() => (parse(written()[1] ?? '') as { description?: string } | null)?.description, {
          timeout: 30_000,
        })
        .toBe('彩铃功能：电话接通时播放企业彩铃，是企业的有声名片，可由专业播音员录制。');
      expect(changed(before, snapshot(project.root))).toEqual([relative(project.root, file)]);
      const [, newFrontmatter = '', newBody = ''] = written();
      expect(parse(newFrontmatter)).toEqual({
        addon: 'ringback',
        description: '彩铃功能：电话接通时播放企业彩铃，是企业的有声名片，可由专业播音员录制。',
      });
      expect(newBody.trimEnd()).toBe(`${body}<Price of="ringback" charge="fee" />`);
      expect(checkProject(project.root).issues.filter((i) => !i.warning)).toEqual([]);
    },
    CMS_TIMEOUT,
  );

  it(
    'a new topic page made in the form is the guide’s example: its address names the file, an address the site takes is refused',
    async () => {
      const before = snapshot(project.root);
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(topicExample) ?? [];
      const example = parse(frontmatter) as Record<string, string>;
      const page = await open('/collections/pages/new');
      await page.getByLabel('页面标题').fill(example['title'] ?? '');
      // The checker's address first: refused in the form, nothing written.
      await page.getByLabel('网址').fill('checker');
      await page.getByLabel('菜单').fill('页脚');
      await page.keyboard.press('Enter');
      await page.getByLabel('页面简介').fill(example['description'] ?? '');
      await page.getByLabel('正文').fill(body.trim());
      await publish(page);
      await expect.poll(() => page.textContent('body'), { timeout: 30_000 }).toContain('不能用网站自己的网址');
      expect(changed(before, snapshot(project.root))).toEqual([]);
      // Emptied first: after a refusal the field keeps its text and a fill would add to it.
      await page.getByLabel('网址').fill('');
      await page.getByLabel('网址').fill(example['address'] ?? '');
      expect(await page.getByLabel('网址').inputValue()).toBe(example['address']);
      await publish(page);
      const file = join(project.root, 'content/pages/after-sales.mdx');
      // The whole file (a write in progress reads as an empty one).
      const written = () =>
        /^---\n([\s\S]*?)\n---\n([\s\S]*\S)/u.exec(existsSync(file) ? readFileSync(file, 'utf8') : '') ?? [];
      await expect.poll(() => written().length, { timeout: 30_000 }).toBe(3);
      await page.waitForURL(/#\/collections\/pages\/entries\//u);
      const [, writtenFrontmatter = '', writtenBody = ''] = written();
      expect(parse(writtenFrontmatter)).toEqual(example);
      expect(writtenBody.trim()).toBe(body.trim());
      expect(changed(before, snapshot(project.root))).toEqual(['content/pages/after-sales.mdx']);
      expect(checkProject(project.root).issues.filter((i) => !i.warning)).toEqual([]);
    },
    CMS_TIMEOUT,
  );

  it(
    'the number list: a CSV file chosen on the editor’s computer, refused by line when check would, Excel’s GBK saved as UTF-8',
    async () => {
      const before = snapshot(project.root);
      const page = await open('/collections/inventory/entries/numbers');
      await expect.poll(() => page.textContent('[data-testid="inventory-count"]')).toBe('还没有号码清单');
      const folder = mkdtempSync(join(tmpdir(), 'csv-'));
      const bad = join(folder, 'bad.csv');
      writeFileSync(bad, 'number,carrier\n400-123-6688,联通\n12345,电信\n');
      await page.setInputFiles('input[type=file]', bad);
      await expect
        .poll(() => page.textContent('[data-testid="inventory-read"]'))
        .toBe('已读入 bad.csv：2 行号码。点“发布”保存；有问题的行会在保存前列出，不会写入。');
      await publish(page);
      const refused = page.getByText('保存内容失败: 第 3 行：“12345” 不是有效的 400 号码：400号码必须以 400 开头');
      await refused.waitFor({ state: 'visible' });
      expect(changed(before, snapshot(project.root))).toEqual([]);
      // "CSV (逗号分隔)" from Excel on a Chinese Windows: GBK bytes (联通, 电信).
      const gbk = Buffer.concat([
        Buffer.from('number,carrier,note\n400-123-6688,'),
        Buffer.from([0xc1, 0xaa, 0xcd, 0xa8]),
        Buffer.from(',\n4001237777,'),
        Buffer.from([0xb5, 0xe7, 0xd0, 0xc5]),
        Buffer.from(',\n'),
      ]);
      const good = join(folder, 'numbers.csv');
      writeFileSync(good, gbk);
      await page.setInputFiles('input[type=file]', good);
      await expect
        .poll(() => page.textContent('[data-testid="inventory-read"]'))
        .toContain('（原文件是 GBK 编码，已转为 UTF-8）');
      await publish(page);
      const file = join(project.root, 'inventory/numbers.csv');
      const utf8 = 'number,carrier,note\n400-123-6688,联通,\n4001237777,电信,\n';
      await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 30_000 }).toBe(utf8);
      expect(changed(before, snapshot(project.root))).toEqual(['inventory/numbers.csv']);
      const checked = checkProject(project.root);
      expect(checked.issues.filter((i) => !i.warning)).toEqual([]);
      expect(checked.inventory?.map((n) => n.number)).toEqual(['4001236688', '4001237777']);
      rmSync(folder, { recursive: true, force: true });
    },
    CMS_TIMEOUT,
  );

  it(
    'a change file check refuses, saved by hand: /admin/ still opens, names the problem, and the file is fixed there',
    async () => {
      const folder = join(project.root, 'tariffs/changes');
      mkdirSync(folder, { recursive: true });
      const file = join(folder, '2015-06-01-broken.yaml');
      // Before the published tariff's own date: check refuses it, and the build with it.
      writeFileSync(file, ringbackExample.replace(/^date: .*$/mu, 'date: "2015-06-01"'));
      expect(
        checkProject(project.root)
          .issues.filter((i) => !i.warning)
          .map((i) => i.code),
      ).toEqual(['change/date-too-early']);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(60_000);
      await page.goto(`${server.url}admin/`);
      await page.getByRole('button', { name: /登录/u }).click();
      // The list opens, headed by the problem and the file that has it.
      await page.goto(`${server.url}admin/#/collections/changes`);
      await expect
        .poll(() => page.textContent('body'))
        .toContain(
          '⚠ 检查发现 1 个问题，网站暂时无法生成（下面的表单按已发布的资费显示）：请打开对应的文件改正或删除。',
        );
      expect(await page.textContent('body')).toContain('tariffs/changes/2015-06-01-broken.yaml');
      await page.screenshot({ path: join(SCREENSHOTS, 'cms-broken-file.png') });
      // Opened in the form, the date put right, published: check passes and the warning is gone.
      await page.goto(`${server.url}admin/#/collections/changes/entries/2015-06-01-broken`);
      const date = shiftedDay(30);
      await page.getByLabel('生效日期').fill(date);
      await publish(page);
      await expect.poll(() => readFileSync(file, 'utf8')).toContain(date);
      expect(checkProject(project.root).issues.filter((i) => !i.warning)).toEqual([]);
      await page.reload();
      await page.waitForSelector('text=资费变更');
      await page.goto(`${server.url}admin/#/collections/changes`);
      await page.waitForSelector(`text=${date}`);
      const list = (await page.textContent('body')) ?? '';
      expect(list).not.toContain('⚠ 检查发现');
      // Listed by date, the latest first: the first test's change (in 60 days) above this one (in 30).
      expect(list.indexOf(shiftedDay(60))).toBeGreaterThan(-1);
      expect(list.indexOf(shiftedDay(60))).toBeLessThan(list.indexOf(date));
      await page.close();
      rmSync(file);
    },
    CMS_TIMEOUT,
  );

  it('runs without a script error or a policy violation', () => {
    // Refused publishes are expected, and Decap logs each: its own validation with no reason ("undefined"),
    // the browser's save check (its message), and the edit server's refusal (422 and its message, then the error object).
    const route = /^\/collections\/(?:changes\/new|pages\/new|inventory\/entries\/numbers): /u;
    const refusal = (e: string) =>
      route.test(e) &&
      [/^undefined$/u, /^SAVE_REFUSED: /u, /status of 422/u, /^API_ERROR: /u, /^Object$/u].some((p) =>
        p.test(e.replace(route, '')),
      );
    // One per value refused in the form: two prices and a date, and an address.
    expect(errors.filter((e) => route.test(e) && e.endsWith(': undefined')).length).toBeLessThanOrEqual(4);
    expect(errors.filter((e) => !refusal(e))).toEqual([]);
  });
});
