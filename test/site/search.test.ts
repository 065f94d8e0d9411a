import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { releaseChromium, sharedChromium } from '../helpers/chromium';

/** Each result's title as the page shows it. */
const titles = (page: Page) => page.$$eval('.search-results li a', (links) => links.map((a) => a.textContent ?? ''));

/**
 * Runs a query through the search page and returns the result links in order. On the search page
 * already, it is typed into the field (Pagefind stays loaded); the field is emptied first, which
 * clears the results, so whatever shows next answers this query.
 */
async function search(page: Page, base: string, query: string): Promise<string[]> {
  const searchPage = new URL('search/', base).href;
  if (page.url().startsWith(searchPage) && (await page.$('astro-island:not([ssr]) #search-input')) !== null) {
    await page.fill('#search-input', '');
    await page.waitForSelector('.search-results', { state: 'detached' });
    await page.fill('#search-input', query);
  } else {
    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  }
  await page.waitForSelector('.search-results li a, .search-summary:has-text("没有找到")');
  return page.$$eval('.search-results li a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('Chinese search (Pagefind)', () => {
  let browser: Browser;
  let page: Page;
  const base = inject('siteUrl');
  beforeAll(async () => {
    browser = await sharedChromium();
    page = await browser.newPage();
  });
  afterAll(async () => releaseChromium(browser));

  it.each([
    ['彩铃', '/addons/ringback/'],
    ['录音', '/addons/call-recording/'],
    ['语音导航', '/addons/ivr/'],
    ['特级号码', '/grades/'],
    ['发票', '/process/'],
    ['防伪', '/addons/anti-fake/'],
    ['常见问题', '/faq/'],
    ['月租', '/plans/'],
    ['选号', '/numbers/'],
    ['办理', '/process/'],
    ['超级号码', '/grades/'],
    ['彩铃录制', '/addons/ringback-recording/'],
    ['靓号', '/grades/'],
    ['黑名单', '/addons/blacklist/'],
    ['VIP', '/process/'],
    ['400电话多少钱', '/'],
    ['满意度', '/addons/satisfaction-survey/'],
    ['区域', '/addons/area-routing/'],
    // With 最便宜, 年费, 年套餐 and a plan's name below: 22 prospect queries, each with its first result.
  ])('%s finds %s first', async (query, first) => {
    const results = await search(page, base, query);
    expect(results[0]).toBe(first);
  });

  it('最便宜 finds an overview first: the plan list or the comparison', async () => {
    expect(['/plans/', '/compare/']).toContain((await search(page, base, '最便宜'))[0]);
  });

  it.each(['年费', '年套餐'])('%s finds the overview of the plans first', async (query) => {
    expect((await search(page, base, query))[0]).toBe('/plans/');
  });

  it('a plan’s name still finds its own page first', async () => {
    expect((await search(page, base, '年套餐 1200'))[0]).toBe('/plans/annual-1200/');
  });

  it('result titles are the pages’ titles alone; the description is not in them', async () => {
    await search(page, base, '彩铃');
    const shown = await titles(page);
    expect(shown[0]).toBe('彩铃功能');
    for (const title of shown) {
      expect(title).not.toContain('description');
      expect(title).not.toContain('·');
    }
    await search(page, base, '发票');
    expect((await titles(page))[0]).toBe('办理流程');
  });

  it('语音信箱 finds the voicemail page and its setup fee page on top', async () => {
    expect((await search(page, base, '语音信箱')).slice(0, 2).sort()).toEqual([
      '/addons/voicemail-setup/',
      '/addons/voicemail/',
    ]);
  });

  it('arriving with a query on a phone: the results, no field focused, the contact bar in view; without one: the field focused', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await search(phone, base, '彩铃');
    expect(await phone.evaluate(() => document.activeElement?.id ?? '')).not.toBe('search-input');
    expect(await phone.isVisible('.contact-bar-apply')).toBe(true);
    await phone.goto(new URL('search/', base).href);
    await phone.waitForSelector('astro-island:not([ssr]) #search-input');
    await expect.poll(() => phone.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await phone.close();
  });

  it('says so when nothing matches', async () => {
    expect(await search(page, base, '火星快递')).toEqual([]);
    expect(await page.textContent('.search-summary')).toContain('没有找到');
  });

  it('the header search box submits to the search page by keyboard', async () => {
    await page.goto(base);
    await page.focus('#site-search');
    await page.keyboard.type('挂机短信');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-results li a');
    expect(new URL(page.url()).searchParams.get('q')).toBe('挂机短信');
    expect(await page.$eval('.search-results li a', (a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(
      '/addons/hangup-sms/',
    );
  });

  it('works under a base path', async () => {
    const results = await search(page, inject('baseSiteUrl'), '彩铃');
    expect(results[0]).toBe('/tariff/addons/ringback/');
  });
});
