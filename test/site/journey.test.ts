/**
 * A prospect's journey on a phone (390 px), on the build with the fixture
 * inventory: home → the number search (0788, an ordinary number: 特级 and
 * 超级 numbers are applied for by phone) → a number → its estimate with
 * number and grade set → 在线办理 with the quote carried over; and from a
 * number's 办理 in 选号 to a filled summary. Every tap is counted; the
 * contact bar stays in reach and covers nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { settled } from '../helpers/settled';
import { ROOT } from '../helpers/tariff';

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
const site = inject('baseSiteUrl');

describe('from the first visit to 办理', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => releaseChromium(browser));

  /** A phone on the home page that counts taps, and its first steps: a tail typed, 选号's list for it. */
  async function phoneJourney(tail: string) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    let taps = 0;
    const tap = async (selector: string) => {
      taps++;
      await page.tap(selector);
    };
    await page.goto(site);
    await tap('#home-end');
    await page.keyboard.type(tail);
    await tap('.home-search button[type="submit"]');
    await page.waitForURL(new RegExp(`/numbers/\\?end=${tail}`, 'u'));
    await page.waitForSelector('.pick');
    return { page, tap, taps: () => taps };
  }

  it('home → 0788 → a number → its estimate → 在线办理, in 6 taps or fewer', async () => {
    const { page, tap, taps } = await phoneJourney('0788');
    const first = (await page.textContent('.pick .pick-number, .pick strong')) ?? '';
    await tap('.pick a:has-text("估算费用")');
    await page.waitForURL(/\/estimator\/\?/u);
    await page.waitForSelector('[data-testid="quote-total"], .quote-result');
    expect(await page.inputValue('#est-number')).toMatch(/0788$/u);
    const chosen = (await page.inputValue('#est-number')).replace(/\D/gu, '');
    expect(first.replace(/\D/gu, '')).toContain('0788');
    // The number's grade is shown with it (a 特级 or 超级 number too).
    expect(await page.textContent('[data-testid="number-grade"]')).toMatch(/^号码等级：(特级号码|超级号码|普通号码)/u);
    await tap('.widget a:has-text("在线办理")');
    await page.waitForURL(/\/apply\/\?/u);
    await page.waitForSelector('#apply-company');
    expect((await page.inputValue('#est-number')).replace(/\D/gu, '')).toBe(chosen);
    console.log(`taps from home to 办理: ${taps()}`);
    expect(taps()).toBeLessThanOrEqual(6);
    await page.close();
  });

  it('home → 选号 → a number’s 办理 → a filled summary, in 6 taps or fewer', async () => {
    const { page, tap, taps } = await phoneJourney('0788');
    // Typing and the keyboard's own key (下一项 / 完成, Enter here) are not taps on the page.
    const type = async (text: string) => {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    const number = ((await page.textContent('.pick .pick-number')) ?? '').replace(/\D/gu, '');
    await tap('.pick a:has-text("办理")');
    await page.waitForURL(/\/apply\/\?/u);
    await page.waitForSelector('astro-island:not([ssr]) #apply-company');
    await tap('#apply-company');
    await type('郑州示例科技有限公司');
    await type('91350100M000100Y43');
    await type('李经理');
    await page.keyboard.type('13812345678');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apply-mobile');
    await tap('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary');
    expect((await page.textContent('.application-summary .facts')) ?? '').toContain(
      `${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`,
    );
    expect(await page.textContent('[data-testid="application-total"]')).toMatch(/^[\d,]+\.\d\d 元$/u);
    console.log(`taps from home to a filled 办理 summary: ${taps()}`);
    expect(taps()).toBeLessThanOrEqual(6);
    await page.close();
  });

  it('the home page names the cheapest plan for a typical case, from the engine', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site);
    expect(await page.textContent('[data-testid="typical-cheapest"]')).toMatch(
      /^例如普通号码 50元\/月、每月通话 500 分钟、预存 1 年、不开发票：最省的是\s*月套餐 600元\/年，一年合计 780\.00 元。/u,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'home-journey-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, 'home-journey-desktop.png') });
    await page.close();
  });

  // That it covers nothing at the end of any page is checked in the crawl of every page (every-page.test.ts).
  it('the contact bar: absent at 1280 px, in print and while typing', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const hidden = async () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.contact-bar') as Element);
        return style.display === 'none' || style.visibility === 'hidden';
      });
    await page.goto(new URL('estimator/', site).href);
    // Hydrated: until then the form is drawn disabled, and a disabled field takes no focus.
    await settled(page);
    expect(await hidden()).toBe(false);
    await page.focus('#est-minutes');
    expect(await hidden()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Back a moment after the field is left (a tap just above it lands where it was aimed).
    await expect.poll(hidden).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await hidden()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await hidden()).toBe(true);
    await page.close();
  });

  it('on the estimator the bar’s 在线办理 carries the quote; without an inventory the home page offers the checker and no number', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('estimator/?plan=annual-1200&minutes=1500&years=2', site).href);
    await page.waitForSelector('.quote-result');
    await expect
      .poll(() => page.getAttribute('.contact-bar-apply', 'href'))
      .toMatch(/\/apply\/\?plan=annual-1200&minutes=1500&years=2/u);
    await page.goto(inject('siteUrl'));
    expect(await page.$('#home-number')).not.toBeNull();
    expect(await page.$('#home-end')).toBeNull();
    expect(await page.$$('.pick')).toHaveLength(0);
    await page.close();
  });

  it('on a plan whose rate is 来电咨询 the bar dials the number the rules name for it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('plans/annual-80000/', site).href);
    expect(await page.getAttribute('.contact-bar-call', 'href')).toBe('tel:4006130866');
    await page.goto(new URL('plans/monthly-600/', site).href);
    expect(await page.getAttribute('.contact-bar-call', 'href')).toBe('tel:4007788691');
    await page.close();
  });
});
