import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { keptTab } from '../helpers/kept-tab';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { gradeName, gradeOfNumber } from '../../src/engine/index';
import { formatNumber } from '../../src/presentation/phones';
import { parseInventory } from '../../src/inventory/read';
import { INVENTORY_FIXTURE, siteTariff, ROOT } from '../helpers/tariff';
import { PAGE_SIZE } from '../../src/islands/NumberPicker';

/** The stocked build (fixture inventory, base path /tariff/). */
const site = inject('baseSiteUrl');
const fixture = parseInventory(readFileSync(INVENTORY_FIXTURE, 'utf8')).numbers.map((n) => ({
  ...n,
  ...gradeOfNumber(siteTariff, n.number),
}));
const rank = (id: string) => siteTariff.grades.findIndex((g) => g.id === id);
/** Fixture numbers as the page lists them: rarest grade first, then by number, formatted. */
const listed = (keep: (n: (typeof fixture)[number]) => boolean) =>
  fixture
    .filter(keep)
    .sort((a, b) => rank(b.grade.id) - rank(a.grade.id) || a.number.localeCompare(b.number))
    .map((n) => formatNumber(n.number));

describe('选号 in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => releaseChromium(browser));

  const tab = keptTab(() => browser, 844);
  async function open(path = '', width = 390): Promise<Page> {
    page = await tab(width);
    await page.goto(new URL(`numbers/${path}`, site).href);
    await page.waitForSelector('.widget.picker:not([aria-busy])');
    return page;
  }
  const shown = () => page.$$eval('.pick-number', (els) => els.map((e) => e.textContent));
  const summary = () => page.textContent('.picker .result-summary');
  /** Waits until the list shows `count` numbers found. */
  const found = (count: number) =>
    page.waitForFunction(
      (text) => document.querySelector('.picker .result-summary')?.textContent?.startsWith(text),
      `找到 ${count} 个号码`,
    );

  it('lists the fixture numbers rarest grade first, 50 at a time, 显示更多 for the rest', async () => {
    await open();
    await found(fixture.length);
    const all = listed(() => true);
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    expect(await shown()).toEqual(all.slice(0, PAGE_SIZE));
    const more = page.locator('button:has-text("显示更多")');
    expect(await more.textContent()).toBe(`显示更多（还有 ${all.length - PAGE_SIZE} 个）`);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.pick').length === n, all.length);
    expect(await shown()).toEqual(all);
    expect(await page.$('button:has-text("显示更多")')).toBeNull();
  });

  it('filter AABB: exactly the fixture’s AABB numbers', async () => {
    await open();
    await page.selectOption('#picker-rule', 'AABB');
    const aabb = listed((n) => n.rule === 'AABB');
    expect(aabb).toHaveLength(3);
    await found(aabb.length);
    expect(await shown()).toEqual(aabb);
    expect(await page.$$eval('.pick-grade', (els) => els.map((e) => e.textContent))).toEqual(
      Array(3).fill('特级号码 · 尾号 AABB'),
    );
  });

  it('不含4 removes every number with a 4 after 400', async () => {
    await open();
    await page.fill('#picker-no', '4');
    const without = listed((n) => !n.number.slice(3).includes('4'));
    await found(without.length);
    expect(await shown()).toEqual(without.slice(0, PAGE_SIZE));
    expect(without.length).toBeLessThan(fixture.length);
  });

  it('a budget of 1,200 元/年 hides 特级 and 超级 numbers', async () => {
    await open();
    await page.selectOption('#picker-budget', '1200');
    const cheap = listed((n) => n.grade.kind === 'ordinary');
    await found(cheap.length);
    expect(await shown()).toEqual(cheap.slice(0, PAGE_SIZE));
    const grades = await page.$$eval('.pick-grade', (els) => els.map((e) => e.textContent ?? ''));
    expect(grades.some((g) => /特级|超级/u.test(g))).toBe(false);
  });

  it('the grade counts follow the budget; a grade the budget excludes says why', async () => {
    await open('?budget=1200');
    const options = await page.$$eval('#picker-grade option', (els) => els.map((e) => e.textContent ?? ''));
    const ordinary = fixture.filter((n) => n.grade.kind === 'ordinary').length;
    expect(options[0]).toBe(`全部（${ordinary.toLocaleString('en-US')}）`);
    expect(options).toContain('特级号码（超出预算）');
    expect(options).toContain('超级号码（超出预算）');
    await page.selectOption('#picker-grade', 'special');
    await expect
      .poll(() => page.textContent('.picker'), { timeout: 10_000 })
      .toContain(
        '没有符合条件的号码：特级号码的套餐最低 3,000.00 元/年，超出所选预算（不超过 1,200.00 元/年）。请放宽预算或改选号码等级。',
      );
  });

  it('at 390 px every list filter shows its whole choice (a row of its own)', async () => {
    await open('?budget=1200');
    const widths = await page.$$eval('.picker-filters select', (selects) =>
      selects.map((s) => [
        s.id,
        Math.round(s.getBoundingClientRect().width),
        Math.round(s.closest('.picker-filters')?.getBoundingClientRect().width ?? 0),
      ]),
    );
    for (const [id, width, row] of widths) expect(width, String(id)).toBe(row);
  });

  it('ends with 8888, then 特级 without a 4, then one opens in the estimator', async () => {
    await open();
    await page.fill('#picker-end', '8888');
    await found(2);
    expect(await shown()).toEqual(['400-444-8888', '400-777-8888']);
    await page.fill('#picker-end', '');
    await page.selectOption('#picker-grade', 'special');
    await page.fill('#picker-no', '4');
    const special = listed((n) => n.grade.id === 'special' && !n.number.slice(3).includes('4'));
    await found(special.length);
    expect(await shown()).toEqual(special);
    await page.click('.pick a:has-text("估算费用")');
    await page.waitForURL(/\/tariff\/estimator\//u);
    await page.waitForSelector('.widget.estimator:not([aria-busy])');
    expect(await page.inputValue('#est-number')).toBe(special[0]?.replaceAll('-', ''));
  });

  it('each number leads to 办理: online where its plan has a published total, by phone at the consult line where it is 来电咨询', async () => {
    await open('?end=88');
    await found(listed((n) => n.number.endsWith('88')).length);
    const ordinary = page.locator('.pick', { hasText: '400-234-0788' });
    expect(await ordinary.locator('a:has-text("办理")').getAttribute('href')).toBe(
      `/tariff/apply/?plan=monthly-960&number=4002340788&v=${siteTariff.settings.effective}`,
    );
    const superior = page.locator('.pick', { hasText: '400-777-8888' });
    // §2's reading: the 3000 and 80000 plans (特级, 超级) are applied for at 4006-130-866.
    expect(await superior.locator('a:has-text("电话办理")').getAttribute('href')).toBe(
      `tel:${siteTariff.settings.consultPhone.replaceAll('-', '')}`,
    );
  });

  it('the filter lives in the URL: reload, Back and a shared link give the same list', async () => {
    await open();
    await page.selectOption('#picker-grade', 'super');
    // The choice is its own history entry once written: a keystroke in the same frame would join it.
    await expect.poll(() => new URL(page.url()).search).toBe('?grade=super');
    await page.fill('#picker-has', '12');
    await page.locator('#picker-has').blur();
    await found(1);
    await expect.poll(() => new URL(page.url()).search).toBe('?grade=super&has=12');
    await page.reload();
    await page.waitForSelector('.widget.picker:not([aria-busy])');
    await found(1);
    expect(await page.inputValue('#picker-has')).toBe('12');
    expect(await shown()).toEqual(['400-121-2121']);
    await page.goBack();
    await found(listed((n) => n.grade.id === 'super').length);
    expect(await page.inputValue('#picker-has')).toBe('');
  });

  it('hostile or unknown values in a link fall back, with a notice', async () => {
    await open('?grade=%3Cscript%3E&rule=AAAA&end=88x&budget=7');
    await found(listed((n) => n.rule === 'AAAA').length);
    const notice = await page.textContent('.picker .notice');
    expect(notice).toBe('链接中的部分筛选条件无效，已忽略：号码等级、结尾数字、预算。');
  });

  it('a field that is not digits says so and shows no list', async () => {
    await open();
    await page.fill('#picker-end', '88a');
    await page.waitForSelector('#picker-end-error');
    expect(await page.textContent('#picker-end-error')).toBe('请输入数字（最多 10 位），如 8888');
    expect(await summary()).toBe('请先改正上面标出的筛选条件。');
    expect(await shown()).toEqual([]);
  });

  it('the contact bar carries the quote the page holds: the one number found, else the chosen grade', async () => {
    // One number found: the bar's 办理 is that number's own.
    const single = fixture.find((n) => fixture.filter((m) => m.number.endsWith(n.number.slice(-6))).length === 1);
    const tail = single?.number.slice(-6) ?? '';
    await open(`?end=${tail}`);
    await found(1);
    const rowLink = page.locator('.pick .pick-links a').nth(1);
    const barLink = page.locator('.contact-bar-apply');
    await expect.poll(() => barLink.getAttribute('href')).toBe(await rowLink.getAttribute('href'));
    // A grade chosen, many numbers: 办理 that grade's cheapest plan, no number named.
    const grade = 'ordinary-80';
    await page.goto(new URL(`numbers/?grade=${grade}`, site).href);
    await page.waitForSelector('.widget.picker:not([aria-busy])');
    await expect
      .poll(() => barLink.getAttribute('href'))
      .toMatch(new RegExp(`/tariff/apply/\\?plan=[a-z0-9-]+&.*grade=${grade}`, 'u'));
    expect(await barLink.getAttribute('href')).not.toContain('number=');
    // No filter: plain 办理.
    await page.goto(new URL('numbers/', site).href);
    await page.waitForSelector('.widget.picker:not([aria-busy])');
    await expect.poll(() => barLink.getAttribute('href')).toBe('/tariff/apply/');
  });

  it('without JavaScript: a short list per grade and a line that filtering needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const off = await context.newPage();
    await off.goto(new URL('numbers/', site).href);
    expect(await off.textContent('main')).toContain('筛选号码需要启用 JavaScript');
    const headings = await off.$$eval('main h2', (els) => els.map((e) => e.textContent));
    expect(headings).toEqual(
      [...siteTariff.grades]
        .reverse()
        .filter((g) => fixture.some((n) => n.grade.id === g.id))
        .map(gradeName),
    );
    // The filters are in the HTML (drawn, disabled, until the URL is read) but not rendered without JavaScript.
    const shown = await off.$$eval('select, input:not([type=search])', (controls) =>
      controls.filter((c) => c.getClientRects().length > 0),
    );
    expect(shown).toHaveLength(0);
    await context.close();
  });

  it('with no inventory: the empty state, and no filter', async () => {
    const bare = await browser.newPage();
    await bare.goto(new URL('numbers/', inject('siteUrl')).href);
    expect(await bare.textContent('main')).toContain('目前本站没有公布可选号码的清单');
    expect(await bare.$$('.widget.picker')).toHaveLength(0);
    await bare.close();
  });

  it('screenshots at 390 px', async () => {
    await open('?end=88');
    await found(listed((n) => n.number.endsWith('88')).length);
    await page.screenshot({ path: join(ROOT, 'test/output/screenshots/picker-phone.png'), fullPage: true });
  });
});
