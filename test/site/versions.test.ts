/**
 * An editor's dated change, end to end: the live site with a price change
 * scheduled (built before its date, then after it), the price feed against
 * its generated schema, and an estimator link from before the change.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { serveStatic, type RunningServer } from '../../tools/static-server';
import { buildEnv } from '../helpers/child-env';
import { copyProject } from '../helpers/project-copy';

const CHANGE = `date: "2030-01-01"
note: 彩铃功能费调整为每年 120 元
changes:
  - set: addons.ringback.charges.fee.amount
    to: "120"
`;

/** Withdrawn the same day: its page stays, and call-recording's link to it is not dead. */
const WITHDRAWAL = `date: "2030-01-01"
note: 语音文件保存功能停止受理
changes:
  - kind: withdraw
    withdraw: addons.voice-storage
`;

function build(root: string, outDir: string, date: string): void {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: buildEnv({ OUT_DIR: outDir, TARIFF_DATE: date, SITE_URL: 'https://tariff.example.cn' }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

/** The text of a page's main content, tags dropped and white space folded. */
function mainText(dir: string, page: string): string {
  const html = readFileSync(join(dir, page), 'utf8');
  const main = /<main[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '';
  return main
    .replaceAll(/<script[\s\S]*?<\/script>/gu, '')
    .replaceAll(/<[^>]+>/gu, ' ')
    .replaceAll(/\s+/gu, ' ');
}

describe('a scheduled price change, as an editor enters it', () => {
  const project = copyProject({ buildable: true });
  const before = join(project.root, 'dist-before');
  const after = join(project.root, 'dist-after');
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(join(project.root, 'tariffs/changes/2030-01-01-ringback.yaml'), CHANGE);
    writeFileSync(join(project.root, 'tariffs/changes/2030-01-01-voice-storage.yaml'), WITHDRAWAL);
    // The reseller's free numbers: the 选号 page lists them by grade.
    mkdirSync(join(project.root, 'inventory'));
    writeFileSync(
      join(project.root, 'inventory/numbers.csv'),
      'number,carrier\n400-123-6688,联通\n4001234568,\n4001237777,电信\n',
    );
    // Marketing adds the site's ICP number to the contact data: the footer shows it.
    project.edit('tariffs/notes.yaml', (t) =>
      t.replace('  complaintsQQ:', '  icp: 豫ICP备12345678号-1\n  complaintsQQ:'),
    );
    build(project.root, before, '2029-12-01');
    build(project.root, after, '2030-01-02');
    server = await serveStatic(after);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
    await server?.close();
  });

  it('a build for another day says 预览 on every page, the embed frames included', () => {
    for (const page of ['index.html', 'estimator/index.html', 'embed/estimator/index.html', 'embed/checker/index.html'])
      expect(readFileSync(join(before, page), 'utf8'), page).toContain('预览：按 2029-12-01 的资费生成，请勿发布');
  });

  it('before its date: today’s price, the announcement and the published quote', () => {
    const ringback = mainText(before, 'addons/ringback/index.html');
    expect(ringback).toContain('100.00 元/年');
    expect(ringback).toContain(
      '自 2030-01-01 起：彩铃功能 · 功能费 100.00 → 120.00 元/年。彩铃功能费调整为每年 120 元',
    );
    expect(ringback).toContain('资费表原文（【3】附加功能 1）： 1.彩铃功能费 100元/年');
    // Pages the change does not touch announce nothing.
    expect(mainText(before, 'addons/ivr/index.html')).not.toContain('资费调整预告');
    const log = mainText(before, 'changes/index.html');
    expect(log).toContain('2030-01-01 即将生效');
    expect(log).toContain('彩铃功能 · 功能费 100.00 → 120.00 元/年');
  });

  it('the 选号 page lists the inventory by grade, rarest first, each with an estimator link', () => {
    const text = mainText(after, 'numbers/index.html');
    expect(text).toContain('共 3 个可选号码');
    const order = ['超级号码', '特级号码', '普通号码 50元/月'].map((grade) => text.indexOf(`${grade} 最低可选`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toMatch(/400-123-7777 电信 尾号 AAAA/u);
    expect(text).toMatch(/400-123-6688 联通 尾号 AABB/u);
    const html = readFileSync(join(after, 'numbers/index.html'), 'utf8');
    expect(html).toContain('href="/estimator/?plan=annual-3000&amp;number=4001236688&amp;v=2030-01-01"');
  });

  it('after its date: the new price, and the change in place of the stale quote', () => {
    const ringback = mainText(after, 'addons/ringback/index.html');
    expect(ringback).toContain('120.00 元/年');
    expect(ringback).not.toContain('资费表原文');
    expect(ringback).toContain('自 2030-01-01 起按调整后的资费：彩铃功能费调整为每年 120 元');
    expect(ringback).not.toContain('资费调整预告');
    expect(readFileSync(join(after, 'index.html'), 'utf8')).toContain(
      '现行资费自 <time datetime="2030-01-01">2030-01-01</time> 起执行',
    );
  });

  it('a withdrawn add-on keeps its page with a notice, out of the sitemap and search; links to it stay alive', () => {
    // Before its date the page is as ever, and call-recording links to it (check let the build through).
    expect(mainText(before, 'addons/voice-storage/index.html')).not.toContain('停止受理，不能再办理');
    expect(readFileSync(join(before, 'addons/call-recording/index.html'), 'utf8')).toContain(
      'href="../voice-storage/"',
    );
    const html = readFileSync(join(after, 'addons/voice-storage/index.html'), 'utf8');
    expect(mainText(after, 'addons/voice-storage/index.html')).toContain(
      '语音文件保存自 2030-01-01 起停止受理，不能再办理。本页保留停止受理前的说明和资费，供已开通的客户查阅',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('加上此功能估算费用');
    expect(readFileSync(join(after, 'sitemap.xml'), 'utf8')).not.toContain('addons/voice-storage/');
    expect(readFileSync(join(after, 'sitemap.xml'), 'utf8')).toContain('addons/call-recording/');
    expect(readFileSync(join(after, 'addons/index.html'), 'utf8')).not.toContain('voice-storage/');
    expect(readFileSync(join(after, 'addons/call-recording/index.html'), 'utf8')).toContain('href="../voice-storage/"');
  });

  it('the price feed carries both versions and validates against its generated JSON Schema', () => {
    const feed = JSON.parse(readFileSync(join(before, 'tariff.json'), 'utf8')) as {
      current: string;
      versions: { settings: { effective: string }; addons: { id: string; charges: { amount?: string }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(before, 'tariff.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(feed.current).toBe('2016-04-10');
    expect(feed.versions.map((v) => v.settings.effective)).toEqual(['2016-04-10', '2030-01-01']);
    expect(feed.versions.map((v) => v.addons.find((a) => a.id === 'ringback')?.charges[0]?.amount)).toEqual([
      '100',
      '120',
    ]);
    // The schema is not a formality: a price as a number is refused.
    const broken = structuredClone(feed);
    const charge = broken.versions[0]?.addons.find((a) => a.id === 'ringback')?.charges[0] as Record<string, unknown>;
    charge['amount'] = 100;
    expect(validate(broken)).toBe(false);
  });

  it('plan and add-on pages carry a schema.org Offer in CNY from the effective date', () => {
    const offerIn = (page: string) =>
      [...readFileSync(join(after, page), 'utf8').matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/gu)]
        .map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>)
        .find((block) => block['@type'] === 'Offer');
    expect(offerIn('addons/ringback/index.html')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Offer',
      name: '彩铃功能',
      priceCurrency: 'CNY',
      validFrom: '2030-01-01',
      url: 'https://tariff.example.cn/addons/ringback/',
      priceSpecification: [
        { '@type': 'UnitPriceSpecification', price: '120.00', priceCurrency: 'CNY', unitCode: 'ANN' },
      ],
    });
    const offer = offerIn('plans/annual-1200/index.html') as { priceSpecification: object[] };
    expect(offer.priceSpecification[0]).toMatchObject({ price: '1200.00', priceCurrency: 'CNY', unitCode: 'ANN' });
  });

  it('an estimator link from before the change reproduces its quote, says prices changed, and recalculates', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}estimator/?plan=monthly-600&minutes=0&addons=ringback&v=2016-04-10`);
    await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe('700.00');
    expect(await page.textContent('.version-notice')).toContain('此报价按 2016-04-10 起执行的资费计算；此后资费已调整');
    await page.click('text=按现行资费重新计算');
    await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe('720.00');
    expect(new URL(page.url()).searchParams.get('v')).toBe('2030-01-01');
    await page.goBack();
    await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe('700.00');
    await page.close();
  });

  it('before a withdrawal, the estimator’s later total leaves the add-on out and says so', async () => {
    const early = await serveStatic(before);
    const page = await browser.newPage();
    await page.goto(`${early.url}estimator/?plan=monthly-600&minutes=0&addons=voice-storage`);
    await page.waitForSelector('[data-testid="later-quotes"]');
    expect(await page.textContent('[data-testid="stopped-addons"]')).toBe('语音文件保存停止受理，不计入');
    expect(await page.textContent('[data-testid="later-quotes"]')).not.toContain('未知附加功能');
    await page.close();
    await early.close();
  });

  it('an old version that arrives after the visitor moved on is dropped, never shown over the current quote', async () => {
    const page = await browser.newPage();
    // The old version's file is held back until the visitor has gone Back to a current quote.
    const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
    await page.route('**/versions/2016-04-10.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}estimator/?plan=monthly-600&minutes=0&addons=ringback`);
    await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe('720.00');
    await page.evaluate(() => {
      history.pushState(null, '', '?plan=monthly-600&minutes=0&addons=ringback&v=2016-04-10');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('2030-01-01');
    const answered = page.waitForResponse('**/versions/2016-04-10.json');
    release(undefined);
    await answered;
    // Two frames: whatever the late answer would set has been painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.textContent('[data-testid="quote-total"]')).toBe('720.00');
    expect(await page.$('.version-notice')).toBeNull();
    await page.close();
  });
});
